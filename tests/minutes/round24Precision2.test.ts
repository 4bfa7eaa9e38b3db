// Round 24, precision on the newer sets: what the importer proposed that a clerk would not track, read from the odd
// sets among fresh 51–81 and counted across the odd sets — each rule tested on invented wording, several ways a rule,
// with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a town council: the lines given under minute 23. */
const town = (lines: string[]) =>
  [
    'Ashcombe Town Council',
    'Minutes of the meeting held on 8 February 2027',
    '',
    '23. Events and consultations',
    ...lines,
    '',
  ].join('\n');

const kinds = (text: string) => parseMinutes(text).items.map((i) => i.category);

describe("a noted fact of another body's own business to come is noted, not that body's errand", () => {
  it.each([
    [
      'RESOLVED: That',
      '(a) the Clerk send the comments by 1 March 2027; and',
      '(b) it be noted that the final plan will be considered by Cabinet on 9 March 2027.',
    ],
    ['RESOLVED: That it be noted that the bid will be considered by Harbury District Council in April.'],
    ['RESOLVED: That it be noted that the new charges would be considered by Full Council on 24 February 2027.'],
  ])('%s gives only the errand', (...lines) => {
    expect(kinds(town(lines)).filter((k) => k !== 'action')).toEqual([]);
    expect(kinds(town(lines)).length).toBe(lines.some((l) => /Clerk send/.test(l)) ? 1 : 0);
  });

  // Near-misses: a person or a firm named by "by" keeps the errand; so does an instruction with no "noted".
  it.each([
    ['RESOLVED: That it be noted that the grant form will be completed by Cllr Dove.'],
    ['RESOLVED: That it be noted that the hedge will be cut by Greenway Landscapes Ltd in March.'],
    ['RESOLVED: That the bid be sent to the District Council by 1 April 2027.'],
  ])('%s still gives an item', (...lines) => {
    expect(kinds(town(lines)).length).toBeGreaterThan(0);
  });
});
