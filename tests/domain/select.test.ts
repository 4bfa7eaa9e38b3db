// Choosing the items a list shows (issue 12's filters): decided at a meeting, due before or
// after a day (after cancellations), and words in the text, owners or notes.
import { describe, expect, it } from 'vitest';
import { calendarIndex } from '../../src/domain/calendar.js';
import { selectItems, type ItemFilter } from '../../src/domain/select.js';
import { makeCalendar, makeItem, STAMP } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-09-01x', '2025-11-27', '2026-01-22');
const source = (meeting: string) => ({ meeting, minute: null, ref: null });
const items = [
  makeItem({
    id: 'A1',
    text: 'Circulate the ICB blueprint',
    owners: ['LLR ICB'],
    owner: 'LLR ICB',
    source: source('2025-06-16'),
    due: { kind: 'meeting', meeting: '2025-09-01' },
  }),
  makeItem({
    id: 'A2',
    text: 'Item on dentistry',
    owners: [],
    owner: null,
    source: source('2025-06-16'),
    due: { kind: 'future' },
  }),
  makeItem({
    id: 'A3',
    text: 'Winter plan',
    owners: ['UHL', 'the CCGs'],
    owner: 'UHL',
    source: source('2025-11-27'),
    due: { kind: 'date', date: '2025-12-15' },
  }),
  makeItem({
    id: 'A4',
    text: 'Report on waiting times',
    owners: ['UHL'],
    owner: 'UHL',
    source: source('2025-11-27'),
    due: { kind: 'next', after: '2026-01-22' },
    history: [{ ...STAMP, change: 'note', from: null, to: null, note: 'Dental figures promised for March' }],
  }),
];
const chosen = (filter: ItemFilter) =>
  selectItems(items, filter, calendarIndex(calendar), '2025-11-20').map((i) => i.id);

describe('list filters', () => {
  it('--meeting: decided at that meeting', () => {
    expect(chosen({ decidedAt: '2025-11-27' })).toEqual(['A3', 'A4']);
    expect(chosen({ decidedAt: '2025-09-01' })).toEqual([]);
  });

  it('--due-before and --due-after: the effective due, strictly before or after; no due date, no match', () => {
    // A1 was due at the cancelled 1 Sep meeting: its business went to 27 Nov.
    expect(chosen({ dueBefore: '2025-11-27' })).toEqual([]);
    expect(chosen({ dueBefore: '2025-11-28' })).toEqual(['A1']);
    expect(chosen({ dueAfter: '2025-11-27' })).toEqual(['A3']);
    expect(chosen({ dueAfter: '2025-11-01', dueBefore: '2025-12-31' })).toEqual(['A1', 'A3']);
  });

  it('--search: every word, ignoring case, in the text, any owner or any note', () => {
    expect(chosen({ search: 'icb' })).toEqual(['A1']);
    expect(chosen({ search: 'CCGs' })).toEqual(['A3']);
    expect(chosen({ search: 'dental' })).toEqual(['A4']);
    expect(chosen({ search: 'dentist' })).toEqual(['A2']);
    expect(chosen({ search: 'uhl winter' })).toEqual(['A3']);
    expect(chosen({ search: 'uhl dentistry' })).toEqual([]);
  });

  it("--owner: any of several, against any of an item's owners", () => {
    expect(chosen({ owner: ['ccgs', 'icb'] })).toEqual(['A1', 'A3']);
  });
});
