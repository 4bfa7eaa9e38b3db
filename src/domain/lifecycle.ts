// How a tracked item changes. Each function returns a new item with the change written
// into its history; `at` (an ISO instant) and `by` come from the caller, never a clock.
import type { Category, Due, HistoryEntry, IsoDate, Item, ItemType, Source, Status } from './types.js';

export interface Stamp {
  at: string;
  by: string;
}

export interface NewItem {
  id: string;
  type: ItemType;
  category: Category;
  committee: string;
  text: string;
  /** Everyone responsible, the lead first (see owner.ts's ownerList); empty for none. */
  owners?: readonly string[];
  /** One owner alone (or none): what `owners` says when it is not given. */
  owner?: string | null;
  source: Source;
  due: Due;
  /** Why the item exists, for the first history entry (e.g. "imported from minutes.pdf"). */
  note?: string | null;
}

function entry(stamp: Stamp, change: string, from: unknown, to: unknown, note: string | null = null): HistoryEntry {
  return { at: stamp.at, by: stamp.by, change, from, to, note };
}

/** A new item, its fields in the store's order (as the schema lists them), whatever order `fields` has. */
export function createItem(fields: NewItem, stamp: Stamp): Item {
  const { id, type, category, committee, text, source, due, note = null } = fields;
  const owners = fields.owners ?? (fields.owner ? [fields.owner] : []);
  return {
    id,
    type,
    category,
    committee,
    movedFrom: null,
    text,
    owner: owners[0] ?? null,
    owners: [...owners],
    status: 'open',
    source,
    due,
    originalDue: due,
    deferrals: [],
    lastNote: null,
    signedOff: null,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    history: [entry(stamp, 'created', null, 'open', note)],
  };
}

export interface ItemChanges {
  status?: Status;
  /** The whole list, the lead first; the lead (`owner`) follows it. */
  owners?: readonly string[];
  /** One owner alone (or none, null): short for `owners` of one. */
  owner?: string | null;
  due?: Due;
  text?: string;
  type?: ItemType;
  category?: Category;
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Applies field changes (only those that differ), and a note if given. */
export function updateItem(item: Item, changes: ItemChanges, note: string | null, stamp: Stamp): Item {
  const history = [...item.history];
  const next: Item = { ...item };
  if (changes.owners === undefined && changes.owner !== undefined)
    changes = { ...changes, owners: changes.owner === null ? [] : [changes.owner] };
  for (const field of ['status', 'owners', 'due', 'text', 'type', 'category'] as const) {
    const value = changes[field];
    if (value === undefined || sameValue(value, item[field])) continue;
    history.push(entry(stamp, field, item[field], value));
    (next as unknown as Record<string, unknown>)[field] = value;
  }
  if (next.owners !== item.owners) {
    next.owners = [...next.owners];
    next.owner = next.owners[0] ?? null;
  }
  if (note) {
    history.push(entry(stamp, 'note', null, null, note));
    next.lastNote = note;
  }
  if (next.status !== 'done' && next.status !== 'dropped') next.signedOff = null;
  if (history.length === item.history.length) return item;
  return { ...next, history, updatedAt: stamp.at };
}

export function markDone(item: Item, note: string | null, stamp: Stamp): Item {
  return updateItem(item, { status: 'done' }, note, stamp);
}

export function dropItem(item: Item, reason: string, stamp: Stamp): Item {
  return updateItem(item, { status: 'dropped' }, reason, stamp);
}

/** Moves the due, keeping the original and counting the deferral with its reason. */
export function deferItem(item: Item, to: Due, reason: string | null, stamp: Stamp): Item {
  return {
    ...item,
    due: to,
    deferrals: [...item.deferrals, { at: stamp.at, from: item.due, to, reason }],
    history: [...item.history, entry(stamp, 'deferred', item.due, to, reason)],
    updatedAt: stamp.at,
  };
}

export function signOffItem(item: Item, meeting: IsoDate, stamp: Stamp): Item {
  return {
    ...item,
    signedOff: meeting,
    history: [...item.history, entry(stamp, 'signed-off', null, meeting)],
    updatedAt: stamp.at,
  };
}

/** The instant the item was last closed (done or dropped), from its history; its last update when history says nothing. */
export function closedAt(item: Pick<Item, 'history' | 'updatedAt'>): string {
  const at = closingIndex(item.history);
  return at === -1 ? item.updatedAt : item.history[at].at;
}

/** Where in the history the item was last closed (a change of status to done or dropped); -1 when it never was. */
export function closingIndex(history: readonly HistoryEntry[]): number {
  // A plain loop: a report asks it of every closed item in the log.
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry.change === 'status' && (entry.to === 'done' || entry.to === 'dropped')) return i;
  }
  return -1;
}

/** The day the item was last closed. */
export const closedOn = (item: Item): IsoDate => closedAt(item).slice(0, 10);
