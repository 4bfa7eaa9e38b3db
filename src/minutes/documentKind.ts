// Step 0: is this minutes at all?  A forward plan of key decisions, or a notice of decisions
// to be taken, lists proposals and the dates they will be decided: nothing in it has been
// decided yet, so it proposes nothing and has no meeting of its own.

/** Words that a forward plan or a notice of future decisions opens with. */
const NOT_YET_DECIDED =
  /^(?:the\s+)?(?:forward plan\b|notice of (?:key |forthcoming |intended )?decisions\b|key decisions? (?:to be taken|plan)\b|(?:schedule|list|register) of (?:forthcoming |key )decisions\b)/i;
const OPENING_LINES = 12;
/** "Forward Plan reference: FP/26/071", "Forward plan ref.", "Forward Plan no:": a record of a decision citing the plan it was listed in. */
const FIELD_CITING_PLAN = /^(?:the\s+)?forward plan\s+(?:ref(?:erence)?|no|number|item|entry)\b\.?\s*:?/i;

export function isForwardPlan(lines: string[]): boolean {
  const opening = lines.filter((l) => l.trim()).slice(0, OPENING_LINES);
  return opening.some((l) => {
    const line = l.replace(/^#{1,6}\s+/, '').trim();
    return NOT_YET_DECIDED.test(line) && !FIELD_CITING_PLAN.test(line);
  });
}
