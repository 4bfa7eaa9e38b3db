// The store format: its version, its shape as types, and an empty store — plain values that
// every command needs. The schema that checks a file (schema.ts, TypeBox) lives apart so that
// reading a store does not load TypeBox; tests/store/schemaTypes.test.ts holds the schema's
// types equal to these, and storeCheck.ts (the check every load runs) to the schema's verdict.
import type { Committee, Item, Meeting } from '../domain/types.js';

export const SCHEMA_VERSION = 1;

/** What undo puts back: the items a change added (to remove) or replaced (as they were), and the committees or meetings before it. */
export interface Inverse {
  addedItems: string[];
  replacedItems: Item[];
  committees: Committee[] | null;
  meetings: Meeting[] | null;
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
  journal: JournalEntry[];
}

export function emptyStore(): StoreData {
  return { schema: SCHEMA_VERSION, nextItemNumber: 1, committees: [], meetings: [], items: [], journal: [] };
}
