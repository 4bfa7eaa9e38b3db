// One change to the file store, made in memory and recorded as it is made, so that `undo`
// can put back exactly what it touched (and nothing that happened since).
import { calendarIndex } from '../domain/calendar.js';
import type { Committee, IsoDate, Item, Meeting, OwnerContact } from '../domain/types.js';
import { usageError } from '../errors.js';
import type { StoreTransaction } from './interface.js';
import { normaliseItemId } from './itemId.js';
import { itemMatcher, type ItemQuery } from './query.js';
import type { Inverse, StoreData } from './format.js';

export class FileTransaction implements StoreTransaction {
  private readonly inverse: Inverse = { addedItems: [], replacedItems: [], committees: null, meetings: null };
  private itemIndex: Map<string, number> | undefined;
  private calendars: Map<string, Meeting[]> | undefined;

  summary = '';

  constructor(private readonly data: StoreData) {}

  async committee(slug: string): Promise<Committee> {
    const committee = this.data.committees.find((c) => c.slug === slug);
    if (!committee) throw unknownCommittee(slug, this.data.committees);
    return committee;
  }

  async committees(): Promise<Committee[]> {
    return this.data.committees;
  }

  async addCommittee(committee: Committee): Promise<void> {
    this.inverse.committees ??= structuredClone(this.data.committees);
    this.data.committees.push(committee);
  }

  async replaceCommittee(committee: Committee): Promise<void> {
    const at = this.data.committees.findIndex((c) => c.slug === committee.slug);
    if (at === -1) throw unknownCommittee(committee.slug, this.data.committees);
    this.inverse.committees ??= structuredClone(this.data.committees);
    this.data.committees[at] = committee;
  }

  async calendar(slug: string): Promise<Meeting[]> {
    this.calendars ??= calendarIndex(this.data.meetings);
    return this.calendars.get(slug) ?? [];
  }

  async putMeeting(meeting: Meeting): Promise<void> {
    this.inverse.meetings ??= structuredClone(this.data.meetings);
    const at = this.data.meetings.findIndex((m) => m.committee === meeting.committee && m.date === meeting.date);
    if (at === -1) this.data.meetings.push(meeting);
    else this.data.meetings[at] = meeting;
    this.calendars = undefined;
  }

  async removeMeeting(committee: string, date: IsoDate): Promise<void> {
    const at = this.data.meetings.findIndex((m) => m.committee === committee && m.date === date);
    if (at === -1) return;
    this.inverse.meetings ??= structuredClone(this.data.meetings);
    this.data.meetings.splice(at, 1);
    this.calendars = undefined;
  }

  async item(id: string): Promise<Item> {
    return this.findItem(id);
  }

  async items(query: ItemQuery): Promise<Item[]> {
    return this.data.items.filter(itemMatcher(query, this.data.meetings));
  }

  async newItemId(): Promise<string> {
    return `A${this.data.nextItemNumber++}`;
  }

  async addItem(item: Item): Promise<void> {
    this.inverse.addedItems.push(item.id);
    this.indexOfItem(item.id);
    this.itemIndex!.set(item.id, this.data.items.length);
    this.data.items.push(item);
  }

  async replaceItem(item: Item): Promise<void> {
    const at = this.indexOfItem(item.id);
    if (at === undefined) throw new Error(`replaceItem: no item ${item.id}`);
    const before = this.data.items[at];
    if (before === item) return;
    if (!this.inverse.addedItems.includes(item.id) && !this.inverse.replacedItems.some((i) => i.id === item.id)) {
      this.inverse.replacedItems.push(before);
    }
    this.data.items[at] = item;
  }

  async owners(): Promise<OwnerContact[]> {
    return this.data.owners;
  }

  async putOwner(contact: OwnerContact, replacing: number | null): Promise<void> {
    this.inverse.owners ??= structuredClone(this.data.owners);
    if (replacing === null) this.data.owners.push(contact);
    else this.data.owners[replacing] = contact;
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

  /** The item, found without building the index when it is the only one looked up (show, a single update). */
  findItem(id: string): Item {
    const wanted = normaliseItemId(id);
    const at =
      wanted === null ? undefined : this.itemIndex ? this.itemIndex.get(wanted) : lastIndexOf(this.data.items, wanted);
    if (at === undefined) throw noSuchItem(id);
    return this.data.items[at];
  }

  private indexOfItem(id: string): number | undefined {
    if (!this.itemIndex) {
      this.itemIndex = new Map();
      this.data.items.forEach((item, index) => this.itemIndex!.set(item.id, index));
    }
    return this.itemIndex.get(id);
  }
}

/** Where the item is: the last with that id, as the index would give. */
function lastIndexOf(items: readonly Item[], id: string): number | undefined {
  const at = items.findLastIndex((item) => item.id === id);
  return at === -1 ? undefined : at;
}

export const noSuchItem = (id: string) => usageError(`no item "${id}"; ids look like A12 (see "actionlog list --all")`);

export function unknownCommittee(slug: string, committees: readonly Committee[]) {
  const known = committees.map((c) => c.slug).join(', ');
  return usageError(
    `no committee "${slug}"; ${known ? `known committees: ${known}` : 'add one with "actionlog committee add <short-name> --name <full name>"'}`,
  );
}

/** Puts back what a transaction changed. */
export function applyInverse(data: StoreData, inverse: Inverse): void {
  const added = new Set(inverse.addedItems);
  const replaced = new Map(inverse.replacedItems.map((item) => [item.id, item]));
  data.items = data.items.filter((item) => !added.has(item.id)).map((item) => replaced.get(item.id) ?? item);
  if (inverse.committees) data.committees = inverse.committees;
  if (inverse.meetings) data.meetings = inverse.meetings;
  if (inverse.owners) data.owners = inverse.owners;
}
