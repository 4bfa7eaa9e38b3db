// One change to the PostgreSQL log, inside its transaction (database.ts): each call a statement
// or two, reading what the change has written so far. What it touched is recorded as the file
// store's transaction records it (transaction.ts), so that `undo` puts back exactly that, and
// a log copied between the backends keeps its undo steps.
import type { Committee, IsoDate, Item, Meeting, OwnerContact } from '../../domain/types.js';
import type { Inverse } from '../format.js';
import type { StoreTransaction } from '../interface.js';
import { normaliseItemId } from '../itemId.js';
import type { ItemQuery } from '../query.js';
import { noSuchItem, unknownCommittee } from '../transaction.js';
import type { LogWriter } from './writer.js';

export class PostgresTransaction implements StoreTransaction {
  summary = '';
  private readonly inverse: Inverse = { addedItems: [], replacedItems: [], committees: null, meetings: null };
  /** Each item as the change first read it, before any write: what undo puts back. */
  private readonly before = new Map<string, Item>();
  /** How often each item has been written in this change, and at which of those writes each object given out was current. */
  private readonly writes = new Map<string, number>();
  private readonly givenAt = new WeakMap<Item, number>();
  /** The calendars read in this change, until it changes one (a command asks for its committee's two or three times). */
  private readonly calendars = new Map<string, Promise<Meeting[]>>();

  constructor(private readonly log: LogWriter) {}

  async committee(slug: string): Promise<Committee> {
    // Its calendar comes with it: a change that checks a committee reads its calendar next.
    const found = await this.log.committeeAndCalendar(slug);
    if (!found) throw unknownCommittee(slug, await this.log.committees());
    if (!this.calendars.has(slug)) this.calendars.set(slug, Promise.resolve(found.calendar));
    return found.committee;
  }

  committees(): Promise<Committee[]> {
    return this.log.committees();
  }

  async addCommittee(committee: Committee): Promise<void> {
    this.inverse.committees ??= await this.log.committees();
    await this.log.addCommittee(committee);
  }

  async replaceCommittee(committee: Committee): Promise<void> {
    const committees = await this.log.committees();
    if (!committees.some((c) => c.slug === committee.slug)) throw unknownCommittee(committee.slug, committees);
    this.inverse.committees ??= committees;
    await this.log.replaceCommittee(committee);
  }

  calendar(slug: string): Promise<Meeting[]> {
    let calendar = this.calendars.get(slug);
    if (!calendar) this.calendars.set(slug, (calendar = this.log.calendar(slug)));
    return calendar;
  }

  async putMeeting(meeting: Meeting): Promise<void> {
    this.inverse.meetings ??= await this.log.meetings();
    this.calendars.clear();
    await this.log.putMeeting(meeting);
  }

  async removeMeeting(committee: string, date: IsoDate): Promise<void> {
    const meetings = await this.log.meetings();
    if (!meetings.some((m) => m.committee === committee && m.date === date)) return;
    this.inverse.meetings ??= meetings;
    this.calendars.clear();
    await this.log.removeMeeting(committee, date);
  }

  async item(id: string): Promise<Item> {
    const wanted = normaliseItemId(id);
    const item = wanted === null ? null : await this.log.item(wanted);
    if (!item) throw noSuchItem(id);
    return this.given(item);
  }

  async items(query: ItemQuery): Promise<Item[]> {
    // Whole histories always: an item read in a change may be written back, and undo keeps it as read.
    return (await this.log.items({ ...query, fullHistory: true })).map((item) => this.given(item));
  }

  newItemId(): Promise<string> {
    return this.log.takeItemId();
  }

  async addItem(item: Item): Promise<void> {
    this.inverse.addedItems.push(item.id);
    await this.log.addItems([item]);
    this.written(item);
  }

  async replaceItem(item: Item): Promise<void> {
    // The very object read (or written) last is the item as it stands: nothing to save, as
    // in the file store, so that a change that changed nothing records nothing.
    if (this.givenAt.get(item) === (this.writes.get(item.id) ?? 0)) return;
    const added = this.inverse.addedItems.includes(item.id);
    if (!added && !this.inverse.replacedItems.some((i) => i.id === item.id)) {
      const before = this.before.get(item.id) ?? (await this.log.item(item.id));
      if (!before) throw new Error(`replaceItem: no item ${item.id}`);
      this.inverse.replacedItems.push(before);
    }
    if (!(await this.log.replaceItem(item))) throw new Error(`replaceItem: no item ${item.id}`);
    this.written(item);
  }

  owners(): Promise<OwnerContact[]> {
    return this.log.owners();
  }

  async putOwner(contact: OwnerContact, replacing: number | null): Promise<void> {
    const owners = await this.log.owners();
    this.inverse.owners ??= owners;
    const next = [...owners];
    if (replacing === null) next.push(contact);
    else next[replacing] = contact;
    await this.log.putOwners(next);
  }

  get changed(): boolean {
    const i = this.inverse;
    return (
      i.addedItems.length > 0 ||
      i.replacedItems.length > 0 ||
      i.committees !== null ||
      i.meetings !== null ||
      i.owners !== undefined
    );
  }

  get undoRecord(): Inverse {
    return this.inverse;
  }

  private given(item: Item): Item {
    const writes = this.writes.get(item.id) ?? 0;
    if (writes === 0 && !this.before.has(item.id)) this.before.set(item.id, item);
    this.givenAt.set(item, writes);
    return item;
  }

  private written(item: Item): void {
    const writes = (this.writes.get(item.id) ?? 0) + 1;
    this.writes.set(item.id, writes);
    this.givenAt.set(item, writes);
  }
}
