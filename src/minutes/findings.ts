// A finding: the body's judgement of what a thing is, in a resolution's subjunctive — "That the change be considered a
// minor amendment", "the proposal be deemed a substantial variation" — or "It is satisfied that the objectives are
// being undermined". (The same judgement in the finite, "The Committee considers the proposal to be …", is left: the
// odd sets leave it untracked, but taking it out lost a matched item in a checked set — docs/minutes-parser.md, Round 43.)
// A statutory body often must record such a view, and it is the decision itself: nothing is left to do, so a clerk tracks
// none of it (what follows from the view — a letter, a referral — is worded as a decision of its own and read there).
// Read on the item's own words after every reader, as a proposal that fell is.

/** The subjunctive of a resolution: "That the proposal be considered a substantial variation", "… be deemed to be …". */
const FOUND_TO_BE =
  /^(?:that\s+)?[^.;:]{2,80}?\s+be\s+(?:considered|deemed|judged|regarded\s+as|found\s+to\s+be)\s+(?:an?|to\s+be)\s+\w/i;

/** Satisfied that …: "It is satisfied that …", "The Panel was satisfied that …" — not "once/if satisfied that" (a condition). */
const SATISFIED =
  /^(?:that\s+)?(?:the|it|this|members|[A-Z])[^.;:]{0,60}?\s+(?:is|are|was|were|be)\s+satisfied\s+that\b/i;

/**
 * What may follow the judgement and still close it: the complement alone, a noun phrase ("a substantial variation in
 * service under the regulations"). A word that opens another clause — "and", "but", "so", a modal, "to" + verb, "be",
 * "which", "that", "until" — means the sentence goes on to say what is done, and it is left to the grammar.
 */
const GOES_ON =
  /[;:]|\b(?:and|but|so|then|to|be|will|would|shall|should|must|may|can|which|that|until|unless|pending|subject)\b/i;

/** Whether the item's words only record a finding of the body. */
export function isFinding(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (SATISFIED.test(flat)) return true;
  const judged = FOUND_TO_BE.exec(flat);
  if (!judged) return false;
  // (the complement must close the sentence: "… to be a substantial variation, and will ask for …" decides more)
  const complement = flat.slice(judged.index + judged[0].length - 1).replace(/\([^()]*\)/g, ' ');
  return !GOES_ON.test(complement);
}
