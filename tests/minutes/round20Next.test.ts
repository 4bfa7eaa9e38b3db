// Issue 11, round 20: next meetings and the meeting's date — a sitting another body is asked to hold ("recommended to
// full Council … at its meeting on"); a committee page's "Meeting of <body>, <weekday> …" or "Minutes of <body>, <weekday>
// …" title, which names this body and dates its sitting; a meeting that "would move to" another day; a listed day marked
// "(provisional)" after it. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { findMeetingDate } from '../../src/minutes/meetingDate.js';

const MEETING = '2027-11-09';
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (minute: string, head = HEAD) => {
  const lines = layout(`${head}${minute}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('another body asked to act "at its meeting on": "full" before its name', () => {
  it.each([
    [
      'passive, "to full Council"',
      'That the strategy be recommended to full Council for formal adoption at its meeting on 14 December 2027.',
    ],
    [
      '"the full Town Council"',
      'that the draft budget be recommended to the full Town Council for final approval at its meeting on 14 December 2027;',
    ],
    [
      'active, "referred to full Council"',
      'The Panel referred the scheme to full Council, for decision at its meeting on 14 December 2027.',
    ],
    [
      '"Full" capitalised',
      'That the charter be commended to Full Council for formal adoption at its meeting on 14 December 2027.',
    ],
  ])('%s', (_name, text) => {
    expect(
      next(`5. Housing strategy\nRESOLVED:\n${text}\n\n6. Date of next meeting\nTuesday 11 January 2028 at 6pm.`),
    ).toEqual(['2028-01-11']);
  });

  it.each([
    ['this body, named', 'That the strategy be brought back to the Panel at its meeting on 14 December 2027.'],
    ['this body, "the full Panel"', 'That the task group report to the full Panel at its meeting on 14 December 2027.'],
  ])('near-miss, still this body: %s', (_name, text) => {
    expect(next(`5. Housing strategy\nRESOLVED:\n${text}`)).toEqual(['2027-12-14']);
  });
});

describe('a committee page headed "Meeting of <body>, <weekday> <date>"', () => {
  const page = (header: string) =>
    `Hartwell Borough Council\nHome > Meetings > Moorside Estates Panel\n\n${header}\nVenue: Room 2, Civic Offices\n\n1. Apologies\nNone.\n\n`;
  it.each([
    ['weekday after a comma', 'Meeting of Moorside Estates Panel, Tuesday, 9th November, 2027 6.00 pm'],
    ['no comma before the date', 'Meeting of Moorside Estates Panel, Tuesday 9 November 2027 6.00 pm (Item 4.)'],
    ['"the" before the name', 'Meeting of the Moorside Estates Panel, Tuesday 9 November 2027'],
  ])('the council above it is another body: %s', (_name, header) => {
    const text =
      '5. Lettings policy\nRESOLVED: That Council be recommended to adopt the policy at its meeting on 14 December 2027.';
    expect(next(text, page(header))).toEqual([]);
    expect(ownBodyOf(layout(page(header)).split('\n')).name).toBe('Moorside Estates Panel');
  });

  it('near-miss: a line that only mentions a meeting of another body is no header', () => {
    const lines = layout(
      'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027\n\nMeeting of Hartwell Cabinet, Monday 8 November 2027 was noted.\n',
    ).split('\n');
    expect(ownBodyOf(lines).name).toBe('Moorside Estates Panel');
  });
});

describe('the meeting date from a committee page title "Minutes of <body>, <weekday> <date>"', () => {
  it.each([
    [
      'with the council after a dash',
      'Minutes of Harbour Panel, Tuesday, 9th November, 2027 6.00 pm - Hartwell Council',
    ],
    ['"Meeting of"', 'Meeting of Harbour Panel, Tuesday 9 November 2027 6.00 pm'],
    ['"the" and no time', 'Minutes of the Harbour Panel, Tuesday 9 November 2027'],
  ])('%s', (_name, title) => {
    expect(findMeetingDate([title, 'Skip to content', '1. Apologies', 'None.'])).toBe('2027-11-09');
    expect(ownBodyOf([title]).name).toBe('Harbour Panel');
  });

  it('near-miss: an item approving earlier minutes is no title', () => {
    expect(
      findMeetingDate([
        'Harbour Panel',
        '',
        '1. Minutes',
        'The minutes of the Harbour Panel, Tuesday 12 October 2027, were agreed.',
      ]),
    ).toBeNull();
  });
});

describe('a meeting of this body that "would move to" another day', () => {
  it.each([
    ['"would move to"', 'Members were told that the meeting arranged for 8 March 2028 would move to 15 March 2028.'],
    ['"will move to"', 'The meeting on 8 March 2028 will move to 15 March 2028 because of the election.'],
    ['"will now move to"', "The Panel noted that the Panel's meeting on 8 March 2028 will now move to 15 March 2028."],
  ])('%s', (_name, text) => {
    expect(next(`5. Work programme\n${text}`)).toEqual(['2028-03-15']);
  });

  it.each([
    [
      'a paper moves, not the meeting',
      'The budget report for the meeting on 8 March 2028 would move to 15 March 2028.',
    ],
    ['a meeting that moves room', 'The meeting on 8 March 2028 will move to the Council Chamber.'],
  ])('near-miss: %s', (_name, text) => {
    expect(next(`5. Work programme\n${text}`)).toEqual(['2028-03-08']);
  });
});

describe('a listed day marked provisional after it', () => {
  it.each([
    [
      'in brackets with a reason',
      'Monday 10 January 2028, 6pm\nMonday 13 March 2028, 6pm (provisional, subject to the annual meeting)',
    ],
    ['after a dash', 'Monday 10 January 2028\nMonday 13 March 2028 – provisional'],
    ['"provisionally" after a comma', 'Monday 10 January 2028 and Monday 13 March 2028, provisionally.'],
  ])('%s', (_name, text) => {
    expect(next(`9. Dates of future meetings\n${text}`)).toEqual(['2028-01-10']);
  });

  it('near-miss: a provisional word about something else on the line before', () => {
    expect(next('9. Dates of future meetings\nThe provisional budget was noted.\nMonday 10 January 2028, 6pm')).toEqual(
      ['2028-01-10'],
    );
  });
});

describe('a provisional day in the sentence after a listed day', () => {
  it("the full stop after the time ends the first day's sentence", () => {
    expect(
      next('9. Date of next meeting\nWednesday 12 January 2028 at 6.00 pm. (Provisional extra meeting: 8 March 2028.)'),
    ).toEqual(['2028-01-12']);
  });
});

describe('a decision that this body meet on a day', () => {
  it.each([
    [
      'two days, a bracket between',
      '(b) that the Panel meet on 12 January 2028 (additional meeting) and on 8 March 2028.',
    ],
    ['"meet again"', 'RESOLVED: That the Panel meet again on 12 January 2028 and on 8 March 2028.'],
    ['capitals', 'RESOLVED that the Moorside Estates Panel meet on 12 January 2028 and on 8 March 2028.'],
  ])('%s', (_name, text) => {
    expect(next(`8. Work programme\n${text}`)).toEqual(['2028-01-12', '2028-03-08']);
  });

  it.each([
    ['another body', 'that the Tenants Forum meet on 12 January 2028 to discuss the charter.'],
    ['people, not a body', 'that officers meet on 12 January 2028 with the contractor.'],
  ])('near-miss: %s', (_name, text) => {
    expect(next(`8. Work programme\n${text}`)).toEqual([]);
  });
});

describe("the meeting date from a hearing notice's field", () => {
  it.each([
    ['"Date of hearing:"', 'Date of hearing:    Monday 8 May 2028, 10.00am'],
    ['"Hearing date:"', 'Hearing date: 8 May 2028'],
  ])('%s', (_name, field) => {
    expect(findMeetingDate(['HARTWELL DISTRICT COUNCIL', 'LICENSING SUB-COMMITTEE', field, 'LS/1 APOLOGIES'])).toBe(
      '2028-05-08',
    );
  });

  it('near-miss: a hearing date named in the text is no field', () => {
    expect(findMeetingDate(['LICENSING SUB-COMMITTEE', 'The date of hearing was set as 8 May 2028.'])).toBeNull();
  });
});
