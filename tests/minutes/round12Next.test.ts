// Issue 11, round 12: next meetings, from the forms fresh 15–28 showed, as rules of how minutes
// are worded and laid out — a day kept only in reserve, said after the day; a day a meeting left
// or a meeting called off in words the earlier rules did not read; another body's meeting named by
// a possessive. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';
const HEAD =
  'Minutes of the Ashcombe Leisure Committee held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (body: string, head = HEAD) => {
  const lines = layout(`${head}${body}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('a day kept only in reserve, said after the day, is no coming meeting', () => {
  it.each([
    [
      'a bracket after the time',
      '9. Dates of future meetings\nMonday 13 December 2027, 7pm (reserve)\nMonday 17 January 2028, 7pm',
    ],
    [
      'a bracket with its reason',
      '9. Dates of future meetings\nWednesday 17 January 2028 at 2.00 pm\nWednesday 13 December 2027 at 2.00 pm (reserve – only if the fees are challenged)',
    ],
    [
      'a sentence, "only if"',
      '9. Date of next meeting\nThe next meeting will be held on Monday 17 January 2028. A second meeting will be held on Monday 13 December 2027 only if the contract is not signed.',
    ],
    [
      'a sentence, "is held in reserve"',
      '9. Date of next meeting\nThe Committee will meet on 17 January 2028. Monday 13 December 2027 is held in reserve.',
    ],
    ['a dash, no heading', '9. Any other business\nNext meeting: 17 January 2028; 13 December 2027 – reserve date.'],
  ])('%s', (_name, minute) => {
    expect(next(minute)).toEqual(['2028-01-17']);
  });

  it.each([
    [
      'a qualifier after "and" is the later date\'s',
      '9. Date of next meeting\nThe Committee will meet on 13 December 2027 and, only if needed, on 17 January 2028.',
      ['2027-12-13'],
    ],
    [
      'a bracket that says what the meeting is for',
      '9. Dates of future meetings\nMonday 13 December 2027 (budget)\nMonday 17 January 2028',
      ['2027-12-13', '2028-01-17'],
    ],
    [
      '"reserved" for a purpose is no reserve day',
      '9. Date of next meeting\nThe next meeting will be on 13 December 2027, reserved for the fees review.',
      ['2027-12-13'],
    ],
  ])('near miss: %s', (_name, minute, expected) => {
    expect(next(minute)).toEqual(expected);
  });
});

describe('a day a meeting left, or a meeting called off, in the words a correction or a note uses', () => {
  const DATES = '9. Dates of future meetings\n13 December 2027, 17 January 2028 and 14 February 2028.';
  it.each([
    [
      'moved with no new day given, "had been brought forward"',
      '5. Work programme\nThe Chair said that the meeting scheduled for 13 December 2027 had been brought forward.',
    ],
    [
      '"has been rescheduled"',
      '5. Updates\nMembers noted that the meeting on Monday 13 December 2027 has been rescheduled.',
    ],
    [
      "a note's clipped passive",
      '5. Any other business\n- Meeting on 13 December 2027 cancelled (room unavailable); AB to circulate options.',
    ],
    ['a dash and the participle', '5. Any other business\nDecember meeting: 13 December 2027 – postponed.'],
  ])('%s', (_name, minute) => {
    expect(next(`${minute}\n\n${DATES}`)).toEqual(['2028-01-17', '2028-02-14']);
  });

  it.each([
    [
      'a correction after a comma',
      '9. Date of next meeting\nThe next meeting will be held on Monday 20 December 2027, not 13 December 2027 as printed on the agenda.',
    ],
    ['a correction in a bracket', '9. Date of next meeting\nMonday 20 December 2027 (not Monday 13 December).'],
    [
      'the correction in the middle of the sentence',
      '9. Date of next meeting\nThe Clerk said that the December meeting would be on 20 December 2027 and not 13 December 2027, because of the pantomime.',
    ],
  ])('%s: only the day kept', (_name, minute) => {
    expect(next(minute)).toEqual(['2027-12-20']);
  });

  it.each([
    [
      '"not later than" is a deadline',
      '9. Date of next meeting\nThe Committee will meet on 13 December 2027, and not later than 17 January 2028.',
      ['2027-12-13', '2028-01-17'],
    ],
    [
      "an event's day cancelled, not a meeting's",
      '5. Any other business\nThe fun run on 13 December 2027 cancelled because of the works.\n\n9. Dates of future meetings\n13 December 2027 and 17 January 2028.',
      ['2027-12-13', '2028-01-17'],
    ],
    [
      'a paper brought forward',
      '5. Work programme\nThe report on fees set for 13 December 2027 had been brought forward.\n\n9. Dates of future meetings\n13 December 2027 and 17 January 2028.',
      ['2027-12-13', '2028-01-17'],
    ],
  ])('near miss: %s', (_name, minute, expected) => {
    expect(next(minute)).toEqual(expected);
  });
});

describe('a possessive before the meeting names whose sitting it is', () => {
  const BOARD =
    'Minutes of the Ashcombe Leisure Board held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
  it.each([
    [
      "another body's possessive",
      "5. Updates\nThe Clerk said the Trust's board meeting on 13 December 2027 would consider the lease.",
    ],
    [
      'a plural possessive',
      "5. Updates\nMembers were told the residents' meeting on 13 December 2027 would discuss parking.",
    ],
    [
      'a common noun as possessor, then a noun',
      "5. Updates\nThe Treasurer reported that the fund's annual investor meeting on 13 December 2027 would set the budget.",
    ],
  ])("%s is not this body's", (_name, minute) => {
    expect(next(`${minute}\n\n9. Dates of future meetings\n17 January 2028.`)).toEqual(['2028-01-17']);
  });

  it('a lone head noun that is not the one this body goes by', () => {
    const minute =
      "5. Risk register\nAGREED that, as amended, the register be sent to the Committee's meeting on 13 December 2027.";
    expect(next(`${minute}\n\n9. Date of next meeting\n17 January 2028.`, BOARD)).toEqual(['2028-01-17']);
  });

  it.each([
    [
      "this body's own possessive",
      "5. Work programme\nThe review will come to the Committee's meeting on 13 December 2027.",
    ],
    [
      'its own name as possessor',
      "5. Work programme\nThe review will come to the Ashcombe Leisure Committee's next meeting on 13 December 2027.",
    ],
  ])('near miss: %s is a coming meeting', (_name, minute) => {
    expect(next(`${minute}\n\n9. Dates of future meetings\n17 January 2028.`)).toEqual(['2027-12-13', '2028-01-17']);
  });
});

describe('the date of the next sitting, whatever word says what kind of sitting it is', () => {
  it.each([
    [
      'a decision session, heading in capitals',
      '9. DATE OF NEXT DECISION SESSION\n\nMonday 13 December 2027 at 10.00 am.',
    ],
    ["the body's own noun", '9. Date of the next Committee meeting\nMonday 13 December 2027, 6pm, Ashcombe Pavilion.'],
    ['on one line', '9. Any other business\nDate of next formal sitting: Monday 13 December 2027.'],
  ])('%s', (_name, minute) => {
    expect(next(minute)).toEqual(['2027-12-13']);
  });

  it('near miss: the next sitting of another body', () => {
    expect(next('9. Date of next Cabinet meeting\nMonday 13 December 2027.')).toEqual([]);
  });
});

describe("a page's stamp under the next meeting's line is no sitting", () => {
  it.each([
    ['"Published:" and a date', 'Published: 12/11/2027'],
    ['"Printed on" with a time', 'Printed on 19 November 2027 10:14'],
    ['a decision notice', 'Decisions published: Friday 12 November 2027. Call-in period ends 19 November 2027.'],
    ['"Date of publication:"', 'Date of publication:   12 November 2027'],
  ])('%s', (_name, stamp) => {
    expect(next(`9. Date of next meeting\nMonday 13 December 2027 at 6.30 pm.\n\n${stamp}\n`)).toEqual(['2027-12-13']);
  });

  it('near miss: a list line that opens with a date is still read', () => {
    expect(next('9. Dates of future meetings\n13 December 2027 (published in the Gazette)\n17 January 2028')).toEqual([
      '2027-12-13',
      '2028-01-17',
    ]);
  });
});

// (round 12 read these as due that day; another body's meeting is now no due of this body's item, dated or not — the
// convention settled in docs/minutes-parser.md)
describe("a decision recommended to another body's dated sitting is no due of this body's item", () => {
  const own = ownBodyOf(['Minutes of the Ashcombe Leisure Committee held on Tuesday 9 November 2027 at 6pm']);
  it.each([
    [
      'the active infinitive, capitals',
      'To RECOMMEND to Council on 14 December 2027 that the fees schedule be adopted.',
    ],
    [
      'the passive, a purpose after',
      'That the pool strategy be recommended to Council on 14 December 2027 for approval.',
    ],
    [
      'the object between',
      'That the Committee recommends the revised charges to the Full Council on Tuesday 14 December 2027.',
    ],
    [
      'a body of several words',
      'That the lease be recommended to the Policy and Resources Committee on 14 December 2027.',
    ],
  ])('%s', (_name, text) => {
    expect(dueOf(text, MEETING, false, { own })).toBeNull();
  });

  it.each([
    ['a noun, not the verb', 'That the report be noted; its recommendations go to Council on 14 December 2027.'],
    [
      'the body decides on its own day, no recommending',
      'That the report be noted before Council meets to set the budget.',
    ],
    [
      'a sitting named "to the … meeting on", as round 7 reads it',
      'That the charges be recommended to the Full Council Meeting on 14 December 2027.',
    ],
  ])('near miss: %s', (_name, text) => {
    expect(dueOf(text, MEETING, false, { own })).not.toEqual({ kind: 'date', date: '2027-12-14' });
  });
});

describe('a visit or a meeting on a site, dated beside the next meeting, is no sitting of the body', () => {
  it.each([
    [
      'a site visit after the next meeting, in one sentence',
      '9. Date of next meeting\nThe next meeting will be on 11 January 2028, with a site visit at 5pm on 10 January 2028.',
    ],
    [
      'a site meeting in a list',
      '9. Dates of future meetings\n11 January 2028; a site meeting at the lido on 10 January 2028.',
    ],
  ])('%s', (_name, minute) => {
    expect(next(minute)).toEqual(['2028-01-11']);
  });

  it('near miss: the meeting held at the site is still the next meeting', () => {
    expect(next('9. Date of next meeting\nThe next meeting will be held at the lido on 11 January 2028.')).toEqual([
      '2028-01-11',
    ]);
  });
});

describe("a decision's clauses that restart their numbers under each minute are no agenda printed above", () => {
  const minute = (ref: string, title: string, clauses: string[]) => [
    `${ref}   ${title}`,
    'Decision:',
    'That the Committee:',
    ...clauses.map((c, k) => `${k + 1}. ${c}`),
  ];
  const text = [
    'Minutes of the Ashcombe Leisure Committee held on Tuesday 9 November 2027 at 6pm',
    '',
    ...minute('ALC 21', 'Pool refurbishment', [
      'notes the revised programme for the works and the cost of the temporary changing rooms;',
      'asks the Head of Leisure to bring the tender results for the main contract to the meeting on 11 January 2028;',
      'agrees a temporary timetable for swimming lessons while the learner pool is closed.',
    ]),
    'Reasons for decision: to keep the pool open during the works.',
    '',
    '',
    'ALC 22   Fees and charges',
    'Decision:',
    'That the Committee:',
    '1. approves the fees and charges schedule for 2028/29;',
    'The schedule is printed as Appendix B to the report.',
    '2. delegates authority to the Leisure Manager to set promotional prices;',
    'Any promotion will be reported to members in the weekly bulletin.',
    '3. requests a review of the concessions for carers in twelve months.',
    'Reasons for decision: to set the fees before the new financial year.',
  ].join('\n');

  it("keeps the first minute's clauses and its dated meeting", () => {
    const lines = layout(text).split('\n');
    const first = splitMinutes(lines).find((m) => m.number === 'ALC 21');
    expect(first?.lines.some((l) => l.includes('tender results'))).toBe(true);
    expect(findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines))).toEqual(['2028-01-11']);
  });

  it('near miss: an agenda whose titles are printed again above the minutes is still read as one', () => {
    const agenda = ['Agenda', '1. Apologies', '2. Pool refurbishment', '3. Fees and charges', ''];
    const body = [
      '1. Apologies',
      'None.',
      '',
      '2. Pool refurbishment',
      'Noted.',
      '',
      '3. FEES',
      'The fees were approved.',
    ];
    const lines = layout(
      ['Minutes of the Ashcombe Leisure Committee held on 9 November 2027', '', ...agenda, ...body].join('\n'),
    ).split('\n');
    expect(
      splitMinutes(lines)
        .map((m) => m.number)
        .filter(Boolean),
    ).toEqual(['1', '2', '3']);
  });
});
