// Two participles of one subject — "That the charter be revised and brought to the next meeting", "the audit plan be
// sent to the Audit Board and published with the accounts" — are split into two decisions so that a
// part that only records ("be maintained … and reviewed at the next meeting") is told from the part to track. Where
// one part is a plain step with no one named ("be updated") and the other, read for certain, says where the same
// thing goes (a meeting, another body), the clerk tracks one thing: the part that says where; the step is how it
// gets there.
import type { ProposedItem } from './types.js';
import { readClause } from './grammar.js';

const subjectOf = (item: ProposedItem) => readClause(item.text).subject?.toLowerCase().trim() ?? null;

/**
 * The items one clause gave, less each plain step that shares its subject with a sibling read for certain; one item
 * left of two reads as the clause did (`whole`), so the clerk sees the step it carries.
 */
export function oneThingTwice(parts: ProposedItem[], guessed: Set<ProposedItem>, whole: string): ProposedItem[] {
  if (parts.length < 2) return parts;
  const kept = parts.filter((step) => {
    if (step.category !== 'action' || step.owner) return true;
    const subject = subjectOf(step);
    return !(
      subject && parts.some((p) => p !== step && !guessed.has(p) && p.category !== 'action' && subjectOf(p) === subject)
    );
  });
  if (kept.length === 1 && parts.length === 2) kept[0].text = whole;
  return kept;
}
