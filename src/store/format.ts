// The store format: its version, its shape as types, and an empty store — plain values that
// every command needs. The schema that checks a file (schema.ts, TypeBox) lives apart so that
// reading a store does not load TypeBox; tests/store/schemaTypes.test.ts holds the schema's
// types equal to these, and storeCheck.ts (the check every load runs) to the schema's verdict.
import type { Committee, Item, Meeting, OwnerContact } from '../domain/types.js';

// 2: owners' contact details (`owners`), a committee's council, and undo of a change to either.
export const SCHEMA_VERSION = 2;

/** How many changes are kept for undo and `history`. */
export const JOURNAL_LIMIT = 100;

/** What undo puts back: the items a change added (to remove) or replaced (as they were), and the committees or meetings before it. */
export interface Inverse {
  addedItems: string[];
  replacedItems: Item[];
  committees: Committee[] | null;
  meetings: Meeting[] | null;
  /** The owners' details before the change; absent when it did not touch them. */
  owners?: OwnerContact[];
}

export interface JournalEntry {
  seq: number;
  at: string;
  by: string;
  command: string;
  summary: string;
  undone: boolean;
  /** Null once undone, and for an undo itself. */
  undo: Inverse | null;
}

export interface StoreData {
  schema: typeof SCHEMA_VERSION;
  /** The number of the next item id: it only goes up, so ids are never reused. */
  nextItemNumber: number;
  committees: Committee[];
  meetings: Meeting[];
  items: Item[];
  /** Owners' contact details (`owner set`), in the order they were first set. */
  owners: OwnerContact[];
  journal: JournalEntry[];
}

export function emptyStore(): StoreData {
  return { schema: SCHEMA_VERSION, nextItemNumber: 1, committees: [], meetings: [], items: [], owners: [], journal: [] };
}

/**
 * A store written by an older actionlog, brought to this version's shape before it is
 * checked (and written back in it at the next change): version 1 had no owners' details.
 * Anything else is returned as it is, for the check to judge.
 */
export function upgradeStore(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const old = data as Record<string, unknown>;
  if (old.schema !== 1) return data;
  // The fields in the order a new store has them, so that an upgraded file reads like a new one.
  const { nextItemNumber, committees, meetings, items, journal, ...rest } = old;
  return { ...rest, schema: 2, nextItemNumber, committees, meetings, items, owners: [], journal };
}
