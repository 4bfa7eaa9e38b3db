// What a minute tells of the debate and of the papers before it, rather than what the meeting decided: an indirect
// question after a verb of deliberation ("Members discussed whether …"), and a paper's own recommendation ("The
// report recommended that …"). Both are records: the decision, if any, is written after them in words of its own.

/**
 * "Members discussed whether the hall should be let on Sundays", "The Panel debated how the grant should be shared",
 * "Councillors questioned whether the figures were right": a verb of deliberation with an indirect question after it
 * records what was talked about. (The verbs of deliberation and the question words are closed classes.)
 */
const DEBATED =
  /^[^.;:,]{2,60}?\s(?:discussed|debated|considered|questioned|queried|explored|wondered|asked\s+themselves)\s+(?:at\s+(?:some\s+)?length\s+)?(?:whether|how|if|what|why|which|when|where)\b/i;

export function debateRecorded(text: string): boolean {
  return DEBATED.test(text.trim());
}

/**
 * "The report recommended that the lane be closed", "The officers' report proposed that …", "The covering paper
 * suggested …": a paper before the meeting says what it recommends; whether the meeting agreed is recorded apart
 * ("RESOLVED that …", or "Members did not accept that recommendation"). The papers a meeting is given are a closed
 * class (report, paper, review, briefing, note, draft); "the report be recommended to Council" is the meeting's own, and
 * "the Committee agreed the draft proposed by officers" opens with the meeting's verb (no "-ed" word before the paper).
 */
const PAPER_RECOMMENDS =
  /^(?:that\s+)?(?:the|this|its)\s+(?:(?![\w'’-]*ed\s)[\w'’-]+\s+){0,3}?(?:report|paper|review|briefing|note|draft)\s+(?:had\s+|also\s+)?(?:recommended|proposed|suggested|advised|recommends|proposes|suggests|advises)\b/i;

export function paperRecommends(text: string): boolean {
  return PAPER_RECOMMENDS.test(text.trim());
}
