// Issue 11, round 27: next meetings — a work programme laid out by the days of the meetings it fills (each row or label
// opening with the day, the business after it) is the body's calendar too; and forms beside it: a list led by the body's
// "sessions" or "sittings", a label saying its day is "not a … meeting", a named meeting with its initials in brackets,
// "at an extraordinary meeting" where another body is the clause's subject, a list of dates printed as a table with
// bars, notes' "mtg", a deadline after the next meeting is named, a table's row under a row due at the next meeting,
// and the masthead's "Held on:". Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import {
  ASHVALE_HEAD as HEAD,
  ASHVALE_MEETING as MEETING,
  ashvaleNextMeetings as nextOf,
  NOTHING_DECIDED as NOTHING,
} from './helpers/ashvaleLeisure.js';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** The next meetings of the Leisure Committee's minutes with `body` under minute 6, titled `title`. */
const next = (title: string, body: string): string[] => {
  const lines = layout(
    `${HEAD}6. ${title}\n${body}\n\n8. Date of next meeting\nTuesday 11 January 2028 at 6pm.\n`,
  ).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe("a work programme's rows that open with a meeting's day give this body's coming meetings", () => {
  it.each([
    [
      'numbered rows, a dash after the day',
      'Work Programme 2027/28',
      'RESOLVED that the programme be agreed with these changes:\n(1) 11 January 2028 – play strategy; pitch fees\n(2) 8 March 2028 – allotments review; tree survey\n(3) 10 May 2028 – annual report',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
    [
      'days as labels over lettered entries',
      'Work programme',
      'The Committee looked at its work programme.\nRESOLVED: That the programme for the next two meetings be as follows:\n 8 March 2028 (budget meeting):\n   (a) Fees and charges - Clerk\n   (b) Cemetery wall repairs\n 10 May 2028:\n   (c) Play area inspection report',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
    [
      'bullets, weekdays and a colon',
      'Committee work plan',
      '- Wednesday 8 March 2028: skate park consultation, bowling green lease\n- Wednesday 10 May 2028: summer events',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
    [
      'a time after the day, then the business',
      'Forward work programme',
      'Members agreed the following:\n8 March 2028, 6pm – grounds maintenance contract\n10 May 2028, 6pm – youth provision',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(next(title, body)).toEqual(expected);
  });

  it.each([
    [
      'a reserve day among the rows',
      'Work programme',
      '(1) 8 March 2028 – fees\n(2) 22 March 2028 (reserve) – fees if not settled\n(3) 10 May 2028 – annual report',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
    [
      'a row that says the meeting is off',
      'Work programme',
      '(1) 8 March 2028 – fees\n(2) 22 March 2028 – meeting cancelled\n(3) 10 May 2028 – annual report',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
    [
      "a workshop's day among the rows",
      'Work programme',
      '(1) 8 March 2028 – fees\n(2) 15 March 2028 – workshop on the play strategy\n(3) 10 May 2028 – annual report',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
    [
      'a deadline among the rows',
      'Work programme',
      '(1) 8 March 2028 – fees\n(2) 1 March 2028 – deadline for members to suggest topics\n(3) 10 May 2028 – annual report',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
    [
      "another body's sitting among the rows",
      'Work programme',
      '(1) 8 March 2028 – fees\n(2) 20 March 2028 – Full Council\n(3) 10 May 2028 – annual report',
      ['2028-01-11', '2028-03-08', '2028-05-10'],
    ],
  ])('near-miss: %s', (_name, title, body, expected) => {
    expect(next(title, body)).toEqual(expected);
  });

  it.each([
    [
      'the same rows under a minute that is no programme',
      'Grants',
      '(1) 8 March 2028 – applications open\n(2) 10 May 2028 – applications close',
    ],
    [
      'one dated line under a programme, a sentence about it',
      'Work programme',
      '8 March 2028 – the fees item was moved.',
    ],
    [
      'a day inside the row, not opening it',
      'Work programme',
      '(1) fees review, report due 8 March 2028\n(2) annual report, due 10 May 2028',
    ],
    ['a month with no day', 'Work programme', '(1) March 2028 – fees\n(2) May 2028 – annual report'],
  ])('near-miss, nothing added: %s', (_name, title, body) => {
    expect(next(title, body)).toEqual(['2028-01-11']);
  });
});

describe('a list of coming sittings led by what the body calls them', () => {
  it.each([
    [
      '"Future committee sessions:"',
      'Future committee sessions: Tuesday 8 February 2028 and Tuesday 14 March 2028, both at 6pm.',
    ],
    ['"Forthcoming sittings:"', 'Forthcoming sittings: 8 February 2028, 14 March 2028.'],
  ])('%s', (_name, business) => {
    expect(nextOf(business)).toEqual(['2028-01-11', '2028-02-08', '2028-03-14']);
  });

  it('near-miss: "Future training sessions:" are no sittings', () => {
    expect(nextOf('Future training sessions: Tuesday 8 February 2028 and Tuesday 14 March 2028.')).toEqual([
      '2028-01-11',
    ]);
  });
});

describe('a label that says its day is "not a … meeting"', () => {
  it.each([
    ['a briefing', 'Tuesday 11 January 2028, 6pm, Room 2.\nBriefing (not a formal meeting): 25 January 2028.'],
    ['a walk round', 'Tuesday 11 January 2028, 6pm.\nWalk round the parks (not a business meeting): 25 January 2028.'],
  ])('%s', (_name, dates) => {
    expect(nextOf(NOTHING, dates)).toEqual(['2028-01-11']);
  });

  it('near-miss: a bracket that says nothing against the meeting', () => {
    expect(nextOf(NOTHING, 'Tuesday 11 January 2028, 6pm.\nBudget meeting (in the Annexe): 25 January 2028.')).toEqual([
      '2028-01-11',
      '2028-01-25',
    ]);
  });
});

describe('a named meeting with its initials in brackets is still the named meeting', () => {
  it('"The Annual Members’ Meeting (AGM) will be held on"', () => {
    expect(
      nextOf(
        NOTHING,
        'Tuesday 11 January 2028 at 6pm.\nThe Annual Members’ Meeting (AGM) will be held on Thursday 14 December 2027.',
      ),
    ).toEqual(['2028-01-11']);
  });

  it('near-miss: "The Annual General Meeting (AGM)" names no one else', () => {
    expect(
      nextOf(
        NOTHING,
        'Tuesday 11 January 2028 at 6pm.\nThe Annual General Meeting (AGM) will be held on Thursday 14 December 2027.',
      ),
    ).toEqual(['2027-12-14', '2028-01-11']);
  });
});

describe('"at an extraordinary meeting on" where another body is the subject', () => {
  it.each([
    [
      '"will … at an extraordinary meeting on"',
      'RESOLVED to note that the Town Council will adopt the fees at an extraordinary meeting on Tuesday 8 February 2028.',
    ],
    [
      '"is to … at a special meeting on"',
      'It was noted that the District Council is to set its budget at a special meeting on 8 February 2028.',
    ],
  ])('%s', (_name, business) => {
    expect(nextOf(business)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'this body the subject',
      'RESOLVED that the Committee will review the fees at a special meeting on Tuesday 8 February 2028.',
    ],
    ['no body the subject', 'Members agreed to hold an extra meeting on Tuesday 8 February 2028.'],
  ])('near-miss: %s', (_name, business) => {
    expect(nextOf(business)).toEqual(['2028-01-11', '2028-02-08']);
  });
});

describe('a list of dates printed as a table with bars, and "mtg" for meeting', () => {
  it.each([
    [
      'a table with a head row',
      '| Date | Time | Venue |\n| --- | --- | --- |\n| 11 January 2028 | 6pm | Hall |\n| 8 February 2028 | 6pm | Hall |',
    ],
    ['rows only, no closing bar', '| Tuesday 11 January 2028 | 6pm\n| Tuesday 8 February 2028 | 6pm'],
  ])('%s', (_name, dates) => {
    expect(next('Dates of meetings 2028', dates)).toEqual(['2028-01-11', '2028-02-08']);
  });

  it("near-miss: a table's row whose first cell is not the day", () => {
    expect(
      next('Dates of meetings 2028', '| Tuesday 11 January 2028 | 6pm |\n| Papers due | 28 January 2028 |'),
    ).toEqual(['2028-01-11']);
  });

  it.each([
    ['"Next mtg:" with a shortened weekday', 'Next mtg: Tues 8th Feb 2028, 6pm.'],
    ['"next mtg will be on"', 'AB said the next mtg will be on 8 February 2028.'],
  ])('%s', (_name, business) => {
    expect(nextOf(business)).toEqual(['2028-01-11', '2028-02-08']);
  });

  it.each([
    ['"next mtg"', 'AB\tSend the plan round\tnext mtg\nCD\tBook the hall for the fun day\t23 January 2028'],
    ['"next meeting"', 'AB\tSend the plan round\tnext meeting\nCD\tBook the hall for the fun day\t23 January 2028'],
  ])('near-miss: a row of a table under a row due at the %s is no sentence of it', (_name, business) => {
    expect(nextOf(business)).toEqual(['2028-01-11']);
  });

  it.each([
    ['"before next mtg (by …)"', 'AB to send the quotes before next mtg (by 20 January 2028).'],
    [
      '"before the next meeting, by …"',
      'The Clerk to circulate the draft before the next meeting, by 20 January 2028.',
    ],
    [
      '"ahead of the next meeting and no later than …"',
      'Papers for the next meeting to reach the Clerk no later than 20 January 2028.',
    ],
  ])('near-miss: a deadline after the next meeting is named is no meeting: %s', (_name, business) => {
    expect(nextOf(business)).toEqual(['2028-01-11']);
  });
});

describe('this meeting\'s date from a masthead field "Held on:"', () => {
  const BODY = '\n\n1. Apologies\nNone.\n\n2. Play area\nRESOLVED that the Clerk obtain three quotes.\n';
  const dateOf = (head: string) => parseMinutes(`${head}${BODY}`).meeting.date ?? null;

  it('"Held on:" as a field', () => {
    expect(dateOf('MINUTES\nLeisure Committee\nHeld on: 9 November 2027')).toBe('2027-11-09');
  });

  it.each([
    ['a sentence in the masthead', 'Leisure Committee\nThe walk round the parks was held on 9 November 2027 at noon.'],
    ['another field', 'Leisure Committee\nAgenda sent: 1 November 2027'],
  ])('near-miss: %s', (_name, head) => {
    expect(dateOf(head)).toBeNull();
  });
});
