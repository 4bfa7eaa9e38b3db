// What every backend of the store interface (src/store/index.ts) must do, whatever keeps the
// data: call storeContract with a way to make an empty, initialised store. contract.test.ts
// runs it on the JSON file and on PostgreSQL (skipped, with the reason, without a server).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarIndex } from '../../src/domain/calendar.js';
import { effectiveDueDate } from '../../src/domain/due.js';
import { latestUpdate } from '../../src/domain/latestUpdate.js';
import { closedAt, createItem, markDone, signOffItem, updateItem } from '../../src/domain/lifecycle.js';
import { MOVED } from '../../src/domain/move.js';
import { isOverdueWith, isWaitingForMeeting } from '../../src/domain/rules.js';
import type { Item, Status } from '../../src/domain/types.js';
import type { ActionStore, StoreTransaction } from '../../src/store/index.js';

const actor = { at: '2025-06-20T09:00:00.000Z', by: 'clerk' };
const later = (day: string) => ({ at: `${day}T10:00:00.000Z`, by: 'clerk' });

async function newItem(
  tx: StoreTransaction,
  committee: string,
  text: string,
  status: Status = 'open',
  closedOn = '2025-10-01',
): Promise<Item> {
  let item = createItem(
    {
      id: await tx.newItemId(),
      type: 'action',
      category: 'action',
      committee,
      text,
      owner: null,
      source: { meeting: '2025-06-16', minute: null, ref: null },
      due: { kind: 'meeting', meeting: '2025-09-01' },
    },
    actor,
  );
  if (status === 'in-progress') item = { ...item, status };
  if (status === 'done' || status === 'dropped') item = { ...markDone(item, null, later(closedOn)), status };
  await tx.addItem(item);
  return item;
}

