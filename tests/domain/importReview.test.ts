// An edited `--dry-run --json` proposal read back as the items the clerk accepts.
import { describe, expect, it } from 'vitest';
import type { PlannedItem, PlannedNoted } from '../../src/domain/importPlan.js';
import { acceptAll, acceptedFromJson, readingsBehind, type Candidates } from '../../src/domain/importReview.js';

const planned = (number: number, fields: Partial<PlannedItem> = {}): PlannedItem => ({
  number,
  minute: '23',
  ref: `(${'abc'[number - 1]})`,
  type: 'action',
  category: 'action',
  owner: null,
  due: null,
  text: `Item ${number}`,
  confidence: 0.9,
  source: 'resolution',
  recordedDue: { kind: 'future' },
  duplicateOf: null,
  placed: { kind: 'future' },
  updatesItem: null,
  updateCandidates: [],
  ...fields,
});
const candidates: Candidates = {
  items: [planned(1), planned(2, { duplicateOf: 'A9' }), planned(3, { updates: '12', updatesItem: 'A2' })],
  noted: [
    {
      number: 4,
      minute: '22',
      ref: null,
      text: 'The minutes be confirmed',
      source: 'resolution',
      trackedAs: null,
    } satisfies PlannedNoted,
  ],
};
const read = (document: unknown) => acceptedFromJson(document, 'p.json', candidates, new Set(['A2', 'A9']));

describe('what the clerk accepts', () => {
  it('--yes: every item the log does not have yet, as proposed', () => {
    expect(acceptAll(candidates).map((a) => [a.numbers, a.updatesItem])).toEqual([
      [[1], null],
      [[3], 'A2'],
    ]);
  });

  it('an edited proposal: the whole document or just its items; every due form the dry run prints, or typed', () => {
    const dues = [
      { kind: 'meeting', meeting: '2025-11-11' },
      { kind: 'date', date: '31/12/2025' },
      { kind: 'future' },
      { kind: 'next' },
      { kind: 'month', month: 'November' },
      { kind: 'within', amount: 3, unit: 'months' },
      'next',
      null,
    ];
    const accepted = read({ items: dues.map((due, i) => ({ text: `  Item   ${i} `, due })) });
    expect(accepted.map((a) => a.due)).toEqual([
      { kind: 'meeting', meeting: '2025-11-11' },
      { kind: 'date', date: '2025-12-31' },
      { kind: 'future' },
      { kind: 'next' },
      { kind: 'month', month: 'November' },
      { kind: 'within', amount: 3, unit: 'months' },
      'next',
      null,
    ]);
    expect(accepted[0]).toMatchObject({
      text: 'Item 0',
      type: 'action',
      category: 'action',
      numbers: [],
      minute: null,
      ref: null,
      owner: null,
      updatesItem: null,
    });
    expect(read([{ text: 'x', category: 'invitation' }])[0]).toMatchObject({
      type: 'work-programme',
      category: 'invitation',
    });
  });

  it('numbers say what the minutes said behind each: a split keeps one, a merge has several, a promoted noted resolution its own', () => {
    const accepted = read({
      items: [
        { text: 'part one', number: 1 },
        { text: 'part two', number: 1 },
        { text: 'both', number: [1, 3] },
        { text: 'tracked', number: 4 },
        { text: 'typed' },
      ],
    });
    expect(accepted.map((a) => readingsBehind(a, candidates).map((r) => r.text))).toEqual([
      ['Item 1'],
      ['Item 1'],
      ['Item 1', 'Item 3'],
      ['The minutes be confirmed'],
      [],
    ]);
  });

  it('an update names an item of the log, in any case; a minute or ref given as a number is text', () => {
    expect(read({ items: [{ text: 'Done in August', updatesItem: 'a2', minute: 7, ref: 1 }] })[0]).toMatchObject({
      updatesItem: 'A2',
      minute: '7',
      ref: '1',
    });
  });
});
