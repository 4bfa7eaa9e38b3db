import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/minutes/clauses.js';
import type { Block } from '../../src/minutes/resolutions.js';

const block = (paragraphs: string[], paragraphRef: string | null = null): Block => ({ lines: [], paragraphs, paragraphRef, confidence: 0.9 });
const refs = (paragraphs: string[]) => splitClauses(block(paragraphs), '31').map((c) => c.ref);

describe('splitClauses', () => {
  it('splits lettered and numbered resolutions', () => {
    expect(refs(['(a) That the report be noted;', '(b) That the Clerk write to the bank.'])).toEqual(['(a)', '(b)']);
    expect(refs(['1. That the accounts be approved.', '2. That the auditor be thanked.'])).toEqual(['1', '2']);
    expect(refs(['- a) NOTED the report.', '- b) AGREED the fees.'])).toEqual(['(a)', '(b)']);
  });

  it('gives sub-items their stem, which is not an item itself', () => {
    const clauses = splitClauses(block(['(a) That the report be noted;', '(b) That the Library Service be requested to consider:', '(i) longer opening hours;', '(ii) a mobile library.']), '31');
    expect(clauses.map((c) => c.ref)).toEqual(['(a)', '(b)(i)', '(b)(ii)']);
    expect(clauses[1].stem).toContain('Library Service be requested to consider');
  });

  it('reads (i) after (h) as a letter', () => {
    const letters = 'abcdefghi'.split('').map((l) => `(${l}) That item ${l} be noted.`);
    expect(refs(letters).pop()).toBe('(i)');
  });

  it('keeps decimal sub-items as printed under their number', () => {
    expect(refs(['4. AGREED to set up the board to;', '4.1 Approve its terms;', '4.2 Appoint a member.'])).toEqual(['4.1', '4.2']);
  });

  it('splits bullets into clauses without a printed reference', () => {
    expect(splitClauses(block(['- noted the report;', '- approved the plan.'], null), '9').map((c) => [c.ref, c.text])).toEqual([[null, 'noted the report;'], [null, 'approved the plan.']]);
  });

  it('takes an unnumbered resolution whole, placed by its paragraph', () => {
    expect(splitClauses(block(['That the minutes be signed.'], '2.2'), '2')).toMatchObject([{ minute: '2', ref: '2.2', text: 'That the minutes be signed.' }]);
  });

  it('passes an opening "That the Committee:" down as the stem', () => {
    const clauses = splitClauses(block(['That the Committee:', 'a) NOTED the update;', 'b) APPROVED the plan.']), null);
    expect(clauses.every((c) => c.stem === 'That the Committee:')).toBe(true);
  });
});
