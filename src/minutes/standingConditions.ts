// A condition in force: "The rear yard shall not be used after 22:00", "No new customers shall be admitted after
// midnight", "CCTV footage shall be provided to the police within 24 hours of a request". "Shall" with a passive and a
// thing (not a person or a body) as its subject is how a licence, a lease or a grant states the terms it carries: it
// binds whoever holds it from now on, at every hour it names, and leaves nothing for the body to track. A term that
// must be met once by a day ("a dispersal policy shall be submitted within 28 days of this notice", "… by 1 June
// 2027") is a deadline someone will chase, and stays an item; so does anyone named to act ("The Licensee shall
// submit …") — unless the duty recurs at an hour or a frequency ("The licence holder shall provide door supervisors from
// 21:00 until close on Fridays", "… shall keep a log of noise checks every hour"): a standing condition still.
import { agentLike } from './agents.js';
import { findDates } from './dateText.js';
import type { Reading } from './reading.js';
import { readClause } from './grammar.js';
import { tokenize } from './words.js';

/** A one-off term counted from the decision: "within 28 days of this notice", "within one month of the date of grant". */
const ONCE_WITHIN =
  /\bwithin\s+(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|twenty[- ]?one|twenty[- ]?eight)\s+(?:working\s+)?(?:days?|weeks?|months?)\s+of\s+(?:the\s+date\s+of\s+)?(?:this|the|its)\s+(?:decision|notice|grant|hearing|meeting|licence|permission|letter)\b/i;

/**
 * A time the term holds at over and over: an hour of the day ("at 9.00 p.m.", "from 21:00 until close", "after
 * midnight"), a frequency ("every hour", "at all times", "on request", "while music is played") or a day of every week
 * ("on Fridays and Saturdays"). A duty that recurs so is a condition of the licence, however its subject is worded.
 */
const RECURRING = new RegExp(
  [
    String.raw`(?<![£$\d.,])\b\d{1,2}[.:]\d{2}\s*(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|hours\b)?`,
    String.raw`\b\d{1,2}\s*(?:a\.?m\b|p\.?m\b)`,
    String.raw`\b(?:midnight|midday|until\s+close|closing\s+time)\b`,
    String.raw`\b(?:every|each)\s+(?:day|night|evening|hour|week|occasion|event)\b`,
    String.raw`\bat\s+all\s+times\b|\bon\s+request\b|\bwhenever\b|\bwhile\s+(?:the\s+)?(?:premises|music|entertainment|customers|it|they|[a-z]+\s+(?:is|are))\b`,
    String.raw`\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b`,
  ].join('|'),
  'i',
);

export function standingCondition(read: Reading, text: string): boolean {
  // (read verb-first, as a lettered point is, a subject opening on a participle, "Regulated entertainment … shall end",
  // loses its "shall" to the participle: the point is read again as a clause with a subject)
  const reading = read.modal || !/\bshall\b/i.test(text) ? read : readClause(text);
  if (reading.modal?.toLowerCase() !== 'shall' || !reading.subject || metOnce(text)) return false;
  if (reading.passive) return !agentLike(tokenize(reading.subject));
  // ("Regulated entertainment in the garden shall end at 9.00 p.m. on every day", "The licence holder shall provide two
  // door supervisors from 21:00 until close on Fridays": in the active, a term that recurs binds the holder as the
  // passive one does; "The licence holder shall submit a noise plan", with no such time, is an errand — grantTerms.ts)
  return RECURRING.test(text);
}

/** A term met once, by a day or within a time of the decision: a deadline someone will chase. */
export function metOnce(text: string): boolean {
  return ONCE_WITHIN.test(text) || findDates(text).length > 0;
}
