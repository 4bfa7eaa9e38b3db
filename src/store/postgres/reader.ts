// Reading the log inside one transaction (database.ts opens it): committees, calendars, the
// items a command asks for with their history, the journal, or the whole log. Each read asks
// for what it needs: the items of one committee that are still outstanding, not every item
// ever recorded.
import type { QueryResult, QueryResultRow } from 'pg';
import { compareIso } from '../../domain/dates.js';
import type { Committee, Item, Meeting, OwnerContact } from '../../domain/types.js';
import { SCHEMA_VERSION } from '../format.js';
import { normaliseItemId } from '../itemId.js';
import type { ItemQuery } from '../query.js';
import type { JournalEntry, StoreData } from '../schema.js';
import { SQL } from './queries/index.js';
import { selectItems } from './queries/selectItems.js';
import { itemFromJson, itemsFromJsonArray } from './rows/itemsFromJson.js';
import { meetingsFromCalendars, meetingsFromPacked } from './rows/packedCalendars.js';
import {
  committeeFrom,
  journalFrom,
  meetingFrom,
  ownerFrom,
  type CommitteeRow,
  type JournalRow,
  type MeetingRow,
  type OwnerRow,
} from './rows/read.js';
import { toStoredText } from './text.js';

export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
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

  /** The committee and its calendar (oldest first), in one round trip; null when there is no such committee. */
  async committeeAndCalendar(slug: string): Promise<{ committee: Committee; calendar: Meeting[] } | null> {
    const { rows } = await this.db.query<CommitteeRow & { calendar: string | null }>(SQL.committeeAndCalendar, [
      toStoredText(slug),
    ]);
    if (rows.length === 0) return null;
    const calendar = meetingsFromCalendars([{ slug: rows[0].slug, meetings: rows[0].calendar }]);
    return { committee: committeeFrom(rows[0]), calendar: calendar.sort((a, b) => compareIso(a.date, b.date)) };
  }

  /** Owners' contact details, in the order they were first set. */
  async owners(): Promise<OwnerContact[]> {
    return (await this.db.query<OwnerRow>(SQL.owners)).rows.map(ownerFrom);
  }

  /**
   * Every meeting, or one committee's, for a report: each committee's in the order they were
   * added, the committees in theirs (the domain sorts each calendar by day, calendar.ts).
   */
  async calendars(committee?: string): Promise<Meeting[]> {
    const { rows } = await this.db.query<{ slug: string; meetings: string }>(SQL.meetingsKept, [
      committee === undefined ? null : toStoredText(committee),
    ]);
    return meetingsFromCalendars(rows);
  }

  /** Every meeting, or one committee's, in the order they were added. */
  async meetings(committee?: string): Promise<Meeting[]> {
    const { rows } = await this.db.query<{ committees: string; meetings: string }>(SQL.meetingsPacked, [
      committee === undefined ? null : toStoredText(committee),
    ]);
    return meetingsFromPacked(rows[0].committees, rows[0].meetings);
  }

  /** One committee's meetings, oldest first. */
  async calendar(slug: string): Promise<Meeting[]> {
    return (await this.db.query<MeetingRow>(SQL.calendar, [toStoredText(slug)])).rows.map(meetingFrom);
  }

  /** The items a query asks for (query.ts; all of them without one), each with its history (or, asked, the entries the reports read) and deferrals, in the order they were added. */
  async items(query: ItemQuery = {}): Promise<Item[]> {
    const {
      committee,
      ids,
      statuses,
      awaitingSignOff,
      closedSinceLastMeetingBefore,
      refersTo,
      mayBeOverdueOn,
      fullHistory,
    } = query;
    // The overdue report's items in one text (queries/selectItems.ts, asOneText), where it was measured to
    // gain; not `list`'s, whose 34,000 open items at a million were slower so in paired runs
    // (docs/performance.md, an eighth round).
    const oneText = fullHistory === false && mayBeOverdueOn !== undefined;
    const statement = selectItems({
      committee: committee === undefined ? undefined : toStoredText(committee),
      ids: ids?.map(normaliseItemId).filter((id): id is string => id !== null),
      statuses,
      awaitingSignOff,
      closedSinceLastMeetingBefore,
      refersTo: refersTo && { committee: toStoredText(refersTo.committee), date: refersTo.date },
      mayBeOverdueOn,
      fullHistory,
      asOneText: oneText,
    });
    if (oneText) {
      const { rows } = await this.db.query<{ items: string | null; places: string | null }>(
        statement.text,
        statement.values,
      );
      return itemsFromJsonArray(rows[0].items, rows[0].places);
    }
    const { rows } = await this.db.query<{ item: string }>(statement.text, statement.values);
    return rows.map((row) => itemFromJson(row.item));
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
