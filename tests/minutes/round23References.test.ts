// Issue 11, round 23: references, the meeting's own date and its next meetings — minutes numbered in small roman
// numerals; a heading whose "held … on" gives the sitting's day after another day; a web page's "Decisions - <body>,
// <weekday> <date>" title; another body's sitting read as this one's. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { findMeetingDate } from '../../src/minutes/meetingDate.js';

const minuteOf = (text: string) => parseMinutes(text).items.map((i) => [i.minute, i.text.slice(0, 12)]);

/**
 * The next meetings read from invented minutes: a masthead and minute 2 (HEAD), the text under test, and a closing
 * minute 3 giving the body's next meeting.
 */
const nextMeetingsAround = (head: string, text: string, nextMeeting: string) =>
  parseMinutes(`${head}${text}\n\n3. Date of next meeting\n${nextMeeting}\n`).nextMeetings;

describe('minutes numbered in small roman numerals ("i.   Welcome") are headings', () => {
  it.each([
    ['i.   Welcome and introductions', 'i'],
    ['iv)  Agreeing the approach', 'iv'],
    ['vii. Any other business', 'vii'],
    ['ix.  Date of next session', 'ix'],
  ])('%s', (line, number) => {
    expect(headingOf(line)).toMatchObject({ number, style: 'roman-small' });
  });

  it.each([
    // near misses: a clause of a decision in small numerals, and letters that are no roman numeral
    ['ii. That the report be noted.'],
    ['iii) NOTED the survey results;'],
    ['d.   Play area'],
    ['(ii) Play area'],
  ])('near miss, no heading: %s', (line) => {
    expect(headingOf(line)?.style).not.toBe('roman-small');
  });

  const notes = (marks: string[]) =>
    [
      'Kestrel Vale Community Partnership',
      'Workshop notes',
      'Date: Thursday 4 March 2027',
      '',
      `${marks[0]}   Welcome`,
      'The Chair opened the workshop.',
      '',
      `${marks[1]}  Cycle routes`,
      'ACTION: Mina Osei to map the gaps in the cycle network.',
      '',
      `${marks[2]} Food bank`,
      'ACTION: the Secretary to write to the supermarkets about donations.',
    ].join('\n');

  it.each([[['i.', 'ii.', 'iii.']], [['i)', 'ii)', 'iii)']]])('each agreement under its own item: %j', (marks) => {
    expect(minuteOf(notes(marks)).map(([m]) => m)).toEqual(['ii', 'iii']);
  });

  it('near miss: small numerals under numbered minutes stay clauses of the minute', () => {
    const text = [
      'Minutes of the Estates Committee held on Thursday 4 March 2027',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Allotments',
      'RESOLVED:',
      'i. That the Clerk renew the water contract.',
      'ii. That Cllr Brandt inspect the vacant plots.',
      '',
      '3. Benches',
      'RESOLVED that the Clerk order two benches.',
    ].join('\n');
    expect(minuteOf(text).map(([m]) => m)).toEqual(['2', '2', '3']);
  });
});

describe('"held … on" gives the sitting\'s day where the heading names another day before it', () => {
  it.each([
    [
      'Minutes of the first meeting of the Town Council following its creation on 1 April 2027, held at the Guildhall on Tuesday 20th April 2027 at 7pm.',
    ],
    [
      'Minutes of the Annual Meeting of the Parish Council, its first since the poll of 6 May 2027, held in the Reading Room on 20 April 2027.',
    ],
    ['MINUTES of the meeting of the Council established on 1 April 2027 held on Tuesday 20 April 2027'],
  ])('%s', (heading) => {
    expect(findMeetingDate(['KESTREL VALE TOWN COUNCIL', '', heading, '', '1. Apologies'])).toBe('2027-04-20');
  });

  it('a heading broken over lines', () => {
    const lines = [
      'Minutes of the Annual Meeting of the Council, the first since its creation on',
      '1 April 2027, held at the Guildhall on Tuesday 20 April 2027 at 7pm.',
      '',
      '1. Apologies',
    ];
    expect(findMeetingDate(lines)).toBe('2027-04-20');
  });

  it.each([
    // near misses: the day before "held" where no day follows it, and the plain "held on" heading
    ['Minutes of the meeting of 20 April 2027 held in the Guildhall'],
    ['Minutes of the meeting held on Tuesday 20 April 2027 at the Guildhall'],
  ])('near miss: %s', (heading) => {
    expect(findMeetingDate([heading, 'Present: Cllrs Ames and Boyd', '', '1. Apologies'])).toBe('2027-04-20');
  });
});

