// Part (b) on PostgreSQL: clients killed (SIGKILL: nothing of theirs runs after) in the middle
// of a change, on a large log. Each `add` is watched from the server (pg_stat_activity, by an
// application name of its own) and killed once its transaction has begun, a moment into it.
// After each kill nothing may be half there: the killed add is wholly in the log (item,
// history, journal entry) or not at all, no item committed before is missing, no item lacks
// its history, and the next command gets in at once (the server freed the dead client's lock).
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { bigStoreData } from './bigStore.js';
import { run, start } from './binary.js';
import type { StressBackend } from './logs.js';

export const RECOVERY_LIMIT_MS = 15_000;

export interface PgKillsResult {
  items: number;
  kills: number;
  /** Kills that landed inside the add's transaction (the rest are retried, up to five times as many starts). */
  midTransaction: number;
  /** Kills after which the killed add turned out committed (it was committing as it was killed). */
  committed: number;
  /** Kills after which part of a change was in the log. */
  partial: number;
  /** Items committed before a kill and missing after it. */
  lost: number;
  slowOrFailedRecoveries: number;
  slowestRecoveryMs: number;
  /** An add's transaction, from BEGIN to COMMIT, as the server saw it (the median of the timing runs). */
  transactionMs: number;
  problems: string[];
}

const ADD = (text: string) => ['add', text, '-c', 'jhsc', '-m', '2025-06-16'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection beside the clients, to watch them and look at the tables under the store. */
async function watcher(data: string): Promise<pg.Client> {
  const url = new URL(data);
  const schema = url.searchParams.get('schema')!;
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`SET search_path TO "${schema}"`);
  return client;
}

/** Whether the client named `app` is inside a transaction now, and its server process. */
async function inTransaction(db: pg.Client, app: string): Promise<{ pid: number } | null> {
  const { rows } = await db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL',
    [app],
  );
  return rows[0] ?? null;
}

/** What is wrong with the log after a kill: parts of the killed add, items without history. */
async function partsOf(
  db: pg.Client,
  text: string,
): Promise<{ items: number; history: number; journal: number; orphans: number }> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM items WHERE text = $1) AS items,
      (SELECT count(*)::int FROM item_history h JOIN items i ON i.id = h.item_id WHERE i.text = $1) AS history,
      (SELECT count(*)::int FROM journal WHERE summary LIKE '%' || $1) AS journal,
      (SELECT count(*)::int FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_history h WHERE h.item_id = i.id)) AS orphans`,
    [text],
  );
  return rows[0];
}

export async function killedClients(items: number, kills: number, backend: StressBackend): Promise<PgKillsResult> {
  const data = backend.newLog('pg-kills');
  const store = openStore(data);
  await store.replaceWith(bigStoreData(items), () => null);
  await store.close();
  const db = await watcher(data);
  const result: PgKillsResult = {
    items,
    kills,
    midTransaction: 0,
    committed: 0,
    partial: 0,
    lost: 0,
    slowOrFailedRecoveries: 0,
    slowestRecoveryMs: 0,
    transactionMs: 0,
    problems: [],
  };
  try {
    result.transactionMs = await transactionTime(db, data);
    for (let attempt = 0; result.midTransaction < kills && attempt < kills * 5; attempt++) {
      const text = `killed client ${attempt}`;
      const app = `actionlog-kill-${attempt}`;
      const before = (
        await db.query<{ n: number; last: number }>(
          'SELECT count(*)::int AS n, coalesce(max(ordinal), 0)::int AS last FROM items',
        )
      ).rows[0];
      const client = start(data, ADD(text), { PGAPPNAME: app });
      let exited = false;
      void client.done.then(() => (exited = true));
      // Watch for its transaction, then kill it a moment into it: spread over the transaction's length.
      let backendPid: number | null = null;
      while (!exited && backendPid === null) backendPid = (await inTransaction(db, app))?.pid ?? null;
      if (backendPid === null) {
        await client.done;
        continue;
      }
      await pause(Math.random() * result.transactionMs);
      client.child.kill('SIGKILL');
      const outcome = await client.done;
      if (outcome.signal !== 'SIGKILL') continue;
      result.midTransaction++;
      // The server ends the dead client's session once it sees the connection gone.
      for (
        let waited = 0;
        waited < 10_000 && (await db.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backendPid])).rowCount;
        waited += 10
      )
        await pause(10);

      const parts = await partsOf(db, text);
      const whole = parts.items === 1 && parts.history === 1 && parts.journal === 1;
      const none = parts.items === 0 && parts.history === 0 && parts.journal === 0;
      if (whole) result.committed++;
      if ((!whole && !none) || parts.orphans > 0) {
        result.partial++;
        result.problems.push(`kill ${attempt}: ${JSON.stringify(parts)}`);
      }
      const kept = (
        await db.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE ordinal <= $1', [before.last])
      ).rows[0].n;
      if (kept !== before.n) {
        result.lost += before.n - kept;
        result.problems.push(`kill ${attempt}: ${before.n - kept} item(s) lost`);
      }
      const next = await run(data, ADD(`after kill ${attempt}`), {
        ACTIONLOG_LOCK_TIMEOUT_MS: String(RECOVERY_LIMIT_MS),
      });
      result.slowestRecoveryMs = Math.max(result.slowestRecoveryMs, next.ms);
      if (next.code !== 0 || next.ms > RECOVERY_LIMIT_MS) {
        result.slowOrFailedRecoveries++;
        result.problems.push(
          `after kill ${attempt}: exit ${next.code} in ${Math.round(next.ms)} ms: ${next.stderr.trim()}`,
        );
      }
    }
    if (result.midTransaction < kills)
      result.problems.push(`only ${result.midTransaction} of ${kills} kills landed inside a transaction`);
  } finally {
    await db.end();
  }
  return result;
}

/** How long an add's transaction lasts on this log, from the server's view: the median of five. */
async function transactionTime(db: pg.Client, data: string): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < 5; n++) {
    const app = `actionlog-timing-${n}`;
    const client = start(data, ADD(`timing run ${n}`), { PGAPPNAME: app });
    let exited = false;
    void client.done.then(() => (exited = true));
    let began: number | null = null;
    let ended: number | null = null;
    while (!exited) {
      const inside = await inTransaction(db, app);
      if (inside && began === null) began = performance.now();
      if (!inside && began !== null && ended === null) ended = performance.now();
    }
    await client.done;
    if (began !== null) times.push((ended ?? performance.now()) - began);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? 20;
}
