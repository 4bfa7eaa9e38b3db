// The bench's PostgreSQL backend: a server on this machine (ACTIONLOG_BENCH_PG's, else one
// of the bench's own in node_modules/.cache, durable as a real one is: it flushes every
// commit; stopped after the run and started again by the next), the same generated stores
// loaded into it once and kept between runs (a schema per size and seed, reused when it
// already holds that store: loading 1,000,000 items takes minutes), and the commands a clerk
// meets, timed as whole processes against the targets: overdue within 0.3 s,
// carry-forward within 1 s, add within 0.2 s, whatever the size.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openStore, type StoreData } from '../../src/store/index.js';
import { LATEST_VERSION } from '../../src/store/postgres/migrations/index.js';
import { dataCases, type Case } from './bench-cases.js';

export interface BenchServer {
  url: string;
  /** Where it came from, for the heading. */
  description: string;
  stop(): void;
}

export function benchServer(): BenchServer {
  const given = process.env.ACTIONLOG_BENCH_PG;
  if (given) return { url: given, description: `the server at ACTIONLOG_BENCH_PG`, stop: () => undefined };
  // Readable by the server's user (postgres, when run as root), and short enough for a socket's path.
  const folder = path.resolve('node_modules/.cache/actionlog-bench-pg');
  mkdirSync(folder, { recursive: true });
  for (
    let dir = folder;
    dir !== path.dirname(dir) && dir.startsWith(path.resolve('node_modules'));
    dir = path.dirname(dir)
  )
    chmodSync(dir, 0o755);
  const started = spawnSync('bash', ['scripts/pg-server.sh', 'start', `${folder}/server`, '--durable'], {
    encoding: 'utf8',
  });
  if (started.status !== 0) {
    throw new Error(
      `could not start a PostgreSQL server (${started.stderr.trim().split('\n').at(-1)}); set ACTIONLOG_BENCH_PG, or install postgresql`,
    );
  }
  const version = spawnSync('bash', ['-c', `"$(bash scripts/pg-server.sh find)/postgres" --version`], {
    encoding: 'utf8',
  }).stdout.trim();
  return {
    url: started.stdout.trim(),
    description: `the bench's own ${version || 'PostgreSQL'} server on this machine (${folder}; Unix socket, fsync on, 1 GB shared buffers)`,
    stop: () =>
      void spawnSync('bash', ['scripts/pg-server.sh', 'stop', `${folder}/server`, '--keep'], { stdio: 'ignore' }),
  };
}

const located = (url: string, schema: string): string => {
  const where = new URL(url);
  where.searchParams.set('schema', schema);
  return where.toString();
};

/** The generated store in its own schema: loaded unless already there (same size, seed and shape); how long loading took, or null when it was there. */
export async function loadStore(
  url: string,
  store: StoreData,
  seed: number,
  reload: boolean,
): Promise<{ data: string; loadMs: number | null }> {
  const schema = `bench_${store.items.length}_s${seed}`;
  const data = located(url, schema);
  if (!reload && (await holds(url, schema, store))) return { data, loadMs: null };
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
  const began = performance.now();
  const log = openStore(data);
  try {
    // Through the store itself: batched inserts of 1,000 items with their history per statement, all in one transaction.
    await log.replaceWith(store, () => null);
  } finally {
    await log.close();
  }
  return { data, loadMs: performance.now() - began };
}

/** Whether the schema holds this store already, at this program's schema version: its counts and its first and last items' texts. */
async function holds(url: string, schema: string, store: StoreData): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) return false;
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM "${schema}".items) AS items, (SELECT count(*)::int FROM "${schema}".meetings) AS meetings,
        (SELECT text FROM "${schema}".items WHERE id = $1) AS first, (SELECT text FROM "${schema}".items WHERE id = $2) AS last,
        (SELECT max(version) FROM "${schema}".schema_migrations) AS version`,
      [store.items[0].id, store.items.at(-1)!.id],
    );
    const row = rows[0];
    // A store kept from before a new migration is loaded again (its commands would refuse an older schema).
    return (
      row.version === LATEST_VERSION &&
      row.items === store.items.length &&
      row.meetings === store.meetings.length &&
      row.first === store.items[0].text &&
      row.last === store.items.at(-1)!.text
    );
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

/** The targets, in milliseconds, by the case's label (its first word or two). */
export const POSTGRES_TARGETS: Record<string, number> = { overdue: 300, 'carry-forward': 1000, add: 200 };

export const targetOf = (label: string): number | null => POSTGRES_TARGETS[label.split(' ')[0]] ?? null;

/** The same commands as on the file, on the database log: reads, and add (undone afterwards, see bench.ts). */
export function postgresCases(store: StoreData, data: string, today: string): Case[] {
  return dataCases(store, data, data, today);
}
