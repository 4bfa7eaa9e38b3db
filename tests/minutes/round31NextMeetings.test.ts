// Issue 11, round 31: next meetings — a day that opens its own sentence under the dates of meetings is a row of the list
// (a second sitting written as a second sentence, a day after a reserve day held in case); a body named in a bracket
// still open before a day names that body's sitting ("(Council 20 January)"); and the body's AGM given after the next
// meeting on the same line ("…, followed by the AGM on …", "… AGM: …") is this body's sitting. Invented bodies, people
// and wording throughout.
import { describe, expect, it } from 'vitest';
import {
  ASHVALE_HEAD as HEAD,
  ASHVALE_MEETING as MEETING,
  NOTHING_DECIDED as NOTHING,
} from './helpers/ashvaleLeisure.js';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';

/** The next meetings of the Leisure Committee's minutes whose last minute, titled `title`, holds `body`. */
const closing = (title: string, body: string): string[] => {
  const lines = layout(`${HEAD}5. Business\n${NOTHING}\n\n9. ${title}\n${body}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('a day that opens its own sentence under the dates of meetings is a row of the list', () => {
  it.each([
    [
      'two sentences, each a day and a time',
      'Next meetings',
      'Tuesday 11 January 2028 at 6pm. Tuesday 8 March 2028 at 6pm.',
    ],
    [
      'a place after each',
      'Dates of next meetings',
      'Tuesday 11 January 2028, 6pm, the Pavilion. Tuesday 8 March 2028, 6pm.',
    ],
    ['a note in brackets after the first', 'Future meetings', '11 January 2028 (budget). 8 March 2028.'],
    [
      'under a lead-in line',
      'Any other business',
      'None.\nNext meetings:\nTuesday 11 January 2028 at 6pm. Tuesday 8 March 2028 at 6pm.',
    ],
  ])('%s', (_name, title, body) => {
    expect(closing(title, body)).toEqual(['2028-01-11', '2028-03-08']);
  });

  it('a list of days with notes, a reserve day in the middle: the days after it are still rows', () => {
    expect(
      closing(
        'Future meetings',
        'Friday 14 January 2028 (budget); Friday 28 January 2028 (reserve, if needed); Friday 23 June 2028 (annual).',
      ),
    ).toEqual(['2028-01-14', '2028-06-23']);
  });

  it.each([
    [
      'a sentence naming another body',
      'Next meetings',
      'Tuesday 11 January 2028 at 6pm. The County Council meets on Tuesday 8 March 2028.',
      ['2028-01-11'],
    ],
    [
      'a deadline for papers in the next sentence',
      'Next meetings',
      'Tuesday 11 January 2028 at 6pm. Papers by Tuesday 4 January 2028.',
      ['2028-01-11'],
    ],
    [
      'a reserve day in a sentence of its own',
      'Dates of next meetings',
      'Tuesday 11 January 2028 at 6pm. Tuesday 25 January 2028 (reserve).',
      ['2028-01-11'],
    ],
    [
      'a day in a sentence of business, not of the dates',
      'Any other business',
      'The hall was booked. The fun day is on Saturday 8 July 2028.',
      [],
    ],
  ])('near miss: %s', (_name, title, body, expected) => {
    expect(closing(title, body)).toEqual(expected);
  });
});

describe("a body named in a bracket still open before a day names that body's sitting", () => {
  it.each([
    ['the name and the day', '(Council 20 January 2028)'],
    ['"Full" and a dash', '(Full Council – 20 January 2028)'],
    ['"meeting" after the name', '(Town Council meeting 20 January 2028)'],
    ['what goes there before the name', '(budget to Council 20 January 2028)'],
    ['the body as the subject of a verb', '(Full Council sets the fees on 20 January 2028)'],
    ['a comma between', '(Council, 20 January 2028)'],
  ])('%s', (_name, bracket) => {
    expect(
      closing(
        'Dates of meetings',
        `RESOLVED that the Committee meet on 11 January, 8 March and 10 May 2028 ${bracket}.`,
      ),
    ).toEqual(['2028-01-11', '2028-03-08', '2028-05-10']);
  });

  it.each([
    ['a note of what the sitting is for', '(budget 20 January 2028)', ['2028-01-11', '2028-01-20', '2028-03-08']],
    ["this body's own name", '(Leisure Committee 20 January 2028)', ['2028-01-11', '2028-01-20', '2028-03-08']],
    [
      'a bracket closed before the day',
      '(Council excepted) 20 January 2028',
      ['2028-01-11', '2028-01-20', '2028-03-08'],
    ],
  ])('near miss: %s', (_name, bracket, expected) => {
    expect(
      closing('Dates of meetings', `RESOLVED that the Committee meet on 11 January, ${bracket}, and 8 March 2028.`),
    ).toEqual(expected);
  });
});

describe("the body's AGM given after the next meeting on the same line is this body's sitting", () => {
  it.each([
    ['"followed by the AGM on"', 'Tuesday 11 January 2028 at 6pm, followed by the AGM on Tuesday 10 May 2028.'],
    ['"AGM:" after a full stop', 'Tuesday 11 January 2028 at 6pm. AGM: Tuesday 10 May 2028 at 7pm.'],
    ['"AGM –" after a semicolon', 'Tuesday 11 January 2028 at 6pm; AGM – 10 May 2028.'],
    ['"AGM:" in a bracket', 'Tuesday 11 January 2028 at 6pm (AGM: Tuesday 10 May 2028).'],
  ])('%s', (_name, body) => {
    expect(closing('Date of next meeting', body)).toEqual(['2028-01-11', '2028-05-10']);
  });

  it.each([
    [
      "another body's AGM",
      'Tuesday 11 January 2028 at 6pm, followed by the Village Hall Trust AGM on Tuesday 10 May 2028.',
      ['2028-01-11'],
    ],
    ['a provisional AGM', 'Tuesday 11 January 2028 at 6pm. AGM: provisionally Tuesday 10 May 2028.', ['2028-01-11']],
    [
      'another body followed on the line',
      'Tuesday 11 January 2028 at 6pm, followed by the Planning Committee on Tuesday 18 January 2028.',
      ['2028-01-11'],
    ],
  ])('near miss: %s', (_name, body, expected) => {
    expect(closing('Date of next meeting', body)).toEqual(expected);
  });
});
