// A vote recorded with its count: "For 9, Against 0, Abstain 1", "6 for, 3 against", "Vote (all
// members) to approve the criteria: For 4, Against 5". The line tells how members voted on a
// matter — its outcome is a decision noted, or none — and is never an errand of its own, whoever
// its first words seem to name ("Vote (…) to approve …" is no one to act).

/** Counts for and against, in either order of word and number: "For 4, Against 0", "For: 9 Against: 1", "6 for, 3 against". */
const COUNT = String.raw`\d{1,3}`;
const TALLY = new RegExp(
  [
    String.raw`\b(?:for|in\s+favou?r)\s*[:=(–-]?\s*${COUNT}\)?\s*[,;.]?\s*(?:and\s+)?against\s*[:=(–-]?\s*${COUNT}`,
    String.raw`\b${COUNT}\s+(?:votes?\s+)?(?:for|in\s+favou?r)\s*[,;/]?\s*(?:and\s+|with\s+)?${COUNT}\s+against\b`,
    // (notes give the outcome for the count: "Proposal to raise the fee - voted down 3-4", "voted down 2 to 3")
    String.raw`\bvoted\s+down\b`,
  ].join('|'),
  'i',
);
/** A decision's keyword or "That" opening the sentence: a resolution that gives its count beside it still decides. */
const RESOLUTION = /^\s*(?:\(?[a-z0-9.]{1,5}\)?\s+)?(?:that|resolved|agreed|decided)\b/i;

/** The sentence records a vote and its count, and nothing else decides in it. */
export function recordsAVote(sentence: string): boolean {
  return TALLY.test(sentence) && !RESOLUTION.test(sentence);
}
