// The PostgreSQL schema: created by init, versioned, upgraded in order and all at once, a
// newer one refused; and the tables refuse what the file store's check refuses.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVED } from '../../src/domain/move.js';
import { CATEGORIES, ITEM_TYPES, STATUSES } from '../../src/domain/types.js';
import type { LogDatabase } from '../../src/store/postgres/database.js';
import { parsePostgresLocation } from '../../src/store/postgres/location.js';
import { LATEST_VERSION, MIGRATIONS } from '../../src/store/postgres/migrations/index.js';
import type { Migration } from '../../src/store/postgres/migrations/migration.js';
import { REPORTED_ITEM_JSON } from '../../src/store/postgres/queries/itemJson.js';
import { upgradeStore } from '../../src/store/upgrade.js';
import { generateStore } from '../../scripts/lib/generate-store.js';
import { server, skipReason, TestLogs, withSchema } from './server.js';

const logs = server.url ? new TestLogs(server.url) : null;
afterAll(() => logs?.dispose());

const TABLES = [
  'calendars',
  'committees',
  'item_deferrals',
  'item_history',
  'item_owners',
  'items',
  'journal',
  'log',
  'meetings',
  'open_items',
  'owners',
  'schema_migrations',
];

/** What takes a log of the latest version back to version 8. */
const VERSION_8 = 'ALTER TABLE open_items DROP COLUMN reported_item; DELETE FROM schema_migrations WHERE version >= 9;';

/** What takes a log of the latest version back to version 7. */
const VERSION_7 = `${VERSION_8} DROP TABLE calendars; DROP FUNCTION keep_calendars() CASCADE; DROP FUNCTION pack_calendars(text[]); DELETE FROM schema_migrations WHERE version >= 8;`;

/** What takes a log of the latest version back to version 5. */
const VERSION_5 = `${VERSION_7} DROP TABLE open_items; DROP FUNCTION copy_open_items() CASCADE; DELETE FROM schema_migrations WHERE version >= 6`;

/**
 * Every column, as json, of the open items in items and of the rows in their copy, open_items
 * (but the JSON the reports read, kept there: staleJson checks that); and the ids of the
 * copies whose kept JSON does not read back as the item the reports' read builds from the tables.
 */
function openRows(raw: pg.Client) {
  const rows = async (sql: string) => (await raw.query<{ row: string }>(sql)).rows;
  return {
    open: () =>
      rows("SELECT to_jsonb(i)::text AS row FROM items i WHERE status IN ('open', 'in-progress') ORDER BY id"),
    copied: () => rows("SELECT (to_jsonb(o) - 'reported_item')::text AS row FROM open_items o ORDER BY id"),
    // Compared as the values they read back as, keys in order (the program writes the kept one, the server builds the other).
    staleJson: async () =>
      (
        await raw.query<{ id: string; kept: string; built: string }>(
          `SELECT id, reported_item AS kept, ${REPORTED_ITEM_JSON} AS built FROM open_items i WHERE reported_item IS NOT NULL ORDER BY id`,
        )
      ).rows
        .filter((row) => JSON.stringify(JSON.parse(row.kept)) !== JSON.stringify(JSON.parse(row.built)))
        .map((row) => row.id),
  };
}

async function tablesIn(raw: pg.Client, schema: string): Promise<string[]> {
  const { rows } = await raw.query<{ table_name: string }>(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
    [schema],
  );
  return rows.map((r) => r.table_name);
}

