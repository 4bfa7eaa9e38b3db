// Words quoted as the new or old wording of a record: "subject to minute 9 being amended to read "the Panel asked for the
// figures to be set out by ward" rather than "by town"". The quotation is what an earlier minute says (or will say), not
// a clause of this one: its verbs ("asked", "to be set out") are the earlier meeting's, and reading them here made the
// approval of the minutes an errand. The verbs that introduce a record's wording are a closed few ("to read", "to say",
// "in place of", "rather than", "instead of", "replacing").

/** An opening double quote (straight or curly, or a curly single) after the words that introduce a wording. */
const QUOTED_WORDING =
  /\b(?<lead>(?:to\s+(?:read|say|state)|in\s+place\s+of|rather\s+than|instead\s+of|replacing|replaced\s+by|with\s+the\s+words?))\s+(?:["“][^"”]{1,400}["”]|‘[^’]{1,400}’)/gi;

/** The clause with each quoted wording put as a bare mark (`"…"`), for reading its grammar; the text itself is kept. */
export function withoutAmendedWording(text: string): string {
  return text.replace(QUOTED_WORDING, (_all, lead: string) => `${lead} "…"`);
}
