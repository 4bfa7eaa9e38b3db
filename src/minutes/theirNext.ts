// Step 8a, whose meeting: "their next meeting" stands for the body named before it in the sentence. A body speaks of its
// own sitting as "the", "its" or "our" next meeting; "their", after another body was named ("ask the parish council for a
// grant (their next meeting is …)"), is that body's sitting. Grammar only: the possessive and the nearest body before it.
import type { OwnBody } from './bodies.js';
import { namesBody } from './bodies.js';
import { BODY_NOUNS, alternatives } from './lexicon.js';

/** "their next meeting", "their next mtg" and what follows it up to the day, within the clause. */
const THEIR_NEXT = /\btheir\s+next\s+(?:meetings?|mtgs?|sitting)\b[^.;]{0,40}$/i;
/** "the Ashby Parish Council", "Hatherby Town Council": a capitalised name. */
const NAMED = /\b(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*/g;
/** "the parish council", "the residents' forum": a body in lower case, a word or more saying which, before its head noun. */
const DESCRIBED = new RegExp(
  String.raw`\bthe\s+((?:[a-z][\w'’-]*\s+){1,3}(?:${alternatives([...BODY_NOUNS])}))\b`,
  'g',
);

/** Whether the day after `near` is another body's sitting, named "their next meeting" after that body. */
export function theirNextOther(near: string, own: OwnBody): boolean {
  const m = THEIR_NEXT.exec(near);
  if (!m) return false;
  // (the sentence before, over a semicolon or a bracket but not a full stop: the antecedent is in the same sentence)
  const before = near.slice(0, m.index).replace(/^[^]*[.!?]\s+/, '');
  const named = [...before.matchAll(NAMED)]
    .map((x) => ({ at: x.index ?? 0, np: x[0].replace(/^(?:The|A|An)\s+/, '') }))
    .filter((x) => namesBody(x.np));
  const described = [...before.matchAll(DESCRIBED)].map((x) => ({ at: x.index ?? 0, np: x[1] }));
  const last = [...named, ...described].sort((a, b) => a.at - b.at).pop();
  if (!last) return false;
  if (own.is(last.np) || own.is(last.np.replace(/^full\s+/i, ''))) return false;
  // (a word saying which body, "the parish council": another's unless this body's own name carries every such word)
  const ownName = (own.name ?? own.head ?? '').toLowerCase();
  const words = last.np
    .toLowerCase()
    .split(/\s+/)
    .slice(0, -1)
    .filter((w) => !/^(?:full|whole|same|main|this|our)$/.test(w));
  if (last.np === last.np.toLowerCase() && words.every((w) => new RegExp(String.raw`\b${w}\b`).test(ownName)))
    return false;
  return true;
}
