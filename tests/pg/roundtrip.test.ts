// A whole log copied from a file into PostgreSQL and back gives the same file, byte for byte:
// the bundled sample, a generated 10,000-item log, and text chosen to break things.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../scripts/lib/generate-store.js';
import type { Item } from '../../src/domain/types.js';
import { StoreFile } from '../../src/store/jsonFile.js';
import type { LogDatabase } from '../../src/store/postgres/database.js';
import type { StoreData } from '../../src/store/schema.js';
import { makeItem } from '../factories.js';
import { server, skipReason, TestLogs } from './server.js';

const logs = server.url ? new TestLogs(server.url) : null;
const work = logs ? mkdtempSync(path.join(tmpdir(), 'actionlog-pg-roundtrip-')) : '';
afterAll(async () => {
  await logs?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});
let files = 0;

/** `data` written as the file store writes it; the path. */
async function writeFile(data: StoreData): Promise<string> {
  const file = path.join(work, `log-${++files}.json`);
  await new StoreFile(file).write(data);
  return file;
}

/** The file's log copied into a new PostgreSQL log, then out again to a new file; that file's path. */
async function throughPostgres(file: string): Promise<{ copy: string; db: LogDatabase }> {
  const data = (await new StoreFile(file).read())!;
  const db = await logs!.fresh();
  await db.change((log) => log.replaceWholeLog(data));
  return { copy: await writeFile(await db.read((log) => log.wholeLog())), db };
}

const HOSTILE = [
  'it\'s "quoted" `back` \\ slashed',
  "'; DROP TABLE items; --",
  "Robert'); DELETE FROM journal WHERE ('1'='1",
  'x'.repeat(100_000),
  'NUL \0 in the middle, and at the end \0',
  '\0',
  'the escape ␀ itself, ␀0 and ␀␀ and ␀ud800',
  'a lone surrogate \uD83D here, and \uDE00 there',
  'emoji 👩‍⚕️ and combining é, right-to-left \u202Eevil',
  'control \u0001\u001b[31m red \u007f and\r\nnew lines\ttabs',
  '$1 $2 ::text ::json {"a":1} \\u0000',
];

function hostileLog(): StoreData {
  const at = '2025-06-20T09:00:00.000Z';
  const items: Item[] = HOSTILE.map((text, i) => {
    const base = makeItem({
      id: `A${i + 1}`,
      committee: 'jhsc',
      text,
      owner: text,
      source: { meeting: '2025-06-16', minute: text, ref: text },
      lastNote: text,
    });
    return {
      ...base,
      // Several owners (or, as the file allows, none beside a lead), and a move from a committee of that name.
      owners: i % 3 === 0 ? [] : [text, `and ${text}`, text],
      movedFrom: i % 2 === 0 ? null : text,
      due: i % 4 === 0 ? { kind: 'next', after: '2025-06-16' } : base.due,
      history: [
        ...base.history,
        { at: text, by: text, change: text, from: text, to: { note: text, list: [text, null, 1.5] }, note: text },
      ],
      deferrals: [
        { at: text, from: { kind: 'future' }, to: { kind: 'date', date: '2025-12-01' }, reason: text },
        {
          at: text,
          from: { kind: 'date', date: '2025-12-01' },
          to: { kind: 'next', after: '2025-11-27' },
          reason: null,
        },
      ],
    };
  });
  return {
    schema: 3,
    nextItemNumber: HOSTILE.length + 1,
    committees: [
      { slug: 'jhsc', name: HOSTILE.join(' | ').slice(0, 5000), council: HOSTILE.join(' ') },
      { slug: "o'neil \0 ␀", name: '\uD800' },
    ],
    meetings: [{ committee: "o'neil \0 ␀", date: '2025-06-16', cancelled: false, movedTo: null }],
    items,
    owners: HOSTILE.map((text, i) => ({ name: `${text} ${i}`, email: text, contact: i % 2 ? null : text })),
    journal: HOSTILE.map((text, i) => ({
      seq: i + 1,
      at,
      by: text,
      command: text,
      summary: text,
      undone: false,
      undo: {
        addedItems: [`A${i + 1}`],
        replacedItems: [items[i]],
        committees: [{ slug: text, name: text }],
        meetings: null,
      },
    })),
  };
}

