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

/**
 * Notes, not minutes: a record that calls itself notes in its opening lines ("Notes of meeting – 4 March", "Steering
 * Group – Notes", "MEETING NOTES") and minutes nowhere there. Notes of a group that keeps an action log make the log
 * the record of what it decided, and its action numbers ("A/14", "26/07") how each action is cited; minutes cite the
 * minute. "Notes: Jo Bloggs" and "Notes by JB" name who took them, and say nothing of what the record is.
 */
export function isNotes(lines: string[]): boolean {
  const opening = lines
    .filter((l) => l.trim())
    .slice(0, OPENING_LINES)
    .map((l) => l.replace(/^#{1,6}\s+/, '').trim());
  if (opening.some((l) => /\bminutes\b/i.test(l) && !/^notes\b/i.test(l))) return false;
  return opening.some((l) => NOTES_TITLE.test(l));
}

/** "Notes of meeting", "Notes of the meeting held on …", "Steering Group – Notes", "Meeting notes (shared doc)", "NOTES". */
const NOTES_TITLE = /(?:^|\s[–—/-]\s*|\bmeeting\s+)notes(?:\s+of\s+(?:the\s+)?meeting\b|\s*(?:$|[–—(-]))/i;

/**
 * A record that calls itself minutes in its opening lines ("Minutes of the Parks Committee", "DRAFT MINUTES"). One
 * that calls itself neither minutes nor notes ("Audit Committee – meeting held in public, 4 March") is read as notes
 * are where it keeps an action log: nothing says its items are minutes to be cited, and its log's own numbers
 * ("RK/031" beside items 1.–9.) are how each action is cited.
 */
export function callsItselfMinutes(lines: string[]): boolean {
  return lines
    .filter((l) => l.trim())
    .slice(0, OPENING_LINES)
    .some((l) => /\bminutes\b/i.test(l));
}
