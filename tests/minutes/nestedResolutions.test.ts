import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { findBlocks, isKeywordLine } from '../../src/minutes/resolutions.js';
import { cleanOwner } from '../../src/minutes/owner.js';

const BOARD = `Harbour Authority Board
Minutes of the meeting held on 9 March 2026

Present: Cllr Ames (Chair), Cllr Bligh

1   Apologies for Absence

1.1 Apologies were received from Cllr Crewe.

2   Minutes

2.1 The Board agreed the minutes of the meeting held on 9 February 2026 as an accurate record.

4   Dredging Contract

4.1 The Head of Marine Services outlined the silting in the inner basin.

4.2 The Board RESOLVED to:
    1. Note the survey of the inner basin.
    2. Ask the Head of Marine Services to obtain three quotations for dredging the
       inner basin.

4.3 Reasons for the decision: as set out in the report.

4.4 The Head of Marine Services will write to berth holders about the closure dates.

5   Any Other Business

5.1 There was no other business.
`;

describe('a resolution block nested in a numbered paragraph', () => {
  it('opens on "<Body> RESOLVED to:" with no "The", but not on "Is Key decision?: No"', () => {
    expect(isKeywordLine('7.2 Cabinet RESOLVED to:')).toBe(true);
    expect(isKeywordLine('Is Key decision?: No')).toBe(false);
  });

  it('ends where the next numbered paragraph starts', () => {
    const blocks = findBlocks(BOARD.split('\n'));
    const nested = blocks.find((b) => b.paragraphs.some((p) => p.startsWith('1. Note')));
    expect(nested?.paragraphs.some((p) => /Reasons/.test(p))).toBe(false);
  });

  it('reads an imperative numbered clause as what was resolved, and its paragraph as the ref', () => {
    const { items } = parseMinutes(BOARD);
    const quotes = items.find((i) => /quotations/.test(i.text));
    expect(quotes?.category).toBe('action');
    expect(quotes?.owner).toMatch(/Head of Marine Services$/);
    expect(items.some((i) => /Reasons/.test(i.text))).toBe(false);
    // A numbered paragraph of the discussion is read without its number.
    expect(items.some((i) => /^4\.4\b/.test(i.text))).toBe(false);
  });
});

describe('owner without the verb that asks', () => {
  it('keeps just the role or body', () => {
    expect(cleanOwner('asks the Town Clerk to')).toMatch(/^(?:the )?Town Clerk$/);
    expect(cleanOwner('requests the Finance Sub-Committee to')).toMatch(/^(?:the )?Finance Sub-Committee$/);
  });
});
