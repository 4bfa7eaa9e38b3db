// Moving items to a successor committee (issue 12): what the item keeps, and where its due goes.
import { describe, expect, it } from 'vitest';
import { dueOnSuccessor, moveItem } from '../../src/domain/move.js';
import type { Due } from '../../src/domain/types.js';
import { makeCalendar, makeItem, STAMP } from '../factories.js';

const jhsc = makeCalendar('2025-06-16', '2025-09-01>2025-09-15', '2025-09-15', '2025-11-27', '2026-01-22x');
const icb = makeCalendar('2025-10-15', '2025-12-10x', '2026-02-10').map((m) => ({ ...m, committee: 'icb' }));

describe("a due on the successor's calendar", () => {
  it.each<[string, Due, Due]>([
    [
      "a meeting: the successor's first meeting on or after it",
      { kind: 'meeting', meeting: '2025-09-15' },
      { kind: 'meeting', meeting: '2025-10-15' },
    ],
    [
      'a rearranged meeting: counted from where its business went',
      { kind: 'meeting', meeting: '2025-09-01' },
      { kind: 'meeting', meeting: '2025-10-15' },
    ],
    [
      'a successor meeting that is cancelled is passed over',
      { kind: 'meeting', meeting: '2025-11-27' },
      { kind: 'meeting', meeting: '2026-02-10' },
    ],
    ['on the very day the successor meets', { kind: 'date', date: '2025-10-15' }, { kind: 'date', date: '2025-10-15' }],
    ['a deadline stays', { kind: 'date', date: '2025-12-31' }, { kind: 'date', date: '2025-12-31' }],
    ['future stays', { kind: 'future' }, { kind: 'future' }],
    [
      'waiting at the old committee: from its due day',
      { kind: 'meeting', meeting: '2026-01-22' },
      { kind: 'meeting', meeting: '2026-02-10' },
    ],
  ])('%s', (_name, due, placed) => {
    expect(dueOnSuccessor(due, jhsc, icb)).toEqual(placed);
  });

  it('with no successor meeting on or after it: the next meeting from that day, set when one is added', () => {
    expect(dueOnSuccessor({ kind: 'meeting', meeting: '2025-11-27' }, jhsc, icb.slice(0, 1))).toEqual({
      kind: 'next',
      after: '2025-11-26',
    });
    expect(dueOnSuccessor({ kind: 'meeting', meeting: '2025-10-15' }, makeCalendar('2025-10-15'), icb)).toEqual({
      kind: 'meeting',
      meeting: '2025-10-15',
    });
  });
});

describe('moving an item', () => {
  const item = makeItem({ id: 'A7', committee: 'jhsc', due: { kind: 'meeting', meeting: '2025-09-15' } });

  it('keeps id, source and history, records the move and any change of due, and says where it came from', () => {
    const moved = moveItem(item, 'icb', jhsc, icb, 'The ICB took over', STAMP);
    expect(moved).toMatchObject({
      id: 'A7',
      committee: 'icb',
      movedFrom: 'jhsc',
      source: item.source,
      originalDue: item.originalDue,
      deferrals: [],
    });
    expect(moved.history.slice(0, item.history.length)).toEqual(item.history);
    expect(moved.history.slice(item.history.length)).toEqual([
      { ...STAMP, change: 'moved', from: 'jhsc', to: 'icb', note: 'The ICB took over' },
      {
        ...STAMP,
        change: 'due',
        from: { kind: 'meeting', meeting: '2025-09-15' },
        to: { kind: 'meeting', meeting: '2025-10-15' },
        note: null,
      },
    ]);
  });

  it('names the committee that decided it, however often it moves, and none once it is back there', () => {
    const twice = moveItem(moveItem(item, 'icb', jhsc, icb, 'x', STAMP), 'hwb', icb, [], 'y', STAMP);
    expect(twice.movedFrom).toBe('jhsc');
    expect(moveItem(twice, 'jhsc', [], jhsc, 'z', STAMP).movedFrom).toBeNull();
  });
});
