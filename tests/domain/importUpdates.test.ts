import { describe, expect, it } from 'vitest';
import { alreadyUpdated, itemsCited, updateNote } from '../../src/domain/importUpdates.js';
import { markDone, updateItem } from '../../src/domain/lifecycle.js';
import type { Item } from '../../src/domain/types.js';
import { makeItem, STAMP } from '../factories.js';

const earlier = '2025-06-16';
const log: Item[] = [
  makeItem({ id: 'A3', source: { meeting: earlier, minute: '53', ref: '(b)' } }),
  makeItem({ id: 'A4', source: { meeting: earlier, minute: '53', ref: '(c)' } }),
  makeItem({ id: 'A7', source: { meeting: earlier, minute: '269/19', ref: null } }),
  makeItem({ id: 'A8', source: { meeting: earlier, minute: '12', ref: '2' } }),
  makeItem({ id: 'A9', source: { meeting: '2025-11-27', minute: '60', ref: null } }),
];

describe('the earlier item an entry cites', () => {
  it.each<[string, string[]]>([
    ['53(b)', ['A3']],
    ['Minute 53(b)', ['A3']],
    ['min. 53 b)', ['A3']],
    ['53', ['A3', 'A4']],
    ['269/19', ['A7']],
    ['Minute 269/19', ['A7']],
    ['12/2', ['A8']],
    ['Action A4', ['A4']],
    ['a7', ['A7']],
    ['54', []],
    ['', []],
  ])('%s', (cited, ids) => {
    expect(itemsCited(cited, log, '2025-09-01').map((i) => i.id)).toEqual(ids);
  });

  it('only items decided before this meeting', () => {
    expect(itemsCited('60', log, '2025-09-01')).toEqual([]);
    expect(itemsCited('60', log, '2026-01-22').map((i) => i.id)).toEqual(['A9']);
  });

  it('open items before closed ones', () => {
    const withDone = [markDone(log[0], null, STAMP), log[1]];
    expect(itemsCited('53', withDone, '2025-09-01').map((i) => i.id)).toEqual(['A4', 'A3']);
  });
});

describe('the note an update leaves', () => {
  const reading = { minute: '7', ref: '(a)', text: 'The footpath has  been repaired.' };

  it('says where it was said, then what', () => {
    expect(updateNote('2025-09-01', reading)).toBe('1 Sep 2025, minute 7(a): The footpath has been repaired.');
    expect(updateNote('2025-09-01', { minute: null, ref: null, text: 'Done.' })).toBe('1 Sep 2025: Done.');
  });

  it('is not left twice for the same minute, even reworded', () => {
    const item = updateItem(log[2], {}, updateNote('2025-09-01', reading), STAMP);
    expect(alreadyUpdated(item, '2025-09-01', { ...reading, text: 'Repaired in August' })).toBe(true);
    expect(alreadyUpdated(item, '2025-09-01', { ...reading, ref: '(b)' })).toBe(false);
    expect(alreadyUpdated(item, '2025-11-27', reading)).toBe(false);
  });
});
