// Issue 11, round 29: next meetings — a run of days written as figures, each with its weekday before it ("Wed 12/01/2028,
// Wed 09/02/2028"); an aside in brackets whose subject is another body, "(Cabinet will … at its meeting on …)"; and a
// deadline on the next meeting's own line ("Next meeting: … – papers by …"), which sets a day for papers, not a sitting.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import {
  ASHVALE_HEAD as HEAD,
  ASHVALE_MEETING as MEETING,
  ashvaleNextMeetings as nextOf,
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

describe('days written as figures, each after its weekday, are one run of sittings', () => {
  it.each([
    ['"and", full weekdays', 'Dates of next meetings', 'Wednesday 12/01/2028 and Wednesday 08/03/2028, both at 2pm.'],
    ['commas, short weekdays', 'Dates of future meetings', 'Wed 12/01/2028, Wed 08/03/2028'],
    ['an ampersand and full stops', 'Date of next meeting', 'Wednesday 12.01.2028 & Wednesday 08.03.2028'],
    ['a time after the first', 'Dates of next meetings', 'Wednesday 12/01/2028 at 2pm, then Wednesday 08/03/2028'],
  ])('%s', (_name, title, body) => {
    expect(closing(title, body)).toEqual(['2028-01-12', '2028-03-08']);
  });

  it.each([
    [
      "a weekday before another body's day",
      'Dates of next meetings',
      'Wednesday 12/01/2028. The Council meets on Monday 08/03/2028.',
      ['2028-01-12'],
    ],
    [
      'a deadline after the weekday',
      'Date of next meeting',
      'Wednesday 12/01/2028 at 2pm; reports by Monday 03/01/2028.',
      ['2028-01-12'],
    ],
  ])('near miss: %s', (_name, title, body, expected) => {
    expect(closing(title, body)).toEqual(expected);
  });
});

describe("an aside in brackets whose subject is another body names that body's sitting", () => {
  it.each([
    ['round brackets, "will"', '(Council will set the fees at its meeting on 14 December 2027.)'],
    ['square brackets, "is to"', '[Cabinet is to consider the report at its meeting on 14 December 2027.]'],
    [
      '"the" and a longer name',
      '(The Finance and Audit Committee will review the figures at its meeting on 14/12/2027.)',
    ],
  ])('%s', (_name, aside) => {
    expect(nextOf(`RESOLVED that the report be noted.\n${aside}`)).toEqual(['2028-01-11']);
  });

  it.each([
    ['this body as the subject', '(The Leisure Committee will review the fees at its meeting on 14 December 2027.)'],
    [
      '"the Committee", its own head noun',
      '(The Committee will look at the figures again at its meeting on 14 December 2027.)',
    ],
  ])('near miss: %s keeps the day', (_name, aside) => {
    expect(nextOf(`RESOLVED that the report be noted.\n${aside}`)).toEqual(['2027-12-14', '2028-01-11']);
  });
});

describe("a deadline on the next meeting's line is no sitting", () => {
  it.each([
    ['papers "by", in brackets', 'Date of next meeting: Tuesday 11 January 2028 at 6pm (papers by 30 Dec).'],
    [
      'a second sentence',
      'Next meeting Tuesday 11 January 2028, 6pm, the Hall. Items for the agenda by 30 December please.',
    ],
    [
      '"deadline" after a semicolon',
      'Date of next meeting: 11 January 2028; deadline for agenda items 30 December 2027.',
    ],
    ['figures, "out by"', 'Next meeting: Tues 11/01/2028 6pm Hall. Papers out by 04/01/2028'],
    [
      'fields set apart by bars',
      'Next meeting: 11 January 2028 at 6pm | Venue: Town Hall | Papers by: 30 December 2027',
    ],
    ['"due"', 'Next meeting: 11 January 2028 at 6pm – reports due 30 December 2027.'],
    [
      'agenda items "no later than"',
      'Next meeting: 11 January 2028, 6pm. Agenda items to the Clerk no later than 4 January 2028.',
    ],
  ])('%s', (_name, line) => {
    expect(closing('Any other business', line)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'two sittings joined by "and"',
      'Next meeting: 11 January 2028 and 8 February 2028.',
      ['2028-01-11', '2028-02-08'],
    ],
    ['a sequence', 'Next meetings: 11 January 2028, then 8 February 2028 at 6pm.', ['2028-01-11', '2028-02-08']],
    ['a sitting and its venue only', 'Date of next meeting: 11 January 2028, 6pm, Town Hall.', ['2028-01-11']],
    [
      '"not later than" with no paper: the sitting itself (as round 12 reads it)',
      'Next meeting: 11 January 2028, and not later than 8 February 2028.',
      ['2028-01-11', '2028-02-08'],
    ],
  ])('near miss: %s', (_name, line, expected) => {
    expect(closing('Any other business', line)).toEqual(expected);
  });
});
