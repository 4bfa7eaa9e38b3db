// Issue 11, round 25: next meetings — a sitting called off in a sentence broken over two lines, or by saying it is not
// needed; the body a that-clause's subjunctive names as the one "its meeting" stands for; a list's row label opening a
// later sentence of the line; a word of sequence opening the sentence or bracket of a list's next date. Invented bodies,
// people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ashvaleNextMeetings as next, NOTHING_DECIDED as NOTHING } from './helpers/ashvaleLeisure.js';

describe('a sitting called off: the sentence read over its line break, and "will not be needed"', () => {
  it.each([
    [
      'the day that was left opens the next line',
      '1 February 2028, 6pm, the Pavilion. The meeting earlier pencilled in for\n14 December 2027 will not be needed.',
    ],
    [
      '"originally set for" broken before the day',
      '1 February 2028 at 6pm. The meeting originally set for\n14 December 2027 has been dropped.',
    ],
    ['"is not needed", one line', '1 February 2028 at 6pm. The meeting on 14 December 2027 is not needed.'],
    ['"will not be required"', '1 February 2028 at 6pm; the sitting on 14 December 2027 will not be required.'],
    [
      '"will no longer be needed", broken after the day',
      '1 February 2028 at 6pm. The meeting on 14 December 2027\nwill no longer be needed.',
    ],
    ['"won\'t be necessary"', "1 February 2028 at 6pm. The meeting on 14 December 2027 won't be necessary."],
  ])('%s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2028-02-01']);
  });

  it.each([
    [
      'a need denied of something else: the papers',
      '1 February 2028 at 6pm and 14 December 2027 at 6pm. Printed papers will not be needed.',
    ],
    [
      'the line above ends its own sentence',
      '1 February 2028 at 6pm. The room is booked.\n14 December 2027 at 6pm (extra meeting for the budget).',
    ],
    ['"not be needed" of a report, in prose', '1 February 2028 and 14 December 2027, both at 6pm.'],
  ])('near-miss: %s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-14', '2028-02-01']);
  });
});

describe('"that <body> <verb> … at its meeting on": the that-clause\'s subject is the body "its" stands for', () => {
  it.each([
    [
      'a possessive before the body',
      "RESOLVED that the company's Board approve the tariff at its meeting on 16 December 2027.",
    ],
    [
      'active, "recommends that"',
      'The Committee supports the scheme and recommends that the Trust Board adopt it at its meeting on 16 December 2027.',
    ],
    [
      'the body without "the"',
      'The Committee recommends that Cabinet agree the fees at its meeting on 16 December 2027.',
    ],
    [
      'broken over a line',
      'The Committee supports the scheme and recommends that the\nHarbour Board endorse it at its meeting on 16 December 2027.',
    ],
    [
      'a negative subjunctive',
      'RESOLVED that the Parish Council not adopt the lease before its meeting on 16 December 2027.',
    ],
  ])('%s', (_name, text) => {
    expect(next(text)).toEqual(['2028-01-11']);
  });

  it.each([
    ['this body named', 'RESOLVED that the Leisure Committee review the fees at its meeting on 16 December 2027.'],
    ['no body named', 'RESOLVED that officers bring the fees back at its meeting on 16 December 2027.'],
    [
      "a body's papers, not the body",
      "RESOLVED that the Committee's comments be sent in, and the fees reviewed at its meeting on 16 December 2027.",
    ],
  ])('near-miss: %s', (_name, text) => {
    expect(next(text)).toEqual(['2027-12-16', '2028-01-11']);
  });
});

describe("a list's row label may open a later sentence of its line", () => {
  it.each([
    ['a term', 'Tuesday 7 December 2027, 6pm. Spring term: Tuesday 8 March 2028.'],
    ['an initialism of this body', 'Tuesday 7 December 2027, 6pm. Spring term LC: Tuesday 8 March 2028.'],
    ['a quarter, with a dash', 'Tuesday 7 December 2027 at 6pm. Quarter 4 – 8 March 2028.'],
    ['after a semicolon', 'Tuesday 7 December 2027 at 6pm; Summer term: 8 March 2028'],
  ])('%s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-07', '2028-03-08']);
  });

  it.each([
    ["another body's label", 'Tuesday 7 December 2027, 6pm. Town Council: Tuesday 8 March 2028.'],
    ['a sentence, not a label', 'Tuesday 7 December 2027, 6pm. The fun day is on Tuesday 8 March 2028.'],
    ['a verb before the colon', 'Tuesday 7 December 2027, 6pm. The hall is booked: Tuesday 8 March 2028.'],
    [
      "another body's label with a qualifier in brackets",
      'Leisure Committee – Tuesday 7 December 2027; Planning Committee (if required) – Tuesday 8 March 2028.',
    ],
    ['a deadline', 'Tuesday 7 December 2027 at 6pm. Deadline for agenda items: 8 March 2028.'],
    ['papers due', 'Tuesday 7 December 2027 at 6pm. Reports due by: 8 March 2028.'],
    ['held in reserve', 'Tuesday 7 December 2027 at 6pm. Reserve date: 8 March 2028.'],
  ])('near-miss: %s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-07']);
  });
});

describe('a word of sequence opening the sentence or bracket of the next date in a list', () => {
  it.each([
    ['a bracket, "Then" and a shortened weekday', 'Weds 8th Dec 2027, 7pm, the hut. (Then Weds 12th Jan 2028.)'],
    ['a new sentence, "Then"', 'Wednesday 8 December 2027 at 7pm in the hall. Then 12 January 2028.'],
    ['"After that"', 'Wednesday 8 December 2027 at 7pm in the hall. After that, 12 January 2028.'],
    ['"Thereafter on"', 'Wednesday 8 December 2027 at 7pm, Room 2. Thereafter on 12 January 2028.'],
  ])('%s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-08', '2028-01-12']);
  });

  it.each([
    ['an event after "then"', 'Wednesday 8 December 2027 at 7pm. Then the carol service on 12 January 2028.'],
    ['no word of sequence', 'Wednesday 8 December 2027 at 7pm in the hall. Deadline for papers 12 January 2028.'],
    [
      '"then" held in reserve',
      'Wednesday 8 December 2027 at 7pm. Then 12 January 2028 (reserve, only if the budget is not set).',
    ],
  ])('near-miss: %s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-08']);
  });
});

describe("another body's label with a qualifier in brackets; a time's full stop ends the day's sentence", () => {
  it.each([
    [
      'one a line',
      'Leisure Committee – Tuesday 7 December 2027\nPlanning Committee (if required) – Tuesday 8 March 2028',
    ],
    ['run on with a hyphen', 'Leisure Committee - 7 December 2027; Planning Committee (if needed) - 8 March 2028.'],
    ['a reserve day in the next sentence', 'Tuesday 7 December 2027 at 6pm. Reserve date: 8 March 2028.'],
    ['"p.m." before the next sentence', 'Tuesday 7 December 2027 at 6 p.m. Reserve: Wednesday 8 March 2028.'],
  ])('%s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-07']);
  });

  it.each([
    ['a reserve day after its own time', 'Tuesday 7 December 2027 at 6pm; 8 March 2028 at 6 p.m. (reserve)'],
    ['this body named, a qualifier in brackets', 'Leisure Committee (budget) – Tuesday 7 December 2027'],
  ])('near-miss: %s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-07']);
  });
});
