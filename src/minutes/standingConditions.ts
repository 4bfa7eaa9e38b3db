// A condition in force: "The rear yard shall not be used after 22:00", "No new customers shall be admitted after
// midnight", "CCTV footage shall be provided to the police within 24 hours of a request". "Shall" with a passive and a
// thing (not a person or a body) as its subject is how a licence, a lease or a grant states the terms it carries: it
// binds whoever holds it from now on, at every hour it names, and leaves nothing for the body to track. A term that
// must be met once by a day ("a dispersal policy shall be submitted within 28 days of this notice", "… by 1 June
// 2027") is a deadline someone will chase, and stays an item; so does anyone named to act ("The Licensee shall
// submit …").
import { agentLike } from './agents.js';
import { findDates } from './dateText.js';
import type { Reading } from './reading.js';
import { tokenize } from './words.js';

/** A one-off term counted from the decision: "within 28 days of this notice", "within one month of the date of grant". */
const ONCE_WITHIN =
  /\bwithin\s+(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|twenty[- ]?one|twenty[- ]?eight)\s+(?:working\s+)?(?:days?|weeks?|months?)\s+of\s+(?:the\s+date\s+of\s+)?(?:this|the|its)\s+(?:decision|notice|grant|hearing|meeting|licence|permission|letter)\b/i;

export function standingCondition(reading: Reading, text: string): boolean {
  if (reading.modal?.toLowerCase() !== 'shall' || !reading.passive || !reading.subject) return false;
  if (agentLike(tokenize(reading.subject))) return false;
  return !metOnce(text);
}

/** A term met once, by a day or within a time of the decision: a deadline someone will chase. */
export function metOnce(text: string): boolean {
  return ONCE_WITHIN.test(text) || findDates(text).length > 0;
}
