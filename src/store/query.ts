// Which items a read or a change asks the store for. The reports need the open items and a
// few closed ones, never the whole history: a server database answers this with an index
// (committee, status), the file store by filtering what it has read.
import { calendarIndex, lastMeetingBefore } from '../domain/calendar.js';
import { effectiveDueDate } from '../domain/due.js';
import { closedAt } from '../domain/lifecycle.js';
import { isOverdueWith, isWaitingForMeeting } from '../domain/rules.js';
import { isClosed, type IsoDate, type Item, type Meeting, type Status } from '../domain/types.js';
import { normaliseItemId } from './itemId.js';

/**
 * An item matches when it is of the committee (if given), among the ids (if given), and in
 * one of the statuses — or, beside those, done or dropped in one of the ways named below.
 * No statuses and neither of those ways means every status.
 */
export interface ItemQuery {
  committee?: string;
  /** Ids as typed (A12, a12, 12); an id that is no id matches nothing. */
  ids?: readonly string[];
  statuses?: readonly Status[];
  /** Also the done and dropped items not yet signed off (the carry-forward list's first section). */
  awaitingSignOff?: boolean;
  /**
   * Also the done and dropped items closed since their committee's last meeting before this
   * day, or, for a committee that has not met, those not signed off (the chair's report).
   */
  closedSinceLastMeetingBefore?: IsoDate;
  /**
   * Only items that refer to this meeting: decided there (an item moved to another committee
   * still was), due there, or signed off there. Whatever their committee (`committee` still
   * applies when given) and, without statuses, whatever their status.
   */
  refersTo?: { committee: string; date: IsoDate };
  /**
   * Only items that may be overdue or waiting for a meeting on this day (rules.ts): the
   * overdue report's. A backend may give more — the PostgreSQL store's test is a superset
   * worked out from the due and the calendar — and the report's rules decide.
   */
  mayBeOverdueOn?: IsoDate;
  /**
   * False for the reports' reads: each item's history then need hold only the entries the
   * reports read (domain/reportedHistory.ts), which the PostgreSQL store keeps beside each
   * item. A backend may still give the whole history (the file store has read it anyway).
   * Anything that shows or searches a history reads it whole (the default), and a change's
   * reads always do (an item read there may be written back, and undo keeps it as read).
   */
  fullHistory?: boolean;
}

/** Does the item refer to the committee's meeting of that day (ItemQuery.refersTo)? */
export function refersToMeeting(item: Item, committee: string, date: IsoDate): boolean {
  if (item.source.meeting === date && (item.movedFrom ?? item.committee) === committee) return true;
  if (item.committee !== committee) return false;
  return (item.due.kind === 'meeting' && item.due.meeting === date) || item.signedOff === date;
}

/** The test of a query, for a store that filters items it holds (the file store). */
export function itemMatcher(query: ItemQuery, meetings: readonly Meeting[]): (item: Item) => boolean {
  const { committee, statuses, awaitingSignOff } = query;
  const ids = query.ids && new Set(query.ids.map(normaliseItemId));
  const every = !statuses && !awaitingSignOff && query.closedSinceLastMeetingBefore === undefined;
  const lastMeetings = new Map<string, IsoDate | null>();
  const today = query.closedSinceLastMeetingBefore;
  if (today !== undefined)
    for (const [slug, calendar] of calendarIndex(meetings)) lastMeetings.set(slug, lastMeetingBefore(calendar, today));
  const closedLately = (item: Item): boolean => {
    const last = lastMeetings.get(item.committee) ?? null;
    return last === null ? item.signedOff === null : closedAt(item) >= last;
  };
  const refers = query.refersTo;
  const overdueOn = query.mayBeOverdueOn;
  const calendars = overdueOn === undefined ? null : calendarIndex(meetings);
  const mayBeOverdue = (item: Item): boolean => {
    const calendar = calendars!.get(item.committee) ?? [];
    const due = effectiveDueDate(item.due, calendar);
    return isOverdueWith(item, due, overdueOn!) || isWaitingForMeeting(item, due);
  };
  return (item) =>
    (refers === undefined || refersToMeeting(item, refers.committee, refers.date)) &&
    (committee === undefined || item.committee === committee) &&
    (ids === undefined || ids.has(item.id)) &&
    (every ||
      (statuses !== undefined && statuses.includes(item.status)) ||
      (isClosed(item) &&
        ((awaitingSignOff === true && item.signedOff === null) || (today !== undefined && closedLately(item))))) &&
    (overdueOn === undefined || mayBeOverdue(item));
}
