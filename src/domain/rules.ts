// The derived rules of DESIGN.md "Rules". Every function takes today as an argument.
import { heldMeetingsBetween, meetingOnOrAfter, type HeldCounts } from './calendar.js';
import { addDaysIso, addMonthsIso, daysBetween } from './dates.js';
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

/**
 * Waiting for a meeting: open, and due at a meeting that no meeting in the calendar can take
 * (it was cancelled with none after it, or it is "the next meeting" and none is set yet).
 * Such an item is neither overdue nor on track: reports show it apart until a meeting is added.
 * `effectiveDue` is passed by reports, which work it out once per item.
 */
export function isWaitingForMeeting(item: Pick<Item, 'status' | 'due'>, effectiveDue: IsoDate | null): boolean {
  return effectiveDue === null && (item.due.kind === 'meeting' || item.due.kind === 'next') && isActive(item);
}

export function daysOverdue(item: Item, calendar: readonly Meeting[], today: IsoDate): number | null {
  if (!isOverdue(item, calendar, today)) return null;
  return daysBetween(effectiveDueDate(item.due, calendar)!, today);
}

/**
 * How many meetings an open item has been carried past: meetings not cancelled from its
 * effective due up to, not including, the target (the meeting the papers are for, or today).
 * An overdue item counts so; so does one due at a meeting between today and a later target
 * (papers prepared well ahead), since by the target that meeting will have passed without
 * it. A deadline still to come, a future item and a closed one count nothing.
 * `effectiveDue` is passed by reports, which work it out once per item, and `held` (the
 * calendar's heldCounts) by those that count for many items.
 */
export function timesCarried(
  item: Pick<Item, 'status' | 'due'>,
  calendar: readonly Meeting[],
  target: IsoDate,
  today: IsoDate,
  effectiveDue: IsoDate | null = effectiveDueDate(item.due, calendar),
  held?: HeldCounts,
): number {
  if (!isActive(item) || effectiveDue === null || effectiveDue >= target) return 0;
  if (effectiveDue >= today && item.due.kind === 'date') return 0;
  return heldMeetingsBetween(calendar, effectiveDue, target, held);
}

/** The meeting a committee's papers are being prepared for: the first not cancelled on or after today. */
export function nextMeetingDate(calendar: readonly Meeting[], today: IsoDate): IsoDate | null {
  return meetingOnOrAfter(calendar, today)?.date ?? null;
}

export const DEFAULT_STALE_MONTHS = 6;
export const AMBER_DEADLINE_DAYS = 14;

/** The day a report is made for, and the cut-offs its rules compare with: worked out once per report, not per item. */
export interface ReportDay {
  today: IsoDate;
  /** A deadline on or before this day is amber (DESIGN.md: within 14 days). */
  amberUntil: IsoDate;
  /** A future item raised before this day is stale (six months ago, unless the report says otherwise). */
  staleBefore: IsoDate;
}

export function reportDay(today: IsoDate, staleMonths = DEFAULT_STALE_MONTHS): ReportDay {
  return { today, amberUntil: addDaysIso(today, AMBER_DEADLINE_DAYS), staleBefore: addMonthsIso(today, -staleMonths) };
}

/** An open future item raised before the cut-off (six months before today), so the committee should place or drop it. */
export function isStale(item: Item, day: ReportDay): boolean {
  if (!isActive(item) || item.due.kind !== 'future') return false;
  return item.source.meeting < day.staleBefore;
}

export { isActive };
