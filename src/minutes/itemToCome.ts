// A matter made an item of a later meeting of this body with the verb "be": "the play area be an item on the next
// agenda", "primary care access should be a main item at a future meeting", "to be an agenda item in January", "the
// hall heating to be an item next time". What a later agenda holds is this body's forward business (work programme),
// as "an item on the play area be added to the next agenda" already is; the copula was read as a record of what a
// thing is. Only "be" in the forms that look ahead (subjunctive, infinitive, modal) — "was an item at the last
// meeting" is past — and only with a later sitting, agenda or time of this body: "an item of expenditure in the
// budget", "an agenda item for Cabinet" name none.
import { LATER_SITTING_AFTER_ITEM } from './laterSitting.js';

/** "be", "to be", "should be", "will be", "would be", "become": the copula looking ahead (not "was", "is", "had been"). */
const BE_AHEAD = String.raw`(?:^|\s)(?:to\s+|(?:should|shall|will|would|must|could)\s+)?(?:be|become)\s+`;

/** "an item", "a main item", "an agenda item", "a substantive agenda item", "the first item" (at most two words between). */
const AN_ITEM = String.raw`(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?item`;

const ITEM_TO_COME = new RegExp(BE_AHEAD + AN_ITEM + LATER_SITTING_AFTER_ITEM, 'i');

/** A matter made an item of a later meeting of this body. */
export function itemToCome(text: string): boolean {
  return ITEM_TO_COME.test(text) && !/^\s*(?:that\s+)?(?:the|this|that)\s+item\b/i.test(text);
}
