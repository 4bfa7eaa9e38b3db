// Issue 11, round 11: next meetings and the meeting's own date, from the forms the newest sets
// (written unread) showed, as rules of how minutes are laid out and worded — a sitting called off
// or moved anywhere in the minutes, another body that "meets" on a day, a time and a bracket before
// the next date of a run, and the masthead's date against the approval of the last minutes.
// Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { parseMinutes } from '../../src/minutes/index.js';

const MEETING = '2027-11-09';
const HEAD =
  'Minutes of the Ashcombe Leisure Committee held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (body: string) => {
  const lines = layout(`${HEAD}${body}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};
const DATES = '9. Dates of future meetings\n12 January 2028, 9 February 2028 and 15 March 2028.';

describe('a sitting the minutes call off or move is no coming meeting, wherever its day is printed again', () => {
  it.each([
    [
      'subjunctive, in a resolution',
      '5. Work programme\nRESOLVED: That the meeting of the Committee set for 12 January 2028 be cancelled.',
    ],
    [
      'an aside, "having been cancelled"',
      '5. Work programme\nThe Chair said that, the meeting on 12 January 2028 having been cancelled, the review would wait.',
    ],
    [
      '"previously pencilled in … is no longer needed"',
      '5. Work programme\nThe Clerk said the meeting previously pencilled in for Wednesday 12 January 2028 is no longer needed.',
    ],
    [
      '"originally arranged for … will not now take place"',
      '5. Work programme\nThe meeting originally arranged for 12 January 2028 will not now take place.',
    ],
    [
      'a passive, "has been called off"',
      '5. Work programme\nMembers noted that the meeting on 12 January 2028 has been called off.',
    ],
  ])('%s', (_name, minute) => {
    expect(next(`${minute}\n\n${DATES}`)).toEqual(['2028-02-09', '2028-03-15']);
  });

  it('a meeting moved to another day leaves the first day and keeps the new one', () => {
    const minute =
      '9. Dates of next meetings\n9.1 The meeting on 12 January 2028 is moved to Wednesday 19 January 2028, as the hall is booked.\n9.2 Other meetings: 9 February and 15 March 2028.';
    expect(next(minute)).toEqual(['2028-01-19', '2028-02-09', '2028-03-15']);
  });

  it("a work programme's row that says the meeting is off holds no meeting", () => {
    const minute = [
      '5. Work programme',
      'Members agreed the work programme for 2027/28 as follows.',
      '',
      '   Meeting          Item                           Lead',
      '   12 Jan 2028      MEETING CANCELLED              –',
      '   9 Feb 2028       Pool refurbishment             Head of Leisure',
      '   15 Mar 2028      Fees and charges               Finance Manager',
    ].join('\n');
    expect(next(minute)).toEqual(['2028-02-09', '2028-03-15']);
  });

  it.each([
    [
      "another body's meeting called off on the same day",
      '5. Updates\nThe Audit Committee meeting on 12 January 2028 has been cancelled.',
    ],
    ['an event cancelled', '5. Updates\nThe gala on 12 January 2028 has been cancelled because of the works.'],
    [
      'a paper moved to another day',
      '5. Work programme\nThe report on the pool set for 12 January 2028 is moved to the February meeting.',
    ],
  ])('near miss: %s leaves the list as printed', (_name, minute) => {
    expect(next(`${minute}\n\n${DATES}`)).toEqual(['2028-01-12', '2028-02-09', '2028-03-15']);
  });
});

describe('another body the subject of "meets" is another sitting, not this one', () => {
  it.each([
    ['present, after "noted that"', 'Members noted that the Riverside Health Forum meets on 16 November 2027.'],
    [
      'a relative clause, "which meets next on"',
      'Jo gave an update from the Tenants Liaison Board, which meets next on 23rd November.',
    ],
    ['"usually meets on"', 'The Allotments Association usually meets on Thursday 18 November 2027.'],
  ])('%s', (_name, sentence) => {
    expect(next(`9. Date of next meeting\nThe next meeting will be held on 11 January 2028. ${sentence}`)).toEqual([
      '2028-01-11',
    ]);
  });

  it('this body meeting next in the present stays its own', () => {
    expect(next('9. Any other business\nThe Committee meets next on Tuesday 11 January 2028 at 6pm.')).toEqual([
      '2028-01-11',
    ]);
  });
});

describe('a time and a bracket after a date do not part it from the next date of the run', () => {
  it.each([
    ['time, bracket, "then"', 'Monday 10 January 2028 at 7.00pm (budget and fees), then Monday 13 March 2028.'],
    ['time, bracket, "and"', 'Monday 10 January 2028 at 7pm (budget) and Monday 13 March 2028.'],
    ['bracket, time, comma', '10 January 2028 (budget) at 7pm, 13 March 2028.'],
  ])('%s', (_name, line) => {
    expect(next(`9. Date of next meeting\n${line}`)).toEqual(['2028-01-10', '2028-03-13']);
  });
});

describe("the meeting's own date: the masthead, not the last minutes approved, nor an aside in brackets", () => {
  const date = (text: string) => parseMinutes(text).meeting.date;
  it.each([
    ['"agreed as accurate"', 'Notes of the meeting of 16 September 2027 agreed as accurate.'],
    ['"were approved"', 'Minutes of the meeting held on 16 September 2027 were approved and signed by the Chair.'],
    ['"be confirmed"', 'Minutes of the last meeting (16 September 2027) be confirmed as a correct record.'],
  ])('a masthead date line, then under an item the last minutes %s', (_name, line) => {
    const text = `HILLBROOK FOOTPATHS GROUP\nGroup – Notes\nWednesday 10 November 2027, 2.00pm – 3.30pm\nRoom 4\n\n1\tWelcome\nAll welcomed.\n\n2\tLast notes\n${line}\n`;
    expect(date(text)).toBe('2027-11-10');
  });

  it.each([
    [
      'an event in brackets before "held on"',
      'Minutes of the first meeting of the Council (after the elections held on 1st May 2028), held on Thursday 15th May 2028 at 7pm.',
    ],
    [
      'the aside over a line break',
      'Minutes of the Annual Meeting of the Council (the first since the boundary\nchange of 1 April 2028), held on Thursday 15th May\n2028 at 7pm in the Village Hall.',
    ],
  ])('%s', (_name, heading) => {
    expect(date(`STONEY CROSS PARISH COUNCIL\n\n${heading}\n\n1. Apologies\nNone.\n`)).toBe('2028-05-15');
  });

  it('a heading whose only date is in brackets keeps it', () => {
    expect(date('Minutes of the meeting of the Board (Thursday 15 May 2028)\n\n1. Apologies\nNone.\n')).toBe(
      '2028-05-15',
    );
  });
});

describe('"its meeting" stands for the body the sentence asks; "this Committee" is this body', () => {
  it.each([
    [
      'an aside between commas before "at its meeting"',
      'RESOLVED: That Council be recommended to adopt the Pool Policy, as revised, at its meeting on 14 December 2027.',
    ],
    [
      'the body just before the comma',
      'Members agreed that the Committee should ask the Cabinet, at its meeting on 30 November 2027, to review the fees.',
    ],
    [
      'the body in the plural',
      'The parish councils are to be asked, at their meeting on 30 November 2027, to nominate a member.',
    ],
  ])("%s: another body's sitting", (_name, sentence) => {
    expect(next(`5. Fees\n${sentence}`)).toEqual([]);
  });

  it.each([
    ['be reported to this Committee on', 'RESOLVED: That the results be reported to this Committee on 14 March 2028.'],
    ['come back to this Committee at … on', 'The review is to come back to this Committee at 6pm on 14 March 2028.'],
    [
      'be presented to the Committee on',
      'RESOLVED: That the final scheme be presented to the Committee on 14 March 2028.',
    ],
  ])('%s: a sitting of this body', (_name, sentence) => {
    expect(next(`5. Fees\n${sentence}`)).toEqual(['2028-03-14']);
  });

  it('near miss: a paper that went to this Committee on a past day, or was presented to it, is no coming sitting', () => {
    expect(next('5. Fees\nThe scheme was presented to the Committee on 14 March 2028 and approved.')).toEqual([]);
  });
});

describe('"the following dates" announces a list of sittings after its colon', () => {
  it.each([
    [
      'agreed, with a bracket before the colon',
      'The following dates were agreed for the Group in 2028 (all Tuesdays, 6pm):\n- 11 January 2028\n- 12 April 2028 (short meeting)\n- 5 July 2028',
    ],
    [
      'in a resolution, one a line',
      'RESOLVED – That meetings of the Committee be held at 6pm on the following dates:\n11 January 2028\n12 April 2028\n5 July 2028',
    ],
    ['on the same line', 'It was agreed to approve the following meeting dates: 11 January, 12 April and 5 July 2028.'],
  ])('%s', (_name, text) => {
    expect(next(`7. Calendar\n${text}`)).toEqual(['2028-01-11', '2028-04-12', '2028-07-05']);
  });

  it('near miss: a second list of training days under its own line is not read as sittings', () => {
    const text = [
      '7. Calendar',
      'The following dates were agreed for the Group in 2028:',
      '- 11 January 2028',
      '- 12 April 2028',
      '',
      'Member training dates already fixed (for information, not meetings of the Group):',
      '- Planning training – Monday 7 February 2028, 6pm',
      '- Budget briefing – Thursday 2 March 2028, 6pm',
    ].join('\n');
    expect(next(text)).toEqual(['2028-01-11', '2028-04-12']);
  });
});
