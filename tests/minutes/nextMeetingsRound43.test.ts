// Round 43: next meetings — a sitting that members go to is someone else's. Where a day's sentence says a member (or
// members) will attend it, and the sitting is named by a word of its own kind or owner ("the county league meeting", "the
// league AGM", "the councillor training session"), the day is not a meeting of this body — whatever verb the sentence
// gives the day. A sitting named only by a determiner or a time ("the next meeting", "the March meeting"), or by this
// body's own name, stays this body's, whoever is to attend it. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

// (the committee of Hatherby Bowls Club, held 16 November 2027)
const CLUB =
  'HATHERBY BOWLS CLUB\n\nMinutes of the committee meeting held on Tuesday 16 November 2027 at 7pm\n\n1. Apologies\nNone.\n\n2. Greens\nThe report was noted.\n\n';
// (the Amenities Committee of Corley Vale Town Council, held 16 November 2027)
const TOWN =
  'CORLEY VALE TOWN COUNCIL\n\nMinutes of the meeting of the Amenities Committee held on Tuesday 16 November 2027 at 7pm\n\n1. Apologies\nNone received.\n\n2. Play area\nThe report was noted.\n\n';
const NEXT = '\n\n9. Date of next meeting\nTuesday 11 January 2028 at 7pm.';
const next = (head: string, tail: string): string[] => parseMinutes(`${head}${tail}${NEXT}\n`).nextMeetings;

describe('a sitting a member is to attend, named by its own kind or owner, is not this body’s', () => {
  it.each([
    ['members after the day, a dash', '3. Fixtures\nThe district league meeting is on 2nd December – Pat to attend.'],
    ['members after the day, a semicolon', '3. Fixtures\nLeague AGM is on 2nd December; RT and JB to attend.'],
    ['members after the day, a comma', '3. Fixtures\nCounty association meeting on 2 December 2027, Pat will attend.'],
    [
      'the day first in its sentence',
      '3. Fixtures\nOn 2 December the county league meeting takes place; Pat to attend.',
    ],
    [
      'a line break inside the name',
      '3. Fixtures\nThe fixture list is nearly done. District league\nmeeting on 2nd December - Pat to attend.',
    ],
  ])('%s', (_name, tail) => {
    expect(next(CLUB, tail)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'a subjunctive, "agreed that X attend"',
      '3. Training\nAgreed that Cllr Webb attend the new councillor training session on 2nd December 2027.',
    ],
    [
      '"to attend", the session named in quotes',
      '3. Training\nCllr Webb to attend the "Planning Basics" session on 2 December 2027.',
    ],
    [
      'two members, "will attend"',
      '3. Training\nCllrs Webb and Oduya will attend the county planning seminar on 2 December 2027.',
    ],
  ])('%s', (_name, tail) => {
    expect(next(TOWN, tail)).toEqual(['2028-01-11']);
  });
});

describe('near-misses: the sitting is still this body’s', () => {
  it('a guest to attend the next meeting, named by "next"', () => {
    expect(
      parseMinutes(
        `${TOWN}3. Parks\nThe next meeting will be held on Tuesday 11 January 2028; the Parks Officer to attend.\n`,
      ).nextMeetings,
    ).toEqual(['2028-01-11']);
  });

  it("an officer asked to attend this body's own meeting, named by its possessive", () => {
    expect(
      next(TOWN, '3. Play area\nThat the Parks Officer attend the Committee’s meeting on 8 February 2028 to report.'),
    ).toEqual(['2028-01-11', '2028-02-08']);
  });

  it('a meeting named by a month and a time, a member to attend', () => {
    expect(
      parseMinutes(`${TOWN}9. Next meeting\nThe January meeting will be on 11 January 2028 – Cllr Webb to attend.\n`)
        .nextMeetings,
    ).toEqual(['2028-01-11']);
  });
});
