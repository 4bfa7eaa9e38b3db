import { describe, expect, it } from 'vitest';
import { importKey, itemsByKey, readingsOf, reviewedEntry, sameReading } from '../../src/domain/importIdentity.js';
import { updateItem } from '../../src/domain/lifecycle.js';
import { makeItem, STAMP } from '../factories.js';

const key = (minute: string | null, ref: string | null, text: string) =>
  importKey('jhsc', '2025-06-16', { minute, ref, text });

describe('what makes an imported item the same item', () => {
  it.each<[string, [string | null, string | null, string], [string | null, string | null, string], boolean]>([
    [
      'same minute and ref, other words',
      ['53', '(b)', 'Circulate the blueprint'],
      ['53', '(b)', 'Send members the blueprint'],
      true,
    ],
    ['the ref written with other spacing or case', ['53', '(B)', 'x'], ['53', ' (b) ', 'y'], true],
    ['another ref', ['53', '(b)', 'x'], ['53', '(c)', 'x'], false],
    ['another minute', ['53', '(b)', 'x'], ['54', '(b)', 'x'], false],
    ['no ref: the same wording', ['4', null, 'Write to the school.'], ['4', null, 'write to the  school'], true],
    ['no ref: other wording', ['4', null, 'Write to the school'], ['4', null, 'Chase the grant'], false],
    [
      'no minute, no ref: told apart by wording',
      [null, null, 'Write to the school'],
      [null, null, 'Chase the grant'],
      false,
    ],
  ])('%s', (_name, a, b, same) => {
    expect(key(...a) === key(...b)).toBe(same);
  });

  it('an item stands for the minutes as read: its source and its text as first recorded', () => {
    const item = makeItem({ text: 'Write to the school', source: { meeting: '2025-06-16', minute: '4', ref: null } });
    const renamed = updateItem(item, { text: 'Write to the head teacher' }, null, STAMP);
    expect(readingsOf(renamed)).toEqual([{ minute: '4', ref: null, text: 'Write to the school' }]);
  });

  it('an item saved otherwise than read stands for every reading its import recorded', () => {
    const readings = [
      { minute: '53', ref: '(b)', text: 'Circulate the figures' },
      { minute: '53', ref: '(c)', text: 'Invite the trust' },
    ];
    const saved = { minute: '53', ref: '(b)-(c)', text: 'Circulate the figures and invite the trust' };
    const item = makeItem({
      id: 'A4',
      text: saved.text,
      source: { meeting: '2025-06-16', minute: '53', ref: '(b)-(c)' },
    });
    item.history.push(reviewedEntry(readings, saved, STAMP));
    expect(readingsOf(item)).toEqual(readings);
    const known = itemsByKey([item], 'jhsc', '2025-06-16');
    expect(known.get(key('53', '(b)', 'anything'))).toBe('A4');
    expect(known.get(key('53', '(c)', 'anything'))).toBe('A4');
    expect(known.has(key('53', '(b)-(c)', 'anything'))).toBe(false);
  });

  it('only items of that committee and meeting count', () => {
    const items = [
      makeItem({ id: 'A1', committee: 'other' }),
      makeItem({ id: 'A2', source: { meeting: '2025-09-01', minute: '53', ref: '(a)' } }),
    ];
    expect(itemsByKey(items, 'jhsc', '2025-06-16').size).toBe(0);
  });

  it('a reading is the same whatever the spacing of its words', () => {
    expect(
      sameReading(
        { minute: '4', ref: null, text: 'Write  to the school' },
        { minute: '4', ref: null, text: 'Write to the school ' },
      ),
    ).toBe(true);
    expect(
      sameReading(
        { minute: '4', ref: null, text: 'Write to the school' },
        { minute: '4', ref: '(a)', text: 'Write to the school' },
      ),
    ).toBe(false);
  });
});
