// Round 13, references: under which minute an item is filed. Invented examples only, each form written several
// ways, with near-misses that must not move.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a minute number with the council year printed as a range ("14/26-27") is a heading', () => {
  // parish and town councils number minutes through the council year (April to March) and print the year as a
  // range after the count: the count rises, the year stays the same all meeting
  it.each([
    ['14/26-27  Footpath signs', '14/26-27', 14],
    ['14/26-27 Footpath signs', '14/26-27', 14],
    ['103/25-26. Bus shelter repairs', '103/25-26', 103],
    ['7/27-28 – Grass cutting contract', '7/27-28', 7],
  ])('%s', (line, number, rank) => {
    expect(headingOf(line)).toMatchObject({ number, rank });
  });

  it.each([
    ['25/08 - Finance report', 25], // a plain slashed number keeps its count
    ['9/26 Budget setting', 9],
  ])('near miss, unchanged: %s', (line, rank) => {
    expect(headingOf(line)).toMatchObject({ rank });
  });

  it('a meeting numbered this way files each decision under its own minute', () => {
    const text = [
      'BRAMLEY END PARISH COUNCIL',
      'Minutes of the Amenities Committee held on Monday 9 November 2026',
      '',
      '20/26-27  Apologies',
      'None.',
      '',
      '21/26-27  Footpath signs',
      'RESOLVED that the Clerk order four replacement fingerposts by 31 December 2026.',
      '',
      '22/26-27  Bus shelter',
      'It was RESOLVED that Cllr Adeyemi obtain two quotes for repairing the shelter roof.',
      '',
      '23/26-27  Date of next meeting',
      'Monday 11 January 2027.',
    ].join('\n');
    const items = parseMinutes(text).items.filter((i) => i.category !== 'noted');
    expect(items.map((i) => i.minute)).toEqual(['21/26-27', '22/26-27']);
  });
});
