// Issue 11, after fresh 15: the meeting's date in the old formal wording ("the 21st day of
// October, 2026"), a weekday before "the" ("Wednesday, the 3rd February"), a year labelling the
// rest of a next-meeting list ("2027: 26 January, 9 March"), and dates that are no sitting of
// this body: an informal day ("strategy day", "development session"), a thing done "on behalf
// of" the body. Invented wording throughout (no sentence copied from a fixture).
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findMeetingDate, findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { dueOf } from '../../src/minutes/due.js';

const next = (text: string, meeting: string | null) => {
  const lines = layout(text).split('\n');
  return findNextMeetings(splitMinutes(lines), meeting, ownBodyOf(lines));
};
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 February 2027 at 6pm\n\n1. Apologies\nNone.\n\n';

describe('the formal "the Nth day of Month, Year"', () => {
  it.each([
    ['weekday, "the", ordinal day of', 'held at the Town Hall on Monday, the 8th day of March, 2027, at 7 p.m.'],
    ['no weekday', 'held in the Pavilion on the 8th day of March 2027.'],
    ['no ordinal suffix', 'held at the Offices on Monday the 8 day of March, 2027'],
    ['capitals', 'HELD AT THE GUILDHALL ON MONDAY, THE 8TH DAY OF MARCH, 2027'],
  ])('%s: the meeting date', (_name, tail) => {
    const lines = layout(`MINUTES of a MEETING of the Board ${tail}\n\n1. Apologies\nNone.\n`).split('\n');
    expect(findMeetingDate(lines)).toBe('2027-03-08');
  });
});

describe('another body named before "Weekday, the Nth"', () => {
  it.each([
    [
      'preceded by',
      'The next meeting will be on Tuesday, the 13th April, 2027, preceded by the Estates Committee on Monday, the 15th March, 2027.',
    ],
    [
      'a visit by',
      'The next meeting will be on Tuesday, the 13th April, 2027, with a site visit by the Lettings Sub-Committee on Thursday, the 1st April, 2027.',
    ],
  ])("%s: only this body's date", (_name, sentence) => {
    expect(next(`${HEAD}5. Date of next meeting\n${sentence}\n`, '2027-02-09')).toEqual(['2027-04-13']);
  });
});

describe('a year labelling the rest of a next-meeting list', () => {
  it.each([
    [
      '"2028:" then days and months',
      'Tuesday 14 December 2027 at 6pm, Room 2.\n2028: 11 January, 8 February, 14 March.',
      ['2027-12-14', '2028-01-11', '2028-02-08', '2028-03-14'],
    ],
    [
      '"2028 dates:" then numeric dates',
      '14/12/2027, 18:00.\n2028 dates: 11/01/2028, 08/02/2028.',
      ['2027-12-14', '2028-01-11', '2028-02-08'],
    ],
    [
      '"Dates for 2028:"',
      'Tuesday 14 December 2027.\nDates for 2028: 11 January and 8 February.',
      ['2027-12-14', '2028-01-11', '2028-02-08'],
    ],
  ])('%s', (_name, list, expected) => {
    const text = `Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n2. Rents\nNoted.\nDate of next meeting:\n${list}\n`;
    expect(next(text, '2027-11-09')).toEqual(expected);
  });

  it('a line after the list that does not label dates ends it', () => {
    const text = `${HEAD}5. Any other business\nDate of next meeting:\nTuesday 13 April 2027.\nThe fun run is on 2 May 2027.\n`;
    expect(next(text, '2027-02-09')).toEqual(['2027-04-13']);
  });
});

describe('an informal day of the body is not one of its meetings', () => {
  it.each([
    ['strategy day', 'Members noted the Panel strategy day on Tuesday 2 March 2027.'],
    ['away day', 'The Panel away day will be held on Tuesday 2 March 2027.'],
    ['development session', 'Members were reminded of the development session on Tuesday 2 March 2027.'],
    ['workshop', "A members' workshop will take place on Tuesday 2 March 2027."],
    ['seminar', 'There will be a budget seminar for the Panel on Tuesday 2 March 2027.'],
    [
      'said not to be a meeting',
      'An informal gathering is set for Tuesday 2 March 2027 (not a formal meeting of the Panel).',
    ],
  ])('%s, in the next-meeting minute', (_name, sentence) => {
    const text = `${HEAD}5. Date of next meeting\nTuesday 13 April 2027 at 6pm. ${sentence}\n`;
    expect(next(text, '2027-02-09')).toEqual(['2027-04-13']);
  });
});

describe('a sitting chained after an informal one keeps its date', () => {
  it.each([
    ['followed by', 'It was agreed to hold a seminar at 5pm followed by the Panel at 6pm on Tuesday 2 March 2027.'],
    ['then', 'Members will attend a workshop at 4pm, then the Panel meeting on Tuesday 2 March 2027.'],
  ])('%s', (_name, sentence) => {
    expect(next(`${HEAD}4. Work programme\n${sentence}\n`, '2027-02-09')).toEqual(['2027-03-02']);
  });
});

