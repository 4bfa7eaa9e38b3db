// The derived rules of DESIGN.md "Rules". Every function takes today as an argument.
import { heldMeetingsBetween, meetingOnOrAfter } from './calendar.js';
import { addMonthsIso, daysBetween } from './dates.js';
import { effectiveDueDate } from './due.js';
import type { IsoDate, Item, Meeting } from './types.js';

const isActive = (item: Pick<Item, 'status'>): boolean => item.status === 'open' || item.status === 'in-progress';

/** Open or in progress, and the effective due date is before today. Future items never are. */
export function isOverdue(item: Item, calendar: readonly Meeting[], today: IsoDate): boolean {
  return isActive(item) && isPast(effectiveDueDate(item.due, calendar), today);
}

/** isOverdue for an item whose effective due is already worked out (reports work it out once per item). */
export function isOverdueWith(item: Pick<Item, 'status'>, effectiveDue: IsoDate | null, today: IsoDate): boolean {
  return isActive(item) && isPast(effectiveDue, today);
}

const isPast = (due: IsoDate | null, today: IsoDate): boolean => due !== null && due < today;

export function daysOverdue(item: Item, calendar: readonly Meeting[], today: IsoDate): number | null {
  if (!isOverdue(item, calendar, today)) return null;
  return daysBetween(effectiveDueDate(item.due, calendar)!, today);
}

/**
 * How many held meetings an overdue item has been carried past: meetings not cancelled
 * from its effective due up to, not including, the target meeting. Zero when not overdue.
 */
export function timesCarried(item: Item, calendar: readonly Meeting[], target: IsoDate, today: IsoDate): number {
  if (!isOverdue(item, calendar, today)) return 0;
  return heldMeetingsBetween(calendar, effectiveDueDate(item.due, calendar)!, target);
}

/** The meeting a committee's papers are being prepared for: the first not cancelled on or after today. */
export function nextMeetingDate(calendar: readonly Meeting[], today: IsoDate): IsoDate | null {
  return meetingOnOrAfter(calendar, today)?.date ?? null;
}

export const DEFAULT_STALE_MONTHS = 6;

/** An open future item raised more than `months` months ago, so the committee should place or drop it. */
export function isStale(item: Item, today: IsoDate, months = DEFAULT_STALE_MONTHS): boolean {
  if (!isActive(item) || item.due.kind !== 'future') return false;
  return item.source.meeting < staleBefore(today, months);
}

// A report asks for every item with the same today: the cut-off is worked out once.
let lastCutoff: { today: IsoDate; months: number; before: IsoDate } | undefined;
function staleBefore(today: IsoDate, months: number): IsoDate {
  if (lastCutoff?.today !== today || lastCutoff.months !== months) lastCutoff = { today, months, before: addMonthsIso(today, -months) };
  return lastCutoff.before;
}

export { isActive };
