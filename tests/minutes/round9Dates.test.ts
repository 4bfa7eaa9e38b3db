// Issue 11, round 9: how minutes write their coming meetings, as forms that recur across bodies —
// a list whose lines carry a label (a school term, a quarter, a body), a lead-in with a qualifier
// ("Further meetings this municipal year:"), a list printed after the line that closes the
// meeting, a run of dates in prose under a lone "Next meetings" heading, dates joined by "and" /
// "then" to a sitting of this body, an event told inside a list. The meeting's own date is in
// round9MeetingDate.test.ts. Invented wording.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';

const next = (text: string, meeting: string | null) => {
  const lines = layout(text).split('\n');
  return findNextMeetings(splitMinutes(lines), meeting, ownBodyOf(lines));
};
const MEETING = '2027-11-09';
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const withList = (list: string) => `${HEAD}2. Rents\nNoted.\n\n${list}\n`;

describe('a line of a list of coming meetings: a label, then the dates', () => {
  it.each([
    [
      'school terms with a colon',
      'Future meetings:\nSpring term: Tuesday 11 January 2028\nSummer term: Tuesday 13 June 2028',
    ],
    [
      'school terms with a dash',
      'Future meetings (all at 6pm):\n  Spring term 2028 – Tue 11th January\n  Summer term 2028 – Tue 13th June',
    ],
    [
      'quarters in columns, a theme after',
      'Dates and themes for 2028 meetings (6pm, Hall)\n  Q3 2027/28   Tue 11 January 2028   Theme: voids\n  Q1 2028/29   Tue 13 June 2028      Theme: repairs',
    ],
    [
      'a numbered sitting in columns',
      'Dates of future meetings\nMeeting 4\t11/01/2028\t6pm\nMeeting 5\t13/06/2028\t6pm',
    ],
  ])('%s', (_name, list) => {
    expect(next(withList(list), MEETING)).toEqual(['2028-01-11', '2028-06-13']);
  });

  it.each([
    [
      'rows per body, day-first with dots',
      'Programme of meetings 2028\nEstates Panel:      11.01.28   13.06.28\nAudit Committee:    18.01.28   20.06.28\nCabinet:            25.01.28',
    ],
    [
      'rows per body, dot leaders',
      'DATES OF REMAINING MEETINGS 2027/28 (all Tuesdays)\n   Estates Panel ........ 11/01/28, 13/06/28\n   Full Council ......... 18/01/28, 20/06/28',
    ],
    [
      'rows per body, a dash',
      'Forthcoming meetings:\nFull Council – 18 January 2028\nEstates Panel – 11 January 2028 and 13 June 2028',
    ],
  ])("%s: only this body's row", (_name, list) => {
    expect(next(withList(list), MEETING)).toEqual(['2028-01-11', '2028-06-13']);
  });

  it("a row naming this body by its initials and head noun is this body's", () => {
    const text =
      'Minutes of the Finance and General Purposes Committee held on Tuesday 9 November 2027\n\n1. Apologies\nNone.\n\nThe meeting closed at 9pm.\n\nDATES OF REMAINING MEETINGS\n   F&GP Committee ..... 11/01/28, 13/06/28\n   Full Council ....... 18/01/28\n';
    expect(next(text, MEETING)).toEqual(['2028-01-11', '2028-06-13']);
  });

  it('a line with a label but no date ends the list', () => {
    const list = 'Future meetings:\nSpring term: Tuesday 11 January 2028\nRefreshments: the fun day is on 2 May 2028';
    expect(next(withList(list), MEETING)).toEqual(['2028-01-11']);
  });
});

