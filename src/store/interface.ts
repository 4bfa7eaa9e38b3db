// The store interface: what commands may ask of the data, whichever backend keeps it (see
// index.ts, and docs/development.md for what a backend must do).
import type { Committee, IsoDate, Item, Meeting, OwnerContact } from '../domain/types.js';
import type { JournalEntry, StoreData } from './format.js';
import type { ItemQuery } from './query.js';

export interface Actor {
  /** When the change was made (an ISO instant). */
  at: string;
  /** Who made it, for the history. */
  by: string;
}

/** What the read commands work from: every committee, the calendars asked for, and the items matching. */
export interface LogView {
  committees: Committee[];
  /** Every meeting, or with a committee in the query, that committee's. */
  meetings: Meeting[];
  /** In the order they were added (id order). */
  items: Item[];
  /** Every owner's contact details (`owner set`). */
  owners: OwnerContact[];
}

/** What `init` did. */
export interface Initialised {
  /** A new, empty log was made; false when one was there already. */
  created: boolean;
  /** A database log whose schema was older, brought up to date (from, to: schema versions); null otherwise. */
  upgraded: { from: number; to: number } | null;
}

/** How much a log holds: what `migrate` says it copied, and what it would replace. */
export interface LogSize {
  committees: number;
  meetings: number;
  items: number;
  /** Changes kept for undo and `history`. */
  journal: number;
}

export const isEmptyLog = (size: LogSize): boolean => size.committees + size.meetings + size.items + size.journal === 0;

export const sizeOf = (data: StoreData): LogSize => ({
  committees: data.committees.length,
  meetings: data.meetings.length,
  items: data.items.length,
  journal: data.journal.length,
});

/** How the command line wants a store opened. */
export interface StoreOptions {
  /** `init` may create the log's folder: true for the default location, which nobody chose; a folder someone named is never made up. */
  createFolder?: boolean;
  /** Called once when a change has waited WAIT_NOTICE_MS for another to finish (another clerk's save), so the wait can be explained. */
  onWait?: () => void;
}

/** How long a change waits for another before onWait is called. */
export const WAIT_NOTICE_MS = 1000;
/** How long a change waits for another to finish before it gives up, saying so (ACTIONLOG_LOCK_TIMEOUT_MS overrides it). */
export const LOCK_WAIT_MS = 60_000;

/** A kept version of a file log, which `recover` can put back. */
export interface KeptVersion {
  path: string;
  committees: number;
  items: number;
  /** When that version was saved (the file's time), an ISO instant. */
  savedAt: string;
  /** The last change recorded in it, if any. */
  lastChange: { at: string; by: string; summary: string } | null;
}

export type StoreCondition =
  | { state: 'fine'; committees: number; items: number }
  /** Damaged (or missing) and the kept version is good: it can be restored. */
  | { state: 'damaged'; problem: string; backup: KeptVersion }
  | { state: 'lost'; problem: string; backupProblem: string };

export interface ActionStore {
  /** Where the log is, as messages show it: a file path, or a database location without its password. */
  readonly location: string;
  /** Creates an empty log, or brings a database log's schema up to date; a log already there is otherwise left alone. */
  init(): Promise<Initialised>;
  /** The committees and meetings, and the items matching `items` (none when absent). Never locks. */
  view(items?: ItemQuery): Promise<LogView>;
  /** One item (id as typed), with its history, and its committee's calendar; a usage error naming the id when there is none. */
  item(id: string): Promise<{ item: Item; calendar: Meeting[] }>;
  /** The changes kept for undo and `history`, oldest first. */
  journal(): Promise<JournalEntry[]>;
  /** The whole log, for the commands that need all of it (recover's checks, copying a log). */
  read(): Promise<StoreData>;
  /** The same, or null when no log has been created yet. */
  readIfPresent(): Promise<StoreData | null>;
  /**
   * Runs `change` as one change: all of it or nothing, one journal entry, one undo step, or
   * nothing recorded if it changed nothing. Changes never interleave (a lock across
   * processes, or a database transaction). What `change` returns is returned.
   */
  transact<T>(command: string, actor: Actor, change: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Reverses the latest change not yet undone; null when there is none. */
  undo(actor: Actor): Promise<JournalEntry | null>;
  /**
   * Replaces the whole log with `data` (a log copied from elsewhere, its journal with it),
   * creating it where there is none, all at once. Where a log with anything in it is there,
   * `refuse` is asked first, under the same lock or in the same transaction: the error it
   * gives is thrown and nothing is changed.
   */
  replaceWith(data: StoreData, refuse: (existing: LogSize) => Error | null): Promise<void>;
  /** Whether the log can be read, and if not, whether a version kept beside it can replace it (recover). */
  inspect(): Promise<StoreCondition>;
  /** Puts the kept version back over a damaged log, after checking again that it is damaged; where the damaged one was kept (recover). */
  restoreKeptVersion(now: Date): Promise<{ damagedKeptAs: string | null }>;
  /** Lets go of what the store holds open (a database connection) once its calls are done; a later call opens it again. */
  close(): Promise<void>;
}

/** What a change may read and write. Reads see the change's own writes. */
export interface StoreTransaction {
  /** What the change did, in a clerk's words, for `history` and `undo`; the command's name when left empty. */
  summary: string;
  /** The committee; a usage error listing the known ones when there is none. */
  committee(slug: string): Promise<Committee>;
  committees(): Promise<Committee[]>;
  addCommittee(committee: Committee): Promise<void>;
  /** Replaces the committee with the same slug (its name or council changed). */
  replaceCommittee(committee: Committee): Promise<void>;
  /** The committee's meetings, oldest first. */
  calendar(slug: string): Promise<Meeting[]>;
  /** Adds the meeting, or replaces the committee's meeting on that date. */
  putMeeting(meeting: Meeting): Promise<void>;
  /** Takes the committee's meeting on that date out of the calendar (the caller checks nothing refers to it). */
  removeMeeting(committee: string, date: IsoDate): Promise<void>;
  /** The item (id as typed); a usage error naming the id when there is none. */
  item(id: string): Promise<Item>;
  items(query: ItemQuery): Promise<Item[]>;
  /** The next id: never one used before, even by a change that was undone. */
  newItemId(): Promise<string>;
  addItem(item: Item): Promise<void>;
  /** Replaces the item with the same id. */
  replaceItem(item: Item): Promise<void>;
  /** Every owner's contact details, in the order they were first set. */
  owners(): Promise<OwnerContact[]>;
  /** Sets an owner's details: replaces the entry at `replacing` (an index in owners()), or adds one when null. */
  putOwner(contact: OwnerContact, replacing: number | null): Promise<void>;
}
