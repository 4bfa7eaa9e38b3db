// A request of the discussion that the minute's own resolution takes up in its own words: "Members asked that the
// survey findings come back to them", then "RESOLVED … that the findings of the tenant survey be reported to a future
// meeting". Minutes write the debate first and the decision after it; where the request names no one to act and the
// resolution decides an item on the same matter, the resolution is the record of what became of the request — one
// item, the resolution's (with its owner and date), not two.
import { AUTHORISED, sharesMatter } from './sameMatter.js';
import type { ProposedItem } from './types.js';

/** The head of a request in the discussion, by whoever asks: "Members asked that", "Cllr Ray requested for". */
const REQUEST_HEAD = /^[^.;]{2,80}?\b(?:asked|requested)\s+(?:that|for)\s+/i;

/**
 * Whether `decided` (an item of the minute's resolution) takes up `request` (a sentence of the discussion): the request
 * names no one to act (a passive, "it be shown …": the doer is left to the resolution), the resolution decides the same
 * kind of thing (a report back for a report back, an errand for an errand — a deferral answers no request) and is no
 * authority (an officer authorised to settle the details completes the decision, it does not take up the request), and
 * the two share a word of their matter once the request's head ("Members asked that") is set aside. A request that names
 * who acts ("asked that the Clerk write to the MP") is an errand of that person's, whatever the resolution decides.
 */
export function takenUp(request: ProposedItem, decided: ProposedItem): boolean {
  if (request.owner || decided.category !== request.category || AUTHORISED.test(decided.text)) return false;
  const head = REQUEST_HEAD.exec(request.text);
  if (!head) return false;
  return decided.minute === request.minute && sharesMatter(request.text.slice(head[0].length), decided.text);
}
