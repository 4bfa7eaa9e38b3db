// The store format: its version, its shape as types, and an empty store — plain values that
// every command needs. The schema that checks a file (schema.ts, TypeBox) lives apart so that
// reading a store does not load TypeBox; tests/store/schemaTypes.test.ts holds the schema's
// types equal to these, and storeCheck.ts (the check every load runs) to the schema's verdict.
import type { Committee, Item, Meeting, OwnerContact } from '../domain/types.js';

// 2: owners' contact details (`owners`), a committee's council, and undo of a change to either.
// 3: items' `owners` (everyone responsible, lead first) and `movedFrom`, and the `next` due.
// upgrade.ts brings a file of an older version up to this one as it is read.
export const SCHEMA_VERSION = 3;

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
  return {
    schema: SCHEMA_VERSION,
    nextItemNumber: 1,
    committees: [],
    meetings: [],
    items: [],
    owners: [],
    journal: [],
  };
}
