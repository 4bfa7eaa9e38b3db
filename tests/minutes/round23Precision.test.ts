// Round 23, precision: what the importer proposed that a clerk would not track, read from fresh 67–72's extras and
// counted across fresh 9–72 — each rule tested on invented wording, several ways a rule, with near-misses that must
// not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a scrutiny committee, printed as a web page does ("Minutes:" under each heading). */
const scrutiny = (body: string[]) =>
  [
    'Northmoor District Council',
    'Communities Scrutiny Committee',
    'Minutes of the meeting held on 11 February 2027',
    '',
    '21.\tLibrary visits - Quarter 3',
    'Minutes:',
    ...body,
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items;

describe('a paper this sitting received, told in the past, is no standing item however often it comes', () => {
  it.each([
    ['The Committee received the quarterly library monitor. Visits had fallen at two branches.'],
    ['The Panel received the monthly performance dashboard.'],
    ['Members considered the six-monthly update on the leisure contract, which is reported twice a year.'],
    ['The Committee reviewed the risk register, as it does at each meeting.'],
    ['The Board received the performance report for the quarter, which it sees quarterly.'],
  ])('%s proposes nothing', (line) => {
    const text = scrutiny([line, '', 'RESOLVED – That the report be noted.']);
    expect(items(text)).toEqual([]);
  });

  it.each([
    // the standing arrangement decided: what this body will receive at a frequency
    ['RESOLVED – That the Committee receive the library monitor quarterly.'],
    ['RESOLVED – That the Committee continue to receive the figures at each meeting.'],
    ['RESOLVED – That the Committee review the risk register every six months.'],
  ])('%s stays a work-programme item', (line) => {
    const text = scrutiny(['The Committee received the library monitor.', '', line]);
    expect(items(text).map((i) => i.category)).toEqual(['work-programme']);
  });
});

/** Invented minutes of a joint committee whose last minute settles its own calendar. */
const joint = (resolution: string[]) =>
  [
    'Eastmarch and Fenby Joint Committee',
    'Minutes of the meeting held on 4 November 2026',
    '',
    '9. Dates of meetings',
    'The Clerk reported that the hall was not free on the date set for the January meeting.',
    ...resolution,
    '',
  ].join('\n');

describe("this body's own meeting moved to another day is its calendar, not an item", () => {
  it.each([
    ['RESOLVED: That the meeting scheduled for 19 January 2027 be moved to Tuesday 26 January 2027.'],
    ['RESOLVED: That the next meeting be moved from 19 January 2027 to 26 January 2027.'],
    ['RESOLVED:', '(a) that the dates be noted;', '(b) that the January meeting be rescheduled to 26 January 2027.'],
    ['RESOLVED: That the meeting on 19 January 2027 be postponed to 2 February 2027.'],
    ['RESOLVED: That the meeting of the Joint Committee fixed for 19 January be moved to 26 January 2027.'],
  ])('%s proposes nothing', (...resolution) => {
    expect(items(joint(resolution))).toEqual([]);
  });

  it.each([
    // a meeting with someone else moved is an errand of whoever arranges it
    ['RESOLVED: That the Clerk move the meeting with the landowner to 26 January 2027.'],
    // a matter moved to a meeting is put back, not the meeting moved
    ['RESOLVED: That the item on the grant scheme be moved to the March meeting.'],
  ])('%s is still proposed', (...resolution) => {
    expect(items(joint(resolution)).length).toBe(1);
  });
});

/** Invented minutes of a planning committee with an order-of-business minute before the applications. */
const planning = (said: string[]) =>
  [
    'Westerby Borough Council',
    'Planning Applications Committee',
    'Minutes of the meeting held on 8 December 2026',
    '',
    '(12) ORDER OF BUSINESS',
    ...said,
    '',
    '(13) PLANNING APPLICATION 26/00411/FUL - 3 MILL ROW',
    'RESOLVED: That planning permission be granted subject to the conditions in the report.',
    '',
  ].join('\n');

describe("an agenda item taken before or after another is this sitting's order of business, not an item", () => {
  it.each([
    ['The Chairman agreed to take item (15) before item (14) as the applicant had to leave early.'],
    ['The Chair agreed to take item 15 before item 14 as several residents were present.'],
    ['With the agreement of Members, item 9 was taken after item 11.'],
    ['It was agreed that agenda item 7 be considered ahead of item 6.'],
    ['The Committee agreed to hear item (16) before items (14) and (15), as the speakers were present.'],
  ])('%s proposes nothing under that minute', (...said) => {
    expect(items(planning(said)).filter((i) => i.minute === '12')).toEqual([]);
  });

  it.each([
    // an item put to a meeting to come is still business to track
    ['It was agreed that item 14 be taken at the next meeting before the budget item.'],
    // an errand that only mentions an item
    ['The Planning Officer agreed to send Members the plans for item 14 before the site visit.'],
  ])('%s is still proposed', (...said) => {
    expect(items(planning(said)).filter((i) => i.minute === '12').length).toBe(1);
  });
});

/** Invented minutes of a licensing committee: a request in the discussion, and someone's undertaking to carry it out. */
const licensing = (said: string[]) =>
  [
    'Kelby District Council',
    'Licensing Committee',
    'Minutes of the meeting held on 2 December 2026',
    '',
    '14. Appeals',
    'The Licensing Manager reported the outcome of two appeals to the magistrates.',
    ...said,
    'RESOLVED: That the appeal outcomes be noted.',
    '',
  ].join('\n');

describe('a pronoun object with a time phrase after it is still the step of what was just asked', () => {
  it.each([
    [
      'Members asked that a workshop on the lessons of the appeals be held for the Committee.',
      'The Parks Manager undertook to organise this in the new year.',
    ],
    [
      'Members asked for a note on the costs awarded in each appeal.',
      'The Licensing Manager agreed to circulate it next week.',
    ],
    [
      'Members asked that a workshop on the lessons of the appeals be held for the Committee.',
      'The Democratic Services Officer would organise it in January.',
    ],
    [
      'Members asked for a note on the costs awarded in each appeal.',
      'The Licensing Manager would provide this in due course.',
    ],
  ])('%s / %s give one item', (...said) => {
    expect(items(licensing(said)).length).toBe(1);
  });

  it.each([
    // a second errand with its own object is not the step of the first
    [
      'Members asked that a workshop on the lessons of the appeals be held for the Committee.',
      'The Licensing Manager would also write to the magistrates in January.',
    ],
  ])('%s / %s give two items', (...said) => {
    expect(items(licensing(said)).length).toBe(2);
  });
});
