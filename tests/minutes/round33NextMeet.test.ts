// Issue 11, round 33: next meetings — another body's sitting told by what it will do that day ("the County Cabinet will
// consider the report on …", and the gapped "… and the District Cabinet on …"), or by a possessive before its head noun
// ("the Trust's board meets on …"), under this body's dates; a year the list's lead-in gives ("its dates for 2028: …")
// for days printed without one; and a day in a later instruction after a semicolon, not governed by "next meeting"
// before it. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import {
  ASHVALE_HEAD as HEAD,
  ASHVALE_MEETING as MEETING,
  NOTHING_DECIDED as NOTHING,
} from './helpers/ashvaleLeisure.js';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';

/** The next meetings of the Leisure Committee's minutes (held 9 November 2027) whose last minute, titled `title`, holds `body`. */
const closing = (title: string, body: string, business = NOTHING): string[] => {
  const lines = layout(`${HEAD}5. Business\n${business}\n\n9. ${title}\n${body}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe("another body's sitting told by what it will do that day is not this body's", () => {
  it.each([
    [
      'a sentence of its own after the next meeting',
      'Date of next meeting',
      'The next meeting will be held on Tuesday 11 January 2028 at 6pm. The County Cabinet will consider the recommendation on 14 December 2027.',
    ],
    [
      'run on after a time with points, "p.m."',
      'Date of next meeting',
      'Members will gather next in the Pavilion, the next meeting being on Tuesday, 11 January 2028\nat 6.00 p.m. Ashvale Cabinet will take the decision on 14 December 2027.',
    ],
    [
      'a body that is to decide',
      'Dates of next meetings',
      '11 January 2028 at 6pm. The Town Council is to set the fees on 14 December 2027.',
    ],
    [
      'in a list of days',
      'Future meetings',
      'Tuesday 11 January 2028. Full Council will receive the budget on Monday 13 December 2027.',
    ],
  ])('%s', (_name, title, body) => {
    expect(closing(title, body)).toEqual(['2028-01-11']);
  });

  it('a second body gapped after "and" shares the verb, and its day is its own', () => {
    expect(
      closing(
        'Date of next meeting',
        'The next meeting is on Tuesday, 11 January 2028 at 6.00 p.m. Ashvale Cabinet will\ndecide on the proposals on 1 December 2027 and Brookmere Cabinet on 3 December 2027.',
      ),
    ).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'this body is the subject',
      'Dates of next meetings',
      '11 January 2028 at 6pm. The Leisure Committee will consider the budget at a special meeting on 8 February 2028.',
      ['2028-01-11', '2028-02-08'],
    ],
    [
      'the committee named by its head noun',
      'Date of next meeting',
      'The next meeting will be on 11 January 2028. The Committee will consider the budget at its meeting on 8 February 2028.',
      ['2028-01-11', '2028-02-08'],
    ],
    [
      'a day joined to the next meeting, no body between',
      'Dates of next meetings',
      '11 January 2028 and 8 February 2028, each at 6pm.',
      ['2028-01-11', '2028-02-08'],
    ],
  ])('near-miss: %s', (_name, title, body, want) => {
    expect(closing(title, body)).toEqual(want);
  });
});

describe("a possessive before a body's head noun names whose sitting it is", () => {
  it.each([
    ['"meets on"', "The Trust's board meets on 1 December 2027."],
    ['"will meet on"', "The County Council's cabinet will meet on 1 December 2027."],
    ['"next meets on"', "The Health Trust's board next meets on 1 December 2027."],
  ])('%s', (_name, line) => {
    expect(closing('Dates of meetings', `Future meetings: 11 January 2028 and 8 March 2028.\n${line}`)).toEqual([
      '2028-01-11',
      '2028-03-08',
    ]);
  });

  it("near-miss: the committee's own possessive keeps the day", () => {
    expect(
      closing(
        'Dates of meetings',
        "Future meetings: 11 January 2028 and 8 March 2028.\nThe Leisure Committee's working group meets on 1 December 2027.",
      ),
    ).toEqual(['2027-12-01', '2028-01-11', '2028-03-08']);
  });
});

describe("a year the list's lead-in gives is the year of its days", () => {
  it.each([
    [
      'the dates of meetings for a year',
      'Members fixed the dates of meetings for 2028 as 20 January, 9 March, 11 May and 7 December.',
    ],
    ['a lead-in line', 'Meeting dates for 2028:\n20 January\n9 March\n11 May\n7 December'],
    ['"in" the year', 'The Committee will meet in 2028 on 20 January, 9 March, 11 May and 7 December.'],
  ])('%s', (_name, body) => {
    expect(closing('Dates of meetings', body)).toEqual(['2028-01-20', '2028-03-09', '2028-05-11', '2028-12-07']);
  });

  it.each([
    [
      'a council year across two calendar years',
      'The Committee agreed its dates for 2027/28: 7 December, 20 January and 9 March.',
      ['2027-12-07', '2028-01-20', '2028-03-09'],
    ],
    [
      'a year named for something else in the minute',
      'The next meeting will be on 7 December. The plan runs to 2028.',
      ['2027-12-07'],
    ],
  ])('near-miss: %s', (_name, body, want) => {
    expect(closing('Dates of meetings', body)).toEqual(want);
  });
});

describe('a day in a later instruction after a semicolon is not the next meeting', () => {
  it.each([
    [
      'more time sought for an application',
      "Held over to the next meeting; the Clerk to seek the applicant's consent to more time, to 16 December.",
    ],
    [
      'a date to write by',
      'The item was put back to the next meeting; the Clerk to write to the owner by 16 December.',
    ],
  ])('%s', (_name, business) => {
    expect(closing('Date of next meeting', 'Tuesday 11 January 2028 at 6pm.', business)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'a short label after the semicolon',
      'The next meeting will be held at the Pavilion; on Tuesday 14 December 2027.',
    ],
    ['no semicolon', 'The next meeting will be held at the Pavilion on Tuesday 14 December 2027.'],
  ])('near-miss: %s', (_name, business) => {
    expect(closing('Any other business', 'None.', business)).toEqual(['2027-12-14']);
  });
});

describe("a bracket after a day in the list naming another body labels that body's sitting", () => {
  it.each([
    [
      'a pool of a sub-committee',
      '1 December 2027 (Appeals Sub-Committee rota), 11 January 2028 and 8 March 2028, 2pm.',
    ],
    ['a body alone, after a time', '1 December 2027, 10am (Planning Committee); 11 January 2028 and 8 March 2028.'],
    ['on rows of their own', '1 December 2027 (Full Council – budget)\n11 January 2028\n8 March 2028'],
  ])('%s', (_name, body) => {
    expect(closing('Dates of next meetings', body)).toEqual(['2028-01-11', '2028-03-08']);
  });

  it.each([
    ['a venue', '1 December 2027 (Council Chamber), 11 January 2028 (Pavilion Hall) and 8 March 2028.'],
    ['online', '1 December 2027 (Teams), 11 January 2028 and 8 March 2028.'],
    ['a note of the business', '1 December 2027 (budget), 11 January 2028 and 8 March 2028 (AGM).'],
    ["this body's own name", '1 December 2027 (Leisure Committee), 11 January 2028 and 8 March 2028.'],
  ])('near-miss: %s', (_name, body) => {
    expect(closing('Dates of next meetings', body)).toEqual(['2027-12-01', '2028-01-11', '2028-03-08']);
  });
});

it("near-miss: a bracket after the next meeting's day noting another body's own day keeps this body's", () => {
  expect(
    closing('Date of next meeting', 'Tuesday 11 January 2028 at 7pm. (Full Council meets on Tuesday 25 January 2028.)'),
  ).toEqual(['2028-01-11']);
  expect(
    closing('Date of next meeting', 'Tuesday 11 January 2028 at 7pm. (Planning Committee: 4 January 2028.)'),
  ).toEqual(['2028-01-11']);
});
