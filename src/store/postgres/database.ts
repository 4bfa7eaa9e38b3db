// A connection to a PostgreSQL log, and the two kinds of transaction every command runs in:
//
// - a change (`change`): READ COMMITTED, with the one-row `log` table locked (SELECT … FOR
//   UPDATE) before anything is read. Changes from any number of machines so run one after
//   another, each reading what the one before committed: nothing is lost, item numbers are
//   unique and in the order changes committed, and the journal's latest entry really is the
//   latest change, which `undo` relies on. The lock is the file store's lock, held by the
//   server: a client that dies mid-change loses its connection, and the server rolls the
//   change back and frees the lock at once. (SERIALIZABLE would buy nothing here: every change
//   touches the item counter and the journal, so all would conflict and be retried.)
// - a read (`read`): REPEATABLE READ READ ONLY, one snapshot for all its statements, so a report
//   never mixes a committee's items from before a change with its calendar from after; it
//   neither waits for changes nor holds them up.
//
// Both check the schema's version first; `init` creates or upgrades the schema (schemaVersions.ts).
import pg from 'pg';
import { ActionlogError, EXIT_FAILURE, failure } from '../../errors.js';
import { mark } from '../../timing.js';
import { LOCK_WAIT_MS, WAIT_NOTICE_MS } from '../interface.js';
import { connect, reasonFor } from './connection.js';
import type { PostgresLocation } from './location.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { TRANSACTION, vacuum } from './sessionSql.js';
import { LogReader } from './reader.js';
import { newerSchema, upgradeSchema, type SchemaChange } from './schemaVersions.js';
import { LogWriter } from './writer.js';

type Stage = 'begin' | 'work' | 'commit';

export interface OpenOptions {
  /** The schema's migrations this program knows (tests give more, to play a newer program). */
  migrations?: readonly Migration[];
}

export class LogDatabase {
  private readonly latest: number;
  /** Why the connection broke, when the driver said so between statements. */
  private broken: unknown = null;

  private constructor(
    private readonly client: pg.Client,
    readonly location: PostgresLocation,
    private readonly migrations: readonly Migration[],
  ) {
    this.latest = migrations.at(-1)!.version;
    client.on('error', (error) => (this.broken ??= error));
  }

  static async open(location: PostgresLocation, options: OpenOptions = {}): Promise<LogDatabase> {
    return new LogDatabase(await connect(location), location, options.migrations ?? MIGRATIONS);
  }

  /**
   * Says goodbye to the server and returns once that is on its way, without waiting for the
   * server to hang up: by then every transaction has committed or rolled back, and the wait is
   * a few milliseconds of every command that no one gains from.
   */
  async close(): Promise<void> {
    const ended = this.client.end().catch(() => undefined);
    await Promise.race([ended, new Promise((resolve) => setImmediate(resolve))]);
  }

  /** Creates the log's schema in an empty database, or brings an older one up to date. */
  async init(): Promise<SchemaChange> {
    return this.transaction(async (stage) => upgradeSchema(this.client, this.location, this.migrations, stage));
  }

  /**
   * Tidies the tables after a whole log was copied in (sessionSql.ts, vacuum). Only their owner
   * may, and it is only quicker reads sooner: where it cannot, the server's autovacuum will.
   */
  async tidyAfterCopy(): Promise<void> {
    await this.client.query(vacuum(this.location.schema)).catch(() => undefined);
  }

  /** Runs `work` on one snapshot of the log. */
  read<T>(work: (log: LogReader) => Promise<T>): Promise<T> {
    return this.transaction(async (stage) => {
      await this.begin(TRANSACTION.beginRead(this.location.schema));
      stage('work');
      return work(new LogReader(this.client));
    });
  }

  /**
   * Runs `work` on one snapshot of the log, its statements sent with the BEGIN rather than
   * after its answer: for reads that send every statement before waiting for any (`view`), so
   * that the server works through them back to back while the program reads each answer as it
   * comes. The schema's version is checked before any answer is used; when it is not the one
   * this program knows, or there is no log, that is what is reported (the reads sent behind
   * it fail in the transaction the BEGIN left aborted, or are rolled back unread).
   */
  readAtOnce<T>(work: (log: LogReader) => Promise<T>): Promise<T> {
    return this.transaction(async (stage) => {
      const begun = this.begin(TRANSACTION.beginRead(this.location.schema));
      const read = work(new LogReader(this.client));
      read.catch(() => undefined);
      await begun;
      stage('work');
      return read;
    });
  }

  /** The same, or null when there is no log there yet (no schema, or one `init` has not made). */
  async readIfPresent<T>(work: (log: LogReader) => Promise<T>): Promise<T | null> {
    try {
      return await this.read(work);
    } catch (error) {
      if (error instanceof NoLogThere) return null;
      throw error;
    }
  }

