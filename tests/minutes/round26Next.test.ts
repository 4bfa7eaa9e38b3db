// Issue 11, round 26: next meetings — a list's label that is a meeting with a name of its own; another body's name
// straight before "AGM" or after "next"; a body's two initials before "meeting"; a working party printed under its
// council; a minute titled by a year's dates alone. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import {
  ASHVALE_HEAD as HEAD,
  ASHVALE_MEETING as MEETING,
  ashvaleNextMeetings as next,
  NOTHING_DECIDED as NOTHING,
} from './helpers/ashvaleLeisure.js';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { splitDecisions } from '../../src/minutes/coordination.js';
import { splitMinutes } from '../../src/minutes/headings.js';

describe("a list's label that is a meeting with a name of its own is not this body's sitting", () => {
  it.each([
    ['run on after the next day', 'Tuesday 11 January 2028 at 6pm. Annual Town Meeting: Tuesday 11 April 2028.'],
    [
      'a row of its own',
      'Tuesday 11 January 2028 at 6pm\nAnnual Members’ Meeting: Thursday 14 September 2028 (with the Board)',
    ],
    ['a dash for the colon', 'Tuesday 11 January 2028, 6pm\nAnnual Parish Meeting – Monday 17 April 2028'],
  ])('%s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2028-01-11']);
  });

  it.each([
    ['a meeting named only by its kind', 'Tuesday 11 January 2028 at 6pm\nSpecial Meeting: Tuesday 8 February 2028'],
    [
      'a meeting named by this body',
      'Tuesday 11 January 2028 at 6pm\nAnnual Leisure Committee Meeting: Tuesday 8 February 2028',
    ],
  ])('near-miss: %s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2028-01-11', '2028-02-08']);
  });
});

describe('another body named straight before "AGM", or after "next"', () => {
  it.each([
    [
      '"The Trust AGM will be held on"',
      'Tuesday 11 January 2028 at 6pm. The Trust AGM will be held on 14 December 2027.',
    ],
    ['"the Society AGM is on"', 'Tuesday 11 January 2028 at 6pm; the Bowls Society AGM is on 14 December 2027.'],
  ])('%s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2028-01-11']);
  });

  it.each([
    ['"the AGM", nobody named', 'Tuesday 11 January 2028 at 6pm. The AGM will be held on 14 December 2027.'],
    ['this body before its AGM', 'Tuesday 11 January 2028 at 6pm. The Committee AGM will be held on 14 December 2027.'],
  ])('near-miss: %s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(['2027-12-14', '2028-01-11']);
  });

  it('"the next Cabinet" and the day in brackets after it are Cabinet\'s', () => {
    expect(
      next('Members asked that the findings go to the next Cabinet with the quarterly report (Cabinet 7 Dec).'),
    ).toEqual(['2028-01-11']);
  });

  it('near-miss: "the next Committee" is this one', () => {
    expect(next('The findings would be reported to the next Committee on 7 December 2027.')).toEqual([
      '2027-12-07',
      '2028-01-11',
    ]);
  });
});

describe('two capitals before "meeting" are a body\'s initials', () => {
  it("another body's: the parish council shortened", () => {
    expect(next('JB will raise it at the PC meeting on 22 Nov.')).toEqual(['2028-01-11']);
  });

  it("near-miss: this body's own initials", () => {
    expect(next('JB will bring the figures to the LC meeting on 7 December 2027.')).toEqual([
      '2027-12-07',
      '2028-01-11',
    ]);
  });
});

describe('a working party printed under its council is the body whose minutes these are', () => {
  const PARTY =
    'WEXHAM DISTRICT COUNCIL\nHousing Review Working Party\nMinutes of a meeting held in Room 4, Town Hall\non Thursday, 11 November 2027 at 2.00 pm\n\nPRESENT: Councillors A. Bell (Chairman), C. Dale\n\nHRWP/4  APOLOGIES\nNone.\n\n';
  const parse = (business: string) => {
    const lines = layout(`${PARTY}HRWP/5  REVIEW\n${business}\n`).split('\n');
    return { own: ownBodyOf(lines), next: findNextMeetings(splitMinutes(lines), '2027-11-11', ownBodyOf(lines)) };
  };

  it('the working party, not the council, is named', () => {
    expect(parse(NOTHING).own.name).toBe('Housing Review Working Party');
  });

  it('"recommended to Council at its meeting on" is the council\'s sitting', () => {
    expect(
      parse('RESOLVED – That it be RECOMMENDED to Council at its meeting on 9 December 2027 that the plan be adopted.')
        .next,
    ).toEqual([]);
  });

  it('the recommendation to Council, its owner Council', () => {
    const items = parseMinutes(
      `${PARTY}HRWP/5  BOUNDARIES\nRESOLVED – That it be RECOMMENDED to Council that the ward boundary between Lower and Upper Ashby be moved to the brook.\n`,
    ).items;
    expect(items.map((i) => i.owner)).toEqual(['Council']);
  });

  it.each([
    'it be recommended to Council that the ward boundary between Lower and Upper Ashby be moved',
    'the path between North and South Lodge be resurfaced',
    'the gap between the old barn and the new stores be fenced',
  ])('"between A and B" is one noun phrase, not a second subject: %s', (text) => {
    expect(splitDecisions(text)).toEqual([text]);
  });

  it.each([
    ['two subjects of their own', 'the hall be painted and the Clerk be asked to report', 2],
    ['"between" closed before the "and"', 'the gap between the posts be filled and the fence be painted', 2],
  ])('near-miss: %s', (_name, text, parts) => {
    expect(splitDecisions(text)).toHaveLength(parts);
  });

  it("the working party's own next sitting", () => {
    expect(parse('The Working Party will next meet on 20 January 2028.').next).toEqual(['2028-01-20']);
  });
});

describe("a minute titled by a year's dates alone lists the body's sittings", () => {
  const dates = (title: string, body: string) => {
    const lines = layout(`${HEAD}5. Business\n${NOTHING}\n\n9. ${title}\n${body}\n`).split('\n');
    return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
  };

  it.each([
    [
      '"Dates for 2028", the weekday in the plural',
      'Dates for 2028',
      'Wednesdays 12 January, 9 March and 8 June 2028, 2pm.',
    ],
    ['"Dates for 2028/29", one a line', 'Dates for 2028/29', '12 January 2028\n9 March 2028\n8 June 2028'],
  ])('%s', (_name, title, body) => {
    expect(dates(title, body)).toEqual(['2028-01-12', '2028-03-09', '2028-06-08']);
  });

  it('near-miss: "Dates for the diary" lists events', () => {
    expect(dates('Dates for the diary', 'Christmas fair – Saturday 4 December 2027, 10am')).toEqual([]);
  });
});