describe('a lead-in with a qualifier after "meetings"', () => {
  it.each([
    ['this municipal year', 'Further meetings this municipal year: 11 January 2028, 13 June 2028.'],
    ['of the body', 'Future meetings of the Panel: 11 January 2028 and 13 June 2028'],
    ['in a year', 'Remaining meetings in 2028: Tuesday 11 January, Tuesday 13 June.'],
    ['during the year, then a list under it', 'Next meetings during the year:\n11 January 2028\n13 June 2028'],
  ])('%s', (_name, list) => {
    expect(next(withList(list), MEETING)).toEqual(['2028-01-11', '2028-06-13']);
  });

  it('a sentence about meetings with others is no lead-in', () => {
    expect(next(withList('Further meetings with residents were held on 11 January 2028.'), MEETING)).toEqual([]);
  });
});

describe('a list of coming meetings printed after the line that closes the meeting', () => {
  it.each([
    ['capitals heading', 'The meeting closed at 8.40pm.\n\nDATES OF FUTURE MEETINGS\n11 January 2028\n13 June 2028'],
    ['lead-in with dates on it', 'The meeting ended at 8.40pm.\n\nFuture meetings: 11 January 2028, 13 June 2028.'],
  ])('%s', (_name, list) => {
    expect(next(withList(list), MEETING)).toEqual(['2028-01-11', '2028-06-13']);
  });

  it('dated lines after the close with no lead-in are not read', () => {
    const list = 'The meeting closed at 8.40pm.\n\nPosted 11 January 2028\nPosted 13 June 2028';
    expect(next(withList(list), MEETING)).toEqual([]);
  });
});

describe("a minute about the next meeting's business is no list of dates", () => {
  it.each([
    ['Items for next meeting', '7. Items for next meeting\nThe fun day on Saturday 15 January 2028 was raised.'],
    ['Matters for the next meeting', '7. Matters for the next meeting\nThe repairs survey due by 14 January 2028.'],
  ])('%s', (_name, minute) => {
    expect(next(`${HEAD}${minute}\n`, MEETING)).toEqual([]);
  });
});

describe('a run of dates in prose under a lone "Next meetings" heading', () => {
  it.each([
    [
      'fortnightly, "then"',
      'Next meetings\nThe Panel will meet fortnightly until the review ends: Tue 11th Jan and Tue 25th Jan 2028, then Tue 8th Feb 2028, all at 6pm.',
      ['2028-01-11', '2028-01-25', '2028-02-08'],
    ],
    [
      'monthly, a dash',
      'Future meetings\nMeetings will continue monthly – 11 January, 8 February and 14 March 2028.',
      ['2028-01-11', '2028-02-08', '2028-03-14'],
    ],
    [
      'weekly, "every" with a time first',
      'Dates of next meetings\nMembers agreed to meet every week at 5pm on 11 January, 18 January and 25 January 2028.',
      ['2028-01-11', '2028-01-18', '2028-01-25'],
    ],
  ])('%s', (_name, list, expected) => {
    expect(next(withList(list), MEETING)).toEqual(expected);
  });

  it("another body's sitting in the same paragraph stays out", () => {
    const list =
      'Next meetings\nThe Panel will meet on 11 January 2028 and 13 June 2028. The Audit Committee will meet on 18 January 2028.';
    expect(next(withList(list), MEETING)).toEqual(['2028-01-11', '2028-06-13']);
  });
});

