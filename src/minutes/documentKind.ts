// Step 0: is this minutes at all?  A forward plan of key decisions, or a notice of decisions
// to be taken, lists proposals and the dates they will be decided: nothing in it has been
// decided yet, so it proposes nothing and has no meeting of its own.

/** Words that a forward plan or a notice of future decisions opens with. */
const NOT_YET_DECIDED =
  /^(?:the\s+)?(?:forward plan\b|notice of (?:key |forthcoming |intended )?decisions\b|key decisions? (?:to be taken|plan)\b|(?:schedule|list|register) of (?:forthcoming |key )decisions\b)/i;
const OPENING_LINES = 12;

export function isForwardPlan(lines: string[]): boolean {
  const opening = lines.filter((l) => l.trim()).slice(0, OPENING_LINES);
  return opening.some((l) => NOT_YET_DECIDED.test(l.replace(/^#{1,6}\s+/, '').trim()));
}
