// What importing a set of minutes would do to one committee's log: which meetings join the
// calendar, and each proposed item with its due made concrete against that calendar.
// Pure: the proposal, the calendar and the existing items come in as data.
import { findMeeting, nextMeetingAfter } from './calendar.js';
import { addDaysIso, addMonthsIso, compareIso, MONTHS, monthOf } from './dates.js';
import type { Due, IsoDate, Item, Meeting } from './types.js';

/** A due as the minutes state it, before the committee's calendar is applied. */
export type StatedDue =
  | { kind: 'next' }
  | { kind: 'future' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'meeting'; meeting: IsoDate }
  | { kind: 'month'; month: string }
  | { kind: 'within'; amount: number; unit: 'days' | 'weeks' | 'months' | 'years' }
  | null;

export interface Proposed {
  minute: string | null;
  ref: string | null;
  type: 'action' | 'work-programme';
  category: string;
  owner: string | null;
  due: StatedDue;
  text: string;
  confidence: number;
  /** Where the minutes record it: a resolution, the discussion, or an action table or log. */
  source?: 'resolution' | 'discussion' | 'action-table';
  /** Agreed in the discussion rather than in a resolution. */
  narrative?: boolean;
  /** The earlier minute or action this entry carries on, as the minutes cite it. */
  updates?: string;
}

export interface PlannedItem extends Proposed {
  /** The due the item will be recorded with: "the next meeting" to be set, or future, where the calendar cannot place it yet. */
  recordedDue: Due;
  /** Already in the log: same committee, meeting, minute and ref. */
  duplicateOf: string | null;
  /** The due as placed on the calendar, or as stated where the calendar cannot place it yet. */
  placed: ContractDue;
}

/** The calendar once the meeting and the future dates found in the minutes are added. */
export function calendarWithMinutes(calendar: readonly Meeting[], committee: string, meeting: IsoDate, nextMeetings: readonly IsoDate[]): { calendar: Meeting[]; added: IsoDate[] } {
  const added = [meeting, ...nextMeetings.filter((d) => d > meeting)].filter((d, i, all) => all.indexOf(d) === i && !findMeeting(calendar, d));
  const merged = [...calendar, ...added.map((date) => ({ committee, date, cancelled: false, movedTo: null }))];
  return { calendar: merged.sort((a, b) => compareIso(a.date, b.date)), added: added.sort() };
}

/** The due to record for a stated one: `next`, a month or a date as the calendar places it, future where it cannot yet. */
export function dueFor(due: StatedDue, type: Proposed['type'], calendar: readonly Meeting[], meeting: IsoDate): Due {
  if (due === null) return dueFor(type === 'action' ? { kind: 'next' } : { kind: 'future' }, type, calendar, meeting);
  switch (due.kind) {
    case 'future':
      return { kind: 'future' };
    case 'next': {
      // Not in the calendar yet: "the next meeting after this one", set when it is added.
      const next = nextMeetingAfter(calendar, meeting);
      return next ? { kind: 'meeting', meeting: next.date } : { kind: 'next', after: meeting };
    }
    case 'date':
      return onDay(due.date, calendar);
    case 'meeting':
      return onDay(due.meeting, calendar);
    case 'month': {
      const month = MONTHS.indexOf(due.month.toLowerCase() as (typeof MONTHS)[number]) + 1;
      return onDay(calendar.find((m) => m.date > meeting && monthOf(m.date) === month)?.date, calendar);
    }
    case 'within':
      return onDay(withinDeadline(meeting, due.amount, due.unit), calendar);
  }
}

/** The meeting on that day if the committee meets then, else a deadline; future when there is no day. */
function onDay(date: IsoDate | undefined, calendar: readonly Meeting[]): Due {
  if (date === undefined) return { kind: 'future' };
  return findMeeting(calendar, date) ? { kind: 'meeting', meeting: date } : { kind: 'date', date };
}

export function withinDeadline(meeting: IsoDate, amount: number, unit: 'days' | 'weeks' | 'months' | 'years'): IsoDate {
  if (unit === 'days') return addDaysIso(meeting, amount);
  if (unit === 'weeks') return addDaysIso(meeting, amount * 7);
  return addMonthsIso(meeting, unit === 'years' ? amount * 12 : amount);
}

export const importKey = (committee: string, meeting: IsoDate, minute: string | null, ref: string | null, text: string): string =>
  // Without a ref, one minute can hold several items: they are told apart by their text.
  [committee, meeting, minute ?? '', ref ?? '', ref ? '' : text.toLowerCase()].join('\u0000');

export function planImport(
  proposed: readonly Proposed[],
  committee: string,
  meeting: IsoDate,
  calendar: readonly Meeting[],
  existing: readonly Item[],
): PlannedItem[] {
  const known = new Map<string, string>();
  for (const item of existing) {
    if (item.committee === committee && item.source.meeting === meeting) {
      known.set(importKey(committee, meeting, item.source.minute, item.source.ref, item.text), item.id);
    }
  }
  return proposed.map((item) => {
    const recordedDue = dueFor(item.due, item.type, calendar, meeting);
    return {
      ...item,
      recordedDue,
      duplicateOf: known.get(importKey(committee, meeting, item.minute, item.ref, item.text)) ?? null,
      placed: placeDue(item, recordedDue),
    };
  });
}

export type ContractDue =
  | { kind: 'meeting'; meeting: IsoDate }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'future' }
  | { kind: 'next' }
  | { kind: 'within'; amount: number; unit: string }
  | { kind: 'month'; month: string };

/**
 * The due as `import --dry-run --json` reports it: a meeting or date where the calendar
 * places it; `next`, `within` or a month as stated where it cannot (yet).
 */
function placeDue(item: Proposed, recorded: Due): ContractDue {
  const stated = item.due;
  if (stated?.kind === 'within') return stated;
  if (recorded.kind === 'next') return { kind: 'next' };
  if (recorded.kind === 'future' && stated?.kind === 'month') return stated;
  return recorded;
}
