// The stores the stress runs work on, on either backend: a file in a folder of its own, or a
// PostgreSQL log in a schema of its own on a server (ACTIONLOG_TEST_PG's, one the caller gives,
// or a throwaway one started here with scripts/pg-server.sh, which the server-restart part
// needs: it restarts that server). Each can be read whole, and dumped as text to compare.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parseStore } from '../../src/store/jsonFile.js';
import { openStore, type StoreData } from '../../src/store/index.js';
import { ROOT, tempDir, useFolder } from './binary.js';

export interface StressBackend {
  kind: 'file' | 'postgres';
  /** A place for a new log, not yet created: what --data takes. */
  newLog(label: string): string;
  /** The whole log, read as actionlog reads it. */
  read(data: string): Promise<StoreData>;
  /** The whole log as text, to show that something changed nothing. */
  snapshot(data: string): Promise<string>;
  dispose(): Promise<void>;
}

export const fileBackend = (): StressBackend => ({
  kind: 'file',
  newLog: (label) => path.join(tempDir(label), 'actionlog.json'),
  read: async (data) => parseStore(readFileSync(data, 'utf8'), data),
  snapshot: async (data) => readFileSync(data, 'utf8'),
  dispose: async () => undefined,
});

/** A PostgreSQL server of the stress run's own, in a temporary folder; `restart` restarts it. */
export interface OwnServer {
  url: string;
  restart(mode: 'fast' | 'immediate'): void;
  stop(): void;
}

/** Starts a throwaway server that keeps what it commits through a crash (fsync on), as a real one does. */
export function startServer(): OwnServer {
  const folder = mkdtempSync('/tmp/actionlog-stress-pg-');
  chmodSync(folder, 0o755);
  const server = `${folder}/server`;
  const started = spawnSync('bash', [path.join(ROOT, 'scripts/pg-server.sh'), 'start', server, '--durable'], {
    encoding: 'utf8',
  });
  if (started.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`could not start a PostgreSQL server: ${started.stderr.trim().split('\n').at(-1)}`);
  }
  const control = (verb: string, ...args: string[]) => {
    const done = spawnSync('bash', [path.join(ROOT, 'scripts/pg-server.sh'), verb, server, ...args], {
      encoding: 'utf8',
    });
    if (done.status !== 0) throw new Error(`pg-server.sh ${verb} failed: ${done.stderr.trim()}`);
  };
  return {
    url: started.stdout.trim(),
    restart: (mode) => control('restart', mode),
    stop: () => {
      control('stop');
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(url: string): StressBackend {
  const schemas: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    kind: 'postgres',
    newLog: (label) => {
      const schema = `stress_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      const located = new URL(url);
      located.searchParams.set('schema', schema);
      const data = located.toString();
      useFolder(data, tempDir(label));
      return data;
    },
    read: async (data) => {
      const store = openStore(data);
      try {
        return await store.read();
      } finally {
        await store.close();
      }
    },
    snapshot: (data) =>
      admin(async (client) => {
        const schema = new URL(data).searchParams.get('schema')!;
        const { rows: tables } = await client.query(
          'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> $2 ORDER BY 1',
          [schema, 'schema_migrations'],
        );
        let text = '';
        for (const { table_name: table } of tables) {
          const { rows } = await client.query(
            `SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') AS rows FROM "${schema}"."${table}" t`,
          );
          text += `-- ${table}\n${rows[0].rows}\n`;
        }
        return text;
      }),
    dispose: () =>
      admin(async (client) => {
        for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }),
  };
}
