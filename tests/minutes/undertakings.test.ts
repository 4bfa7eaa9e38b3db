import { describe, expect, it } from 'vitest';
import { undertakingsIn } from '../../src/minutes/undertakings.js';
import { narrativeItems } from '../../src/minutes/narrative.js';

const read = (sentences: string[]) => [...undertakingsIn(sentences).values()];

describe('undertakings in the discussion', () => {
  it('names "she" as the officer who last spoke, by the title first given', () => {
    expect(read(['The Head of Parks and Open Spaces introduced the report.', 'The Head of Parks explained the delay.', 'She agreed to send members the revised planting plan.'])).toEqual([
      { owner: 'Head of Parks and Open Spaces', text: 'send members the revised planting plan.' },
    ]);
  });

  it('reads "undertook to" and "said he would" after another clause', () => {
    expect(read(['the Chief Executive of the Trust undertook to provide the figures within two weeks.'])).toEqual([{ owner: 'Chief Executive of the Trust', text: 'provide the figures within two weeks.' }]);
    expect(read(['The Assistant Director for Housing updated members.', 'the Assistant Director said he would circulate the list.'])[0].owner).toBe('Assistant Director for Housing');
  });

  it('takes "members would be emailed …" as a promise with no owner named', () => {
    expect(read(['Members would be emailed with possible dates for the training.'])).toEqual([{ owner: null, text: 'Members would be emailed with possible dates for the training.' }]);
  });

  it('does not take a remark passed to someone else as a promise', () => {
    expect(read(['The Chair said this would be picked up by the portfolio holder.', 'He offered to arrange a visit.'])).toEqual([]);
  });

  it('finds a promise after a semicolon in a paragraph of the discussion', () => {
    const items = narrativeItems([{ text: 'Cllr Ray asked for photographs of the repairs; the Highways Manager said he would send these to all members.', ref: null }], '7', '2026-03-02');
    expect(items.map((i) => [i.category, i.owner, i.narrative])).toEqual([['information', 'Highways Manager', true]]);
  });
});
