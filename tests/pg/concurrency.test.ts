// Changes from many clients at once, as a team on many machines makes them: nothing lost,
// ids unique and in the order the changes committed, the journal in that order too; a client
// killed mid-change leaves nothing behind and holds nobody up; a wait too long says so.
import { spawn } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { updateItem } from '../../src/domain/lifecycle.js';
import type { LogDatabase } from '../../src/store/postgres/database.js';
import { makeItem } from '../factories.js';
import { server, skipReason, TestLogs } from './server.js';

const logs = server.url ? new TestLogs(server.url) : null;
afterAll(() => logs?.dispose());
afterEach(() => {
  delete process.env.ACTIONLOG_LOCK_TIMEOUT_MS;
});

const stamp = { at: '2025-06-20T09:00:00.000Z', undone: false, undo: null };

/** One change as `add` makes it: a new id, the item, a journal entry. */
const addOne = (db: LogDatabase, by: string) =>
  db.change(async (log) => {
    const id = await log.takeItemId();
    await log.addItems([makeItem({ id, text: `from ${by}` })]);
    await log.appendJournal({ ...stamp, by, command: 'add', summary: `added ${id}` }, 10_000);
    return id;
  });

describe.skipIf(!logs)(`changes from many clients at once${skipReason ? ` (${skipReason})` : ''}`, () => {
  it(
    '12 clients × 25 changes: none lost, ids unique and in commit order, the journal in the same order',
    { timeout: 120_000 },
    async () => {
      const first = await logs!.fresh();
      await first.change((log) => log.addCommittee({ slug: 'jhsc', name: 'JHSC' }));
      const clients = [first, ...(await Promise.all(Array.from({ length: 11 }, () => logs!.connect(first.location))))];
      const ids = (
        await Promise.all(
          clients.map(async (db, c) => {
            const mine: string[] = [];
            for (let n = 0; n < 25; n++) mine.push(await addOne(db, `client ${c}`));
            return mine;
          }),
        )
      ).flat();

      const numbers = ids.map((id) => Number(id.slice(1)));
      expect(new Set(numbers).size).toBe(300);
      expect(Math.max(...numbers)).toBe(300);
      const [items, journal, next] = await first.read(
        async (log) => [await log.items(), await log.journal(), await log.nextItemNumber()] as const,
      );
      // Items in the order they were added, journal entries in the order they were made: both 1, 2, 3 …
      expect(items.map((i) => i.id)).toEqual(numbers.sort((a, b) => a - b).map((n) => `A${n}`));
      expect(journal.map((e) => e.seq)).toEqual(items.map((_, i) => i + 1));
      expect(journal.map((e) => e.summary)).toEqual(items.map((i) => `added ${i.id}`));
      expect(next).toBe(301);
      for (let c = 0; c < 12; c++) expect(items.filter((i) => i.text === `from client ${c}`)).toHaveLength(25);
    },
  );

  it(
    '12 clients × 25 notes on the same item, each read, changed and written back: every note kept',
    { timeout: 120_000 },
    async () => {
      const first = await logs!.fresh();
      await first.change(async (log) => {
        await log.addCommittee({ slug: 'jhsc', name: 'JHSC' });
        await log.addItems([makeItem({ id: await log.takeItemId() })]);
      });
      const clients = [first, ...(await Promise.all(Array.from({ length: 11 }, () => logs!.connect(first.location))))];
      await Promise.all(
        clients.map(async (db, c) => {
          for (let n = 0; n < 25; n++) {
            await db.change(async (log) => {
              const item = (await log.item('A1'))!;
              await log.replaceItem(
                updateItem(item, {}, `note ${n} from client ${c}`, { at: stamp.at, by: `client ${c}` }),
              );
              await log.appendJournal(
                { ...stamp, by: `client ${c}`, command: 'update', summary: `noted on A1` },
                10_000,
              );
            });
          }
        }),
      );
      const [item, journal] = await first.read(async (log) => [(await log.item('A1'))!, await log.journal()] as const);
      expect(item.history).toHaveLength(301);
      expect(new Set(item.history.slice(1).map((h) => h.note)).size).toBe(300);
      expect(journal.map((e) => e.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    },
  );

  it(
    'a client killed mid-change leaves nothing half-done, and the next change goes ahead at once',
    { timeout: 60_000 },
    async () => {
      const db = await logs!.fresh();
      await db.change((log) => log.addCommittee({ slug: 'jhsc', name: 'JHSC' }));
      const url = new URL(server.url!);
      url.searchParams.set('schema', db.location.schema);
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/pg/programs/holdChange.ts', url.toString()], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve());
        child.on('exit', (code) => reject(new Error(`the holding client exited (${code}) before holding`)));
      });
      // It holds the lock: a change waits for it, and gives up after the time allowed.
      process.env.ACTIONLOG_LOCK_TIMEOUT_MS = '500';
      await expect(addOne(db, 'impatient')).rejects.toThrow(
        / is locked by another actionlog \(waited 1 s\); try again$/,
      );
      delete process.env.ACTIONLOG_LOCK_TIMEOUT_MS;

      child.kill('SIGKILL');
      await exited;
      const started = Date.now();
      expect(await addOne(db, 'survivor')).toBe('A1');
      expect(Date.now() - started).toBeLessThan(5000);
      const [items, journal] = await db.read(async (log) => [await log.items(), await log.journal()] as const);
      expect(items.map((i) => i.text)).toEqual(['from survivor']);
      expect(journal.map((e) => e.by)).toEqual(['survivor']);
    },
  );

  it('a connection lost mid-change (the server restarted) is one line; nothing is saved, and a lost commit is said to be uncertain', async () => {
    const db = await logs!.fresh();
    await db.change((log) => log.addCommittee({ slug: 'jhsc', name: 'JHSC' }));
    const raw = await logs!.raw(db.location);
    const pidOf = async (log: unknown) =>
      (
        await (log as { db: { query(sql: string): Promise<{ rows: { pid: number }[] }> } }).db.query(
          'SELECT pg_backend_pid() AS pid',
        )
      ).rows[0].pid;

    const cut = await logs!.connect(db.location);
    await expect(
      cut.change(async (log) => {
        await log.addItems([makeItem({ id: await log.takeItemId() })]);
        await raw.query('SELECT pg_terminate_backend($1, 5000)', [await pidOf(log)]); // waits for it to end
        await log.appendJournal({ ...stamp, by: 'cut off', command: 'add', summary: 'added A1' }, 100);
      }),
    ).rejects.toThrow(
      // The driver hears first either the server's farewell or the connection closing.
      /^lost the connection to postgresql:\/\/.* \((terminating connection due to administrator command|the server closed the connection)\); nothing was changed$/,
    );

    const atCommit = await logs!.connect(db.location);
    await expect(
      atCommit.change(async (log) => {
        await log.addItems([makeItem({ id: await log.takeItemId() })]);
        await raw.query('SELECT pg_terminate_backend($1, 5000)', [await pidOf(log)]); // waits for it to end
      }),
    ).rejects.toThrow(
      /^lost the connection to .* while saving: the change may or may not have been saved; check with "actionlog history"$/,
    );
    expect(await db.read((log) => log.contents())).toMatchObject({ items: 0, journal: 0, nextItemNumber: 1 });
  });

  it('a read is not held up by a change in progress, and does not see it', async () => {
    const db = await logs!.fresh();
    await db.change((log) => log.addCommittee({ slug: 'jhsc', name: 'JHSC' }));
    const reader = await logs!.connect(db.location);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inside!: () => void;
    const started = new Promise<void>((resolve) => (inside = resolve));
    const change = db.change(async (log) => {
      await log.addItems([makeItem({ id: await log.takeItemId() })]);
      inside();
      await held;
    });
    await started;
    expect(await reader.read((log) => log.items())).toEqual([]);
    release();
    await change;
    expect((await reader.read((log) => log.items())).map((i) => i.id)).toEqual(['A1']);
  });
});