describe.skipIf(!logs)(`the PostgreSQL schema${skipReason ? ` (${skipReason})` : ''}`, () => {
  it('init creates the schema in an empty database, records the version, and leaves an existing log alone', async () => {
    const location = logs!.location();
    const db = await logs!.connect(location);
    expect(await db.init()).toEqual({ from: 0, to: LATEST_VERSION });
    const raw = await logs!.raw(location);
    expect(await tablesIn(raw, location.schema)).toEqual(TABLES);
    const versions = await raw.query('SELECT version, name, applied_by FROM schema_migrations ORDER BY version');
    expect(versions.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(versions.rows[0].applied_by).toBe('postgres');
    await db.change(async (log) => log.addCommittee({ slug: 'jhsc', name: 'Joint Health Scrutiny' }));
    expect(await db.init()).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    expect(await db.read((log) => log.committees())).toEqual([{ slug: 'jhsc', name: 'Joint Health Scrutiny' }]);
  });

  it('keeps the log in the schema named by ?schema=, and in "actionlog" by default', async () => {
    expect(parsePostgresLocation(withSchema(server.url!, 'scrutiny_log')).schema).toBe('scrutiny_log');
    const plain = parsePostgresLocation(server.url!);
    expect(plain.schema).toBe('actionlog');
    const raw = await logs!.raw(plain);
    const other = logs!.location();
    await (await logs!.connect(other)).init();
    expect(await tablesIn(raw, other.schema)).toEqual(TABLES);
    expect(await tablesIn(raw, 'public')).toEqual([]);
  });

  it('two inits at once make one schema', async () => {
    const location = logs!.location();
    const [a, b] = [await logs!.connect(location), await logs!.connect(location)];
    const results = await Promise.all([a.init(), b.init()]);
    expect(results.map((r) => r.from).sort()).toEqual([0, LATEST_VERSION]);
  });

  it('a read or a change where there is no log says so, and how to make one', async () => {
    const db = await logs!.connect(logs!.location());
    await expect(db.read((log) => log.committees())).rejects.toThrow(
      /^no action log at postgresql:\/\/.*; create one with "actionlog init"/,
    );
    await expect(db.change((log) => log.committees())).rejects.toThrow(/^no action log at /);
  });

  it('refuses a schema newer than this program knows, for every command and for init, changing nothing', async () => {
    const location = logs!.location();
    const db = await logs!.connect(location);
    await db.init();
    const raw = await logs!.raw(location);
    await raw.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'from the future')", [
      LATEST_VERSION + 1,
    ]);
    const newer = new RegExp(
      `was written by a newer actionlog \\(database schema ${LATEST_VERSION + 1}; this version knows up to ${LATEST_VERSION}\\); upgrade actionlog$`,
    );
    await expect(db.read((log) => log.committees())).rejects.toThrow(newer);
    await expect(db.change((log) => log.addCommittee({ slug: 'x', name: 'X' }))).rejects.toThrow(newer);
    await expect(db.init()).rejects.toThrow(newer);
    expect((await raw.query('SELECT count(*)::int AS n FROM committees')).rows[0].n).toBe(0);
  });

  it('init applies the migrations not yet applied, in order, each recorded; other commands refuse an older schema', async () => {
    const location = logs!.location();
    const today = await logs!.connect(location);
    const next: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'web pages', sql: 'ALTER TABLE committees ADD COLUMN web_page text' },
      {
        version: LATEST_VERSION + 2,
        name: 'a default web page',
        sql: "ALTER TABLE committees ALTER COLUMN web_page SET DEFAULT 'https://example.org/'",
      },
    ];
    await today.init();
    await today.change((log) => log.addCommittee({ slug: 'jhsc', name: 'JHSC' }));
    const tomorrow = await logs!.connect(location, { migrations: next });
    await expect(tomorrow.read((log) => log.committees())).rejects.toThrow(
      new RegExp(
        `has an older database schema \\(${LATEST_VERSION}; this version uses ${LATEST_VERSION + 2}\\); bring it up to date with "actionlog init"`,
      ),
    );
    expect(await tomorrow.init()).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION + 2 });
    const raw = await logs!.raw(location);
    expect(
      (await raw.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version),
    ).toEqual(next.map((m) => m.version));
    expect((await raw.query('SELECT slug, web_page FROM committees')).rows).toEqual([{ slug: 'jhsc', web_page: null }]);
    expect(await tomorrow.read((log) => log.committees())).toEqual([{ slug: 'jhsc', name: 'JHSC' }]);
    await expect(today.read((log) => log.committees())).rejects.toThrow(/newer actionlog/);
  });

  it('version 2 fills in when each closed item of a version 1 log was closed, from its history', async () => {
    const location = logs!.location();
    await (await logs!.connect(location, { migrations: MIGRATIONS.slice(0, 1) })).init();
    const raw = await logs!.raw(location);
    await raw.query("INSERT INTO committees (slug, name, ordinal) VALUES ('jhsc', 'JHSC', 1)");
    const insert = (id: string, n: number, status: string, updated: string) =>
      raw.query(
        `INSERT INTO items (id, ordinal, type, category, committee, text, status, source_meeting, due_kind, original_due_kind, created_at, updated_at)
         VALUES ($1, $2, 'action', 'action', 'jhsc', 't', $3, '2025-06-16', 'future', 'future', '2025-06-20T09:00:00.000Z', $4)`,
        [id, n, status, updated],
      );
    await insert('A1', 1, 'done', '2025-10-05T09:00:00.000Z');
    await insert('A2', 2, 'dropped', '2025-08-01T09:00:00.000Z');
    await insert('A3', 3, 'open', '2025-07-01T09:00:00.000Z');
    const history = (id: string, n: number, change: string, to: string, at: string) =>
      raw.query(
        `INSERT INTO item_history (item_id, ordinal, changed_at, changed_by, change, from_value, to_value) VALUES ($1, $2, $3, 'clerk', $4, 'null', $5)`,
        [id, n, at, change, to],
      );
    await history('A1', 0, 'created', '"open"', '2025-06-20T09:00:00.000Z');
    await history('A1', 1, 'status', '"done"', '2025-09-01T09:00:00.000Z');
    await history('A1', 2, 'signed-off', '"2025-10-05"', '2025-10-05T09:00:00.000Z');
    await history('A2', 0, 'created', '"open"', '2025-06-20T09:00:00.000Z');

    expect(await (await logs!.connect(location)).init()).toEqual({ from: 1, to: LATEST_VERSION });
    const closed = await raw.query('SELECT id, closed_at FROM items ORDER BY id');
    // A1: its latest change of status to done; A2: no such change in its history, so when it was last updated; A3: open.
    expect(closed.rows).toEqual([
      { id: 'A1', closed_at: '2025-09-01T09:00:00.000Z' },
      { id: 'A2', closed_at: '2025-08-01T09:00:00.000Z' },
      { id: 'A3', closed_at: null },
    ]);
  });

  it("version 4 (the file's schema 3) gives a version 3 log's items their owners and no move, and its undo records the new fields", async () => {
    const location = logs!.location();
    await (await logs!.connect(location, { migrations: MIGRATIONS.slice(0, 3) })).init();
    const raw = await logs!.raw(location);
    await raw.query("INSERT INTO committees (slug, name, ordinal) VALUES ('jhsc', 'JHSC', 1)");
    const insert = (id: string, n: number, owner: string | null) =>
      raw.query(
        `INSERT INTO items (id, ordinal, type, category, committee, text, owner, status, source_meeting, due_kind, original_due_kind, created_at, updated_at)
         VALUES ($1, $2, 'action', 'action', 'jhsc', 't', $3, 'open', '2025-06-16', 'future', 'future', '2025-06-20T09:00:00.000Z', '2025-06-20T09:00:00.000Z')`,
        [id, n, owner],
      );
    await insert('A1', 1, 'the ICB');
    await insert('A2', 2, null);
    // An undo record written by a version 3 log: the item as it was, without owners or movedFrom.
    const oldItem = {
      id: 'A1',
      type: 'action',
      category: 'action',
      committee: 'jhsc',
      text: 'before',
      owner: 'UHL',
      status: 'open',
      source: { meeting: '2025-06-16', minute: null, ref: null },
      due: { kind: 'future' },
      originalDue: { kind: 'future' },
      deferrals: [],
      lastNote: null,
      signedOff: null,
      createdAt: '2025-06-20T09:00:00.000Z',
      updatedAt: '2025-06-20T09:00:00.000Z',
      history: [],
    };
    const undo = {
      addedItems: [],
      replacedItems: [oldItem, { ...oldItem, id: 'A2', owner: null }],
      committees: null,
      meetings: null,
    };
    await raw.query(
      `INSERT INTO journal (seq, made_at, made_by, command, summary, undone, undo) VALUES (1, 'x', 'clerk', 'update', 's', false, $1::json)`,
      [JSON.stringify(undo)],
    );
    await raw.query(
      `INSERT INTO journal (seq, made_at, made_by, command, summary, undone, undo) VALUES (2, 'x', 'clerk', 'undo', 's', false, NULL)`,
    );

    expect(await (await logs!.connect(location)).init()).toEqual({ from: 3, to: LATEST_VERSION });
    const owners = await raw.query('SELECT item_id, ordinal, name FROM item_owners ORDER BY item_id, ordinal');
    expect(owners.rows).toEqual([{ item_id: 'A1', ordinal: 0, name: 'the ICB' }]);
    const db = await logs!.connect(location);
    const items = await db.read((log) => log.items());
    expect(items.map((i) => [i.id, i.owner, i.owners, i.movedFrom])).toEqual([
      ['A1', 'the ICB', ['the ICB'], null],
      ['A2', null, [], null],
    ]);
    // The undo record as the file store's upgrade gives it, field order included.
    const journal = await db.read((log) => log.journal());
    const upgraded = upgradeStore({ schema: 2, journal: [{ undo: structuredClone(undo) }] }) as {
      journal: { undo: unknown }[];
    };
    expect(JSON.stringify(journal[0].undo)).toBe(JSON.stringify(upgraded.journal[0].undo));
    expect(journal[1].undo).toBeNull();
  });

  it("version 5 keeps beside a version 4 log's items what the reports read of them, as the store writes it", async () => {
    const location = logs!.location();
    const db = await logs!.connect(location);
    await db.init();
    const store = generateStore({ items: 400, seed: 3 });
    // Beside the generated mix: several owners, a lead who is not first, a move's note after an update, a NUL.
    const [a, b, c] = store.items.filter((i) => i.status === 'open');
    a.owners = ['UHL', 'the ICB'];
    b.owners = ['the ICB'];
    c.history.push(
      { at: '2025-10-01T09:00:00.000Z', by: 'clerk', change: 'note', from: null, to: null, note: 'asked\u0000again' },
      { at: '2025-10-02T09:00:00.000Z', by: 'clerk', change: MOVED, from: 'x', to: 'y', note: 'moved on' },
    );
    await db.change((log) => log.replaceWholeLog(store));
    const raw = await logs!.raw(location);
    const columns = 'SELECT id, reported_history::text, owners_just_lead, deferral_count FROM items ORDER BY ordinal';
    const written = (await raw.query(columns)).rows;
    // The log as version 4 had it: the columns gone, the version not applied.
    await raw.query(
      'ALTER TABLE items DROP COLUMN reported_history, DROP COLUMN owners_just_lead, DROP COLUMN deferral_count',
    );
    await raw.query(VERSION_5);
    await raw.query('DROP INDEX items_open');
    await raw.query('DELETE FROM schema_migrations WHERE version = 5');
    expect(await (await logs!.connect(location)).init()).toEqual({ from: 4, to: LATEST_VERSION });
    const filled = (await raw.query(columns)).rows;
    const parsed = (rows: typeof written) =>
      rows.map((row) => ({ ...row, reported_history: JSON.parse(row.reported_history as string) as unknown }));
    expect(parsed(filled)).toEqual(parsed(written));
    expect(written.filter((row) => !row.owners_just_lead).map((row) => row.id)).toEqual([a.id, b.id]);
    expect(written.some((row) => row.deferral_count > 0)).toBe(true);
  });

  it("version 6 copies a version 5 log's open items into open_items, which the triggers keep equal to them through every change", async () => {
    const location = logs!.location();
    await (await logs!.connect(location)).init();
    const store = generateStore({ items: 400, seed: 5 });
    await (await logs!.connect(location)).change((log) => log.replaceWholeLog(store));
    const raw = await logs!.raw(location);
    const { open, copied } = openRows(raw);
    // The log as version 5 had it.
    await raw.query(VERSION_5);
    const db = await logs!.connect(location);
    expect(await db.init()).toEqual({ from: 5, to: LATEST_VERSION });
    const before = await open();
    expect(before.length).toBeGreaterThan(10);
    expect(await copied()).toEqual(before);

    // The store's own changes: new items (one open, one done), one closed, one reopened, one rewritten, one removed.
    const [first, second, third] = store.items.filter((i) => i.status === 'open');
    const closed = store.items.find((i) => i.status === 'done')!;
    const added = (id: string, status: 'open' | 'done') => ({
      ...structuredClone(first),
      id,
      status,
      history:
        status === 'done'
          ? [...first.history, { ...first.history[0], change: 'status', from: 'open', to: 'done' }]
          : first.history,
    });
    await db.change(async (log) => {
      await log.addItems([added(`A${store.nextItemNumber}`, 'open'), added(`A${store.nextItemNumber + 1}`, 'done')]);
      await log.replaceItem({
        ...first,
        status: 'done',
        history: [...first.history, { ...first.history[0], change: 'status', from: 'open', to: 'done' }],
      });
      await log.replaceItem({ ...closed, status: 'in-progress' });
      await log.replaceItem({ ...second, text: 'Rewritten, still open' });
      await log.removeItems([third.id]);
    });
    const after = await open();
    expect(after.map((row) => (JSON.parse(row.row as string) as { id: string }).id)).toEqual(
      expect.arrayContaining([`A${store.nextItemNumber}`, closed.id, second.id]),
    );
    expect(await copied()).toEqual(after);
    // Changes made outside actionlog (an administrator in psql) are followed too.
    await raw.query("UPDATE items SET status = 'dropped', closed_at = updated_at WHERE id = $1", [second.id]);
    await raw.query('DELETE FROM items WHERE id = $1', [closed.id]);
    expect(await copied()).toEqual(await open());
    // A whole log copied over it.
    await db.change((log) => log.replaceWholeLog(store));
    expect(await copied()).toEqual(before);
  });

  it('version 7: actionlog writes open_items in its own statements, the triggers only for other changes; a version 6 log is brought up to it', async () => {
    const location = logs!.location();
    await (await logs!.connect(location)).init();
    const store = generateStore({ items: 200, seed: 6 });
    await (await logs!.connect(location)).change((log) => log.replaceWholeLog(store));
    const raw = await logs!.raw(location);
    const { open, copied } = openRows(raw);
    // Version 6's triggers, called for every statement on items.
    await raw.query(
      `${VERSION_7} DROP TRIGGER items_inserted ON items; DROP TRIGGER items_updated ON items; DROP TRIGGER items_deleted ON items;
      CREATE TRIGGER items_inserted AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION copy_open_items();
      CREATE TRIGGER items_updated AFTER UPDATE ON items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION copy_open_items();
      CREATE TRIGGER items_deleted AFTER DELETE ON items REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION copy_open_items();
      DELETE FROM schema_migrations WHERE version >= 7`,
    );
    const db = await logs!.connect(location);
    expect(await db.init()).toEqual({ from: 6, to: LATEST_VERSION });
    expect(await copied()).toEqual(await open());
    // actionlog's own changes write the copy themselves: were the triggers called as well,
    // the same rows would go in twice and the change fail on open_items' key.
    await raw.query("SET track_functions TO 'pl'");
    const calls = async () =>
      Number(
        (
          await raw.query(
            "SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_xact_user_functions WHERE funcname = 'copy_open_items'",
          )
        ).rows[0].calls,
      );
    const [first, second] = store.items.filter((i) => i.status === 'open');
    await db.change(async (log) => {
      await log.addItems([{ ...structuredClone(first), id: `A${store.nextItemNumber}` }]);
      await log.replaceItem({
        ...first,
        status: 'done',
        history: [...first.history, { ...first.history[0], change: 'status', from: 'open', to: 'done' }],
      });
      await log.removeItems([second.id]);
    });
    expect(await copied()).toEqual(await open());
    // A hand edit, in a transaction of its own so that the server's count of calls can be read in it.
    await raw.query('BEGIN');
    await raw.query("UPDATE items SET status = 'in-progress', closed_at = NULL WHERE id = $1", [first.id]);
    expect(await calls()).toBe(1);
    await raw.query('COMMIT');
    expect(await copied()).toEqual(await open());
    expect((await copied()).some((row) => (JSON.parse(row.row as string) as { id: string }).id === first.id)).toBe(
      true,
    );
  });

  it("version 8 packs a version 7 log's calendars, which the triggers keep equal to its meetings through every change", async () => {
    const location = logs!.location();
    await (await logs!.connect(location)).init();
    const store = generateStore({ items: 200, seed: 8 });
    await (await logs!.connect(location)).change((log) => log.replaceWholeLog(store));
    const raw = await logs!.raw(location);
    // Each committee's meetings packed from the table itself, as version 8 keeps them, the days in ISO text.
    const packed = async () =>
      (
        await raw.query<{ committee: string; meetings: string }>(
          `SELECT committee, string_agg(to_char(meeting_date, 'YYYY-MM-DD') || CASE WHEN NOT cancelled THEN ''
              WHEN moved_to IS NULL THEN ',x' ELSE ',x,' || to_char(moved_to, 'YYYY-MM-DD') END, ';' ORDER BY ordinal) AS meetings
            FROM meetings GROUP BY committee ORDER BY committee`,
        )
      ).rows;
    const kept = async () =>
      (
        await raw.query<{ committee: string; meetings: string }>(
          'SELECT committee, meetings FROM calendars ORDER BY committee',
        )
      ).rows;
    const whole = await packed();
    expect(whole.length).toBe(new Set(store.meetings.map((m) => m.committee)).size);
    expect(await kept()).toEqual(whole);
    // The log as version 7 had it, brought up to date.
    await raw.query(VERSION_7);
    const db = await logs!.connect(location);
    expect(await db.init()).toEqual({ from: 7, to: LATEST_VERSION });
    expect(await kept()).toEqual(whole);

    // The store's own changes: a meeting added, one cancelled and moved, one removed.
    const [first, second] = store.meetings;
    await db.change(async (log) => {
      await log.putMeeting({ committee: first.committee, date: '2099-01-05', cancelled: false, movedTo: null });
      await log.putMeeting({ ...first, cancelled: true, movedTo: '2099-01-12' });
      await log.removeMeeting(second.committee, second.date);
    });
    expect(await kept()).toEqual(await packed());
    expect(await kept()).not.toEqual(whole);
    // Changes made by hand, in another date style: the days are still kept in ISO text.
    await raw.query("SET datestyle TO 'SQL, DMY'");
    await raw.query(
      'UPDATE meetings SET cancelled = false, moved_to = NULL WHERE committee = $1 AND meeting_date = $2',
      [first.committee, first.date],
    );
    await raw.query('DELETE FROM meetings WHERE committee = $1 AND meeting_date = $2', [first.committee, '2099-01-05']);
    await raw.query("SET datestyle TO 'ISO, YMD'");
    expect(await kept()).toEqual(await packed());
    // Every meeting removed, then a whole log copied over it.
    await raw.query('DELETE FROM meetings');
    expect(await kept()).toEqual([]);
    await db.change((log) => log.replaceWholeLog(store));
    expect(await kept()).toEqual(whole);
  });

  it('version 9 keeps the JSON the reports read of each open item, as their read builds it; a change made by hand leaves it to be built', async () => {
    const location = logs!.location();
    await (await logs!.connect(location)).init();
    const store = generateStore({ items: 300, seed: 9 });
    // Beside the generated mix: several owners, text a database cannot hold as it is (a NUL), quotes and a tab.
    const [a, b, c] = store.items.filter((i) => i.status === 'open');
    a.owners = ['UHL', 'the ICB'];
    b.owners = ['the ICB', 'Public\u0000Health'];
    c.text = 'Report back, "quoted"\tand\u0000after';
    const raw = await logs!.raw(location);
    const { staleJson } = openRows(raw);
    const kept = async () =>
      Number((await raw.query('SELECT count(reported_item) AS n FROM open_items')).rows[0].n as string);
    const open = async () => Number((await raw.query('SELECT count(*) AS n FROM open_items')).rows[0].n as string);
    await (await logs!.connect(location)).change((log) => log.replaceWholeLog(store));
    expect(await open()).toBeGreaterThan(10);
    expect(await kept()).toBe(await open());
    expect(await staleJson()).toEqual([]);
    expect(store.items.some((i) => i.status === 'open' && i.deferrals.length > 0)).toBe(true);
    // A version 8 log: filled in by the upgrade.
    await raw.query(VERSION_8);
    const db = await logs!.connect(location);
    expect(await db.init()).toEqual({ from: 8, to: LATEST_VERSION });
    expect(await kept()).toBe(await open());
    expect(await staleJson()).toEqual([]);
    // The store's own changes: an item added with several owners, one given an owner more, one deferred.
    await db.change(async (log) => {
      await log.addItems([{ ...structuredClone(a), id: `A${store.nextItemNumber}` }]);
      await log.replaceItem({ ...c, owners: [...c.owners, 'Public Health'] });
      await log.replaceItem({
        ...b,
        due: { kind: 'date', date: '2026-03-31' },
        deferrals: [
          ...b.deferrals,
          { at: '2025-11-20T10:00:00.000Z', from: b.due, to: { kind: 'date', date: '2026-03-31' }, reason: 'later' },
        ],
      });
    });
    expect(await kept()).toBe(await open());
    expect(await staleJson()).toEqual([]);
    // A change made by hand: the row the trigger copies has none, and the reports build it.
    await raw.query("UPDATE items SET text = 'Changed by hand' WHERE id = $1", [a.id]);
    expect(await kept()).toBe((await open()) - 1);
    const reported = await db.read((log) => log.items({ statuses: ['open', 'in-progress'], fullHistory: false }));
    expect(reported.find((i) => i.id === a.id)!.text).toBe('Changed by hand');
    expect(reported.find((i) => i.id === c.id)!.owners).toEqual([...c.owners, 'Public Health']);
    expect(reported.find((i) => i.id === b.id)!.deferrals).toHaveLength(b.deferrals.length + 1);
  });

  it('open_items has the columns of items, in the same order, then the JSON the reports read (its triggers copy whole rows)', async () => {
    const location = logs!.location();
    await (await logs!.connect(location)).init();
    const raw = await logs!.raw(location);
    const columns = async (table: string) =>
      (
        await raw.query(
          'SELECT column_name, data_type, collation_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
          [location.schema, table],
        )
      ).rows;
    expect(await columns('open_items')).toEqual([
      ...(await columns('items')),
      { column_name: 'reported_item', data_type: 'text', collation_name: null },
    ]);
  });

  it('a migration that fails leaves the schema as it was: nothing half-applied', async () => {
    const location = logs!.location();
    const db = await logs!.connect(location);
    await db.init();
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'fine', sql: 'ALTER TABLE committees ADD COLUMN web_page text' },
      { version: LATEST_VERSION + 2, name: 'broken', sql: 'ALTER TABLE no_such_table ADD COLUMN x text' },
    ];
    await expect((await logs!.connect(location, { migrations: broken })).init()).rejects.toThrow(/no_such_table/);
    const raw = await logs!.raw(location);
    expect((await raw.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v).toBe(LATEST_VERSION);
    const columns = await raw.query(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'committees'",
      [location.schema],
    );
    expect(columns.rows.map((r) => r.column_name)).not.toContain('web_page');
  });
});