  /**
   * Runs `work` as one change: all of it is saved, or (if it throws, or the client dies) none.
   * `onWait` is called once if the log row takes WAIT_NOTICE_MS to lock (another change is running).
   * The change's first reads go to the server with the BEGIN, behind the statement that locks
   * the log row, and its last writes together (writer.ts: nothing is written before the row
   * is locked and the schema's version checked), so that an `add` is three round trips. The
   * COMMIT waits for their answers, so that a connection lost before it is certainly a change
   * not saved, and one lost at it the only uncertain case, as before.
   */
  change<T>(work: (log: LogWriter) => Promise<T>, onWait?: () => void): Promise<T> {
    const waitMs = Number(process.env.ACTIONLOG_LOCK_TIMEOUT_MS) || LOCK_WAIT_MS;
    return this.transaction(async (stage) => {
      const notice = onWait ? setTimeout(onWait, WAIT_NOTICE_MS) : undefined;
      const begun = this.begin(TRANSACTION.beginChange(this.location.schema, waitMs));
      const stopNotice = () => clearTimeout(notice);
      begun.then(stopNotice, stopNotice);
      // The locked log row's next item number, which the change counts its ids from.
      const locked = begun.then((results) => {
        const row = results.find((result) => result.fields.some((field) => field.name === 'next_item_number'))!;
        return (row.rows[0] as { next_item_number: number }).next_item_number;
      });
      const log = new LogWriter(this.client, locked);
      const done = work(log);
      done.catch(() => undefined);
      await begun;
      stage('work');
      try {
        const result = await done;
        await log.answered();
        return result;
      } catch (error) {
        // A statement sent without waiting that failed is why the ones after it failed.
        throw (await log.failedStatement()) ?? error;
      }
    }, waitMs);
  }

  /** Opens a transaction and checks that the schema is the one this program knows; what its statements returned. */
  private async begin(statements: string): Promise<pg.QueryResult[]> {
    const results = ([] as pg.QueryResult[]).concat(await this.client.query(statements));
    mark('transaction begun');
    const version = (
      results.find((result) => result.fields.some((field) => field.name === 'version'))!.rows[0] as {
        version: number | null;
      }
    ).version;
    if (version === null) throw new NoLogThere(this.location);
    if (version > this.latest) throw newerSchema(this.location, version, this.latest);
    if (version < this.latest) {
      throw failure(
        `${this.location.printable} has an older database schema (${version}; this version uses ${this.latest}); bring it up to date with "actionlog init", then every officer needs this version of actionlog or later`,
      );
    }
    return results;
  }

  private async transaction<T>(body: (stage: (next: Stage) => void) => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
    let stage: Stage = 'begin';
    try {
      const result = await body((next) => (stage = next));
      stage = 'commit';
      mark('work done');
      await this.client.query(TRANSACTION.commit);
      mark('committed');
      return result;
    } catch (error) {
      await this.client.query(TRANSACTION.rollback).catch(() => undefined);
      throw explain(this.broken ?? error, stage, this.location, waitMs);
    }
  }
}

/** What went wrong, as one line; errors of actionlog's own (and bugs) pass through as they are. */
function explain(error: unknown, stage: Stage, location: PostgresLocation, waitMs: number): unknown {
  if (error instanceof ActionlogError) return error;
  const { code, message = '', detail } = error as { code?: string; message?: string; detail?: string };
  if (lostConnection(code, message)) {
    return stage === 'commit'
      ? failure(
          `lost the connection to ${location.printable} while saving: the change may or may not have been saved; check with "actionlog history"`,
        )
      : failure(`lost the connection to ${location.printable} (${reasonFor(error)}); nothing was changed`);
  }
  if (!(error instanceof pg.DatabaseError)) return error;
  if (code === '55P03')
    return failure(
      `${location.printable} is locked by another actionlog (waited ${Math.round(waitMs / 1000)} s); try again`,
    );
  if (code === '42P01' && stage === 'begin') return new NoLogThere(location);
  if (code === '42501')
    return failure(
      `${location.printable}: ${message} (the database's administrator can grant it; see docs/postgres.md); nothing was changed`,
    );
  if (code?.startsWith('23') || code?.startsWith('22')) {
    return failure(`the database refused the change: ${message}${detail ? ` (${detail})` : ''}; nothing was changed`);
  }
  return failure(`${location.printable}: ${message}; nothing was changed`);
}

function lostConnection(code: string | undefined, message: string): boolean {
  return (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === '57P01' || // the server was shut down or restarted
    code === '57P02' ||
    code === '57P03' ||
    Boolean(code?.startsWith('08')) ||
    /Connection terminated|not queryable|connection error/i.test(message)
  );
}

/** The file store's missing file: no schema there, or no log in it yet. */
class NoLogThere extends ActionlogError {
  constructor(location: PostgresLocation) {
    super(
      `no action log at ${location.printable}; create one with "actionlog init" or point --data / ACTIONLOG_DATA at yours`,
      EXIT_FAILURE,
    );
  }
}

export type { SchemaChange };
