// Turning what a clerk types after --due or --to into a recorded due.
import { usageError } from '../errors.js';
import { effectiveMeetingDate, findMeeting, nextMeetingAfter } from './calendar.js';
import { formatUkDate, MONTHS, monthNumber, monthOf, parseDate, ACCEPTED_DATE_FORMS } from './dates.js';
import type { Due, IsoDate, Meeting } from './types.js';

export const DUE_SPEC_FORMS = `next, future, a month name (november) or a date (${ACCEPTED_DATE_FORMS})`;

export function describeCalendar(calendar: readonly Meeting[]): string {
  if (calendar.length === 0) return 'it has no meetings yet (add them with "actionlog meeting add")';
  const dates = calendar.map((m) => formatUkDate(m.date) + (m.cancelled ? ' (cancelled)' : ''));
  return `its meetings are ${dates.join(', ')}`;
}

/**
 * Resolves a due spec against one committee's calendar, counting from `after` (the
 * source meeting for add/update, the current due for defer):
 * - `next`: the first meeting not cancelled after that date;
 * - `future`: unscheduled;
 * - a month name: the first meeting in that month after that date;
 * - a date: that meeting if the committee meets that day, otherwise a deadline.
 */
export function resolveDueSpec(spec: string, calendar: readonly Meeting[], after: IsoDate, committee: string, option = '--due'): Due {
  const word = spec.trim().toLowerCase();
  if (word === '') throw usageError(`${option} is empty; give the ${option === '--to' ? 'new ' : ''}due: ${DUE_SPEC_FORMS}`);
  if (word === 'future') return { kind: 'future' };
  if (word === 'next') {
    const next = nextMeetingAfter(calendar, after);
    if (!next) {
      throw usageError(
        `${option} next: ${committee} has no meeting after ${formatUkDate(after)} in its calendar; add it with "actionlog meeting add ${committee} <date>", or use ${option} future for a meeting not yet set`,
      );
    }
    return { kind: 'meeting', meeting: next.date };
  }
  const month = /^[a-z]+\.?$/.test(word) ? monthNumber(word) : null;
  if (month !== null) {
    const meeting = calendar.find((m) => m.date > after && monthOf(m.date) === month);
    if (!meeting) {
      throw usageError(`${option} ${spec}: ${committee} has no ${capitalise(MONTHS[month - 1])} meeting after ${formatUkDate(after)}; ${describeCalendar(calendar)}`);
    }
    return { kind: 'meeting', meeting: meeting.date };
  }
  const date = parseDate(spec);
  if (date === null) throw usageError(`${option} "${spec}" is not a due; use ${DUE_SPEC_FORMS}`);
  return findMeeting(calendar, date) ? { kind: 'meeting', meeting: date } : { kind: 'date', date };
}

/** The date that applies after cancellations and rearrangements; null for future. */
export function effectiveDueDate(due: Due, calendar: readonly Meeting[]): IsoDate | null {
  switch (due.kind) {
    case 'future':
      return null;
    case 'date':
      return due.date;
    case 'meeting':
      return effectiveMeetingDate(calendar, due.meeting);
  }
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
