// Issue 11, round 12: next meetings, from the forms fresh 15–28 showed, as rules of how minutes
// are worded and laid out — a day kept only in reserve, said after the day; a day a meeting left
// or a meeting called off in words the earlier rules did not read; another body's meeting named by
// a possessive. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';

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
