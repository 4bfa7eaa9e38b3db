import { describe, expect, it } from 'vitest';
import { categorise } from '../../src/minutes/classify.js';
import { findBlocks } from '../../src/minutes/resolutions.js';

describe('work programme additions', () => {
  it('reads a request for an update at a meeting, in the present tense, as an agenda item', () => {
    expect(categorise('requests a progress update on the depot relocation at its meeting in June 2026')).toBe('work-programme');
  });

  it('finds a decision after an opening phrase such as "After debate,"', () => {
    const blocks = findBlocks(['After a short debate, the Panel noted the work programme and agreed to add an item on bus shelters to its meeting on 3 March 2026.']);
    expect(blocks).toHaveLength(1);
    expect(categorise(blocks[0].paragraphs[0])).toBe('work-programme');
  });
});
