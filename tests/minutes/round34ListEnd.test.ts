// Round 34, a clerk's trial: under a resolution's lead-in, entries printed without closing punctuation ("(a) Dental
// access update" / "(b) Crisis line figures") are a list of names; a full sentence on the next line ("The Chair
// undertook to …") is the minute's next business, not the last entry's wrapped words. A line that carries on an entry
// (lower case, or after a word a phrase cannot end on) still joins it. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { workProgrammeItems } from './helpers/moorsideHealth.js';

const minute = (lines: string[]) =>
  workProgrammeItems(['RESOLVED: That the following items be added to the February agenda:', ...lines]);

describe('a sentence after an unpunctuated list under a resolution', () => {
  it.each([
    'The Chair undertook to raise the crisis line with the Trust before then.',
    'Cllr Ashdown agreed to ask the Trust for its waiting figures by January.',
  ])('is not the last entry: %s', (sentence) => {
    const items = minute(['(a) Dental access update', '(b) Crisis line figures', sentence]);
    expect(items.map((i) => i.text)).toContain('Crisis line figures');
    expect(items.some((i) => i.type === 'action')).toBe(true);
  });

  it('a wrapped entry still carries on', () => {
    for (const [first, second, whole] of [
      [
        '(b) Waiting times at the',
        'Royal Infirmary and its clinics',
        'Waiting times at the Royal Infirmary and its clinics',
      ],
      ['(b) Crisis line figures for', 'Moorside and Ashvale', 'Crisis line figures for Moorside and Ashvale'],
      ['(b) Crisis line figures and', 'staffing', 'Crisis line figures and staffing'],
    ]) {
      const items = minute(['(a) Dental access update', first, second]);
      expect(items.map((i) => i.text)).toContain(whole);
    }
  });
});
