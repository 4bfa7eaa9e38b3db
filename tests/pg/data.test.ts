// The PostgreSQL store's queries, each against a real server: committees and calendars, the
// items a command asks for with their history, ids, changes and the journal, undo's putting back.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { deferItem, markDone, signOffItem, updateItem } from '../../src/domain/lifecycle.js';
import type { Item } from '../../src/domain/types.js';
import type { LogDatabase } from '../../src/store/postgres/database.js';
import type { LogWriter } from '../../src/store/postgres/writer.js';
import type { JournalEntry } from '../../src/store/schema.js';
import { makeItem } from '../factories.js';
import { server, skipReason, TestLogs } from './server.js';

const logs = server.url ? new TestLogs(server.url) : null;
afterAll(() => logs?.dispose());

const later = { at: '2025-07-01T10:00:00.000Z', by: 'officer' };
const entry = (summary: string, undo: JournalEntry['undo'] = null): Omit<JournalEntry, 'seq'> => ({
  at: '2025-06-20T09:00:00.000Z',
  by: 'clerk',
  command: 'add',
  summary,
  undone: false,
  undo,
});

let db: LogDatabase;

beforeEach(async () => {
  if (!logs) return;
  db = await logs.fresh();
  await db.change(async (log) => {
    await log.addCommittee({ slug: 'jhsc', name: 'Joint Health Scrutiny Committee' });
    await log.addCommittee({ slug: 'hwb', name: 'Health and Wellbeing Board' });
  });
});

