// The PostgreSQL backend of the store interface (interface.ts): what the file store does with
// its file, done in the log's database (database.ts) — a read is one snapshot, a change one
// transaction with the log row locked, undo the same. One connection per command, opened at
// the first use and closed by close(); the store's calls on it run one after another.
import type { Item, Meeting } from '../../domain/types.js';
import { JOURNAL_LIMIT, type JournalEntry, type StoreData } from '../format.js';
import {
  isEmptyLog,
  type ActionStore,
  type Actor,
  type Initialised,
  type LogSize,
  type LogView,
  type StoreCondition,
  type StoreOptions,
  type StoreTransaction,
} from '../interface.js';
import { normaliseItemId } from '../itemId.js';
import type { ItemQuery } from '../query.js';
import { noSuchItem } from '../transaction.js';
import { failure } from '../../errors.js';
import { mark } from '../../timing.js';
import { LogDatabase } from './database.js';
import { connectEarly as connectTo } from './connection.js';
import { parsePostgresLocation, type PostgresLocation } from './location.js';
import { PostgresTransaction } from './transaction.js';

const NO_KEPT_VERSION = "a database log keeps no earlier version beside it: the server's backups (pg_dump) hold those";

export class PostgresStore implements ActionStore {
  readonly location: string;
  private database: Promise<LogDatabase> | null = null;
  /** The calls so far, in order: a connection runs one transaction at a time. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly where: PostgresLocation,
    private readonly options: StoreOptions = {},
  ) {
    this.location = where.printable;
  }

  async init(): Promise<Initialised> {
    const { from, to } = await this.use((db) => db.init());
    return { created: from === 0, upgraded: from > 0 && from < to ? { from, to } : null };
  }

  view(query?: ItemQuery): Promise<LogView> {
    // The four reads are sent at once: the calendars are split while the server reads the items.
    return this.use((db) =>
      db.readAtOnce(async (log) => {
        const [committees, meetings, items, owners] = await Promise.all([
          log.committees(),
          log.calendars(query?.committee).then((m) => (mark('calendars read'), m)),
          query === undefined ? [] : log.items(query).then((m) => (mark('items read'), m)),
          log.owners(),
        ]);
        return { committees, meetings, items, owners };
      }),
    );
  }

  item(id: string): Promise<{ item: Item; calendar: Meeting[] }> {
    const wanted = normaliseItemId(id);
    if (wanted === null) return Promise.reject(noSuchItem(id));
    return this.use((db) =>
      db.read(async (log) => {
        const item = await log.item(wanted);
        if (!item) throw noSuchItem(id);
        return { item, calendar: await log.calendar(item.committee) };
      }),
    );
  }

  journal(): Promise<JournalEntry[]> {
    return this.use((db) => db.read((log) => log.journal()));
  }

  read(): Promise<StoreData> {
    return this.use((db) => db.read((log) => log.wholeLog()));
  }

  readIfPresent(): Promise<StoreData | null> {
    return this.use((db) => db.readIfPresent((log) => log.wholeLog()));
  }

  transact<T>(command: string, actor: Actor, change: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.use((db) =>
      db.change(async (log) => {
        const tx = new PostgresTransaction(log);
        const result = await change(tx);
        if (tx.changed) {
          await log.appendJournal(
            { at: actor.at, by: actor.by, command, summary: tx.summary || command, undone: false, undo: tx.undoRecord },
            JOURNAL_LIMIT,
          );
        }
        return result;
      }, this.options.onWait),
    );
  }

  undo(actor: Actor): Promise<JournalEntry | null> {
    return this.use((db) =>
      db.change(async (log) => {
        const entry = await log.latestUndoable();
        if (!entry) return null;
        await log.putBack(entry.undo!);
        await log.markUndone(entry.seq);
        const summary = `undid ${entry.command}: ${entry.summary}`;
        await log.appendJournal(
          { at: actor.at, by: actor.by, command: 'undo', summary, undone: false, undo: null },
          JOURNAL_LIMIT,
        );
        return { ...entry, undone: true, undo: null };
      }, this.options.onWait),
    );
  }

  async replaceWith(data: StoreData, refuse: (existing: LogSize) => Error | null): Promise<void> {
    await this.init();
    await this.use((db) =>
      db.change(async (log) => {
        const { committees, meetings, items, journal, owners } = await log.contents();
        const existing = { committees, meetings, items, journal };
        const refusal = !isEmptyLog(existing) || owners > 0 ? refuse(existing) : null;
        if (refusal) throw refusal;
        await log.replaceWholeLog(data);
      }, this.options.onWait),
    );
    await this.use((db) => db.tidyAfterCopy());
  }

  /**
   * A database log is fine when it can be read; there is no version kept beside it, as the
   * server's own backups (pg_dump) hold its earlier versions.
   */
  async inspect(): Promise<StoreCondition> {
    const size = await this.use((db) => db.readIfPresent((log) => log.contents()));
    if (size) return { state: 'fine', committees: size.committees, items: size.items };
    return { state: 'lost', problem: `no action log at ${this.location}`, backupProblem: NO_KEPT_VERSION };
  }

  restoreKeptVersion(): Promise<{ damagedKeptAs: string | null }> {
    return Promise.reject(failure(`${this.location}: ${NO_KEPT_VERSION}`));
  }

  async close(): Promise<void> {
    await this.queue;
    const database = this.database;
    this.database = null;
    await (await database?.catch(() => null))?.close();
  }

  /** Runs `work` on the connection (made the first time) once the calls before it are done. */
  private use<T>(work: (db: LogDatabase) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => work(await (this.database ??= this.connect())));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async connect(): Promise<LogDatabase> {
    mark('postgres store loaded');
    try {
      return await LogDatabase.open(this.where);
    } catch (error) {
      this.database = null;
      throw error;
    } finally {
      mark('connected');
    }
  }
}

/**
 * Begins connecting to the log a command line names (--data or ACTIONLOG_DATA) while the
 * command's code loads (main.ts). A value that names no usable log is left for the command
 * to report.
 */
export function connectEarly(data: string): void {
  try {
    connectTo(parsePostgresLocation(data, process.env));
  } catch {
    // The command reports it, in its own words.
  }
}
