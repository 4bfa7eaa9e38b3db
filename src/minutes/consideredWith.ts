// "the purchase of a second device be considered as part of the 2027/28 budget", "the request for a donation, to be
// considered with the budget in January", "the new signs be considered alongside the estimates": a matter put with the
// budget this body will set is taken when the budget is taken. It is this body's future business, not an errand. The
// budget is named by a closed few nouns (budget, precept, estimates: what a body sets for itself each year); a matter
// put with someone else's work ("considered as part of the parking review"), or with another body's budget, or told to
// someone ("the petitioner be informed that it will be considered …") is left as it was.
import type { Place } from './places.js';
import type { Reading } from './reading.js';
import { lemmaIn } from './words.js';

/** A verb of weighing or deciding (as the meeting does), then the matter's companion: "as part of", "with", "alongside". */
const CONSIDERED_WITH =
  /\b(?:be|to|to\s+be|will\s+be|would\s+be|should\s+be)\s+(?:(?:further|again|then)\s+)?(?:considered|reconsidered|reviewed|revisited|decided|determined|discussed|taken|consider|reconsider|review|revisit|decide|determine|discuss)\b(?:\s+[^,;.]{0,60}?)?\s+(?:as\s+(?:a\s+)?part\s+of|with|alongside|together\s+with|in\s+conjunction\s+with)\s+(?:the\s+|its\s+|this\s+|next\s+)?(?:[\w'’/-]+\s+){0,3}?(?:budgets?|precept|estimates)\b/i;

/** The verbs that tell someone of a decision: what they are told is no decision of this clause's. */
const TELLING = new Set(['inform', 'notify', 'tell', 'advise', 'write', 'reply', 'respond', 'explain']);

export function consideredWith(text: string, chain: Reading[], places: Place[]): boolean {
  return (
    CONSIDERED_WITH.test(text) &&
    !chain.some((c) => c.negated || c.form === 'past' || lemmaIn((c.verb ?? '').toLowerCase(), TELLING)) &&
    !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting')
  );
}