describe('dates joined to a sitting of this body by "and", commas or "then"', () => {
  it.each([
    [
      'held at a time on … and …',
      'It was NOTED that the future meetings of the Panel will be held at 6.30 p.m. on Tuesday 11th January 2028 and Tuesday 13th June 2028 (Annual Meeting).',
      ['2028-01-11', '2028-06-13'],
    ],
    [
      'a comma list after "on"',
      'The Panel agreed to meet again on 11 January, 8 February and 14 March 2028.',
      ['2028-01-11', '2028-02-08', '2028-03-14'],
    ],
    [
      'the next two meetings',
      'The next two meetings will be on 11 January 2028 and 13 June 2028.',
      ['2028-01-11', '2028-06-13'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(next(`${HEAD}5. Any other business\n${sentence}\n`, MEETING)).toEqual(expected);
  });

  it.each([
    [
      'another body named before the second',
      'The next meeting will be on 11 January 2028 and the Audit Committee will meet on 18 January 2028.',
    ],
    ['held only if required', 'The next meeting will be on 11 January 2028 and, if required, 18 January 2028.'],
  ])('%s: not joined', (_name, sentence) => {
    expect(next(`${HEAD}5. Any other business\n${sentence}\n`, MEETING)).toEqual(['2028-01-11']);
  });
});

describe('forms already read, worded other ways', () => {
  it.each([
    [
      'a rule, then the dates it gives',
      'Dates of future meetings\nThe Panel meets on the first Tuesday of every other month, at 6pm.\nDates for 2028: 11 January, 7 March and 2 May.',
      ['2028-01-11', '2028-03-07', '2028-05-02'],
    ],
    [
      'a rule and the dates in one sentence',
      'Future meetings\nMeetings will be held on the second Tuesday of each month: 11 January, 8 February and 14 March 2028.',
      ['2028-01-11', '2028-02-08', '2028-03-14'],
    ],
    [
      'bullets on one line',
      'Future meetings: Tue 11 Jan 2028 (budget) • Tue 7 Mar 2028 • Tue 2 May 2028 (annual meeting) – all at 6pm',
      ['2028-01-11', '2028-03-07', '2028-05-02'],
    ],
    [
      'bars on one line, day-first with dots',
      'Dates of next meetings: 11.01.28 | 07.03.28 | 02.05.28',
      ['2028-01-11', '2028-03-07', '2028-05-02'],
    ],
    [
      'no year, after the meeting',
      'Date of next meeting\nTuesday 11th January, then Tuesday 7th March.',
      ['2028-01-11', '2028-03-07'],
    ],
  ])('%s', (_name, list, expected) => {
    expect(next(withList(list), MEETING)).toEqual(expected);
  });
});

describe("a council's minutes: its own sittings among its committees'", () => {
  const COUNCIL =
    'MINUTES of the Meeting of Brackenford Town Council held on Monday 8 November 2027 at 7pm\n\n1. Apologies\nNone.\n\n';
  const council = (minute: string) => next(`${COUNCIL}${minute}\n`, '2027-11-08');
  it.each([
    [
      'bodies and dashes on one line',
      '9. Dates of meetings\nFull Council – 10 January 2028, 14 February 2028; Planning Committee – 17 January 2028.',
      ['2028-01-10', '2028-02-14'],
    ],
    [
      'bodies and colons on one line',
      '9. Dates of meetings\nCouncil: 10 January 2028 and 14 February 2028. Planning Committee: 17 January 2028.',
      ['2028-01-10', '2028-02-14'],
    ],
    [
      'a committee the same evening',
      '9. Date of next meeting\nThe next meeting of the Council will be on Monday 10 January 2028 at 7pm, with the Planning Committee at 6.30pm on Monday 17 January 2028.',
      ['2028-01-10'],
    ],
    [
      'the annual meeting of the council in a list',
      '9. Dates of future meetings\n10 January 2028, 14 February 2028 (budget) and the Annual Meeting of the Council on 8 May 2028.',
      ['2028-01-10', '2028-02-14', '2028-05-08'],
    ],
    [
      'a title naming the meetings and a year',
      '9. Council meetings 2028\nMonday 10 January, Monday 14 February, Monday 13 March',
      ['2028-01-10', '2028-02-14', '2028-03-13'],
    ],
    [
      "the electors' annual meeting in a list",
      '9. Dates of future meetings\n10 January 2028 and 14 February 2028. The Annual Town Meeting will be held on 24 April 2028.',
      ['2028-01-10', '2028-02-14'],
    ],
  ])('%s', (_name, minute, expected) => {
    expect(council(minute)).toEqual(expected);
  });
});

describe('a lead-in that names the meetings first, or a sentence that sets the dates', () => {
  it.each([
    ['"Meeting dates for" a year', 'Meeting dates for 2028: 11 January, 7 March and 2 May.'],
    ['"Meetings for the rest of the year"', 'Meetings for the rest of the year: 11 January, 7 March, 2 May.'],
    [
      'resolved to approve the dates',
      'It was RESOLVED to approve the following meeting dates for 2028: 11 January, 7 March and 2 May.',
    ],
    ['agreed its dates', 'The Panel agreed its meeting dates for 2028/29: 11 January, 7 March and 2 May 2028.'],
    ['meetings in a year will be held on', 'Panel meetings in 2028 will be held on 11 January, 7 March and 2 May.'],
  ])('%s', (_name, sentence) => {
    expect(next(`${HEAD}5. Any other business\n${sentence}\n`, MEETING)).toEqual([
      '2028-01-11',
      '2028-03-07',
      '2028-05-02',
    ]);
  });

  it("another body's dates so introduced stay out", () => {
    const sentence = 'Audit Committee meetings in 2028 will be held on 18 January and 14 March.';
    expect(next(`${HEAD}5. Any other business\n${sentence}\n`, MEETING)).toEqual([]);
  });
});

describe('in a list of meetings, a date whose sentence tells of something else is no sitting', () => {
  it.each([
    [
      'an event after the date',
      "Date of next meeting\nTuesday 11 January 2028 at 6pm. The Mayor's carol service is on 19 December 2027.",
    ],
    [
      'a deadline in the minute',
      '9. Date of next meeting\nTuesday 11 January 2028. Papers are due with the Clerk by 28 December 2027.',
    ],
  ])('%s', (_name, list) => {
    expect(next(withList(list), MEETING)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'the agreed dates, no "meeting" said',
      '9. Dates of meetings\nThe following dates were agreed (all at 6pm): 11 January, 7 March and 2 May 2028.',
    ],
    ['semicolons', 'Future meetings: Tuesday 11 January 2028; Tuesday 7 March 2028; Tuesday 2 May 2028.'],
    [
      'the first date of a minute headed as the next meeting',
      '9. Date of next meeting\nTo be held in the Hall on Tuesday 11 January 2028, then on Tuesday 7 March 2028.',
    ],
    ['an AGM after', 'Next meeting: Tuesday 11 January 2028, 6pm. AGM to follow on Tuesday 7 March 2028.'],
  ])('%s: still sittings', (_name, list) => {
    const found = next(withList(list), MEETING);
    expect(found[0]).toBe('2028-01-11');
    expect(found).toContain('2028-03-07');
  });
});

describe('a paragraph number before the date of a list line', () => {
  it.each([
    ['decimal paragraph', '8. Date of next meeting\n8.1  Tuesday, 11 January 2028 at 6pm, Council Chamber.'],
    ['lettered clause', '8. Date of next meeting\n(a) 11 January 2028, 6pm.'],
    ['roman clause', '8. Date of next meeting\ni. 11 January 2028 at 6pm'],
  ])('%s', (_name, minute) => {
    expect(next(`${HEAD}${minute}\n`, MEETING)).toEqual(['2028-01-11']);
  });
});

describe('an extraordinary or special meeting set for a day is a sitting; one held in case is not', () => {
  it.each([
    [
      'called in a sentence',
      'The Panel will hold an extraordinary meeting on 14 December 2027 to set the rents.',
      ['2027-12-14'],
    ],
    [
      'deferred to it',
      'RESOLVED to defer the rent setting to a special meeting on Tuesday 14 December 2027.',
      ['2027-12-14'],
    ],
    ['if required', 'A further meeting, if required, will be held on 14 December 2027.', []],
    ['provisionally', 'A meeting is provisionally booked for 14 December 2027.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(next(`${HEAD}5. Any other business\n${sentence}\n`, MEETING)).toEqual(expected);
  });
});
