import { describe, expect, it } from 'vitest';
import { latestUpdate } from '../../src/domain/latestUpdate.js';
import { deferItem, markDone, updateItem } from '../../src/domain/lifecycle.js';
import { moveItem } from '../../src/domain/move.js';
import { itemView } from '../../src/domain/view.js';
import { makeCalendar, makeItem } from '../factories.js';

const at = (day: string, by = 'clerk') => ({ at: `${day}T10:00:00.000Z`, by });

describe('latest update: the most recent note in the history', () => {
  it('is null for an item with no note; the note written on creation is not an update', () => {
    const created = makeItem({
      history: [
        {
          at: '2025-06-20T09:00:00.000Z',
          by: 'clerk',
          change: 'created',
          from: null,
          to: 'open',
          note: 'imported from minutes.pdf',
        },
      ],
    });
    expect(latestUpdate(created.history)).toBeNull();
  });

  it('takes the newest note, with when and by whom, whatever recorded it', () => {
    let item = makeItem();
    item = updateItem(item, { status: 'in-progress' }, 'Letter sent to UHL', at('2025-09-02', 'Jo Clerk'));
    expect(latestUpdate(item.history)).toEqual({
      at: '2025-09-02T10:00:00.000Z',
      by: 'Jo Clerk',
      note: 'Letter sent to UHL',
    });
    item = deferItem(item, { kind: 'meeting', meeting: '2025-11-27' }, 'Report not ready', at('2025-09-03'));
    expect(latestUpdate(item.history)?.note).toBe('Report not ready');
    item = updateItem(item, { owner: 'ICB' }, null, at('2025-09-04'));
    expect(latestUpdate(item.history)?.note).toBe('Report not ready');
    item = markDone(item, 'Circulated on 3 October', at('2025-10-03'));
    expect(latestUpdate(item.history)).toMatchObject({
      at: '2025-10-03T10:00:00.000Z',
      note: 'Circulated on 3 October',
    });
  });

  it("a move's reason is no update: it says why another committee has the item", () => {
    const noted = updateItem(makeItem(), {}, 'Chased by email', at('2025-09-10'));
    const moved = moveItem(noted, 'icb', [], [], 'The ICB took over', at('2025-09-11'));
    expect(latestUpdate(moved.history)?.note).toBe('Chased by email');
  });

  it('is part of every item view (list, overdue, carry-forward and report JSON)', () => {
    const item = updateItem(makeItem(), {}, 'Chased by email', at('2025-09-10'));
    expect(itemView(item, makeCalendar('2025-06-16', '2025-09-01'), '2025-11-20').latestUpdate).toEqual({
      at: '2025-09-10T10:00:00.000Z',
      by: 'clerk',
      note: 'Chased by email',
    });
    expect(itemView(makeItem(), makeCalendar('2025-06-16', '2025-09-01'), '2025-11-20').latestUpdate).toBeNull();
  });
});
