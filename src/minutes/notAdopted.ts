// A list the minutes print but say the body did not adopt: "These are not agreed and will be tested at
// the next session:", "The report set out three options, which the Committee did not adopt:". The
// clauses under it are worded as decisions (they were drafted as such), but nothing was decided, so a
// clerk tracks none of them.

/**
 * The verbs by which a body makes a proposal its own, in any form: a closed few, since adopting is what
 * a meeting does to a proposal (agree, adopt, accept …), and the verbs of a proposal that fell.
 */
const ADOPTING = String.raw`(?:agree|adopt|accept|approve|endorse|support|decide|resolve)\w*`;
const FELL = String.raw`(?:rejected|defeated|lost|withdrawn|not\s+carried)`;

/** A negator, then (within a few words: "has not yet been", "did not") a verb of adopting. */
const NEGATED_ADOPTION = new RegExp(
  String.raw`\b(?:not|never|none|neither|nothing)\b(?:\s+[a-z]+){0,5}?\s+${ADOPTING}\b|\b(?:was|were|been)\s+${FELL}\b`,
  'i',
);

/** The sentence that introduces a list, however it was wrapped: the words after the last sentence's end. */
export function leadSentence(lines: string[], leadAt: number): string {
  const taken: string[] = [];
  for (let k = leadAt; k >= 0; k--) {
    const line = lines[k].trim();
    if (!line) break;
    // (a minute's heading or an earlier paragraph's end stops the sentence)
    if (k < leadAt && /[.!?]["”’)]?$/.test(line)) break;
    taken.unshift(line);
    if (/^\(?\d+[.)]\s|^[A-Z][A-Z\s&,'’-]{6,}$/.test(line)) break;
  }
  const text = taken.join(' ');
  const end = Math.max(...['. ', '? ', '! '].map((s) => text.lastIndexOf(s)));
  return end >= 0 ? text.slice(end + 2) : text;
}

/**
 * The lead-in's last main clause resolves, after whatever it refused: "The Board did not accept the recommendation
 * and RESOLVED:-", "Members did not support option B and instead agreed:". The list is what it resolved instead.
 */
const RESOLVED_INSTEAD = new RegExp(
  String.raw`\b(?:and|but)\s+(?:(?:instead|then|unanimously|so)\s+)?(?:it\s+was\s+)?(?:resolved|agreed|decided)\s*[:–—-]*\s*$`,
  'i',
);

/** Whether the lead-in says the list under it was not adopted (not agreed, not yet decided, rejected). */
export function notAdopted(lead: string): boolean {
  return NEGATED_ADOPTION.test(lead) && !RESOLVED_INSTEAD.test(lead.trim());
}
