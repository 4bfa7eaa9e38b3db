// Issue 11, round 38: next meetings in notes — another body's general meeting named by a word in lower case before
// "AGM" ("the league AGM is on …", "the county association AGM will be held on …"), which is not this body's sitting,
// while this body's own AGM ("the AGM is on …", "the next AGM …", a word of its own name) still is. Invented bodies,
// people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ashvaleNextMeetings as next } from './helpers/ashvaleLeisure.js';

// (the Leisure Committee of Ashvale Town Council, held 9 November 2027; its own next meeting 11 January 2028)
const OWN = ['2028-01-11'];

describe("another body's AGM, named by a word in lower case before it", () => {
  it.each([
    ['a league', 'Priya said the league AGM is on 2 December 2027 and she will go with Tom.'],
    [
      'two words, split over a line',
      'The county association AGM will be held on\n2 December 2027; the Chair will vote for the change.',
    ],
    ['the long form', 'Members heard that the district annual general meeting is on Saturday 4 December 2027.'],
    ['after "that" in a report', 'Tom reported that the federation AGM is set for 4 December 2027.'],
  ])('%s', (_name, business) => {
    expect(next(business)).toEqual(OWN);
  });

  it.each([
    ['the bare AGM', 'The AGM is on 8 February 2028 in the pavilion.'],
    ['a word of order', 'The next AGM will be held on 8 February 2028.'],
    ["a word of this body's name", 'The leisure AGM will be on 8 February 2028.'],
  ])("near-miss (kept as this body's): %s", (_name, business) => {
    expect(next(business)).toEqual(['2028-01-11', '2028-02-08']);
  });
});
