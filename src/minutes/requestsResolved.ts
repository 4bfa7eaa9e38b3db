// A request made in the discussion of a minute, and the resolution after it. "Members asked for the new bin rounds
// to be looked at once they had run for a year." and then "RESOLVED: That the work programme be agreed, subject to
// the addition of a report on the performance of the new bin rounds to the May meeting": the members asked, the body
// decided — in its own words, which need not repeat the request's closely. Where a resolution that gives items follows the request in the same minute, on the same matter
// (its words share the request's), and nothing says the request itself was taken on ("This was agreed.", "The
// Committee agreed.", someone undertaking it), the resolution is the record of what came of it, and the request is
// not a second item. (With no words in common — "hear from the staff side" / "the branch secretaries be invited" —
// nothing in the grammar ties the two, and the request stays an item.)
import type { ProposedItem } from './types.js';
import { overlap } from './sameMatter.js';

/** A request in the active voice, by whoever asks ("Members", "A member", "Cllr Ward", "The Chair"): not "X was asked to". */
const REQUEST = /^(?<who>[^.;]{2,80}?)\s+(?:also\s+|further\s+)?(?:asked|requested)\s+(?:that|for|to)\b/i;
const PASSIVE = /\b(?:was|were|been|being|is|are)\s*$/i;
/** The request taken on in so many words: assent, or someone undertaking it (closed: the verbs of assent and undertaking). */
const TAKEN_ON =
  /\b(?:this|which|that)\s+was\s+(?:agreed|accepted|supported)\b|\b(?:committee|panel|board|forum|group|members|council)\s+agreed\b|\b(?:agreed|undertook|offered|promised)\s+to\b|\bwould\s+(?:arrange|do|send|circulate|provide)\b/i;

/**
 * How much of the request's matter the resolution must hold (of the shorter's content words, sameMatter.ts): less than
 * for an item repeating an item, as the resolution's words are many and the request's few — but a request on another
 * matter, answered by nothing the resolution says, is still the request's own item.
 */
const SAME_MATTER = 0.4;

/** One resolution of the minute: its first line and whether it gave anything to track. */
export interface Resolution {
  line: number;
  tracked: boolean;
  /** The resolution's words, all its clauses (noted ones too: "agreed the response, with a paragraph on X added"). */
  text: string;
}

/** Whether a sentence is a request in the active voice ("Members asked that …"). */
export function isRequest(sentence: string): boolean {
  const asked = REQUEST.exec(sentence.trim());
  return !!asked?.groups && !PASSIVE.test(asked.groups.who);
}

/** Whether `item`, read from a request in the minute's discussion, is answered by a resolution later in the minute. */
export function resolvedLater(item: ProposedItem, lines: string[], resolutions: Resolution[]): boolean {
  const at = requestLine(item, lines);
  if (at === null) return false;
  const { sentence, next } = at;
  const asked = REQUEST.exec(sentence);
  if (!asked?.groups || PASSIVE.test(asked.groups.who)) return false;
  if (TAKEN_ON.test(sentence.slice(asked[0].length)) || TAKEN_ON.test(next)) return false;
  return resolutions.some((r) => r.tracked && r.line > at.line && overlap(item.text, r.text) >= SAME_MATTER);
}

/** The line, sentence and next sentence of the minute from which `item` was read, found by the item's last words. */
function requestLine(item: ProposedItem, lines: string[]): { line: number; sentence: string; next: string } | null {
  const tail = item.text
    .replace(/[.;,\s]+$/, '')
    .slice(-24)
    .toLowerCase();
  if (tail.length < 12) return null;
  const starts: number[] = [];
  let text = '';
  for (const line of lines) {
    starts.push(text.length);
    text += `${line.trim()} `;
  }
  const found = text.toLowerCase().indexOf(tail);
  if (found < 0) return null;
  const open = Math.max(text.lastIndexOf('. ', found), text.lastIndexOf('; ', found));
  const begin = open < 0 ? 0 : open + 2;
  const close = text.indexOf('. ', found + tail.length);
  const end = close < 0 ? text.length : close + 1;
  const after = text.indexOf('. ', end + 1);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= found) line++;
  return {
    line,
    sentence: text.slice(begin, end).trim(),
    next: text.slice(end, after < 0 ? text.length : after + 1).trim(),
  };
}
