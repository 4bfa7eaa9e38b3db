// Round 8 of issue 11: the meeting's dates and the body's coming meetings as fresh 14 wrote them
// — another body asked to act "at its meeting on" a day, weekdays shortened in a list of dates, a
// programme of numbered sessions, and a session note whose own date is its masthead's. Each rule
// is tested as grammar, on invented wording (no sentence is copied from a fixture).
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findMeetingDate, findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';

const next = (text: string, meeting: string | null) => {
  const lines = layout(text).split('\n');
  return findNextMeetings(splitMinutes(lines), meeting, ownBodyOf(lines));
};
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 February 2027 at 6pm\n\n1. Apologies\nNone.\n\n';

describe('"at its meeting on" after a body asked or recommended in the subjunctive', () => {
  it.each([
    [
      'recommended, the date after a comma',
      '4. Budget\nRESOLVED that Council be recommended, at its meeting on 3 March 2027, to set the rents.',
    ],
    [
      'asked, the date at the end',
      '4. Parking\nRESOLVED: That the Licensing Committee be asked to review the policy at its meeting on 3 March 2027.',
    ],
    [
      'requested, in capitals',
      '4. Fees\nAGREED that CABINET be requested to approve the fees at its meeting on 3 March 2027.',
    ],
    [
      'invited, with "the"',
      '4. Grants\nThat the Scrutiny Board be invited to comment on the scheme at its meeting on 3 March 2027.',
    ],
    [
      'is asked, in the present',
      '4. Leases\nThe Executive is asked to agree the leases at its meeting on 3 March 2027.',
    ],
    [
      'will, a fact about the other body',
      '4. Rents\nMembers noted that Council will set the rents at its meeting on 3 March 2027.',
    ],
    [
      'the body named far back in a long sentence',
      '4. Licensing\nRESOLVED: That the Licensing Committee be asked to consider whether the evidence supports a review of the whole of the policy for the market square and the streets around it, at its meeting on 3 March 2027.',
    ],
  ])("%s: another body's sitting, not this body's next meeting", (_name, minute) => {
    expect(next(`${HEAD}${minute}\n\n5. Date of next meeting\nTuesday 13 April 2027 at 6pm.\n`, '2027-02-09')).toEqual([
      '2027-04-13',
    ]);
  });

  it('keeps this body asked of itself: "the Panel be asked to … at its meeting on"', () => {
    expect(
      next(
        `${HEAD}4. Voids\nThat the Panel be asked to review the voids policy at its meeting on 3 March 2027.\n`,
        '2027-02-09',
      ),
    ).toEqual(['2027-03-03']);
  });
});

describe('weekdays shortened in a list of dates', () => {
  it.each([
    ['three letters', 'Wed 10 March 2027\nWed 9 June 2027\n', ['2027-03-10', '2027-06-09']],
    ['with a full stop', 'Thu. 11 March 2027\nTue. 8 June 2027\n', ['2027-03-11', '2027-06-08']],
    ['four letters', 'Thurs 11 March\nTues 8 June\n', ['2027-03-11', '2027-06-08']],
    ['with a comma and no year', 'Mon, 15 March\nFri, 4 June\n', ['2027-03-15', '2027-06-04']],
  ])('%s', (_name, dates, expected) => {
    const text = `${HEAD}6. Any other business\nNone.\n\nDates of future meetings (6pm, Civic Hall)\n${dates}\nKey to initials: AB Ann Brown\n`;
    expect(next(text, '2027-02-09')).toEqual(expected);
  });
});

describe('a programme of numbered sessions', () => {
  const NOTE =
    'NOTE OF EVIDENCE SESSION 2\nWednesday 9 February 2027, 2pm to 4pm, Room 3\n\nMembers: Cllr A Brown (Lead Member)\n\n1. Notes of session 1\nAgreed.\n\n';
  it.each([
    [
      'a dash, weekday, time after',
      'Session 3 - Monday 8 March 2027, 10am, Room 3\nSession 4 - Monday 12 April 2027, 2pm',
    ],
    ['a colon, no weekday', 'Session 3: 8 March 2027\nSession 4: 12 April 2027'],
    ['a spaced en dash, numeric dates', 'Meeting 3 – 08/03/2027\nMeeting 4 – 12/04/2027'],
    ['evidence sessions, under a bullet', '- Evidence session 3 - 8 March\n- Evidence session 4 - 12 April'],
  ])('%s: each numbered sitting is one of this body', (_name, lines) => {
    const text = `${NOTE}5. Timetable\n${lines}\nFinal report to the Housing Scrutiny Committee - 20 May 2027\n`;
    expect(next(text, '2027-02-09')).toEqual(['2027-03-08', '2027-04-12']);
  });

  it('reads a session named in a sentence no more than before', () => {
    const text = `${NOTE}5. Next steps\nThe officer said session 3 of the training course was on 8 March 2027.\n`;
    expect(next(text, '2027-02-09')).toEqual([]);
  });
});

describe("the meeting's own date in a session note", () => {
  it.each([
    [
      'a masthead date line before the programme',
      'NOTE OF EVIDENCE SESSION 2\nWednesday 9 February 2027, 2pm to 4pm, Room 3\n\n1. Notes\nAgreed.\n\n5. Timetable\nSession 3 - Monday 8 March 2027, 10am\n',
    ],
    [
      'a dated programme line under a bullet',
      'Scrutiny review: bus services\nNote of the meeting on 9 February 2027\n\n1. Notes\nAgreed.\n\n5. Timetable\n- Session 3 - Monday 8 March 2027\n',
    ],
    [
      'a page title with a dash keeps its date',
      'Housing Panel - Tuesday 9 February 2027 6.00 pm\n\n1. Notes\nAgreed.\n\n5. Timetable\nFinal report to Cabinet - Monday 8 March 2027\n',
    ],
  ])('%s', (_name, text) => {
    expect(findMeetingDate(layout(text).split('\n'))).toBe('2027-02-09');
  });
});
