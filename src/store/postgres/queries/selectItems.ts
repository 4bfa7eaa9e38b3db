// The statement that reads the items a command asks for, built from the fragments its query needs.
import { ACTIVE_STATUSES } from '../../../domain/types.js';
import { KEPT_ITEM_JSON, REPORTED_ITEM_JSON, WHOLE_ITEM_JSON } from './itemJson.js';

/** Which items a read wants (query.ts's ItemQuery, ids as stored). */
export interface ItemsWanted {
  committee?: string;
  ids?: readonly string[];
  statuses?: readonly string[];
  awaitingSignOff?: boolean;
  closedSinceLastMeetingBefore?: string;
  refersTo?: { committee: string; date: string };
  mayBeOverdueOn?: string;
  /** False: each item's history as the reports read it (reported_history). */
  fullHistory?: boolean;
  /** Every item in one row: a JSON array of the items, and one of their places (ordinals) in the same order. */
  asOneText?: boolean;
}

const CLOSED = `i.status IN ('done', 'dropped')`;
const ACTIVE: readonly string[] = ACTIVE_STATUSES;

/**
 * The statement reading the items wanted, one row (item: the item's JSON) each, in the order
 * they were added, each item read once however many kinds it is: the kinds asked for
 * combined in one condition, which the server answers from its indexes (the open items;
 * the closed items not signed off), or where the closed items since each committee's last
 * meeting are asked for, each kind a query of its own (the closed items by when they were
 * closed). Only the choice of fragments depends on the query: every value is a parameter.
 */
export function selectItems(wanted: ItemsWanted): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown, type: string): string => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const scope = [
    ...(wanted.committee === undefined ? [] : [`i.committee = ${param(wanted.committee, 'text')}`]),
    ...(wanted.ids === undefined ? [] : [`i.id = ANY (${param(wanted.ids, 'text[]')})`]),
    ...(wanted.refersTo === undefined
      ? []
      : [refersTo(param(wanted.refersTo.committee, 'text'), param(wanted.refersTo.date, 'date'))]),
    ...(wanted.mayBeOverdueOn === undefined ? [] : [mayBeOverdue(param(wanted.mayBeOverdueOn, 'date'))]),
  ];
  // Open and in-progress items alone (overdue, list, chase): from their copy, where they lie
  // together (migrations/version6.ts) and, for the reports, are kept as JSON ready to send
  // (version 9); anything else from items.
  const openOnly =
    wanted.statuses !== undefined &&
    wanted.statuses.every((status) => ACTIVE.includes(status)) &&
    !wanted.awaitingSignOff &&
    wanted.closedSinceLastMeetingBefore === undefined;
  const table = openOnly ? 'open_items' : 'items';
  const item = wanted.fullHistory !== false ? WHOLE_ITEM_JSON : openOnly ? KEPT_ITEM_JSON : REPORTED_ITEM_JSON;
  const within = scope.length === 0 ? 'true' : scope.join(' AND ');
  const kinds: string[] = [];
  if (wanted.statuses !== undefined) kinds.push(`i.status = ANY (${param(wanted.statuses, 'text[]')})`);
  if (wanted.awaitingSignOff) kinds.push(`${CLOSED} AND i.signed_off IS NULL`);
  const some = (where: string) => `SELECT i.id, i.ordinal FROM items i WHERE ${within} AND ${where}`;
  const queries = kinds.map(some);
  if (wanted.closedSinceLastMeetingBefore !== undefined) {
    // Each committee's last meeting held before the day (query.ts's rule): its items closed
    // since then, or, where it has not met, those not signed off.
    const lastMet = `committees c CROSS JOIN LATERAL (SELECT to_char(max(m.meeting_date), 'YYYY-MM-DD') COLLATE "C" AS day FROM meetings m
      WHERE m.committee = c.slug AND NOT m.cancelled AND m.meeting_date < ${param(wanted.closedSinceLastMeetingBefore, 'date')}) l
      JOIN items i ON i.committee = c.slug`;
    queries.push(`SELECT i.id, i.ordinal FROM ${lastMet} WHERE ${within} AND ${CLOSED} AND i.closed_at >= l.day`);
    queries.push(
      `SELECT i.id, i.ordinal FROM ${lastMet} WHERE ${within} AND ${CLOSED} AND l.day IS NULL AND i.signed_off IS NULL`,
    );
  }
  const [selected, from, order] =
    queries.length === 0
      ? [item, `FROM items i WHERE ${within}`, 'i.ordinal']
      : queries.length === kinds.length
        ? // The open items and the closed ones not signed off (carry-forward): one pass over the
          // table, the server combining the indexes, each row read once.
          [item, `FROM ${table} i WHERE ${within} AND (${kinds.map((kind) => `(${kind})`).join(' OR ')})`, 'i.ordinal']
        : // With the items closed since each committee last met (report): the ids of each kind,
          // once, then each item looked up by its key.
          [`(SELECT ${item} FROM items i WHERE i.id = w.id)`, `FROM (${queries.join('\n  UNION ')}) w`, 'w.ordinal'];
  // For a report, every item in one text, the elements of a JSON array: the program then
  // parses one value, not tens of thousands of rows (itemsFromJsonArray, rows/itemsFromJson.ts), and adds
  // the brackets itself (on the server, '[' || … || ']' copied the 12.7 MB text of a
  // million-item log's overdue items once more: 20 % of the statement's time). Null when
  // there are none. Not sorted here: sorting 20,000 items' texts by their place cost the
  // server more than the program pays to put them in order by their places, sent beside
  // them in the order the texts were joined.
  if (wanted.asOneText)
    return {
      text: `SELECT string_agg(${selected}, ',') AS items, string_agg(${order}::text, ',') AS places ${from}`,
      values,
    };
  return { text: `SELECT ${selected} AS item ${from} ORDER BY ${order}`, values };
}

/**
 * The items that refer to the committee's meeting of that day (query.ts, refersToMeeting):
 * decided there (an item moved on still was, by the committee it came from), or of the
 * committee and due there or signed off there. Each branch has an index of its own.
 */
const refersTo = (committee: string, day: string) =>
  `((i.source_meeting = ${day} AND coalesce(i.moved_from, i.committee) = ${committee})
    OR (i.committee = ${committee} AND i.due_kind = 'meeting' AND i.due_on = ${day})
    OR (i.committee = ${committee} AND i.signed_off = ${day}))`;

/**
 * The items that may be overdue or waiting for a meeting on the day (query.ts, mayBeOverdueOn):
 * a superset, and the domain's rules decide. A deadline is overdue only once passed; an item
 * due at a meeting (or the next meeting after a day) only once that day has passed, unless the
 * meeting was cancelled (its business may have gone to an earlier date, or nowhere yet) or no
 * meeting is held after that day (nothing can take it: waiting; asked as "is that day on or
 * after the committee's last meeting held", which its calendar's index answers at once). An
 * item for the future never is.
 */
const mayBeOverdue = (day: string) =>
  `(i.due_kind <> 'future' AND (i.due_on < ${day} OR (i.due_kind IN ('meeting', 'next') AND (
      EXISTS (SELECT 1 FROM meetings m WHERE m.committee = i.committee AND m.meeting_date = i.due_on AND m.cancelled)
      OR i.due_on >= coalesce((SELECT max(m.meeting_date) FROM meetings m WHERE m.committee = i.committee AND NOT m.cancelled), '-infinity')))))`;
