import { lemma } from './predicate.js';
import { afterVerb, type Reading } from './reading.js';

// Money committed at the meeting ("to commit up to £15m to the fund", "£250,000 be committed to …") is spent by the
// decision itself, as an award or an allocation is: nothing is left to track. Committing to a task is not money.

/** Whether the clause commits a sum of money: a form of "commit" with the sum straight after it, or before it as subject. */
export function commitsMoney(text: string): boolean {
  const sum = String.raw`(?:up\s+to\s+|a\s+further\s+|an\s+additional\s+|a\s+maximum\s+of\s+)?[£$€]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion)?\b`;
  return (
    new RegExp(String.raw`\bcommit(?:s|ted)?\s+${sum}`, 'i').test(text) ||
    new RegExp(String.raw`^(?:that\s+)?${sum}[^;]{0,60}?\bbe\s+committed\b`, 'i').test(text.trim())
  );
}

/** Moving money between the body's own budgets: the verbs are a closed few ("added to", "released from", "vired"). */
const MOVING = new Set([
  'add',
  'move',
  'transfer',
  'release',
  'vire',
  'draw',
  'spend',
  'earmark',
  'ring-fence',
  'ringfence',
]);
/** The heads a council's money is kept under: a closed class of public finance. */
const BUDGET_HEAD = String.raw`(?:capital\s+programme|revenue\s+budget|budgets?|reserves?|fund|contingency|balances|provision)`;

/**
 * "£1.5m be added to the capital programme for the new roof", "£900 be moved from general reserves to the play area reserve", "the pavilion scheme be added to the capital programme",
 * "£40,000 be released from the Transformation Reserve", "up to £800 be spent from the events budget on staging": money
 * moved into or out of one of the body's budgets by the decision itself — what the money is then used for is another
 * clause's errand, when one is named ("and the Estates Manager procure the works"). Someone named to move it ("the
 * Treasurer transfer £5,000 to the reserve") runs an errand; so does a purchase paid for from a budget ("a bench be
 * bought from the parks budget"), whose verb is not one of these.
 */
export function movesMoney(clause: Reading): boolean {
  if (!lemma(clause, MOVING)) return false;
  const where = new RegExp(
    String.raw`^(?:\s*down)?\s*(?:[^;]{0,60}?\s)?(?:to|from|into|within)\s+(?:the\s+|its\s+|our\s+)?(?:[\w'’&-]+\s+){0,4}?${BUDGET_HEAD}\b`,
    'i',
  );
  if (!where.test(clause.rest)) return false;
  // (in the passive, or an infinitive with no one named: the body moving its own money)
  return clause.passive || (clause.form === 'infinitive' && !clause.subject) || clause.form === 'imperative';
}

/**
 * What a year's accounts carry into the next (closed: money under its budget names, and staff's leave — the things a
 * year-end carries over): "the unspent balance", "£2,000", "the underspend", "slippage", "untaken leave".
 */
const CARRIED_THING =
  /£\s?\d|\b(?:balances?|underspends?|under-spends?|slippage|surplus(?:es)?|budgets?|allocations?|funds?|funding|grants?|monies|money|reserves?|leave)\b/i;

/**
 * "£1,500 be carried forward to 2027/28", "the unspent balance be carried over into the next financial year", "to carry
 * forward the underspend to the next round", "five days of untaken leave be carried forward to 31 March": money (or
 * leave) kept for the next year by the decision itself — the year-end's accounts, nothing put back and nothing to chase.
 * A matter carried to a meeting ("the report be carried forward to the next meeting") is put back; someone named to
 * carry the money ("the Treasurer carry forward the balance") runs an errand.
 */
export function carriesMoneyForward(clause: Reading): boolean {
  if (!lemma(clause, new Set(['carry forward', 'carry over']))) return false;
  if (!(clause.passive || (clause.form === 'infinitive' && !clause.subject))) return false;
  if (/\b(?:meeting|agenda|committee|session|sitting)\b/i.test(clause.rest)) return false;
  // (the words before the verb as printed: the subject's tokens leave out "£")
  const at = clause.verb ? clause.text.indexOf(clause.verb) : -1;
  const thing = clause.passive ? clause.text.slice(0, Math.max(at, 0)) : afterVerb(clause);
  return CARRIED_THING.test(thing);
}