describe('a thing done "on behalf of" the body on a day', () => {
  it.each([
    ['laid a wreath', '4. Remembrance\nThe Chair laid a wreath on behalf of the Panel on 14 February.'],
    ['signed', '4. Lease\nThe Clerk signed the lease on behalf of the Council on 1 March.'],
  ])('%s: no next meeting', (_name, minute) => {
    expect(next(`${HEAD}${minute}\n`, '2027-02-09')).toEqual([]);
  });
});

describe('"meeting" as a verb after another body, and "the committee" standing for one named before', () => {
  it.each([
    ['which was meeting on', '4. Plan\nThe draft had gone to the Tenants Forum, which was meeting on 3 March 2027.'],
    ['is meeting on', '4. Plan\nThe Residents Association is meeting on 3 March 2027 to discuss it.'],
    [
      'the committee would next meet',
      '4. Audit Committee minutes\nThe minutes of the Audit Committee were noted; the committee would next meet on 3 March 2027.',
    ],
    [
      'that the group will next meet',
      '4. Working group\nThe lead member said that the group will next meet on 3 March 2027.',
    ],
  ])("%s: not this body's next meeting", (_name, minute) => {
    expect(next(`${HEAD}${minute}\n`, '2027-02-09')).toEqual([]);
  });

  it.each([
    ['this body, progressive', '4. Plan\nThe Panel is meeting on 3 March 2027 to agree it.'],
    ["this body's own noun in lower case", '4. Plan\nIt was noted that the panel would next meet on 3 March 2027.'],
  ])('%s: its next meeting', (_name, minute) => {
    expect(next(`${HEAD}${minute}\n`, '2027-02-09')).toEqual(['2027-03-03']);
  });
});

describe('"its meeting" after a long-named body that asked this one to attend', () => {
  it.each([
    [
      'six words, possessive parent',
      "4. Scrutiny\nIt was reported that the County's Children and Young People Scrutiny Committee had asked the Panel to attend its meeting on 3 March 2027.",
    ],
    [
      'invited, passive',
      '4. Scrutiny\nMembers heard that the Neighbourhoods and Communities Overview and Scrutiny Board has invited the Panel to its meeting on 3 March 2027.',
    ],
  ])("%s: not this body's next meeting", (_name, minute) => {
    expect(next(`${HEAD}${minute}\n`, '2027-02-09')).toEqual([]);
  });
});

describe('the list of coming meetings ends where the meeting closed', () => {
  it.each([
    ['closed at', 'The meeting closed at 8.40pm.'],
    ['no further business', 'There being no further business, the meeting ended at 9.05 pm.'],
    ['Chair closed', 'The Chair closed the meeting at 8.15pm.'],
  ])("%s: a page's posts after it are no meetings", (_name, closing) => {
    const text = `${HEAD}5. Date of next meeting\nTuesday 13 April 2027 at 6pm.\n\n${closing}\n\nLatest news\nPlant sale - Saturday 6 March\nLitter pick - Sunday 21 March\n`;
    expect(next(text, '2027-02-09')).toEqual(['2027-04-13']);
  });

  it('a next meeting written after the closing line is still read', () => {
    const text = `${HEAD}5. Any other business\nNone.\nThe meeting closed at 8.40pm.\nDate of next meeting: Tuesday 13 April 2027.\n`;
    expect(next(text, '2027-02-09')).toEqual(['2027-04-13']);
  });
});

describe("going to a dated event: the day is the action's due", () => {
  it.each([
    [
      'resolved that … attend',
      'RESOLVED that the Clerk attend the regional conference in York on the 18th March, 2027.',
    ],
    ['to attend', 'Cllr Reed to attend the planning training day on Thursday 18 March 2027.'],
    [
      'meet someone on site',
      'Cllr Ames will meet the drainage engineer at the brook on 18 March 2027 and report back.',
    ],
    ['meet with', 'The Clerk to meet with the contractor on site on Thursday 18 March 2027.'],
    ['a show', 'The Clerk and two members will attend the county show at Ashby on 18 March 2027.'],
  ])('%s', (_name, text) => {
    expect(dueOf(text, '2027-02-09')).toEqual({ kind: 'date', date: '2027-03-18' });
  });

  it('not "attend to" a matter', () => {
    expect(dueOf('The Clerk to attend to the hedge before the fete on 18 March 2027.', '2027-02-09')).not.toEqual({
      kind: 'date',
      date: '2027-03-18',
    });
  });
});

it("another body's sitting attended is no due of the item", () => {
  expect(dueOf('Cllr Reed to attend the Licensing Committee on 18 March 2027 to speak.', '2027-02-09')).not.toEqual({
    kind: 'date',
    date: '2027-03-18',
  });
});