describe.skipIf(!logs)(`the tables refuse what the file store refuses${skipReason ? ` (${skipReason})` : ''}`, () => {
  let db: LogDatabase;
  let raw: pg.Client;

  beforeAll(async () => {
    const location = logs!.location();
    db = await logs!.connect(location);
    await db.init();
    await db.change((log) => log.addCommittee({ slug: 'jhsc', name: 'JHSC' }));
    raw = await logs!.raw(location);
  });

  const insertItem = (fields: Record<string, unknown>) => {
    const row = {
      id: 'A1',
      ordinal: 1,
      type: 'action',
      category: 'action',
      committee: 'jhsc',
      text: 't',
      status: 'open',
      source_meeting: '2025-06-16',
      due_kind: 'future',
      due_on: null,
      original_due_kind: 'future',
      original_due_on: null,
      created_at: 'x',
      updated_at: 'x',
      closed_at: fields.status === 'done' || fields.status === 'dropped' ? 'x' : null,
      ...fields,
    };
    const columns = Object.keys(row);
    return raw.query(
      `INSERT INTO items (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(row),
    );
  };

  const refused = async (fields: Record<string, unknown>, why: RegExp) => {
    await raw.query('BEGIN');
    try {
      await expect(insertItem(fields).then(() => raw.query('SET CONSTRAINTS ALL IMMEDIATE'))).rejects.toThrow(why);
    } finally {
      await raw.query('ROLLBACK');
    }
  };

  it('stores every status, type and category the domain knows', async () => {
    await raw.query('BEGIN');
    let n = 0;
    for (const status of STATUSES)
      for (const type of ITEM_TYPES)
        for (const category of CATEGORIES) {
          n++;
          await insertItem({ id: `A${n}`, ordinal: n, status, type, category });
        }
    await raw.query('ROLLBACK');
    expect(n).toBe(STATUSES.length * ITEM_TYPES.length * CATEGORIES.length);
  });

  it('refuses a status, type, category or due kind outside the lists', async () => {
    await refused({ status: 'closed' }, /items_status_check/);
    await refused({ status: 'Open' }, /items_status_check/);
    await refused({ type: 'task' }, /items_type_check/);
    await refused({ category: 'motion' }, /items_category_check/);
    await refused({ due_kind: 'soon', due_on: '2025-07-01' }, /items_due_kind_check/);
  });

  it("stores every due kind the domain knows, 'next' (the next meeting after a day) among them", async () => {
    await raw.query('BEGIN');
    try {
      const dues = [
        ['meeting', '2025-09-01'],
        ['date', '2025-09-30'],
        ['next', '2025-11-27'],
        ['future', null],
      ];
      for (const [n, [kind, on]] of dues.entries()) {
        await insertItem({
          id: `A${n + 1}`,
          ordinal: n + 1,
          due_kind: kind,
          due_on: on,
          original_due_kind: kind,
          original_due_on: on,
        });
      }
      await raw.query(
        `INSERT INTO item_deferrals (item_id, ordinal, deferred_at, from_kind, from_on, to_kind, to_on) VALUES ('A1', 0, 'x', 'meeting', '2025-09-01', 'next', '2025-09-01')`,
      );
    } finally {
      await raw.query('ROLLBACK');
    }
  });

  it('refuses an id not like A12, a second item with the same id, a due without its date, and an unknown committee', async () => {
    await refused({ id: 'B12' }, /items_id_check/);
    await refused({ id: 'A' }, /items_id_check/);
    await refused({ due_kind: 'meeting', due_on: null }, /items_due_has_date/);
    await refused({ due_kind: 'future', due_on: '2025-07-01' }, /items_due_has_date/);
    await refused({ due_kind: 'next', due_on: null }, /items_due_has_date/);
    await refused({ committee: 'nobody' }, /items_committee_fkey/);
    await refused({ status: 'done', closed_at: null }, /items_closed_when_closed/);
    await refused({ status: 'open', closed_at: '2025-07-01T09:00:00.000Z' }, /items_closed_when_closed/);
    await refused({ source_meeting: '2025-02-30' }, /out of range/);
    await db.change(async (log) => log.addItems([]));
    await raw.query('BEGIN');
    try {
      await insertItem({});
      await expect(insertItem({ ordinal: 2 })).rejects.toThrow(/items_pkey/);
    } finally {
      await raw.query('ROLLBACK');
    }
  });
});