export function storeContract(name: string, skipReason: string, makeStore: () => Promise<ActionStore>): void {
  describe.skipIf(Boolean(skipReason))(
    `the store interface: ${name}${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    () => {
      let store: ActionStore;

      afterEach(() => store.close());

      beforeEach(async () => {
        store = await makeStore();
        await store.transact('set up', actor, async (tx) => {
          await tx.addCommittee({ slug: 'jhsc', name: 'Joint Health Scrutiny' });
          await tx.addCommittee({ slug: 'hwb', name: 'Health and Wellbeing Board' });
          for (const date of ['2025-06-16', '2025-09-01', '2025-11-27'])
            await tx.putMeeting({ committee: 'jhsc', date, cancelled: false, movedTo: null });
          await tx.putMeeting({ committee: 'hwb', date: '2025-07-01', cancelled: false, movedTo: null });
          await newItem(tx, 'jhsc', 'open one'); // A1
          await newItem(tx, 'jhsc', 'in progress', 'in-progress'); // A2
          await newItem(tx, 'jhsc', 'done before the last meeting', 'done', '2025-08-01'); // A3
          await newItem(tx, 'jhsc', 'done since the last meeting', 'done', '2025-10-01'); // A4
          await newItem(tx, 'hwb', 'board item'); // A5
          await newItem(tx, 'hwb', 'board item dropped', 'dropped', '2025-06-20'); // A6
          const signed = signOffItem(await tx.item('A4'), '2025-11-27', actor);
          await tx.addItem({ ...signed, id: await tx.newItemId(), text: 'signed off' }); // A7, closed and signed off
        });
      });

      const ids = (items: Item[]) => items.map((i) => i.id);

      it('view: committees and meetings, and no items unless asked', async () => {
        const view = await store.view();
        expect(view.committees.map((c) => c.slug).sort()).toEqual(['hwb', 'jhsc']);
        expect(view.meetings).toHaveLength(4);
        expect(view.items).toEqual([]);
        expect((await store.view({ committee: 'hwb', ids: [] })).meetings.map((m) => m.date)).toEqual(['2025-07-01']);
      });

      it('view: items by committee, status and id, in id order', async () => {
        expect(ids((await store.view({})).items)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
        expect(ids((await store.view({ committee: 'jhsc', statuses: ['open', 'in-progress'] })).items)).toEqual([
          'A1',
          'A2',
        ]);
        expect(ids((await store.view({ statuses: ['open'] })).items)).toEqual(['A1', 'A5']);
        expect(ids((await store.view({ ids: ['a5', '2', 'nonsense'] })).items)).toEqual(['A2', 'A5']);
        expect(ids((await store.view({ statuses: [] })).items)).toEqual([]);
      });

      it('view: the closed items a carry-forward list and a chair’s report need', async () => {
        expect(ids((await store.view({ committee: 'jhsc', statuses: ['open'], awaitingSignOff: true })).items)).toEqual(
          ['A1', 'A3', 'A4'],
        );
        // jhsc last met on 1 September before 20 October: A4 and A7 closed since (signed off or not), A3 before; hwb met on 1 July: A6 closed before.
        expect(ids((await store.view({ statuses: [], closedSinceLastMeetingBefore: '2025-10-20' })).items)).toEqual([
          'A4',
          'A7',
        ]);
        // Before any hwb meeting, its closed items not signed off count.
        expect(
          ids((await store.view({ committee: 'hwb', statuses: [], closedSinceLastMeetingBefore: '2025-06-30' })).items),
        ).toEqual(['A6']);
      });

      it("view: the reports' reads give each item the latest update and closing its whole history gives, after every change and undo", async () => {
        const answers = async () => {
          const whole = (await store.view({})).items;
          const reported = (await store.view({ fullHistory: false })).items;
          expect(ids(reported)).toEqual(ids(whole));
          reported.forEach((item, n) => {
            expect({ ...item, history: [] }).toEqual({ ...whole[n], history: [] });
            expect(latestUpdate(item.history)).toEqual(latestUpdate(whole[n].history));
            expect(closedAt(item)).toBe(closedAt(whole[n]));
          });
          return reported.map((item) => [latestUpdate(item.history)?.note ?? null, closedAt(item)]);
        };
        const before = await answers();
        await store.transact('update', later('2025-10-05'), async (tx) => {
          const item = await tx.item('A1');
          await tx.replaceItem(updateItem(item, { owners: ['UHL', 'the ICB'] }, 'Letter sent', later('2025-10-05')));
          await tx.replaceItem(markDone(await tx.item('A2'), 'Circulated', later('2025-10-06')));
          const moved = updateItem(await tx.item('A5'), {}, 'asked again', later('2025-10-07'));
          await tx.replaceItem({
            ...moved,
            history: [...moved.history, { ...moved.history.at(-1)!, change: MOVED, note: 'handed on' }],
          });
        });
        const after = await answers();
        expect(after[0][0]).toBe('Letter sent');
        expect(after[1]).toEqual(['Circulated', '2025-10-06T10:00:00.000Z']);
        expect(after[4][0]).toBe('asked again');
        await store.undo(later('2025-10-08'));
        expect(await answers()).toEqual(before);
      });

      it('view: the items that may be overdue or waiting on a day, among those asked for', async () => {
        await store.transact('set up', actor, async (tx) => {
          await tx.putMeeting({ committee: 'jhsc', date: '2025-11-27', cancelled: true, movedTo: null });
          await tx.putMeeting({ committee: 'hwb', date: '2025-12-04', cancelled: false, movedTo: null });
          for (const [due, text] of [
            [{ kind: 'date', date: '2025-10-01' }, 'deadline passed'],
            [{ kind: 'date', date: '2025-12-01' }, 'deadline to come'],
            [{ kind: 'future' }, 'some day'],
            [{ kind: 'meeting', meeting: '2025-11-27' }, 'due at a cancelled meeting with none after: waiting'],
            [{ kind: 'next', after: '2025-11-27' }, 'the next meeting, none yet: waiting'],
          ] as const) {
            const item = await newItem(tx, 'jhsc', text);
            await tx.replaceItem({ ...item, due });
          }
          const board = await newItem(tx, 'hwb', 'due at the next board');
          await tx.replaceItem({ ...board, due: { kind: 'next', after: '2025-11-01' } });
        });
        const today = '2025-11-01';
        const asked = { statuses: ['open', 'in-progress'] as Status[] };
        const all = (await store.view(asked)).items;
        const { items: candidates, meetings } = await store.view({
          ...asked,
          mayBeOverdueOn: today,
          fullHistory: false,
        });
        const calendars = calendarIndex(meetings);
        const decided = all.filter((item) => {
          const due = effectiveDueDate(item.due, calendars.get(item.committee) ?? []);
          return isOverdueWith(item, due, today) || isWaitingForMeeting(item, due);
        });
        // Every item the rules call overdue or waiting is there (A1, A2, A5 due on 1 September, A8's
        // deadline, the two waiting), and only items asked for.
        expect(ids(decided)).toEqual(['A1', 'A2', 'A5', 'A8', 'A11', 'A12']);
        expect(ids(candidates)).toEqual(expect.arrayContaining(ids(decided)));
        expect(ids(candidates).every((id) => ids(all).includes(id))).toBe(true);
        // Not the deadline to come, the future item, nor the one due at the board's next meeting.
        expect(ids(candidates)).not.toContain('A9');
        expect(ids(candidates)).not.toContain('A10');
        expect(ids(candidates)).not.toContain('A13');
        expect(ids((await store.view({ committee: 'hwb', ...asked, mayBeOverdueOn: today })).items)).toEqual(['A5']);
      });

      it('item: one item with its history and its calendar; an unknown id is a usage error', async () => {
        const { item, calendar } = await store.item('a3');
        expect(item.id).toBe('A3');
        expect(item.history.length).toBeGreaterThan(1);
        expect(calendar.map((m) => m.date)).toEqual(['2025-06-16', '2025-09-01', '2025-11-27']);
        await expect(store.item('A99')).rejects.toMatchObject({
          exitCode: 2,
          message: expect.stringContaining('no item "A99"'),
        });
      });

      it("owners' details and a committee's council: set in one change, seen by view, put back by undo", async () => {
        await store.transact('owner set', actor, async (tx) => {
          await tx.putOwner({ name: 'LLR ICB', email: 'icb@example.org', contact: null }, null);
          await tx.putOwner({ name: 'UHL', email: null, contact: 'Chief Executive' }, null);
        });
        await store.transact('owner set', actor, async (tx) => {
          expect((await tx.owners()).map((o) => o.name)).toEqual(['LLR ICB', 'UHL']);
          await tx.putOwner({ name: 'LLR ICB', email: 'chase@icb.example.org', contact: 'Dr Jane Smith' }, 0);
          await tx.replaceCommittee({ slug: 'jhsc', name: 'Joint Health Scrutiny', council: 'Leicester City Council' });
        });
        const view = await store.view();
        expect(view.owners).toEqual([
          { name: 'LLR ICB', email: 'chase@icb.example.org', contact: 'Dr Jane Smith' },
          { name: 'UHL', email: null, contact: 'Chief Executive' },
        ]);
        expect(view.committees.find((c) => c.slug === 'jhsc')).toEqual({
          slug: 'jhsc',
          name: 'Joint Health Scrutiny',
          council: 'Leicester City Council',
        });
        await store.undo(actor);
        const before = await store.view();
        expect(before.owners[0]).toEqual({ name: 'LLR ICB', email: 'icb@example.org', contact: null });
        expect(before.committees.find((c) => c.slug === 'jhsc')).toEqual({
          slug: 'jhsc',
          name: 'Joint Health Scrutiny',
        });
        await expect(
          store.transact('x', actor, (tx) => tx.replaceCommittee({ slug: 'nope', name: 'N' })),
        ).rejects.toMatchObject({ exitCode: 2 });
      });

      it('a change sees its own writes, and is recorded once with its summary', async () => {
        const seen = await store.transact('add', actor, async (tx) => {
          const item = await newItem(tx, 'hwb', 'fresh');
          await tx.putMeeting({ committee: 'hwb', date: '2025-12-01', cancelled: false, movedTo: null });
          tx.summary = `added ${item.id}`;
          return {
            item: (await tx.item(item.id)).text,
            calendar: (await tx.calendar('hwb')).map((m) => m.date),
            listed: ids(await tx.items({ committee: 'hwb', statuses: ['open'] })),
          };
        });
        expect(seen).toEqual({ item: 'fresh', calendar: ['2025-07-01', '2025-12-01'], listed: ['A5', 'A8'] });
        const journal = await store.journal();
        expect(journal.at(-1)).toMatchObject({ command: 'add', summary: 'added A8', by: 'clerk', undone: false });
        expect(journal).toHaveLength(2);
      });

      it('a change that throws changes nothing; one that changes nothing records nothing', async () => {
        const before = await store.read();
        await expect(
          store.transact('add', actor, async (tx) => {
            await newItem(tx, 'jhsc', 'half done');
            await tx.replaceItem({ ...(await tx.item('A1')), text: 'changed' });
            throw new Error('changed my mind');
          }),
        ).rejects.toThrow('changed my mind');
        await store.transact('look', actor, async (tx) => (await tx.items({})).length);
        expect(await store.read()).toEqual(before);
      });

      it('an item given back as it was read is no change: nothing recorded', async () => {
        await store.transact('update', actor, async (tx) => {
          const item = await tx.item('A1');
          await tx.replaceItem(item);
          const [again] = await tx.items({ ids: ['A1'] });
          await tx.replaceItem(again);
        });
        expect(await store.journal()).toHaveLength(1);
      });

      it('undo puts back an item changed twice in one change as it was before, and committees and calendars', async () => {
        const before = await store.read();
        await store.transact('edit', actor, async (tx) => {
          const first = { ...(await tx.item('A2')), text: 'once' };
          await tx.replaceItem(first);
          await tx.replaceItem({ ...(await tx.item('A2')), text: 'twice' });
          await tx.addCommittee({ slug: 'cab', name: 'Cabinet' });
          await tx.putMeeting({ committee: 'jhsc', date: '2025-09-01', cancelled: true, movedTo: '2025-09-08' });
          await tx.putMeeting({ committee: 'cab', date: '2025-10-01', cancelled: false, movedTo: null });
        });
        expect((await store.item('A2')).item.text).toBe('twice');
        await store.undo(later('2025-10-02'));
        const after = await store.read();
        expect({ ...after, journal: [] }).toEqual({ ...before, journal: [] });
        expect(after.journal.map((e) => [e.command, e.undone])).toEqual([
          ['set up', false],
          ['edit', true],
          ['undo', false],
        ]);
      });

      it('a store closed is opened again by the next call', async () => {
        await store.close();
        expect((await store.view()).committees).toHaveLength(2);
      });

      it('undo reverses the latest change not yet undone; ids are never reused', async () => {
        await store.transact('edit', actor, async (tx) => {
          await tx.replaceItem({ ...(await tx.item('A1')), text: 'edited' });
          await newItem(tx, 'jhsc', 'added');
          tx.summary = 'edited A1, added A8';
        });
        expect((await store.undo(later('2025-10-02')))?.summary).toBe('edited A1, added A8');
        expect((await store.item('A1')).item.text).toBe('open one');
        expect(ids((await store.view({})).items)).not.toContain('A8');
        const next = await store.transact('add', actor, async (tx) => (await newItem(tx, 'jhsc', 'next')).id);
        expect(next).toBe('A9');
        expect((await store.undo(actor))?.summary).toBe('add');
        expect((await store.undo(actor))?.summary).toBe('set up');
        expect(await store.undo(actor)).toBeNull();
      });

      it('committee and item look-ups in a change refuse what is not there', async () => {
        await expect(store.transact('x', actor, async (tx) => tx.committee('nope'))).rejects.toMatchObject({
          exitCode: 2,
          message: expect.stringContaining('known committees: '),
        });
        await expect(store.transact('x', actor, async (tx) => tx.item('A99'))).rejects.toMatchObject({ exitCode: 2 });
      });

      it('a committee renamed, a meeting removed, each undone as one change (issue 12)', async () => {
        await store.transact('committee rename', actor, async (tx) =>
          tx.replaceCommittee({ slug: 'hwb', name: 'Rutland Health and Wellbeing Board' }),
        );
        expect((await store.view()).committees.find((c) => c.slug === 'hwb')?.name).toBe(
          'Rutland Health and Wellbeing Board',
        );
        await store.transact('meeting remove', actor, async (tx) => {
          await tx.removeMeeting('jhsc', '2025-11-27');
          expect((await tx.calendar('jhsc')).map((m) => m.date)).toEqual(['2025-06-16', '2025-09-01']);
        });
        expect((await store.view({ committee: 'jhsc', ids: [] })).meetings.map((m) => m.date)).toEqual([
          '2025-06-16',
          '2025-09-01',
        ]);
        await store.undo(actor);
        expect((await store.view({ committee: 'jhsc', ids: [] })).meetings.map((m) => m.date)).toEqual([
          '2025-06-16',
          '2025-09-01',
          '2025-11-27',
        ]);
        await store.undo(actor);
        expect((await store.view()).committees.find((c) => c.slug === 'hwb')?.name).toBe('Health and Wellbeing Board');
      });

      it('items that refer to a meeting: decided, due or signed off there, a moved item by its origin (issue 12)', async () => {
        // A1–A4 and A7 were decided at jhsc's 16 June meeting and are due on 1 September; A7 was signed off on 27 November.
        expect(ids((await store.view({ refersTo: { committee: 'jhsc', date: '2025-11-27' } })).items)).toEqual(['A7']);
        expect(ids((await store.view({ refersTo: { committee: 'jhsc', date: '2025-09-01' } })).items)).toEqual([
          'A1',
          'A2',
          'A3',
          'A4',
          'A7',
        ]);
        expect(ids((await store.view({ refersTo: { committee: 'hwb', date: '2025-07-01' } })).items)).toEqual([]);
        await store.transact('move', actor, async (tx) =>
          tx.replaceItem({
            ...(await tx.item('A1')),
            committee: 'hwb',
            movedFrom: 'jhsc',
            owners: ['UHL', 'the ICB'],
            owner: 'UHL',
          }),
        );
        const decided = await store.transact('look', actor, async (tx) =>
          ids(await tx.items({ refersTo: { committee: 'jhsc', date: '2025-06-16' }, statuses: ['open'] })),
        );
        expect(decided).toEqual(['A1']);
        const { item } = await store.item('A1');
        expect(item).toMatchObject({ committee: 'hwb', movedFrom: 'jhsc', owners: ['UHL', 'the ICB'], owner: 'UHL' });
      });

      it("an item's owners, its move and a 'next' due kept as given, a shorter list of owners too, and undo puts them back (issue 12)", async () => {
        const shared = {
          owner: 'UHL',
          owners: ['UHL', 'the ICB', 'Healthwatch'],
          movedFrom: 'hwb',
          due: { kind: 'next', after: '2025-11-27' },
        } as const;
        await store.transact('update', actor, async (tx) =>
          tx.replaceItem({ ...(await tx.item('A1')), ...shared, owners: [...shared.owners] }),
        );
        expect((await store.item('A1')).item).toMatchObject({ ...shared, owners: ['UHL', 'the ICB', 'Healthwatch'] });
        await store.transact('update', actor, async (tx) =>
          tx.replaceItem({ ...(await tx.item('A1')), owner: 'Healthwatch', owners: ['Healthwatch'] }),
        );
        expect((await store.item('A1')).item).toMatchObject({ owner: 'Healthwatch', owners: ['Healthwatch'] });
        await store.undo(actor);
        expect((await store.item('A1')).item).toMatchObject({ ...shared, owners: ['UHL', 'the ICB', 'Healthwatch'] });
        await store.undo(actor);
        expect((await store.item('A1')).item).toMatchObject({
          owner: null,
          owners: [],
          movedFrom: null,
          due: { kind: 'meeting', meeting: '2025-09-01' },
        });
      });

      it('changes at once never lose one another', async () => {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            store.transact('add', actor, async (tx) => newItem(tx, 'jhsc', `at once ${i}`)),
          ),
        );
        const all = ids((await store.view({})).items);
        expect(all).toHaveLength(17);
        expect(new Set(all).size).toBe(17);
      });
    },
  );
}
