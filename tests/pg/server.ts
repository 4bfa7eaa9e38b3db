// The PostgreSQL server the tests use: ACTIONLOG_TEST_PG's (set by .ci/run), or else a
// throwaway one that the first test file needing it starts with scripts/pg-server.sh (where
// initdb and pg_ctl are installed) and globalSetup.ts stops when the run ends. Where neither
// can be had, `skipReason` says why, and the tests report themselves skipped with it.
//
// Each test gets a log of its own: a fresh schema (t_…) in the server's database, dropped
// with the others by `dispose()`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { LogDatabase, type OpenOptions } from '../../src/store/postgres/database.js';
import { parsePostgresLocation, type PostgresLocation } from '../../src/store/postgres/location.js';

export interface TestServer {
  url: string | null;
  /** Why there is no server, when there is none. */
  reason: string;
}

let found: Promise<TestServer> | undefined;

export function testServer(): Promise<TestServer> {
  return (found ??= findServer());
}

async function findServer(): Promise<TestServer> {
  const given = inject('pgUrl');
  if (given) return { url: given, reason: '' };
  const folder = inject('pgFolder');
  const urlFile = `${folder}/url`;
  const failedFile = `${folder}/failed`;
  try {
    mkdirSync(`${folder}/starting`);
  } catch {
    return waitForServer(urlFile, failedFile);
  }
  const started = spawnSync('bash', ['scripts/pg-server.sh', 'start', `${folder}/server`], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const url = started.status === 0 ? started.stdout.trim() : null;
  const reason = url
    ? ''
    : (started.stderr || started.error?.message || 'scripts/pg-server.sh failed').trim().split('\n').at(-1)!;
  const [file, text] = url ? [urlFile, url] : [failedFile, reason];
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  return url ? { url, reason: '' } : unavailable(reason);
}

const unavailable = (why: string): TestServer => ({
  url: null,
  reason: `no PostgreSQL test server (${why}); set ACTIONLOG_TEST_PG or install postgresql`,
});

async function waitForServer(urlFile: string, failedFile: string): Promise<TestServer> {
  for (let waited = 0; waited < 120_000; waited += 100) {
    if (existsSync(urlFile)) return { url: readFileSync(urlFile, 'utf8'), reason: '' };
    if (existsSync(failedFile)) return unavailable(readFileSync(failedFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return unavailable('timed out waiting for another test file to start one');
}

/** `url` with `?schema=` set. */
export function withSchema(url: string, schema: string): string {
  const located = new URL(url);
  located.searchParams.set('schema', schema);
  return located.toString();
}

/** Logs of their own for the tests of one file, and raw connections to look at the tables. */
export class TestLogs {
  private readonly schemas: string[] = [];
  private readonly open: { close(): Promise<void> }[] = [];

  constructor(readonly url: string) {}

  /** A location for a log nobody else uses (its schema does not exist yet). */
  location(): PostgresLocation {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    this.schemas.push(schema);
    return parsePostgresLocation(withSchema(this.url, schema));
  }

  /** A connection to a new, initialised log. */
  async fresh(): Promise<LogDatabase> {
    const db = await this.connect(this.location());
    await db.init();
    return db;
  }

  async connect(location: PostgresLocation, options: OpenOptions = {}): Promise<LogDatabase> {
    const db = await LogDatabase.open(location, options);
    this.open.push(db);
    return db;
  }

  /** A plain driver connection with the log's schema on its search_path, for looking under the store. */
  async raw(location: PostgresLocation): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url.replace(/([?&])schema=[^&]*&?/, '$1') });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(`SET search_path TO "${location.schema}"`);
    this.open.push({ close: () => client.end() });
    return client;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.open.map((db) => db.close().catch(() => undefined)));
    if (this.schemas.length === 0) return;
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      for (const schema of this.schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  }
}

export const server = await testServer();
export const skipReason = server.url ? '' : server.reason;
if (skipReason) console.warn(`PostgreSQL tests skipped: ${skipReason}`);
