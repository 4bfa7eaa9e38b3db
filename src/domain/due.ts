// Turning what a clerk types after --due or --to into a recorded due.
import { usageError } from '../errors.js';
import { effectiveMeetingDate, findMeeting, nextMeetingAfter } from './calendar.js';
import {
  formatUkDate,
  MONTHS,
  monthNumber,
  monthOf,
  parseDate,
  typedDateProblem,
  ACCEPTED_DATE_FORMS,
} from './dates.js';
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
 * - `next`: the first meeting not cancelled after that date, or, when the calendar has none
 *   yet, "the next meeting after that date", which becomes the first one added;
 * - `future`: unscheduled;
 * - a month name: the first meeting in that month after that date;
 * - a date: that meeting if the committee meets that day, otherwise a deadline.
 */
export function resolveDueSpec(
  spec: string,
  calendar: readonly Meeting[],
  after: IsoDate,
  committee: string,
  option = '--due',
): Due {
  const word = spec.trim().toLowerCase();
  if (word === '')
    throw usageError(`${option} is empty; give the ${option === '--to' ? 'new ' : ''}due: ${DUE_SPEC_FORMS}`);
  if (word === 'future') return { kind: 'future' };
  if (word === 'next') {
    const next = nextMeetingAfter(calendar, after);
    return next ? { kind: 'meeting', meeting: next.date } : { kind: 'next', after };
  }
  const month = /^[a-z]+\.?$/.test(word) ? monthNumber(word) : null;
  if (month !== null) {
    const meeting = calendar.find((m) => m.date > after && monthOf(m.date) === month);
    if (!meeting) {
      throw usageError(
        `${option} ${spec}: ${committee} has no ${capitalise(MONTHS[month - 1])} meeting after ${formatUkDate(after)}; ${describeCalendar(calendar)}`,
      );
    }
    return { kind: 'meeting', meeting: meeting.date };
  }
  const date = parseDate(spec);
  if (date === null) throw usageError(`${option} "${spec}" is not a due; use ${DUE_SPEC_FORMS}`);
  const problem = typedDateProblem(spec);
  if (problem !== null) throw usageError(`${option} "${spec}" ${problem}`);
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
    case 'next':
      return nextMeetingAfter(calendar, due.after)?.date ?? null;
  }
}

/**
 * Why an item decided at `source` cannot have this due, in one line; null when it can.
 * A deadline or a meeting before the decision cannot be met; the meeting that decided it
 * is over by the time it is recorded.
 */
export function dueProblem(due: Due, source: IsoDate): string | null {
  if (due.kind === 'date' && due.date < source) {
    return `the deadline ${formatUkDate(due.date)} is before the meeting that decided the item (${formatUkDate(source)})`;
  }
  if (due.kind !== 'meeting') return null;
  if (due.meeting === source) {
    return `the item was decided at the meeting of ${formatUkDate(source)}, so it cannot be due there; use next, a later meeting or a date`;
  }
  if (due.meeting < source) {
    return `the meeting of ${formatUkDate(due.meeting)} is before the meeting that decided the item (${formatUkDate(source)})`;
  }
  return null;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
