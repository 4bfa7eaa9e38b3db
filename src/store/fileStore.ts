// The store as one JSON file, read and written by lowdb (db.read(), db.write()) through our
// adapter (jsonFile.ts), which checks what it reads and writes atomically, keeping the
// previous version as <file>.bak. Each change reads the file under a lock across processes,
// applies the change in memory and writes the file. Reads take a snapshot without the lock
// (writes are atomic, so a reader never sees half a file) and filter it.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { calendarIndex } from '../domain/calendar.js';
import { failure } from '../errors.js';
import {
  isEmptyLog,
  sizeOf,
  type ActionStore,
  type Actor,
  type Initialised,
  type LogSize,
  type LogView,
  type StoreOptions,
  type StoreTransaction,
} from './interface.js';
import { StoreFile } from './jsonFile.js';
import type { withLock as WithLock } from './lock.js';
import { emptyStore, JOURNAL_LIMIT } from './format.js';
import { itemMatcher, type ItemQuery } from './query.js';
import type { JournalEntry, StoreData } from './format.js';
import { isValidStore } from './storeCheck.js';
import { applyInverse, FileTransaction } from './transaction.js';

// The lock (proper-lockfile, graceful-fs) is loaded only by commands that write: reads
// take a snapshot without it, and need not pay for loading it at every start.
const withLock: typeof WithLock = async (path, work, onWait) =>
  (await import('./lock.js')).withLock(path, work, onWait);

export class FileStore implements ActionStore {
  private readonly file: StoreFile;

  constructor(
    readonly location: string,
    private readonly options: StoreOptions = {},
  ) {
    this.file = new StoreFile(location);
  }

  async init(): Promise<Initialised> {
    if (this.options.createFolder) await mkdir(dirname(this.location), { recursive: true });
    const created = await withLock(
      this.location,
      async (assertHeld) => {
        const db = await this.open(assertHeld);
        if (db.data !== null) return false;
        db.data = emptyStore();
        await db.write();
        return true;
      },
      this.options.onWait,
    );
    return { created, upgraded: null };
  }

  async view(query?: ItemQuery): Promise<LogView> {
    const data = await this.read();
    const meetings =
      query?.committee === undefined ? data.meetings : data.meetings.filter((m) => m.committee === query.committee);
    if (query === undefined) return { committees: data.committees, meetings, items: [], owners: data.owners };
    // No copy when every item is asked for (list --all at 100,000 items).
    const matches = itemMatcher(query, data.meetings);
    const everything =
      query.committee === undefined &&
      query.ids === undefined &&
      query.statuses === undefined &&
      !query.awaitingSignOff &&
      query.closedSinceLastMeetingBefore === undefined &&
      query.refersTo === undefined &&
      query.mayBeOverdueOn === undefined;
    return {
      committees: data.committees,
      meetings,
      items: everything ? data.items : data.items.filter(matches),
      owners: data.owners,
    };
  }

  async item(id: string) {
    const data = await this.read();
    const item = new FileTransaction(data).findItem(id);
    return { item, calendar: calendarIndex(data.meetings).get(item.committee) ?? [] };
  }

  async journal(): Promise<JournalEntry[]> {
    return (await this.read()).journal;
  }

  async readIfPresent(): Promise<StoreData | null> {
    return (await this.open()).data;
  }

  async read(): Promise<StoreData> {
    const { data } = await this.open();
    if (data === null) throw missingStore(this.location);
    return data;
  }

  transact<T>(command: string, actor: Actor, change: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return withLock(
      this.location,
      async (assertHeld) => {
        const { db, data } = await this.load(assertHeld);
        const tx = new FileTransaction(data);
        const result = await change(tx);
        if (!tx.changed) return result;
        record(data, { command, summary: tx.summary || command, undone: false, undo: tx.undoRecord }, actor);
        await db.write();
        return result;
      },
      this.options.onWait,
    );
  }

  undo(actor: Actor): Promise<JournalEntry | null> {
    return withLock(
      this.location,
      async (assertHeld) => {
        const { db, data } = await this.load(assertHeld);
        const entry = data.journal.findLast((e) => !e.undone && e.undo !== null);
        if (!entry) return null;
        applyInverse(data, entry.undo!);
        entry.undone = true;
        entry.undo = null;
        record(
          data,
          { command: 'undo', summary: `undid ${entry.command}: ${entry.summary}`, undone: false, undo: null },
          actor,
        );
        await db.write();
        return entry;
      },
      this.options.onWait,
    );
  }

  replaceWith(data: StoreData, refuse: (existing: LogSize) => Error | null): Promise<void> {
    return withLock(
      this.location,
      async (assertHeld) => {
        // What the file must hold (a log from a database is checked as a file read would be).
        if (!isValidStore(data)) {
          const { validationProblem } = await import('./schema.js');
          throw failure(
            `that log cannot be written to ${this.location}: it is not a valid action log at ${validationProblem(data)}; nothing was changed`,
          );
        }
        const db = await this.open(assertHeld);
        const existing = db.data === null ? null : sizeOf(db.data);
        const refusal = existing && !isEmptyLog(existing) ? refuse(existing) : null;
        if (refusal) throw refusal;
        db.data = data;
        await db.write();
      },
      this.options.onWait,
    );
  }

  // Recovery (recover.ts) loads the lock and the file checks it needs only when asked.
  async inspect() {
    return (await import('./recover.js')).inspectStore(this.location);
  }

  async restoreKeptVersion(now: Date) {
    return (await import('./recover.js')).restoreKeptVersion(this.location, now);
  }

  /** A file holds nothing open between calls. */
  async close(): Promise<void> {}

  /** The log as lowdb reads it: null when no file exists yet. `assertHeld`, when writing, checks the lock just before the commit. */
  private async open(assertHeld?: () => void): Promise<Low<StoreData | null>> {
    const db = new Low<StoreData | null>(assertHeld ? new StoreFile(this.location, assertHeld) : this.file, null);
    await db.read();
    return db;
  }

  /** The log to change, which must exist. */
  private async load(assertHeld: () => void): Promise<{ db: Low<StoreData | null>; data: StoreData }> {
    const db = await this.open(assertHeld);
    if (db.data === null) throw missingStore(this.location);
    return { db, data: db.data };
  }
}

function record(data: StoreData, entry: Omit<JournalEntry, 'seq' | 'at' | 'by'>, actor: Actor): void {
  const seq = (data.journal.at(-1)?.seq ?? 0) + 1;
  data.journal.push({ seq, at: actor.at, by: actor.by, ...entry });
  if (data.journal.length > JOURNAL_LIMIT) data.journal.splice(0, data.journal.length - JOURNAL_LIMIT);
}

function missingStore(path: string) {
  return failure(
    `no action log at ${path}; create one with "actionlog init" or point --data / ACTIONLOG_DATA at yours`,
  );
}
