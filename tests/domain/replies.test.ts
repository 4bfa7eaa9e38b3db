import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingsOf } from '../../src/domain/calendar.js';
import { updateItem } from '../../src/domain/lifecycle.js';
import { applyReply, planReplies, type ReplyRow } from '../../src/domain/replies.js';
import type { LogData } from '../../src/domain/reportItem.js';
import type { Item } from '../../src/domain/types.js';
import { makeCalendar, makeItem } from '../factories.js';

const TODAY = '2025-11-20';
// 1 Sep was rearranged to 15 Sep; the committee next meets 27 Nov, then 22 Jan.
const calendar = makeCalendar('2025-06-16', '2025-09-01>2025-09-15', '2025-09-15', '2025-11-27', '2026-01-22');
const items = [
  makeItem({ id: 'A1', owner: 'LLR ICB', due: { kind: 'meeting', meeting: '2025-09-01' } }),
  makeItem({ id: 'A2', owner: 'UHL', status: 'in-progress', due: { kind: 'meeting', meeting: '2025-11-27' } }),
  makeItem({ id: 'A3', status: 'done', lastNote: 'Sent on 3 October' }),
  makeItem({ id: 'A4', status: 'dropped', signedOff: '2025-09-15' }),
];
const log = (list: Item[] = items): LogData => ({
  committees: [{ slug: 'jhsc', name: 'JHSC' }],
  meetings: calendar,
  items: list,
});
const row = (fields: Partial<ReplyRow>): ReplyRow => ({
  where: 'row 2',
  id: null,
  status: null,
  update: null,
  due: null,
  ...fields,
});
const plan = (rows: Partial<ReplyRow>[], by?: string) =>
  planReplies(
    rows.map((r, i) => ({ ...row(r), where: `row ${i + 2}` })),
    log(),
    TODAY,
    { by },
  );

describe('a row that says what the log says is no change', () => {
  it.each<[string, Partial<ReplyRow>]>([
    ['only the ID', { id: 'A1' }],
    ['the same status, however written', { id: 'a2', status: 'In Progress' }],
    ['the due it has', { id: 'A2', due: '27/11/2025' }],
    ['the date its rearranged meeting is now held', { id: 'A1', due: '15 September 2025' }],
    ['the recorded (cancelled) meeting date', { id: 'A1', due: '2025-09-01' }],
    ['a note already in the history', { id: 'A3', status: 'done', update: ' Sent on 3 October ' }],
    ['a closed item as it is', { id: 'A4', status: 'Dropped' }],
  ])('%s', (_name, fields) => {
    expect(plan([fields])).toEqual({ changes: [], bad: [], unchanged: 1 });
  });

  it('blank rows are skipped', () => {
    expect(plan([{}, { id: 'A1' }])).toEqual({ changes: [], bad: [], unchanged: 1 });
  });
});

describe('changes', () => {
  it.each<[string, Partial<ReplyRow>, object]>([
    ['a status', { id: 'A1', status: 'in-progress' }, { status: 'in-progress' }],
    [
      '"Completed" is done',
      { id: 'A1', status: 'Completed', update: 'Circulated' },
      { status: 'done', note: 'Circulated' },
    ],
    ['an update alone', { id: '1', update: 'Board meets in December' }, { note: 'Board meets in December' }],
    [
      'a later date that is no meeting: a deadline',
      { id: 'A2', due: '31 January 2026' },
      { due: { kind: 'date', date: '2026-01-31' } },
    ],
    [
      'a date the committee meets: that meeting',
      { id: 'A2', due: '22/01/2026' },
      { due: { kind: 'meeting', meeting: '2026-01-22' } },
    ],
    ['future', { id: 'A2', due: 'Future' }, { due: { kind: 'future' } }],
    [
      'dropped with its reason',
      { id: 'A1', status: 'dropped', update: 'Superseded by the new strategy' },
      { status: 'dropped', note: 'Superseded by the new strategy' },
    ],
  ])('%s', (_name, fields, change) => {
    const result = plan([fields]);
    expect(result.bad).toEqual([]);
    expect(result.changes).toEqual([
      {
        id: replyId(fields.id!),
        where: 'row 2',
        by: items.find((i) => i.id === replyId(fields.id!))!.owner,
        ...change,
      },
    ]);
  });

  it('the updates are from the owner, or from --by', () => {
    expect(plan([{ id: 'A1', update: 'x' }])[`changes`][0].by).toBe('LLR ICB');
    expect(plan([{ id: 'A1', update: 'x' }], 'Jo Clerk').changes[0].by).toBe('Jo Clerk');
  });
});

const replyId = (id: string) => `A${Number(id.replace(/^a/i, ''))}`;