describe('a decisions page\'s title, "Decisions - <body>, <weekday> <date>"', () => {
  it.each([
    ['Decisions - Cabinet, Thursday, 15th April, 2027 2.00 pm'],
    ['Decisions – Harbour Board, Thursday 15 April 2027, 10am'],
    ['Minutes - Licensing Sub-Committee, Thursday 15 April 2027'],
  ])('%s', (title) => {
    const lines = ['Skip to main content', 'Kestrel Vale Council', '', title, '', 'Record of decisions'];
    expect(findMeetingDate(lines)).toBe('2027-04-15');
  });

  it("near miss: a decision's own line with a dash and a day is no title", () => {
    expect(findMeetingDate(['Decisions to be taken by 15 April 2027 - Cabinet, Thursday'])).toBeNull();
  });
});

describe('another body\'s next sitting: "the joint committee would meet again", "had met … and would next meet"', () => {
  const HEAD =
    'KESTREL VALE COUNTY COUNCIL\n\nMinutes of a meeting of the Transport Scrutiny Committee held on Tuesday 9 November 2027\n\n1. Apologies\nNone.\n\n2. Rail partnership\n';
  const nextOf = (text: string) => nextMeetingsAround(HEAD, text, 'Tuesday 11 January 2028 at 10am.');

  it.each([
    ['The joint committee would meet again in the Guildhall on 9 February 2028.'],
    ['The Chair said that the regional board will next meet on 9 February 2028.'],
    ['The Joint Rail Board had met on 20 October 2027 and would next meet on 9 February 2028.'],
    ['The Rail Partnership of the region met on 20 October 2027, and will next meet on 9 February 2028.'],
  ])('%s', (sentence) => {
    expect(nextOf(sentence)).toEqual(['2028-01-11']);
  });

  it.each([
    // near misses: this body under its own name's words, and "the full committee"
    ['The scrutiny committee would meet again on 9 February 2028 for the budget.'],
    ['The full committee will next meet on 9 February 2028.'],
    ['The Committee had visited the depot on 20 October 2027 and would next meet on 9 February 2028.'],
  ])('near miss, this body: %s', (sentence) => {
    expect(nextOf(sentence)).toEqual(['2028-01-11', '2028-02-09']);
  });
});

describe('a possessive names whose sitting it is: "the Society\'s AGM", "Full Council\'s approval at its meeting"', () => {
  const HEAD =
    'ELMSTEAD TOWN COUNCIL\n\nMinutes of the meeting of the Amenities Committee held on Tuesday 9 November 2027\n\n1. Apologies\nNone.\n\n2. Reports\n';
  const nextOf = (text: string) => nextMeetingsAround(HEAD, text, 'Tuesday 11 January 2028 at 7pm.');

  it.each([
    ["Cllr Abara reported that the Allotment Society's AGM will be on 16th January 2028. Noted."],
    ["The Bowls Club's annual general meeting is on 20 January 2028."],
    [
      "RESOLVED that, subject to the Town Council's approval at its meeting on 14th December 2027, the Clerk buy two grit bins.",
    ],
    [
      'RESOLVED that, subject to the Parish Trust’s agreement at their meeting on 13 December 2027, the Clerk sign the lease.',
    ],
  ])('%s', (sentence) => {
    expect(nextOf(sentence)).toEqual(['2028-01-11']);
  });

  it.each([
    // near misses: this body's own AGM, and this body's name before the possessive
    ['The Annual General Meeting is on 20 January 2028.'],
    ["RESOLVED that the Clerk bring the Amenities Committee's budget to its meeting on 20 January 2028."],
  ])('near miss, this body: %s', (sentence) => {
    expect(nextOf(sentence)).toEqual(['2028-01-11', '2028-01-20']);
  });
});

describe('a row of correspondence, "<sender> – <what> meeting on <day>": the sender\'s sitting', () => {
  const HEAD =
    'LLANFAIR ISAF COMMUNITY COUNCIL\n\nMinutes of the meeting of the Council held on Tuesday 9 November 2027\n\n1. Apologies\nNone.\n\n2. Correspondence\n';
  const nextOf = (text: string) => nextMeetingsAround(HEAD, text, 'Tuesday 14 December 2027 at 7pm.');

  it.each([
    ['1. Rural Councils Network – area committee meeting on 24th November 2027. Cllr Pryce will attend.'],
    ['(a) Valley Transport Forum – members meeting on 24 November 2027 at Bala. Noted.'],
    ['- District council – invitation to the parish liaison meeting on 24/11/27. Noted.'],
    ['b) Kestrel Vale Health Board – stakeholder meeting on 24 November 2027.'],
  ])('%s', (row) => {
    expect(nextOf(row)).toEqual(['2027-12-14']);
  });

  it.each([
    // near miss: a decision keyword before the dash is no sender
    ['RESOLVED – that an extra meeting be held on 24 November 2027.'],
  ])('near miss, this body: %s', (row) => {
    expect(nextOf(row)).toEqual(['2027-11-24', '2027-12-14']);
  });
});
