// docs/postgres.md's set-up, run as written: an owner role creates the tables with init, the
// officers' group reads and changes the log but cannot change its tables.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { LogDatabase } from '../../src/store/postgres/database.js';
import { parsePostgresLocation } from '../../src/store/postgres/location.js';
import { MIGRATIONS } from '../../src/store/postgres/migrations/index.js';
import { makeItem } from '../factories.js';
import { server, skipReason } from './server.js';

const suffix = randomBytes(4).toString('hex');
const NAMES: Record<string, string> = {
  democracy: `democracy_${suffix}`,
  actionlog_owner: `owner_${suffix}`,
  actionlog_officers: `officers_${suffix}`,
  jsmith: `jsmith_${suffix}`,
};

/** The doc's SQL blocks, in order, with this run's names. */
function documentedSql(): string[] {
  const doc = readFileSync('docs/postgres.md', 'utf8');
  const blocks = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.map((sql) =>
    sql.replace(/\b(democracy|actionlog_owner|actionlog_officers|jsmith)\b/g, (name) => NAMES[name]),
  );
}

function urlAs(user: string, database: string): string {
  const url = new URL(server.url!);
  url.username = user;
  url.pathname = `/${database}`;
  return url.toString();
}

async function superuser(): Promise<boolean> {
  const client = new pg.Client({ connectionString: server.url! });
  await client.connect();
  try {
    return (await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0].rolsuper === true;
  } finally {
    await client.end();
  }
}

const canCreateRoles = server.url ? await superuser() : false;
const why = skipReason || (canCreateRoles ? '' : 'the test server’s user cannot create roles');
const open: LogDatabase[] = [];

afterAll(async () => {
  await Promise.all(open.map((db) => db.close()));
  if (!canCreateRoles) return;
  const admin = new pg.Client({ connectionString: server.url! });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAMES.democracy} WITH (FORCE)`);
  for (const role of [NAMES.jsmith, NAMES.actionlog_officers, NAMES.actionlog_owner])
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.end();
});

describe.skipIf(!canCreateRoles)(`the set-up in docs/postgres.md${why ? ` (${why})` : ''}`, () => {
  it('lets the owner create the log and the officers use it, and nothing more', async () => {
    const [cluster, database] = documentedSql();
    const admin = new pg.Client({ connectionString: server.url! });
    await admin.connect();
    for (const statement of cluster.split(';').filter((s) => s.trim())) await admin.query(statement);
    await admin.end();
    const inDatabase = new pg.Client({ connectionString: urlAs('postgres', NAMES.democracy) });
    await inDatabase.connect();
    await inDatabase.query(database);
    await inDatabase.end();

    const owner = await LogDatabase.open(parsePostgresLocation(urlAs(NAMES.actionlog_owner, NAMES.democracy)));
    const officer = await LogDatabase.open(parsePostgresLocation(urlAs(NAMES.jsmith, NAMES.democracy)));
    open.push(owner, officer);
    expect((await owner.init()).from).toBe(0);
    const latest = MIGRATIONS.at(-1)!.version;
    expect(await officer.init()).toEqual({ from: latest, to: latest });

    await officer.change(async (log) => {
      await log.addCommittee({ slug: 'jhsc', name: 'JHSC' });
      await log.putMeeting({ committee: 'jhsc', date: '2025-09-01', cancelled: false, movedTo: null });
      await log.addItems([makeItem({ id: await log.takeItemId() })]);
      await log.appendJournal(
        { at: 'now', by: 'jsmith', command: 'add', summary: 'added A1', undone: false, undo: null },
        1,
      );
      await log.appendJournal(
        { at: 'now', by: 'jsmith', command: 'add', summary: 'again', undone: false, undo: null },
        1,
      );
    });
    await officer.change((log) =>
      log.putBack({ addedItems: ['A1'], replacedItems: [], committees: null, meetings: null }),
    );
    expect(await officer.read((log) => log.contents())).toEqual({
      committees: 1,
      meetings: 1,
      items: 0,
      journal: 1,
      owners: 0,
      nextItemNumber: 2,
    });

    const raw = new pg.Client({ connectionString: urlAs(NAMES.jsmith, NAMES.democracy) });
    await raw.connect();
    await expect(raw.query('CREATE TABLE actionlog.mine (x int)')).rejects.toThrow(
      /permission denied for schema actionlog/,
    );
    await expect(raw.query('DROP TABLE actionlog.items')).rejects.toThrow(/must be owner of table items/);
    await raw.end();
  });
});
