// The statements that open a transaction with the settings every transaction runs with, and
// those that create or upgrade a log's schema. The statements on the log's tables are in
// queries/ (reads.ts, writes.ts, selectItems.ts).
import { SQL } from './queries/index.js';

/** `"name"`: schema names are checked to be plain lower-case identifiers (location.ts). */
function quoted(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  return `"${schema}"`;
}

/**
 * The settings every transaction runs with, whatever the server's or a pooler's defaults are.
 * No parallel workers: starting them cost a committee's outstanding items and their history
 * ten times what the reads themselves took (100,000 items, 2 cores), and they save nothing
 * on reads this small. No JIT compilation either: on a large log the planner's estimates
 * can call for it, and compiling took half a second to save nothing on a read of 4,000 items.
 * Memory enough to sort a report's items in memory (the server's default, 4 MB, sorted the
 * 34,000 items overdue in a 1,000,000-item log on disk).
 */
const settings = (schema: string) =>
  `SET LOCAL search_path TO ${quoted(schema)}; SET LOCAL datestyle TO 'ISO, YMD'; SET LOCAL idle_in_transaction_session_timeout TO '60s'; ` +
  `SET LOCAL max_parallel_workers_per_gather TO 0; SET LOCAL jit TO off; SET LOCAL work_mem TO '32MB';`;

export const TRANSACTION = {
  /**
   * A change: READ COMMITTED, and the log row locked before anything is read (lockLog), so
   * that changes run one after another and each reads what the one before it committed.
   * lock_timeout bounds the wait for the lock, in milliseconds. (One round trip: when the log
   * is newer than this program, or missing, the lock is let go at once by the rollback.)
   * actionlog.open_items: this change writes open_items itself (queries/writes.ts), not its triggers.
   */
  beginChange: (schema: string, lockTimeoutMs: number) =>
    `BEGIN ISOLATION LEVEL READ COMMITTED; ${settings(schema)} SET LOCAL actionlog.open_items TO 'kept'; SET LOCAL lock_timeout TO ${Math.max(1, Math.floor(lockTimeoutMs))}; ${SQL.schemaVersion}; ${SQL.lockLog}`,
  /** A read: one snapshot for all its statements, never waiting for a change nor holding one up. */
  beginRead: (schema: string) =>
    `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${settings(schema)} ${SQL.schemaVersion}`,
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
} as const;

/**
 * After a whole log is copied in and committed (on its own, outside any transaction): marks
 * the new rows as seen by every transaction, which the first reads would otherwise do row by
 * row, and which autovacuum would do minutes later, under the officers' first reports.
 */
export const vacuum = (schema: string) =>
  `VACUUM (ANALYZE) ${['committees', 'meetings', 'calendars', 'items', 'open_items', 'item_history', 'item_deferrals', 'item_owners', 'journal', 'owners'].map((table) => `${quoted(schema)}.${table}`).join(', ')}`;

export const SCHEMA = {
  /** Two `init`s at once: the second waits, then finds the schema made. $1: the schema's name. */
  lockInit: `SELECT pg_advisory_xact_lock(hashtext('actionlog init ' || $1))`,
  begin: (schema: string) => `BEGIN ISOLATION LEVEL READ COMMITTED; ${settings(schema)}`,
  exists: 'SELECT 1 FROM pg_namespace WHERE nspname = $1',
  create: (schema: string) => `CREATE SCHEMA ${quoted(schema)}`,
  versionsTableExists: `SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`,
  appliedVersion: 'SELECT coalesce(max(version), 0) AS version FROM schema_migrations',
  recordMigration: 'INSERT INTO schema_migrations (version, name) VALUES ($1, $2)',
} as const;
