// Step 8, dates: a sitting that members go to is someone else's. A body does not "attend" its own meetings in its minutes;
// where the day's sentence says someone will attend the sitting ("… meeting on <day> – Pat to attend", "agreed that Cllr
// Webb attend the … session on <day>") and the sitting is named by a word of its kind or owner ("league", "county
// association", a training day's title), the day is the host's, not a next meeting of this body. A sitting named only by
// a determiner or a time ("the next meeting", "the January meeting") or by this body's name stays this body's, whoever
// is to attend it: a guest or an officer attending the body's own sitting.
import type { OwnBody } from './bodies.js';
import { DETERMINER_OR_TIME } from './attendedElsewhere.js';
import { GATHERING_NOUNS, alternatives } from './lexicon.js';

/** The gathering named last before the day, in the day's sentence, and the few words of its verb between ("is on", "on"). */
const NAMED_BEFORE = new RegExp(
  String.raw`(?<words>(?:[\w'’"“”&-]+\s+){0,5}?)(?:${alternatives([...GATHERING_NOUNS])})s?\b(?<verb>[^.;:()]{0,30})$`,
  'i',
);
/** "– Pat to attend", "; RT and JB to attend", ", Cllr Webb will attend": someone to attend, later in the day's sentence. */
const ATTEND_AFTER = /^[^.]{0,60}?\b(?:to|will|would|shall|may|could|can)\s+attend\b|^[^.]{0,60}?\battending\b/i;
/** Words before the noun that keep a sitting this body's own, beside the determiners and times: "next", "this", "usual". */
const OWN_WORDS = /^(?:next|this|our|its|their|same|usual|ordinary|regular|scheduled|full)$/i;

/** Whether the day `before` ends on and `after` follows is a gathering someone is to attend, named as another's or as an event. */
export function attendedSitting(before: string, after: string, own: OwnBody): boolean {
  const sentence = before.replace(/^[^]*[.;](?:\s+|$)/, '');
  const named = NAMED_BEFORE.exec(sentence);
  if (!named) return false;
  let words = named.groups!.words.trim().split(/\s+/).filter(Boolean);
  // ("agreed that Cllr Webb attend the … session on": the gathering's name is the words after the verb)
  const verb = words.findLastIndex((w) => /^attend(?:s|ing)?$/i.test(w));
  if (verb >= 0) words = words.slice(verb + 1);
  const attended =
    verb >= 0 ||
    /\battend(?:s|ing)?\s+(?:the\s+|a\s+|an\s+)?$/i.test(sentence.slice(0, named.index)) ||
    ATTEND_AFTER.test(after);
  const kind = words.filter((w) => !DETERMINER_OR_TIME.test(w));
  if (!attended || kind.length === 0 || kind.some((w) => OWN_WORDS.test(w))) return false;
  const name = kind
    .join(' ')
    .replace(/["“”]/g, '')
    .replace(/['’]s$/, '');
  return !own.is(name);
}