describe.skipIf(!logs)(`a log copied into PostgreSQL and back${skipReason ? ` (${skipReason})` : ''}`, () => {
  it('is the same file: the bundled sample', async () => {
    const { copy } = await throughPostgres('data/actionlog.json');
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync('data/actionlog.json', 'utf8'));
  });

  it('is the same file: a generated log of 10,000 items', { timeout: 120_000 }, async () => {
    const original = await writeFile(generateStore({ items: 10_000, seed: 7 }));
    const { copy, db } = await throughPostgres(original);
    expect(readFileSync(copy, 'utf8') === readFileSync(original, 'utf8')).toBe(true);
    expect(await db.read((log) => log.contents())).toMatchObject({
      items: 10_000,
      committees: 20,
      nextItemNumber: 10_001,
    });
  });

  it(
    "is the same file: a generated log of 10,000 items with issue 12's shared items, moves and 'next' dues",
    { timeout: 120_000 },
    async () => {
      const data = generateStore({ items: 10_000, seed: 11 });
      const slugs = data.committees.map((c) => c.slug);
      data.items.forEach((item, i) => {
        if (i % 7 === 0 && item.owner) item.owners = [item.owner, 'Healthwatch', 'the ICB'];
        if (i % 11 === 0) item.movedFrom = slugs.find((slug) => slug !== item.committee)!;
        if (i % 13 === 0 && item.status === 'open') item.due = { kind: 'next', after: item.source.meeting };
      });
      // Undo records holding shared items too: the latest change replaced one.
      data.journal.at(-1)!.undo!.replacedItems = [data.items[7]];
      const original = await writeFile(data);
      const { copy } = await throughPostgres(original);
      expect(readFileSync(copy, 'utf8') === readFileSync(original, 'utf8')).toBe(true);
    },
  );

  it('is the same file: quotes, SQL, 100,000 characters, NUL, unpaired surrogates, control characters', async () => {
    const original = await writeFile(hostileLog());
    const { copy, db } = await throughPostgres(original);
    expect(readFileSync(copy, 'utf8') === readFileSync(original, 'utf8')).toBe(true);
    // Plain text (even SQL) is stored as it is, read by psql as typed; only what text cannot hold is escaped.
    const raw = await logs!.raw(db.location);
    const stored = await raw.query<{ id: string; text: string }>(
      "SELECT id, text FROM items WHERE id IN ('A2', 'A5') ORDER BY id",
    );
    expect(stored.rows).toEqual([
      { id: 'A2', text: "'; DROP TABLE items; --" },
      { id: 'A5', text: 'NUL ␀0 in the middle, and at the end ␀0' },
    ]);
    const owners = await raw.query<{ name: string }>(
      "SELECT name FROM item_owners WHERE item_id = 'A5' ORDER BY ordinal",
    );
    expect(owners.rows.map((r) => r.name)).toEqual([
      'NUL ␀0 in the middle, and at the end ␀0',
      'and NUL ␀0 in the middle, and at the end ␀0',
      'NUL ␀0 in the middle, and at the end ␀0',
    ]);
    expect((await raw.query('SELECT count(*)::int AS n FROM journal')).rows[0].n).toBe(HOSTILE.length);
  });

  it('is the same data when the file has its fields in another order, written back in the store order', async () => {
    const data = (await new StoreFile('data/actionlog.json').read())!;
    const reordered = {
      ...data,
      items: data.items.map((item) => Object.fromEntries(Object.entries(item).reverse()) as unknown as Item),
    };
    const { copy } = await throughPostgres(await writeFile(reordered));
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync('data/actionlog.json', 'utf8'));
  });

  it('refuses, changing nothing, what the tables cannot hold: a day that does not exist, an id given twice, a journal out of order', async () => {
    const data = (await new StoreFile('data/actionlog.json').read())!;
    const db = await logs!.fresh();
    const refused = async (bad: StoreData, why: RegExp) => {
      await expect(db.change((log) => log.replaceWholeLog(bad))).rejects.toThrow(why);
      expect(await db.read((log) => log.contents())).toEqual({
        committees: 0,
        meetings: 0,
        items: 0,
        journal: 0,
        owners: 0,
        nextItemNumber: 1,
      });
    };
    const [first, second] = data.items;
    await refused(
      { ...data, items: [{ ...first, due: { kind: 'meeting', meeting: '2025-02-30' } }] },
      /^the database refused the change: date\/time field value out of range: "2025-02-30"; nothing was changed$/,
    );
    await refused(
      { ...data, items: [first, { ...second, id: first.id }] },
      /duplicate key value violates unique constraint "items_pkey" \(Key \(id\)=\(A1\) already exists\.\)/,
    );
    await refused(
      { ...data, items: [{ ...first, committee: 'nobody' }] },
      /violates foreign key constraint "items_committee_fkey"/,
    );
    await refused(
      { ...data, journal: [data.journal[1], data.journal[0]] },
      /^the log's journal is out of order at entry 2 \(#1 after #2\); nothing was copied$/,
    );
  });

  it('replaces what was there before', async () => {
    const db = await logs!.fresh();
    const sample = (await new StoreFile('data/actionlog.json').read())!;
    await db.change((log) => log.replaceWholeLog(hostileLog()));
    await db.change((log) => log.replaceWholeLog(sample));
    expect(await db.read((log) => log.wholeLog())).toEqual(sample);
  });
});
