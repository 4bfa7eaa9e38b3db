// Changing the log inside one change transaction (database.ts opens it, with the log row
// locked): new ids, committees, meetings, items with their history, the journal and undo,
// and copying a whole log in.
import type { QueryResult, QueryResultRow } from 'pg';
import { failure } from '../../errors.js';
import type { Committee, IsoDate, Item, Meeting, OwnerContact } from '../../domain/types.js';
import type { Inverse, JournalEntry, StoreData } from '../schema.js';
import { SQL } from './queries/index.js';
import { LogReader, type Queryable } from './reader.js';
import { toStoredText } from './text.js';
import {
  committeeRecord,
  deferralRecords,
  historyRecords,
  openItemRecord,
  journalRecord,
  meetingRecord,
  ownerRecord,
  ownerRecords,
} from './rows/records.js';

/** Rows sent in one statement when copying many: about a megabyte of parameter each. */
const ROWS_PER_STATEMENT = 2000;
/** Items sent in one statement, with their history and deferrals (some four rows each). */
const ITEMS_PER_STATEMENT = 1000;

export class LogWriter extends LogReader {
  /** The next item number, once the log row is locked. */
  private next = 0;
  /** Whether ids were taken since the log row was last written. */
  private counted = false;
  /** Statements sent without waiting for their answer (send), in order. */
  private readonly unanswered: Promise<unknown>[] = [];

  /**
   * `locked` gives the next item number as the log row held it when the change locked it
   * (database.ts): ids are counted here and the row updated with the change's journal entry
   * (appendJournal), a round trip saved on every `add`. A change that records nothing took
   * no id it kept. Reads go to the server at once, behind the statement that locks the row
   * (so they see what the change before committed); nothing is written until the row is
   * locked and the schema's version checked.
   */
  constructor(
    db: Queryable,
    private readonly locked: Promise<number>,
  ) {
    super(db);
    // Registered first, so it runs before any takeItemId waiting on the same promise.
    locked.then(
      (next) => (this.next = next),
      () => undefined,
    );
  }

  /** The next item's id. The counter only goes up, even across undo; the locked log row makes ids unique and in order. */
  takeItemId(): Promise<string> {
    return this.locked.then(() => {
      this.counted = true;
      return `A${this.next++}`;
    });
  }

  override nextItemNumber(): Promise<number> {
    return this.locked.then(() => this.next);
  }

  /**
   * Waits for the answers to the statements sent without waiting (send); the first that
   * failed is the change's failure (the statements behind it then fail too, changing nothing).
   */
  async answered(): Promise<void> {
    for (const answer of this.unanswered) await answer;
  }

  /** The first of the statements sent without waiting that failed, or null. */
  async failedStatement(): Promise<unknown> {
    try {
      await this.answered();
      return null;
    } catch (error) {
      return error;
    }
  }

  /** A statement that changes the log, once the log row is locked; its answer. */
  private async write<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>> {
    await this.locked;
    return this.db.query<R>(text, values);
  }

  /**
   * The same, sent without waiting for its answer, for a statement whose answer the change
   * does not need: it goes to the server with those after it (the connection pipelines
   * them: connection.ts) and the change waits for its answer before it is committed
   * (answered). Resolves once it is sent, so that what the change sends next comes after it.
   */
  private async send(text: string, values?: unknown[]): Promise<void> {
    await this.locked;
    const answer = this.db.query(text, values);
    answer.catch(() => undefined);
    this.unanswered.push(answer);
  }

  async addCommittee(committee: Committee): Promise<void> {
    await this.write(SQL.addCommittees, [JSON.stringify([committeeRecord(committee, 1)])]);
  }

  /** Changes the committee's name or council; it keeps its place. */
  async replaceCommittee(committee: Committee): Promise<void> {
    const { slug, name, council } = committeeRecord(committee, 0);
    await this.write(SQL.replaceCommittee, [JSON.stringify({ slug, name, council })]);
  }

  /** Sets the owners' contact details to this list (there are few: rewritten whole). */
  async putOwners(owners: readonly OwnerContact[]): Promise<void> {
    await this.write(SQL.removeOwners);
    if (owners.length > 0)
      await this.write(SQL.addOwners, [JSON.stringify(owners.map((o, i) => ownerRecord(o, i + 1)))]);
  }

  /** Adds the meeting, or replaces the one of that committee on that date (which keeps its place). */
  async putMeeting(meeting: Meeting): Promise<void> {
    await this.write(SQL.putMeetings, [JSON.stringify([meetingRecord(meeting, 1)])]);
  }

  /** Takes the committee's meeting on that day out of its calendar. */
  async removeMeeting(committee: string, date: IsoDate): Promise<void> {
    await this.write(SQL.removeMeeting, [toStoredText(committee), date]);
  }

