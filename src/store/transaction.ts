// One command's changes to the store, recorded as it makes them so that `undo` can put
// back exactly what it touched (and nothing that happened since).
import { usageError } from '../errors.js';
import { calendarIndex } from '../domain/calendar.js';
import type { Committee, Item, Meeting } from '../domain/types.js';
import type { Inverse, StoreData } from './schema.js';

export const ITEM_ID = /^a?(\d{1,9})$/i;

/** "A12" for "a12", "A12" or "12"; null for anything else. */
export function normaliseItemId(id: string): string | null {
  const match = ITEM_ID.exec(id.trim());
  return match ? `A${Number(match[1])}` : null;
}

export class Transaction {
  private readonly inverse: Inverse = { addedItems: [], replacedItems: [], committees: null, meetings: null };
  private itemIndex: Map<string, number> | undefined;
  private calendars: Map<string, Meeting[]> | undefined;

  /** What the change did, in a clerk's words, for `history` and `undo`. */
  summary = '';

  constructor(readonly data: StoreData) {}

  committee(slug: string): Committee {
    const committee = this.data.committees.find((c) => c.slug === slug);
    if (!committee) throw unknownCommittee(slug, this.data.committees);
    return committee;
  }

  addCommittee(committee: Committee): void {
    this.inverse.committees ??= structuredClone(this.data.committees);
    this.data.committees.push(committee);
  }

  /** The committee's meetings, oldest first. */
  calendar(slug: string): Meeting[] {
    this.calendars ??= calendarIndex(this.data.meetings);
    return this.calendars.get(slug) ?? [];
  }

  /** Adds the meeting, or replaces the one of that committee on that date. */
  putMeeting(meeting: Meeting): void {
    this.inverse.meetings ??= structuredClone(this.data.meetings);
    const at = this.data.meetings.findIndex((m) => m.committee === meeting.committee && m.date === meeting.date);
    if (at === -1) this.data.meetings.push(meeting);
    else this.data.meetings[at] = meeting;
    this.calendars = undefined;
  }

  item(id: string): Item {
    const wanted = normaliseItemId(id);
    const at = wanted === null ? undefined : this.findItem(wanted);
    if (at === undefined) throw usageError(`no item "${id}"; ids look like A12 (see "actionlog list --all")`);
    return this.data.items[at];
  }

  /** Ids are never reused: the counter only goes up, even across undo. */
  newItemId(): string {
    return `A${this.data.nextItemNumber++}`;
  }

  addItem(item: Item): void {
    this.inverse.addedItems.push(item.id);
    this.indexOfItem(item.id);
    this.itemIndex!.set(item.id, this.data.items.length);
    this.data.items.push(item);
  }

  replaceItem(item: Item): void {
    const at = this.indexOfItem(item.id);
    if (at === undefined) throw new Error(`replaceItem: no item ${item.id}`);
    const before = this.data.items[at];
    if (before === item) return;
    if (!this.inverse.addedItems.includes(item.id) && !this.inverse.replacedItems.some((i) => i.id === item.id)) {
      this.inverse.replacedItems.push(before);
    }
    this.data.items[at] = item;
  }

  get changed(): boolean {
    const i = this.inverse;
    return i.addedItems.length > 0 || i.replacedItems.length > 0 || i.committees !== null || i.meetings !== null;
  }

  get undoRecord(): Inverse {
    return this.inverse;
  }

  /** Where the item is. One look-up (show, a single update) scans rather than building the index. */
  private findItem(id: string): number | undefined {
    if (this.itemIndex) return this.itemIndex.get(id);
    // The last with that id, as the index would give.
    const at = this.data.items.findLastIndex((item) => item.id === id);
    return at === -1 ? undefined : at;
  }

  private indexOfItem(id: string): number | undefined {
    if (!this.itemIndex) {
      this.itemIndex = new Map();
      this.data.items.forEach((item, index) => this.itemIndex!.set(item.id, index));
    }
    return this.itemIndex.get(id);
  }
}

export function unknownCommittee(slug: string, committees: readonly Committee[]) {
  const known = committees.map((c) => c.slug).join(', ');
  return usageError(
    `no committee "${slug}"; ${known ? `known committees: ${known}` : 'add one with "actionlog committee add <slug> --name <name>"'}`,
  );
}

/** Puts back what a transaction changed. */
export function applyInverse(data: StoreData, inverse: Inverse): void {
  const added = new Set(inverse.addedItems);
  const replaced = new Map(inverse.replacedItems.map((item) => [item.id, item as Item]));
  data.items = data.items.filter((item) => !added.has(item.id)).map((item) => replaced.get(item.id) ?? item);
  if (inverse.committees) data.committees = inverse.committees as Committee[];
  if (inverse.meetings) data.meetings = inverse.meetings as Meeting[];
}
