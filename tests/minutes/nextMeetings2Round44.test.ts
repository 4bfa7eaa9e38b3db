// Round 44: next meetings. (1) A day offered as the conditional first choice of two, "A (if X), otherwise B", is held only
// in case: B is the sitting. (2) "their next meeting" after a body named in lower case or capitals that is not this one is
// that body's sitting. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

// (the Planning Committee of Ashby Parva Parish Council, held 16 November 2027)
const PARISH =
  'ASHBY PARVA PARISH COUNCIL\n\nMinutes of the meeting of the Planning Committee held on Tuesday 16 November 2027 at 7pm\n\n1. Apologies\nNone received.\n\n2. Applications\nThe list was noted.\n\n';
// (the committee of Hatherby Bowls Club, held 16 November 2027)
const CLUB =
  'HATHERBY BOWLS CLUB\n\nMinutes of the committee meeting held on Tuesday 16 November 2027 at 7pm\n\n1. Apologies\nNone.\n\n2. Greens\nThe report was noted.\n\n';
const NEXT = '\n\n9. Date of next meeting\nTuesday 11 January 2028 at 7pm.';
const next = (text: string): string[] => parseMinutes(`${text}\n`).nextMeetings;

describe('the conditional first of two days, "otherwise" the second, is held in case', () => {
  it.each([
    [
      'a bracketed condition, the second day wrapped',
      '9. Date of next meeting\nTuesday 14th December 2027 at 7pm (should any applications arrive), otherwise\nTuesday 11th January 2028.',
    ],
    [
      'a bracketed condition on one line',
      '9. Date of next meeting\nTuesday 14 December 2027 (if applications need it), otherwise Tuesday 11 January 2028.',
    ],
    [
      'a condition, then "otherwise" in the bracket',
      '9. Next meeting\nTuesday 14 December 2027 (only if needed; otherwise Tuesday 11 January 2028).',
    ],
    [
      'a prose sentence',
      '9. Any other business\nThe next meeting will be on 14 December 2027 if there are applications to consider, otherwise on 11 January 2028.',
    ],
  ])('%s', (_name, tail) => {
    expect(next(`${PARISH}${tail}`)).toEqual(['2028-01-11']);
  });

  it('near-miss: two days joined by "and" are both sittings', () => {
    expect(next(`${PARISH}9. Date of next meeting\nTuesday 14 December 2027 and Tuesday 11 January 2028.`)).toEqual([
      '2027-12-14',
      '2028-01-11',
    ]);
  });

  it('near-miss: "otherwise" with no second day leaves the day', () => {
    expect(
      next(`${PARISH}9. Date of next meeting\nTuesday 11 January 2028 at 7pm, unless the Clerk advises otherwise.`),
    ).toEqual(['2028-01-11']);
  });
});

describe('"their next meeting" after another body is that body’s', () => {
  it.each([
    [
      'lower case body, bracketed, no year',
      '3. Car park\nPat will ask the parish council about a grant\n(their next meeting is 7th Dec).',
    ],
    [
      'capitalised body, one line',
      '3. Car park\nPat will write to the Ashby Parva Parish Council, and their next meeting is on 7 December 2027.',
    ],
    [
      'after a semicolon',
      '3. Car park\nA grant is to be sought from the town council; their next meeting is 7 December.',
    ],
  ])('%s', (_name, tail) => {
    expect(next(`${CLUB}${tail}${NEXT}`)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      '"its next meeting", the body itself',
      '3. Greens\nThe committee will take this up at its next meeting on 7 December 2027.',
    ],
    [
      '"the next meeting", another body named before',
      '3. Car park\nPat will ask the parish council about a grant. The next meeting is on 7 December 2027.',
    ],
  ])('near-miss: %s', (_name, tail) => {
    expect(next(`${CLUB}${tail}${NEXT}`)).toEqual(['2027-12-07', '2028-01-11']);
  });
});

describe('an event’s day with this body’s sitting held straight after it', () => {
  it.each([
    [
      '"with a … meeting straight after", wrapped',
      '6. AGM\nAGM will be Thursday 9th March 2028, 7.30pm, with a normal committee meeting straight\nafter.',
    ],
    [
      '"followed by a meeting of the committee"',
      '6. Open day\nThe open day is on 9 March 2028, followed by a meeting of the committee.',
    ],
    [
      '"and a short meeting afterwards"',
      '6. Open day\nThe clean-up day will be on 9 March 2028 and a short meeting afterwards.',
    ],
  ])('%s', (_name, tail) => {
    expect(next(`${CLUB}${tail}${NEXT}`)).toEqual(['2028-01-11', '2028-03-09']);
  });

  it.each([
    [
      'another body’s meeting after the event',
      '6. Open day\nThe open day is on 9 March 2028, followed by a Parish Council meeting.',
    ],
    ['no sitting after, only an event', '6. Open day\nThe open day is on 9 March 2028 with a barbecue straight after.'],
  ])('near-miss: %s', (_name, tail) => {
    expect(next(`${CLUB}${tail}${NEXT}`)).toEqual(['2028-01-11']);
  });
});
