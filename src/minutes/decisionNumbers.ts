// References, a decision's own number: a panel or a company's board numbers its decisions in a series of their own,
// running on through the meeting or the year, and prints the number before each ("Decision 15: The Panel asks …",
// "Resolution 2026/15: The Board approves …", "DECISION 4.1 –"). The decision is cited later by that number, so it is
// the reference of what it decides; what the minute agreed beside it with no number keeps the agenda item's.
// Only the nouns that name a record are read: "RESOLVED 2:" and "AGREED 3 –" number a resolution's clauses.
import type { NotedEntry, ProposedItem } from './types.js';

/** "Decision 15:", "Resolution 2026/15:", "DECISION 4.1 –", "Decision no. 7:": the record's noun, its number, a mark. */
const NUMBERED =
  /^\s*(?:decision|resolution)\s+(?:no\.?\s*|number\s+)?(?<number>\d{1,4}(?:[/.]\d{1,4})?)\s*(?:[:–—-]|$)/i;

/** The number a decision's keyword line prints for it, or null. */
export function decisionNumber(line: string | undefined): string | null {
  return NUMBERED.exec(line ?? '')?.groups?.number ?? null;
}

/** What a numbered decision's block read, cited by the decision's number (with any clause of it after). */
export function underDecisionNumber<T extends ProposedItem | NotedEntry>(entries: T[], number: string | null): T[] {
  if (!number) return entries;
  const cited = (ref: string | null) => (!ref ? number : ref.startsWith('(') ? `${number}${ref}` : `${number}(${ref})`);
  return entries.map((e) => ({ ...e, ref: cited(e.ref) }));
}
