// "That consideration of the application be deferred to allow a site visit, and that the application be reported
// back to the March meeting": the second clause says when the deferred matter comes back — the deferral's own date,
// not a second piece of business. Only the matter itself returning counts; a report on anything else is its own item.

/**
 * Whether a clause brings the deferred matter back ("the application be reported back to …", "the item be considered at …",
 * "the application be determined at the meeting on …": brought back to be decided).
 */
export function returnsDeferred(text: string): boolean {
  return /^(?:and\s+)?(?:that\s+)?(?:the\s+(?:application|item|matter|decision|proposal|request|report)|it)\s+(?:be|is\s+to\s+be|will\s+be)\s+(?:reported|brought|submitted|presented|considered|reconsidered|returned|determined|decided|heard|taken)\s+(?:back\s+)?(?:to|at|before)\b/i.test(
    text.trim(),
  );
}
