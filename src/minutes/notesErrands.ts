// Informal notes (no resolutions: the notes themselves are the record) join what was decided to what was said before it
// in shorthand, and read in the discussion's sentences as the formal wording would be:
// - an errand after a comma, named to one of the meeting by a first name: "festival talked about - no decision, Faye to
//   come back with costs". Where the name is one the attendance list gave, and what the comma closes has no verb of its
//   own, the errand is a sentence of its own; after a comma an unknown capitalised word is as often the start of a phrase
//   ("…, Thanks to the volunteers", "…, Monday to Friday"), and after a clause the name may go on with it.
// - a matter sent on after a dash with no subject: "CD asked about a kit supplier - to be discussed at the next meeting",
//   "Nobody had details - put on next agenda" (laterFragment.ts reads it once it opens a sentence).
import { readClause } from './grammar.js';
import { LATER_SITTING_IN_FRAGMENT } from './laterSitting.js';

/** Who is at the meeting, as the attendance list names them (people.ts). */
export interface Attending {
  knows(np: string): boolean;
}

/** A first name (or two joined by "and"/"&") after a comma or semicolon, then "to" and a verb in small letters. */
const JOINED_ERRAND =
  /[,;]\s+(?=(?<who>[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{2,}\b)/g;

/** A participle that sends a matter on with its "be" left out, as notes write it: "put on next agenda", "carried over to May". */
const SENT_ON = /(?:put|added|carried\s+(?:forward|over)|held\s+over|left|deferred|moved)\s+(?:on|to|until|till)\b/;

/** A dash, then the fragment that sends the matter on: "- to be discussed …", "- put on next agenda". */
const SENT_ON_AFTER_DASH = new RegExp(String.raw`\s[–—-]\s*(?=(?:to\s+be\s+[a-z]|${SENT_ON.source}))`, 'g');

/** The sentence cut before each errand a person of the meeting is named to, and each matter sent on, as notes join them. */
export function joinedErrands(sentence: string, people: Attending): string[] {
  const cuts: { at: number; end: number }[] = [];
  for (const m of sentence.matchAll(JOINED_ERRAND)) {
    const names = m.groups!.who.split(/\s+(?:and|&)\s+/);
    // (what the comma closes, back to the last dash or semicolon, is a phrase with no verb: "- no decision, Faye to …")
    const before = sentence
      .slice(0, m.index)
      .split(/\s[–—-]\s|[;:]\s/)
      .pop()!;
    const verbless = sentence[m.index] !== ',' || readClause(before).verb === null;
    // (a name the attendance list gave, not a word of the title cased as notes case it: "…, Club to pay")
    if (
      verbless &&
      names.every((n) => people.knows(n) && !/^(?:the|club|committee|group|council|members?|all)$/i.test(n))
    )
      cuts.push({ at: m.index, end: m.index + m[0].length });
  }
  // (in small letters, as notes type it — a log's status "– Carried forward to February (Amber)" is the row's — and only
  // where the words after the dash name a sitting of this body: "- put to a vote" sends nothing on)
  for (const m of sentence.matchAll(SENT_ON_AFTER_DASH))
    if (LATER_SITTING_IN_FRAGMENT.test(sentence.slice(m.index + m[0].length)))
      cuts.push({ at: m.index, end: m.index + m[0].length });
  if (!cuts.length) return [sentence];
  cuts.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(sentence.slice(from, c.at));
    from = c.end;
  }
  out.push(sentence.slice(from));
  // ("put on next agenda": the fragment with its "be" written out, as laterFragment.ts reads it)
  return out
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s, k) => (k > 0 && new RegExp(`^${SENT_ON.source}`).test(s) ? sentOn(s) : s));
}

/** "put on next agenda" → "To be an item on the next agenda"; "carried over to May" → "To be carried over to May". */
function sentOn(fragment: string): string {
  const agenda =
    /^(?:put|added)\s+(?:on|to)\s+(?:the\s+)?(?<which>next|[A-Z][a-z]+)(?:\s+meeting['’]s)?\s+agenda\b/i.exec(fragment);
  return agenda
    ? `To be an item on the ${agenda.groups!.which} agenda${fragment.slice(agenda[0].length)}`
    : `To be ${fragment}`;
}
