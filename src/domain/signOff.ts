// Which items a committee signs off at a meeting: the done and dropped ones it has not yet
// signed off — all of them, or just those the clerk names.
import { usageError } from '../errors.js';
import { formatUkDate } from './dates.js';
import { compareIds } from './order.js';
import { isClosed, type Item } from './types.js';

/** Items awaiting sign-off by the committee, in id order. */
export function awaitingSignOff(items: readonly Item[], committee: string): Item[] {
  return items
    .filter((i) => i.committee === committee && isClosed(i) && i.signedOff === null)
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Checks that each named item can be signed off by this committee; one clear reason when not. */
export function checkSignOff(item: Item, committee: string): void {
  if (item.committee !== committee) {
    throw usageError(
      `${item.id} belongs to ${item.committee}, not ${committee}; sign it off at a meeting of ${item.committee}`,
    );
  }
  if (!isClosed(item)) {
    throw usageError(
      `${item.id} is ${item.status}; only done or dropped items can be signed off (mark it with "actionlog done ${item.id}")`,
    );
  }
  if (item.signedOff !== null) {
    throw usageError(`${item.id} was already signed off at the meeting of ${formatUkDate(item.signedOff)}`);
  }
}
