// Headings, a second form: a record of decisions prints each item's own reference on a labelled
// line under its heading ("Decision reference: EX/26/031", "Decision no. 107"). That label is how
// the decisions are cited later (call-in, the forward plan, the log), so it, not the agenda's
// item number, is the minute's reference. A mark beside it ("*" for urgent, "(urgent)") is not
// part of it.
import type { Minute } from './types.js';

/** "Decision reference:", "Decision Ref:", "Decision number:", "Record of decision no." and a reference. */
const LABELLED =
  /^\s*(?:record\s+of\s+)?decision\s+(?:reference|ref\.?|number|no\.?)\s*:?\s*(?<ref>[A-Z0-9][A-Z0-9/.\- ]{0,20}?[A-Z0-9])\s*(?:\*|\([^)]{1,20}\))?\s*$/i;

/** How far under its heading the label stands: the heading's own lines, a portfolio holder's line. */
const WITHIN = 3;

export function decisionReference(minute: Minute): string | null {
  const opening = minute.lines.filter((l) => l.trim() !== '').slice(0, WITHIN);
  for (const line of opening) {
    const ref = LABELLED.exec(line)?.groups?.ref;
    if (ref) return ref.replace(/\s+/g, ' ');
  }
  return null;
}

/** Each minute numbered by the decision reference printed under its heading, where it prints one. */
export function withDecisionReferences(minutes: Minute[]): Minute[] {
  return minutes.map((m) => {
    const ref = decisionReference(m);
    return ref ? { ...m, number: ref } : m;
  });
}
