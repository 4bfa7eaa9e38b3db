// The one door to the data. Commands see this small interface; the shared JSON file
// behind it could be swapped for a server database without touching them.
import { Low } from 'lowdb';
import { failure } from '../errors.js';
import { StoreFile } from './jsonFile.js';
import type { withLock as WithLock } from './lock.js';
import { emptyStore } from './format.js';
import type { JournalEntry, StoreData } from './schema.js';
import { applyInverse, Transaction } from './transaction.js';

export { Transaction, normaliseItemId, unknownCommittee } from './transaction.js';
export type { StoreData, JournalEntry } from './schema.js';
export { emptyStore } from './format.js';

export interface Actor {
  /** When the change was made (an ISO instant). */
  at: string;
  /** Who made it, for the history. */
  by: string;
}

export interface ActionStore {
  readonly location: string;
  /** Creates an empty store; false if one is already there (it is left alone). */
  init(): Promise<boolean>;
  /** A validated snapshot, without locking (writes are atomic, so reads never see half a file). */
  read(): Promise<StoreData>;
  /** The same, or null when no store has been created yet. */
  readIfPresent(): Promise<StoreData | null>;
  /** A locked read-modify-write: one journal entry, one undo step, or nothing if nothing changed. */
  transact<T>(command: string, actor: Actor, change: (tx: Transaction) => T): Promise<T>;
  /** Reverses the latest change not yet undone; null when there is none. */
  undo(actor: Actor): Promise<JournalEntry | null>;
}

const JOURNAL_LIMIT = 100;

// The lock (proper-lockfile, graceful-fs) is loaded only by commands that write: reads
// take a snapshot without it, and need not pay for loading it at every start.
const withLock: typeof WithLock = async (path, work) => (await import('./lock.js')).withLock(path, work);

export function openStore(path: string): ActionStore {
  return new FileStore(path);
}

class FileStore implements ActionStore {
  private readonly file: StoreFile;

  constructor(readonly location: string) {
    this.file = new StoreFile(location);
  }

  async init(): Promise<boolean> {
    return withLock(this.location, async (assertHeld) => {
      if ((await this.file.read()) !== null) return false;
      const db = new Low(new StoreFile(this.location, assertHeld), emptyStore());
      await db.write();
      return true;
    });
  }

  readIfPresent(): Promise<StoreData | null> {
    return this.file.read();
  }

  async read(): Promise<StoreData> {
    const data = await this.file.read();
    if (data === null) throw missingStore(this.location);
    return data;
  }

  transact<T>(command: string, actor: Actor, change: (tx: Transaction) => T): Promise<T> {
    return withLock(this.location, async (assertHeld) => {
      const db = await this.load(assertHeld);
      const tx = new Transaction(db.data);
      const result = change(tx);
      if (!tx.changed) return result;
      record(db.data, { command, summary: tx.summary || command, undone: false, undo: tx.undoRecord }, actor);
      await db.write();
      return result;
    });
  }

  undo(actor: Actor): Promise<JournalEntry | null> {
    return withLock(this.location, async (assertHeld) => {
      const db = await this.load(assertHeld);
      const entry = [...db.data.journal].reverse().find((e) => !e.undone && e.undo !== null);
      if (!entry) return null;
      applyInverse(db.data, entry.undo!);
      entry.undone = true;
      entry.undo = null;
      record(db.data, { command: 'undo', summary: `undid ${entry.command}: ${entry.summary}`, undone: false, undo: null }, actor);
      await db.write();
      return entry;
    });
  }

  /** The data, with an adapter that checks the lock is still held just before it commits. */
  private async load(assertHeld: () => void): Promise<Low<StoreData>> {
    const data = await this.file.read();
    if (data === null) throw missingStore(this.location);
    return new Low(new StoreFile(this.location, assertHeld), data);
  }
}

function record(data: StoreData, entry: Omit<JournalEntry, 'seq' | 'at' | 'by'>, actor: Actor): void {
  const seq = (data.journal.at(-1)?.seq ?? 0) + 1;
  data.journal.push({ seq, at: actor.at, by: actor.by, ...entry });
  if (data.journal.length > JOURNAL_LIMIT) data.journal.splice(0, data.journal.length - JOURNAL_LIMIT);
}

function missingStore(path: string) {
  return failure(`no action log at ${path}; create one with "actionlog init" or point --data / ACTIONLOG_DATA at yours`);
}
