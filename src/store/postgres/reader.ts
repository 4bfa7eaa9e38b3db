// Reading the log inside one transaction (database.ts opens it): committees, calendars, the
// items a command asks for with their history, the journal, or the whole log. Each read asks
// for what it needs: the items of one committee that are still outstanding, not every item
// ever recorded.
import type { QueryResult, QueryResultRow } from 'pg';
import type { Committee, Item, Meeting, OwnerContact, Status } from '../../domain/types.js';
import { SCHEMA_VERSION } from '../format.js';
import type { JournalEntry, StoreData } from '../schema.js';
import { SQL } from './queries.js';
import {
  committeeFrom,
  deferralFrom,
  historyFrom,
  itemFrom,
  journalFrom,
  meetingFrom,
  ownerFrom,
  type CommitteeRow,
  type DeferralRow,
  type HistoryRow,
  type ItemRow,
  type JournalRow,
  type MeetingRow,
  type OwnerRow,
} from './rows.js';
import { toStoredText } from './text.js';

export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/** Which items to read. Every field narrows the choice; none at all means every item. */
export interface ItemQuery {
  committee?: string;
  ids?: readonly string[];
  /** Items with one of these statuses… */
  statuses?: readonly Status[];
  /** …and, whatever `statuses` says, closed items not yet signed off (the carry-forward's first section). */
  unsignedClosed?: boolean;
}

/** How much a log holds. */
export interface LogContents {
  committees: number;
  meetings: number;
  items: number;
  journal: number;
  owners: number;
  nextItemNumber: number;
}

export class LogReader {
  constructor(protected readonly db: Queryable) {}

  async committees(): Promise<Committee[]> {
    return (await this.db.query<CommitteeRow>(SQL.committees)).rows.map(committeeFrom);
  }

  async committee(slug: string): Promise<Committee | null> {
    const { rows } = await this.db.query<CommitteeRow>(SQL.committee, [toStoredText(slug)]);
    return rows.length === 0 ? null : committeeFrom(rows[0]);
  }

  /** Owners' contact details, in the order they were first set. */
  async owners(): Promise<OwnerContact[]> {
    return (await this.db.query<OwnerRow>(SQL.owners)).rows.map(ownerFrom);
  }

  /** Every meeting of every committee, in the order they were added. */
  async meetings(): Promise<Meeting[]> {
    return (await this.db.query<MeetingRow>(SQL.meetings)).rows.map(meetingFrom);
  }

  /** One committee's meetings, oldest first. */
  async calendar(slug: string): Promise<Meeting[]> {
    return (await this.db.query<MeetingRow>(SQL.calendar, [toStoredText(slug)])).rows.map(meetingFrom);
  }

  /** The items wanted, each with its history and deferrals, in the order they were added. */
  async items(query: ItemQuery = {}): Promise<Item[]> {
    const params = [
      query.committee === undefined ? null : toStoredText(query.committee),
      query.ids === undefined ? null : [...query.ids],
      query.statuses === undefined ? null : [...query.statuses],
      query.unsignedClosed ?? false,
    ];
    const [items, history, deferrals] = [
      await this.db.query<ItemRow>(SQL.items, params),
      await this.db.query<HistoryRow>(SQL.history, params),
      await this.db.query<DeferralRow>(SQL.deferrals, params),
    ];
    const historyOf = groupBy(history.rows, historyFrom);
    const deferralsOf = groupBy(deferrals.rows, deferralFrom);
    return items.rows.map((row) => itemFrom(row, historyOf.get(row.id) ?? [], deferralsOf.get(row.id) ?? []));
  }

  /** One item with its history, or null. `id` as stored ("A12"). */
  async item(id: string): Promise<Item | null> {
    return (await this.items({ ids: [id] }))[0] ?? null;
  }

  async nextItemNumber(): Promise<number> {
    return (await this.db.query<{ next_item_number: number }>(SQL.nextItemNumber)).rows[0].next_item_number;
  }

  /** The journal, oldest first. */
  async journal(): Promise<JournalEntry[]> {
    return (await this.db.query<JournalRow>(SQL.journal)).rows.map(journalFrom);
  }

  /** The latest change that can still be undone, or null. */
  async latestUndoable(): Promise<JournalEntry | null> {
    const { rows } = await this.db.query<JournalRow>(SQL.latestUndoable);
    return rows.length === 0 ? null : journalFrom(rows[0]);
  }

  /** The whole log, as the file store holds it. */
  async wholeLog(): Promise<StoreData> {
    return {
      schema: SCHEMA_VERSION,
      nextItemNumber: await this.nextItemNumber(),
      committees: await this.committees(),
      meetings: await this.meetings(),
      items: await this.items(),
      owners: await this.owners(),
      journal: await this.journal(),
    };
  }

  async contents(): Promise<LogContents> {
    const row = (await this.db.query<Record<string, number>>(SQL.contents)).rows[0];
    return {
      committees: row.committees,
      meetings: row.meetings,
      items: row.items,
      journal: row.journal,
      owners: row.owners,
      nextItemNumber: row.next_item_number,
    };
  }
}

/** Rows of several items, ordered within each item, as lists by item id. */
function groupBy<R extends { item_id: string }, T>(rows: readonly R[], convert: (row: R) => T): Map<string, T[]> {
  const lists = new Map<string, T[]>();
  for (const row of rows) {
    const list = lists.get(row.item_id);
    if (list) list.push(convert(row));
    else lists.set(row.item_id, [convert(row)]);
  }
  return lists;
}