  /**
   * Adds items (new ids) after the others, with their history, deferrals and owners. A few
   * (`add`, an import) are sent without waiting for the answer; a whole log's, batch by batch.
   */
  async addItems(items: readonly Item[]): Promise<void> {
    const few = items.length <= ITEMS_PER_STATEMENT;
    for (const batch of batches(items, ITEMS_PER_STATEMENT)) {
      const values = [
        JSON.stringify(batch.map((item, i) => openItemRecord(item, i + 1))),
        JSON.stringify(batch.flatMap(historyRecords)),
        JSON.stringify(batch.flatMap(deferralRecords)),
        JSON.stringify(batch.flatMap(ownerRecords)),
      ];
      if (few) await this.send(SQL.addItems, values);
      else await this.write(SQL.addItems, values);
    }
  }

  /** Replaces the item of that id, keeping its place; false if there is none. */
  async replaceItem(item: Item): Promise<boolean> {
    const { rows } = await this.write<{ changed: number }>(SQL.replaceItem, [
      JSON.stringify(openItemRecord(item, 0)),
      item.id,
      JSON.stringify(historyRecords(item)),
      JSON.stringify(deferralRecords(item)),
      item.history.length,
      item.deferrals.length,
      JSON.stringify(ownerRecords(item)),
      item.owners.length,
    ]);
    return rows[0].changed > 0;
  }

  async removeItems(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.write(SQL.removeItems, [[...ids]]);
  }

  /**
   * Records a change, numbered after the latest, keeping the latest `keep` entries: sent
   * without waiting for the answer, as the last statement of a change, so that the COMMIT
   * goes with it.
   */
  async appendJournal(entry: Omit<JournalEntry, 'seq'>, keep: number): Promise<void> {
    const record = journalRecord({ seq: 0, ...entry });
    const counter = this.counted ? this.next : null;
    const values = [
      record.made_at,
      record.made_by,
      record.command,
      record.summary,
      record.undone,
      record.undo,
      keep,
      counter,
    ];
    this.counted = false;
    await this.send(SQL.appendJournal, values);
  }

  /** The change has been undone: it can be undone no more, and its undo record is dropped. */
  async markUndone(seq: number): Promise<void> {
    await this.write(SQL.markUndone, [seq]);
  }

  /** Puts back what a change changed, as the file store's applyInverse does. */
  async putBack(inverse: Inverse): Promise<void> {
    await this.removeItems(inverse.addedItems);
    for (const item of inverse.replacedItems as Item[]) await this.replaceItem(item);
    if (inverse.committees) {
      await this.write(SQL.removeCommittees);
      await this.addCommitteeList(inverse.committees as Committee[]);
    }
    if (inverse.meetings) {
      await this.write(SQL.removeMeetings);
      await this.addMeetingList(inverse.meetings as Meeting[]);
    }
    if (inverse.owners) await this.putOwners(inverse.owners);
  }

  /** Replaces everything in the log with `data`. */
  async replaceWholeLog(data: StoreData): Promise<void> {
    const outOfOrder = data.journal.findIndex((entry, i) => i > 0 && entry.seq <= data.journal[i - 1].seq);
    if (outOfOrder !== -1) {
      throw failure(
        `the log's journal is out of order at entry ${outOfOrder + 1} (#${data.journal[outOfOrder].seq} after #${data.journal[outOfOrder - 1].seq}); nothing was copied`,
      );
    }
    await this.write(SQL.checkAsWeGo);
    for (const statement of [SQL.removeJournal, SQL.removeAllItems, SQL.removeMeetings, SQL.removeCommittees])
      await this.write(statement);
    await this.addCommitteeList(data.committees);
    await this.addMeetingList(data.meetings);
    await this.addItems(data.items);
    await this.putOwners(data.owners);
    for (const batch of batches(data.journal))
      await this.write(SQL.addJournal, [JSON.stringify(batch.map(journalRecord))]);
    await this.write(SQL.setNextItemNumber, [data.nextItemNumber]);
    this.next = data.nextItemNumber;
    this.counted = false;
    await this.write(SQL.analyze);
  }

  private async addCommitteeList(committees: readonly Committee[]): Promise<void> {
    if (committees.length > 0)
      await this.write(SQL.addCommittees, [JSON.stringify(committees.map((c, i) => committeeRecord(c, i + 1)))]);
  }

  private async addMeetingList(meetings: readonly Meeting[]): Promise<void> {
    for (const batch of batches(meetings)) {
      await this.write(SQL.addMeetings, [JSON.stringify(batch.map((m, i) => meetingRecord(m, i + 1)))]);
    }
  }
}

function* batches<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
