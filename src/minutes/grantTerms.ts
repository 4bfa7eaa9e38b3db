// The terms a licence or a permission is granted with, listed under the grant: "That the variation be GRANTED IN PART,
// as follows: (i) … (ii) …", "to GRANT the licence, with the following amendments: (a) the bar to close at 23:00 …;
// (b) the conditions offered by the applicant to be added to the licence". Each point says what the licence allows or
// what it binds its holder to; the points are the grant itself, worded as the licence will read, and leave the body
// nothing to track. A point that names someone to act ("(c) the Licensing Officer to issue
// the licence", "the licence holder shall submit a noise plan") is an errand still, and so is a term met once by a day
// or within a time of the decision ("a sound limiter shall be fitted by 30 April") — a deadline someone will chase, as
// round 21 read such terms (standingConditions.ts).
import { agentLike } from './agents.js';
import type { Decision } from './classify.js';
import { alternatives } from './lexicon.js';
import { metOnce } from './standingConditions.js';
import { tokenize } from './words.js';

/**
 * A stem that grants and then lists how: the verb of granting (a closed one: "grant"), then "as follows" or "with the
 * following" and a noun of terms (a closed few), at the end of the stem. ("approved as follows" is left out: a budget or
 * a plan approved clause by clause holds errands.)
 */
const GRANTS_AS_FOLLOWS = new RegExp(
  String.raw`\bgrant(?:s|ed)?\b[^:;]{0,120}?(?:\bas\s+follows|\bwith\s+the\s+following\s+(?:[a-z-]+\s+)?(?:${alternatives(['modifications', 'amendments', 'conditions', 'changes', 'terms', 'restrictions', 'variations'])}))\s*[:;–—-]*\s*$`,
  'i',
);

export function grantsAsFollows(lead: string): boolean {
  return GRANTS_AS_FOLLOWS.test(lead);
}

/**
 * A point under such a stem that is still an item: someone named to act — asked, the subject of an active verb who can
 * act, or anyone a duty is laid on in the active ("shall submit", "must notify") — or a term met once.
 */
export function stillAnItem(piece: string, decision: Decision): boolean {
  const { clause, asked } = decision;
  const actor =
    !clause.passive &&
    !!clause.subject &&
    (agentLike(tokenize(clause.subject)) || /^(?:shall|must|will)$/i.test(clause.modal ?? ''));
  return !!asked || actor || metOnce(piece);
}
