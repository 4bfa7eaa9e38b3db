// A sentence that is nothing but a verdict or a status word — "Closed.", "Done.", "Agreed.", "As amended." — names no
// matter and no one to act. In notes and action logs the clerk prints it after the matter it closes, and where a
// sentence split leaves it standing alone it is read as an item of its own; what it settles was read (or noted) with
// the sentence before it. The words are a closed class: the few verdicts and statuses a record gives a matter.
// Pure: text in, yes or no out.

/** The closed class of a record's verdicts and statuses, alone in a sentence (a leading bullet or dash allowed). */
const BARE =
  /^\s*(?:[-–—•*]\s*)?(?:closed|done|complete|completed|finished|sorted|noted|agreed|approved|carried|as\s+amended)\s*[.!]?\s*$/i;

/** Whether an item's words are a bare verdict or status, with nothing decided in them. */
export function bareVerdict(text: string): boolean {
  return BARE.test(text);
}