describe('bad rows say why, and change nothing', () => {
  it.each<[string, Partial<ReplyRow>, RegExp]>([
    ['no ID', { status: 'done' }, /no ID/],
    ['not an ID', { id: 'item 4', status: 'done' }, /"item 4" is not an item ID/],
    ['an unknown item', { id: 'A99', status: 'done' }, /no item A99 in the log/],
    [
      'a status that is none',
      { id: 'A1', status: 'finished' },
      /Status "finished" is not one of open, in progress, done or dropped/,
    ],
    ['a due that is no date', { id: 'A1', due: 'soon' }, /Due "soon" is not a date; use 2025-11-27/],
    [
      'a due already passed',
      { id: 'A2', due: '2025-11-01' },
      /Due 1 Nov 2025 has already passed \(today is 20 Nov 2025\)/,
    ],
    [
      'a due before the decision',
      { id: 'A2', due: '2025-01-01' },
      /before the meeting that decided A2 \(16 Jun 2025\)/,
    ],
    ['dropping without a reason', { id: 'A1', status: 'dropped' }, /dropping A1 needs the reason in Update/],
    ['done with a due', { id: 'A1', status: 'done', due: '2026-02-01' }, /a Due is for open or in-progress items/],
    [
      'changing a closed item',
      { id: 'A3', status: 'open' },
      /A3 is done; a returned sheet does not change a closed item \(reopen it with "actionlog update A3 --status open" first\)/,
    ],
    ['a note on a signed-off item', { id: 'A4', update: 'More news' }, /A4 is dropped and signed off/],
  ])('%s', (_name, fields, why) => {
    const result = plan([fields]);
    expect(result.changes).toEqual([]);
    expect(result.bad).toHaveLength(1);
    expect(result.bad[0].problems.join('; ')).toMatch(why);
  });

  it('an item given twice: the second row is bad, naming the first', () => {
    expect(
      plan([
        { id: 'A1', status: 'done' },
        { id: 'a1', status: 'open' },
      ]).bad,
    ).toEqual([{ where: 'row 3', id: 'A1', problems: ['A1 is also on row 2; give each item once'] }]);
  });
});

describe('applying', () => {
  const at = '2025-11-21T09:00:00.000Z';
  const apply = (list: Item[], changes: ReturnType<typeof plan>['changes']) =>
    list.map((item) => {
      const change = changes.find((c) => c.id === item.id);
      return change ? applyReply(item, change, meetingsOf(calendar, 'jhsc'), at) : item;
    });

  it('a later due is a deferral, the update its reason; the original due is kept', () => {
    const { changes } = plan([{ id: 'A2', due: '2026-01-22', update: 'Report delayed by the ICB' }]);
    const [, a2] = apply(items, changes);
    expect(a2).toMatchObject({
      due: { kind: 'meeting', meeting: '2026-01-22' },
      originalDue: { kind: 'meeting', meeting: '2025-11-27' },
    });
    expect(a2.deferrals).toEqual([
      {
        at,
        from: { kind: 'meeting', meeting: '2025-11-27' },
        to: { kind: 'meeting', meeting: '2026-01-22' },
        reason: 'Report delayed by the ICB',
      },
    ]);
    expect(a2.history.at(-1)).toMatchObject({ by: 'UHL', change: 'deferred', note: 'Report delayed by the ICB' });
    expect(a2.history.filter((h) => h.note === 'Report delayed by the ICB')).toHaveLength(1);
  });

  it('a status and a note are one update in the history, from the owner', () => {
    const [a1] = apply(items, plan([{ id: 'A1', status: 'done', update: 'Circulated 19 Nov' }]).changes);
    expect(a1).toMatchObject({ status: 'done', lastNote: 'Circulated 19 Nov' });
    expect(a1.history.slice(-2)).toEqual([
      { at, by: 'LLR ICB', change: 'status', from: 'open', to: 'done', note: null },
      { at, by: 'LLR ICB', change: 'note', from: null, to: null, note: 'Circulated 19 Nov' },
    ]);
  });

  it('applying the same sheet again changes nothing', () => {
    const ROWS: Partial<ReplyRow>[] = [
      { id: 'A1', status: 'in progress', update: 'Chased', due: '2026-01-22' },
      { id: 'A1', status: 'done', update: 'Circulated' },
      { id: 'A2', status: 'done', update: 'Plan agreed' },
      { id: 'A2', due: '2026-02-28' },
      { id: 'A2', update: 'Chased' },
      { id: 'A3', status: 'done' },
      { id: 'A4', update: 'x' },
      { id: 'A9', status: 'open' },
    ];
    fc.assert(
      fc.property(fc.subarray(ROWS), (rows) => {
        const first = plan(rows);
        const after = apply(items, first.changes);
        const second = planReplies(
          rows.map((r, i) => ({ ...row(r), where: `row ${i + 2}` })),
          log(after),
          TODAY,
        );
        expect(second.changes).toEqual([]);
      }),
    );
  });
});

it('a note typed with updateItem is found whatever its spacing', () => {
  const item = updateItem(makeItem({ id: 'A1' }), {}, 'Spoke to UHL', { at: '2025-10-01T00:00:00Z', by: 'x' });
  expect(planReplies([row({ id: 'A1', update: 'Spoke to UHL  ' })], log([item]), TODAY).unchanged).toBe(1);
});
