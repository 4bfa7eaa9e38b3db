// The two backends the suites run against: the JSON file, and PostgreSQL on the test server
// (tests/pg/server.ts), whose cases report themselves skipped, with the reason, where no
// server can be had. A suite written once runs on both:
//
//   forEachBackend((backend) => { it('…', () => { const { data } = backend.newLog(); … }) });
//
// `data` is what --data or ACTIONLOG_DATA takes: a file path, or a PostgreSQL location with
// a schema of its own (dropped when the suite ends). `snapshot(data)` is the whole log as
// text, to show that a refused command changed nothing.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
import { server, skipReason, withSchema } from './pg/server.js';

export interface TestLog {
  /** A folder of the log's own, for files beside it (and the file itself, for the file store). */
  dir: string;
  /** What --data takes. */
  data: string;
}

export interface TestBackend {
  kind: 'file' | 'postgres';
  title: string;
  /** Why this backend's cases are skipped; '' when they run. */
  skipReason: string;
  /** A place for a new log, not yet created. */
  newLog(): TestLog;
}

const folder = (label: string) => mkdtempSync(path.join(tmpdir(), `actionlog-${label}-`));

export const FILE: TestBackend = {
  kind: 'file',
  title: 'the JSON file',
  skipReason: '',
  newLog: () => {
    const dir = folder('file');
    return { dir, data: path.join(dir, 'actionlog.json') };
  },
};

/** The schemas made for logs in this test file, dropped when it ends. */
const schemas: string[] = [];

export const POSTGRES: TestBackend = {
  kind: 'postgres',
  title: 'PostgreSQL',
  skipReason,
  newLog: () => {
    if (!server.url) throw new Error(`no PostgreSQL test server: ${skipReason}`);
    const schema = `t_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return { dir: folder('pg'), data: withSchema(server.url, schema) };
  },
};

export const BACKENDS = [FILE, POSTGRES];

export const isPostgres = (data: string): boolean => /^postgres(ql)?:/i.test(data);

/** Declares the suite `body` once for each backend, skipped with the reason where one cannot run. */
export function forEachBackend(body: (backend: TestBackend) => void): void {
  for (const backend of BACKENDS) {
    const skipped = backend.skipReason ? ` (skipped: ${backend.skipReason})` : '';
    describe.skipIf(Boolean(backend.skipReason))(`on ${backend.title}${skipped}`, () => body(backend));
  }
}

afterAll(async () => {
  if (schemas.length === 0 || !server.url) return;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
});

const DUMP = path.resolve(__dirname, 'pg/programs/dump.mjs');

/** The whole log as text: the file's bytes, or every table's rows read under the store (nothing when there is no log). */
export function snapshot(data: string): string {
  if (!isPostgres(data)) return existsSync(data) ? readFileSync(data, 'utf8') : '';
  const dumped = spawnSync(process.execPath, [DUMP, data], { encoding: 'utf8' });
  if (dumped.status !== 0) throw new Error(`could not dump ${data}: ${dumped.stderr}`);
  return dumped.stdout;
}

/** A plain connection to the database log at `data`, its schema first on the search path. */
export async function connectTo(data: string): Promise<pg.Client> {
  const url = new URL(data);
  const schema = url.searchParams.get('schema')!;
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`SET search_path TO "${schema}"`);
  return client;
}

/** A connection in the middle of a change to the database log at `data`, holding its log row as every change does. */
export async function holdLogRow(data: string): Promise<pg.Client> {
  const client = await connectTo(data);
  await client.query('BEGIN');
  await client.query('SELECT * FROM log FOR UPDATE');
  return client;
}
