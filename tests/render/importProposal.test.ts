// What the officer is shown of a proposal: every candidate, whatever the row limit, and a
// check on each reading that needs a second look.
import { describe, expect, it } from 'vitest';
import type { PlannedItem, PlannedNoted } from '../../src/domain/importPlan.js';
import { checks, renderProposal } from '../../src/render/importProposal.js';

const item = (fields: Partial<PlannedItem>): PlannedItem => ({
  number: 1,
  minute: '12',
  ref: '(a)',
  type: 'action',
  category: 'action',
  owner: null,
  due: null,
  text: 'Write to the school',
  confidence: 0.9,
  source: 'resolution',
  recordedDue: { kind: 'future' },
  duplicateOf: null,
  placed: { kind: 'future' },
  updatesItem: null,
  updateCandidates: [],
  ...fields,
});
const noted = (n: number): PlannedNoted => ({
  number: n,
  minute: '13',
  ref: null,
  text: `Noted resolution number ${n}, in full, however long it runs on the page.`,
  source: 'resolution',
  trackedAs: null,
});
const options = { width: 140, colour: null, borders: false, limit: 3 };

describe('the checks on a proposed item', () => {
  it.each<[string, Partial<PlannedItem>, string[]]>([
    ['a resolution read with confidence', {}, []],
    [
      'a low-confidence reading says so, and where it was read',
      { confidence: 0.55, source: 'discussion' },
      ['low confidence (55%), from the discussion'],
    ],
    ['an action table, even when sure', { source: 'action-table' }, ['from an action table']],
    [
      'an update of an earlier item',
      { updates: '269/19', updatesItem: 'A12', updateCandidates: ['A12'] },
      ['cites 269/19: an update to A12, not a new item'],
    ],
    [
      'a citation naming several items',
      { updates: '12', updateCandidates: ['A2', 'A3'] },
      ['cites 12: an update to one of A2, A3?'],
    ],
    ['a citation the log does not hold', { updates: 'C134' }, ['cites C134, not in the log: a new item']],
    ['already in the log', { duplicateOf: 'A4' }, ['already in the log as A4']],
  ])('%s', (_name, fields, expected) => {
    expect(checks(item(fields))).toEqual(expected);
  });
});

describe('the proposal as shown', () => {
  it('shows every item and every noted resolution in full, whatever the row limit', () => {
    const items = Array.from({ length: 5 }, (_, i) => item({ number: i + 1, text: `Item ${i + 1}` }));
    const shown = renderProposal(
      { file: 'm.txt', meeting: '2025-09-09', nextMeetings: [], items, noted: [6, 7, 8, 9].map(noted) },
      options,
    );
    for (let n = 1; n <= 5; n++) expect(shown).toContain(`Item ${n}`);
    for (let n = 6; n <= 9; n++)
      expect(shown).toContain(`Noted resolution number ${n}, in full, however long it runs on the page.`);
    expect(shown).not.toMatch(/more rows/);
  });
});
