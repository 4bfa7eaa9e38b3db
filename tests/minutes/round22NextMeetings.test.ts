// Issue 11, round 22: next meetings — a called-off sitting with a short phrase between its day and the words that call
// it off ("the meeting on 4 March printed in the yearbook will not now take place"); a clause marker before the subject
// of "Council be recommended … at its meeting on"; a paper sent "to <another body> for the meeting on <day>". Invented
// bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { findMeetingDate } from '../../src/minutes/meetingDate.js';

const MEETING = '2027-11-09';
const HEAD =
  'ASHVALE TOWN COUNCIL\n\nMinutes of the meeting of the Leisure Committee held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (minute: string, head = HEAD) => {
  const lines = layout(`${head}${minute}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('a sitting called off, a short phrase between its day and the words that call it off', () => {
  it.each([
    [
      '"printed in the yearbook … will not now take place"',
      'The sitting on 14 December 2027 printed in the yearbook will not now take place.',
    ],
    [
      '"listed in the members\' diaries … has been cancelled"',
      "The meeting on 14 December 2027 listed in the members' diaries has been cancelled.",
    ],
    [
      '"printed on the published timetable … is cancelled"',
      'The meeting of 14 December 2027 printed on the published timetable is cancelled.',
    ],
    [
      '"set in May … will no longer take place"',
      'The meeting on 14 December 2027 set in May will no longer take place.',
    ],
    ['bracketed after the next date', '(The meeting on 14 December 2027 shown on the website will not now be held.)'],
  ])('%s', (_name, text) => {
    expect(next(`8. Date of next meeting\nTuesday 11 January 2028 at 6pm. ${text}`)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'a clause of its own after the day',
      'Tuesday 14 December 2027 at 6pm in the hall; the quiz night printed in the yearbook will not now take place.',
      ['2027-12-14'],
    ],
    [
      "a long stretch between (another sentence's business)",
      'Tuesday 14 December 2027 at 6pm, when the Committee will consider the grants shown in the spending plan, which has been cancelled by the county.',
      ['2027-12-14'],
    ],
    [
      'the phrase names no cancelling at all',
      'Tuesday 14 December 2027 printed in the yearbook will be held in the Annexe.',
      ['2027-12-14'],
    ],
  ])('near-miss, the day stands: %s', (_name, text, want) => {
    expect(next(`8. Date of next meeting\n${text}`)).toEqual(want);
  });
});

describe('a sitting that "… and has been moved/cancelled": a second verb of the same subject', () => {
  it.each([
    [
      '"clashes with … and has been moved to"',
      'Date of next meeting: the meeting set for 14 December 2027 clashes with the county show and has been moved to Tuesday 11 January 2028, 6pm.',
    ],
    [
      '"falls in the recess and has been cancelled"',
      'Date of next meeting: Tuesday 11 January 2028. The meeting on 14 December 2027 falls in the school holidays and has been cancelled.',
    ],
    [
      '"is too close to Christmas and has now been postponed"',
      'Date of next meeting: Tuesday 11 January 2028 (the meeting on 14 December 2027 was too close to Christmas and has now been postponed).',
    ],
  ])('%s', (_name, text) => {
    expect(next(`8. Next meeting\n${text}`)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'another subject after "and"',
      'Date of next meeting: Tuesday 14 December 2027 in the hall, and the carol service has been cancelled.',
    ],
    [
      'another sentence',
      'Date of next meeting: Tuesday 14 December 2027 in the hall. The survey was late and has been moved to spring.',
    ],
  ])('near-miss, the day stands: %s', (_name, text) => {
    expect(next(`8. Next meeting\n${text}`)).toEqual(['2027-12-14']);
  });
});

describe('"would then meet on": a word of sequence before "meet", as "next" is', () => {
  it.each([
    ['"The Committee would then meet on"', 'The Committee would then meet on Tuesday 14 December 2027 to agree it.'],
    [
      '"the Leisure Committee will then meet on"',
      'Once the bids are in, the Leisure Committee will then meet on 14 December 2027.',
    ],
  ])('%s', (_name, text) => {
    expect(next(`5. Grants\n${text}`)).toEqual(['2027-12-14']);
  });

  it.each([
    ['another body', 'The Audit Committee would then meet on Tuesday 14 December 2027 to agree it.'],
    ['"then" of another verb', 'The officers would then report on Tuesday 14 December 2027.'],
  ])('near-miss: %s', (_name, text) => {
    expect(next(`5. Grants\n${text}`)).toEqual([]);
  });
});

describe('"the <body> meeting will take place on": a modal before "take place"', () => {
  it.each([
    [
      '"would take place on"',
      'The next meeting would be held on Tuesday 11 January 2028. The Council meeting would take place on 14 December 2027.',
    ],
    [
      '"will take place on"',
      'Next meeting: Tuesday 11 January 2028; the Planning Committee meeting will take place on 14 December 2027.',
    ],
    [
      '"shall take place on"',
      'The next meeting will be on Tuesday 11 January 2028. The Town Council meeting shall take place on 14 December 2027.',
    ],
  ])('another body: %s', (_name, text) => {
    expect(next(`8. Date of next meeting\n${text}`)).toEqual(['2028-01-11']);
  });

  it.each([
    ['this body by name', 'The Leisure Committee meeting will take place on 14 December 2027.'],
    ['"the next meeting would take place on"', 'The next meeting would take place on 14 December 2027.'],
  ])('near-miss, this body: %s', (_name, text) => {
    expect(next(`8. Date of next meeting\n${text}`)).toEqual(['2027-12-14']);
  });
});

describe('"(1) Council be recommended … at its meeting on": a clause marker is not part of the subject', () => {
  it.each([
    ['"(1)"', '(1) Council be recommended to adopt the revised rules at its meeting on 14 December 2027; and'],
    ['"a)"', 'a) Council be recommended to adopt the revised rules at its meeting on 14 December 2027;'],
    ['"2."', '2. the Executive be asked to approve the charges at its meeting on 14 December 2027.'],
    ['"(ii)"', '(ii) Cabinet be invited to endorse the plan at its meeting on 14 December 2027;'],
  ])('another body: %s', (_name, clause) => {
    expect(
      next(`5. Contract rules\nRESOLVED that:\n${clause}\n\n6. Date of next meeting\nTuesday 11 January 2028 at 6pm.`),
    ).toEqual(['2028-01-11']);
  });

  it.each([
    ['"(1)", this body', '(1) the Committee be asked to review the rules at its meeting on 14 December 2027; and'],
    [
      '"a)", this body by name',
      'a) the Leisure Committee be asked to review the rules at its meeting on 14 December 2027;',
    ],
  ])('near-miss, this body: %s', (_name, clause) => {
    expect(next(`5. Contract rules\nRESOLVED that:\n${clause}`)).toEqual(['2027-12-14']);
  });
});

describe('a paper sent "to <another body> for the meeting on <day>"', () => {
  it.each([
    [
      '"recommended to the full council for the meeting on"',
      'that the spending plan be recommended to the full council for the meeting on 14 December 2027;',
    ],
    [
      '"referred to Cabinet for the meeting on"',
      'That the scheme be referred to Cabinet for the meeting on 14 December 2027.',
    ],
    [
      '"sent to the Planning Committee for its meeting on"',
      'The comments will be sent to the Planning Committee for its meeting on 14 December 2027.',
    ],
    [
      'active, "to the Town Council for the meeting of"',
      'The Committee recommended the fees to the Town Council for the meeting of 14 December 2027.',
    ],
  ])('another body: %s', (_name, text) => {
    expect(next(`5. Budget\n${text}\n\n6. Date of next meeting\nTuesday 11 January 2028 at 6pm.`)).toEqual([
      '2028-01-11',
    ]);
  });

  it.each([
    [
      'this body, "to this Committee for the meeting on"',
      'That the scheme be brought back to this Committee for the meeting on 14 December 2027.',
    ],
    ['this body by name', 'That the fees be reported to the Leisure Committee for the meeting on 14 December 2027.'],
    ['no body before it', 'That the draft budget be prepared for the meeting on 14 December 2027.'],
  ])('near-miss, this body: %s', (_name, text) => {
    expect(next(`5. Budget\n${text}`)).toEqual(['2027-12-14']);
  });
});

describe('a field printed in two languages, "Label / Label: value / value"', () => {
  const date = (line: string) =>
    findMeetingDate(
      layout(
        `TREFNANT COUNTY COUNCIL / CYNGOR SIR TREFNANT\n\n${line}\nVenue: Council Chamber\n\n1. Apologies\nNone.\n`,
      ).split('\n'),
    );
  it.each([
    ['Welsh first', 'Dyddiad / Date: Dydd Iau, 11 Tachwedd 2027 / Thursday, 11 November 2027'],
    ['English first', 'Date / Dyddiad: Thursday 11 November 2027 / Dydd Iau 11 Tachwedd 2027'],
    ['no weekday', 'Dyddiad y cyfarfod / Date of meeting: 11 Tachwedd 2027 / 11 November 2027'],
  ])('%s', (_name, line) => {
    expect(date(line)).toBe('2027-11-11');
  });

  it('near-miss: a field of another kind keeps no date', () => {
    expect(date('Amser / Time: 10.00 / 10.00 am')).toBeNull();
  });
});

describe('a table row whose title cell opens a list of meetings, a minute reference before it', () => {
  it.each([
    [
      'letters and a number',
      'LCM 41   Dates of future meetings   Friday 14 January 2028, 10.00am (Town Hall); Friday 11 March 2028, 10.00am.',
    ],
    ['a log\'s "A/9"', 'A/9   Dates of future meetings   Friday 14 January 2028 and Friday 11 March 2028'],
    ['"LC.41:"', 'LC.41:  Dates of forthcoming meetings  14 January 2028; 11 March 2028'],
  ])('%s', (_name, row) => {
    expect(next(`${row}\n`)).toEqual(['2028-01-14', '2028-03-11']);
  });

  it.each([
    [
      'a row of other business',
      'LCM 40   Grants   The grants panel will sit on 14 January 2028 and 11 March 2028.',
      [],
    ],
    [
      "another body's dates",
      'LCM 41   Dates of future Council meetings   Friday 14 January 2028 and Friday 11 March 2028',
      [],
    ],
  ])('near-miss: %s', (_name, row, want) => {
    expect(next(`${row}\n`)).toEqual(want);
  });
});