describe.skipIf(!logs)(`the PostgreSQL store's queries${skipReason ? ` (${skipReason})` : ''}`, () => {
  it('committees in the order they were added; one by its short name, or null', async () => {
    await db.read(async (log) => {
      expect((await log.committees()).map((c) => c.slug)).toEqual(['jhsc', 'hwb']);
      expect(await log.committee('hwb')).toEqual({ slug: 'hwb', name: 'Health and Wellbeing Board' });
      expect(await log.committee('nope')).toBeNull();
    });
    await expect(db.change((log) => log.addCommittee({ slug: 'jhsc', name: 'again' }))).rejects.toThrow(
      /^the database refused the change: duplicate key value violates unique constraint "committees_pkey" \(Key \(slug\)=\(jhsc\) already exists\.\); nothing was changed$/,
    );
  });

  it("a committee's calendar oldest first; a meeting put again is replaced in its place", async () => {
    await db.change(async (log) => {
      for (const date of ['2025-09-01', '2025-06-16', '2025-11-27'])
        await log.putMeeting({ committee: 'jhsc', date, cancelled: false, movedTo: null });
      await log.putMeeting({ committee: 'hwb', date: '2025-07-01', cancelled: false, movedTo: null });
      await log.putMeeting({ committee: 'jhsc', date: '2025-09-01', cancelled: true, movedTo: '2025-09-08' });
    });
    const [calendar, meetings] = await db.read(async (log) => [await log.calendar('jhsc'), await log.meetings()]);
    expect(calendar.map((m) => [m.date, m.cancelled, m.movedTo])).toEqual([
      ['2025-06-16', false, null],
      ['2025-09-01', true, '2025-09-08'],
      ['2025-11-27', false, null],
    ]);
    expect(meetings.map((m) => `${m.committee} ${m.date}`)).toEqual([
      'jhsc 2025-09-01',
      'jhsc 2025-06-16',
      'jhsc 2025-11-27',
      'hwb 2025-07-01',
    ]);
  });

  it("ids come from the counter, in order, saved with the change's journal entry, never reused", async () => {
    const recorded = async (log: LogWriter, ids: string[]) => {
      await log.appendJournal(
        { at: later.at, by: later.by, command: 'add', summary: 's', undone: false, undo: null },
        100,
      );
      return ids;
    };
    expect(await db.change(async (log) => recorded(log, [await log.takeItemId(), await log.takeItemId()]))).toEqual([
      'A1',
      'A2',
    ]);
    expect(await db.read((log) => log.nextItemNumber())).toBe(3);
    await expect(
      db.change(async (log) => {
        await log.takeItemId();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.change(async (log) => recorded(log, [await log.takeItemId()]))).toEqual(['A3']);
    // A change that records nothing kept no id (as on a file, where it writes nothing): the next is A4 again.
    expect(await db.change(async (log) => [await log.takeItemId(), await log.nextItemNumber()])).toEqual(['A4', 5]);
    expect(await db.change(async (log) => recorded(log, [await log.takeItemId()]))).toEqual(['A4']);
    expect(await db.read((log) => log.nextItemNumber())).toBe(5);
  });

  it('items come back as they went in, with their history and deferrals, in the order added', async () => {
    const deferred = deferItem(
      makeItem({ id: 'A2', committee: 'hwb' }),
      { kind: 'date', date: '2025-12-31' },
      'awaiting the report',
      later,
    );
    const items = [
      makeItem({ id: 'A1', owner: null, source: { meeting: '2025-06-16', minute: null, ref: null } }),
      deferred,
      makeItem({ id: 'A3', due: { kind: 'future' } }),
    ];
    await db.change((log) => log.addItems(items));
    expect(await db.read((log) => log.items())).toEqual(items);
    expect(JSON.stringify(await db.read((log) => log.item('A2')))).toBe(JSON.stringify(deferred));
    expect(await db.read((log) => log.item('A9'))).toBeNull();
  });

  it("asks for one committee's items by status, or the closed ones not yet signed off, or by id", async () => {
    const open = makeItem({ id: 'A1' });
    const inProgress = updateItem(makeItem({ id: 'A2' }), { status: 'in-progress' }, null, later);
    const done = markDone(makeItem({ id: 'A3' }), 'reported in July', later);
    const signedOff = signOffItem(markDone(makeItem({ id: 'A4' }), null, later), '2025-07-14', later);
    const dropped = updateItem(makeItem({ id: 'A5' }), { status: 'dropped' }, 'overtaken by events', later);
    const elsewhere = makeItem({ id: 'A6', committee: 'hwb' });
    await db.change((log) => log.addItems([open, inProgress, done, signedOff, dropped, elsewhere]));
    const ids = (items: Item[]) => items.map((i) => i.id);
    await db.read(async (log) => {
      expect(ids(await log.items({ committee: 'jhsc', statuses: ['open', 'in-progress'] }))).toEqual(['A1', 'A2']);
      expect(
        ids(await log.items({ committee: 'jhsc', statuses: ['open', 'in-progress'], awaitingSignOff: true })),
      ).toEqual(['A1', 'A2', 'A3', 'A5']);
      expect(ids(await log.items({ committee: 'jhsc', awaitingSignOff: true }))).toEqual(['A3', 'A5']);
      expect(ids(await log.items({ statuses: ['open'] }))).toEqual(['A1', 'A6']);
      expect(ids(await log.items({ committee: 'jhsc' }))).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
      expect(ids(await log.items({ ids: ['A6', 'A4', 'A99'] }))).toEqual(['A4', 'A6']);
      expect(ids(await log.items({ ids: [] }))).toEqual([]);
      expect(ids(await log.items({ committee: 'nobody' }))).toEqual([]);
      const [withHistory] = await log.items({ ids: ['A4'] });
      expect(withHistory).toEqual(signedOff);
    });
  });

  it('replacing an item keeps its place and appends its new history; rows already there are not rewritten', async () => {
    const first = makeItem({ id: 'A1' });
    await db.change((log) => log.addItems([first, makeItem({ id: 'A2' })]));
    const raw = await logs!.raw(db.location);
    const before = await raw.query(
      "SELECT ordinal, xmin::text FROM item_history WHERE item_id = 'A1' ORDER BY ordinal",
    );
    const changed = deferItem(
      updateItem(first, { owner: 'the ICB', text: 'Report back on waits' }, 'asked at the meeting', later),
      { kind: 'future' },
      null,
      later,
    );
    expect(await db.change((log) => log.replaceItem(changed))).toBe(true);
    const after = await raw.query("SELECT ordinal, xmin::text FROM item_history WHERE item_id = 'A1' ORDER BY ordinal");
    expect(after.rows).toHaveLength(changed.history.length);
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect(await db.read((log) => log.items())).toEqual([changed, makeItem({ id: 'A2' })]);
    expect(await db.change((log) => log.replaceItem(makeItem({ id: 'A7' })))).toBe(false);
  });

  it('puts back what a change changed: added items removed, replaced ones restored with their shorter history, lists restored', async () => {
    const first = makeItem({ id: 'A1' });
    await db.change(async (log) => {
      await log.addItems([first]);
      await log.putMeeting({ committee: 'jhsc', date: '2025-09-01', cancelled: false, movedTo: null });
    });
    const before = await db.read((log) => log.wholeLog());
    await db.change(async (log) => {
      await log.replaceItem(deferItem(first, { kind: 'future' }, 'no report yet', later));
      await log.addItems([makeItem({ id: 'A2' })]);
      await log.addCommittee({ slug: 'cabinet', name: 'Cabinet' });
      await log.putMeeting({ committee: 'jhsc', date: '2025-09-01', cancelled: true, movedTo: null });
      await log.putMeeting({ committee: 'cabinet', date: '2025-10-01', cancelled: false, movedTo: null });
    });
    await db.change((log) =>
      log.putBack({
        addedItems: ['A2'],
        replacedItems: [first],
        committees: before.committees,
        meetings: before.meetings,
      }),
    );
    expect(await db.read((log) => log.wholeLog())).toEqual(before);
  });

  it('the journal: numbered in order, the latest kept, the latest undoable found and marked undone', async () => {
    const undo = { addedItems: ['A1'], replacedItems: [], committees: null, meetings: null };
    await db.change(async (log) => {
      await log.appendJournal(entry('added A1', undo), 3);
      await log.appendJournal(entry('added A2', { ...undo, addedItems: ['A2'] }), 3);
      await log.appendJournal(entry('undid add: added A2'), 3);
    });
    expect((await db.read((log) => log.journal())).map((e) => [e.seq, e.summary])).toEqual([
      [1, 'added A1'],
      [2, 'added A2'],
      [3, 'undid add: added A2'],
    ]);
    expect((await db.read((log) => log.latestUndoable()))?.summary).toBe('added A2');
    await db.change((log) => log.markUndone(2));
    const latest = await db.read((log) => log.latestUndoable());
    expect(latest).toEqual({ seq: 1, ...entry('added A1', undo) });
    await db.change(async (log) => {
      await log.appendJournal(entry('four'), 3);
      await log.appendJournal(entry('five'), 3);
    });
    const journal = await db.read((log) => log.journal());
    expect(journal.map((e) => [e.seq, e.summary, e.undone, e.undo])).toEqual([
      [3, 'undid add: added A2', false, null],
      [4, 'four', false, null],
      [5, 'five', false, null],
    ]);
    expect(await db.read((log) => log.latestUndoable())).toBeNull();
  });

  it('a change that throws saves nothing; a read sees one snapshot while a change commits', async () => {
    await expect(
      db.change(async (log) => {
        await log.addItems([makeItem({ id: 'A1' })]);
        await log.appendJournal(entry('added A1'), 100);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.read((log) => log.contents())).toEqual({
      committees: 2,
      meetings: 0,
      items: 0,
      journal: 0,
      owners: 0,
      nextItemNumber: 1,
    });

    const other = await logs!.connect(db.location);
    const seen = await db.read(async (log) => {
      const first = await log.items();
      await other.change((log2) => log2.addItems([makeItem({ id: 'A1' })]));
      return [first.length, (await log.items()).length];
    });
    expect(seen).toEqual([0, 0]);
    expect(await db.read(async (log) => (await log.items()).length)).toBe(1);
  });

  it('a read runs in a read-only transaction: nothing it does can change the log', async () => {
    const sneak = (log: unknown) =>
      (log as { db: { query(sql: string): Promise<unknown> } }).db.query(
        "INSERT INTO committees (slug, name, ordinal) VALUES ('x', 'x', 9)",
      );
    await expect(db.read(sneak)).rejects.toThrow(/cannot execute INSERT in a read-only transaction/);
    expect((await db.read((log) => log.committees())).map((c) => c.slug)).toEqual(['jhsc', 'hwb']);
  });
});
