// Where a record of the meeting is kept: "(A confidential minute is kept by the Secretary.)", "Notes held by HR.",
// "The full record is held by the Democratic Services Officer." A clerk's note, in the present, of who
// holds a paper the minutes leave out (a confidential item, an exempt report) tells where it lies now; it asks no one
// to do anything. A record still to be made or kept ("the notes to be kept by the Clerk", "that a record be kept") is an
// instruction, and is read as one.

/** The nouns of a record a clerk keeps (a closed few). */
const RECORD = String.raw`(?:minutes?|notes?|records?|cop(?:y|ies)|files?)`;

const KEPT = new RegExp(
  String.raw`^\(?\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?${RECORD}(?:\s+of\s+[^,;.]{1,40}?)?\s+(?:(?:is|are)\s+)?(?:held|kept|retained|filed)\s+(?:by|with)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&-]*){0,5}\s*[.;]?\s*\)?\s*[.;]?$`,
);

export function recordKept(text: string): boolean {
  // (the holder keeps its capitals; the record's noun may open the sentence: "Notes held by …")
  const t = text
    .trim()
    .replace(/^(\(?\s*)([A-Z])/, (_, open: string, first: string) => `${open}${first.toLowerCase()}`);
  return KEPT.test(t);
}
