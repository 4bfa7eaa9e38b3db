// Issue 11, round 14: meeting dates and next meetings, from the forms fresh 29–36 showed, as rules
// of how minutes are laid out and worded — a title whose date is followed by the time; an item
// approving earlier minutes under a page's masthead; a page's print stamp naming its address;
// another body's or a person's sitting named by a possessive; a label of tasks under the dates; a
// meeting that "may be called". Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findMeetingDate, findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';
const HEAD =
  'Minutes of the Ashcombe Leisure Committee held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (body: string, head = HEAD) => {
  const lines = layout(`${head}${body}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};
const dateOf = (text: string) => findMeetingDate(layout(text).split('\n'));

describe("a title calling itself minutes, the date after a dash, then the sitting's time", () => {
  it.each([
    [
      'a comma and "pm"',
      'Moorside Transport Board\n\nRecord of decisions and minutes – Friday 3 March 2028, 10.30 am\n',
    ],
    ['"at" and a colon', 'Minutes - Harbour Users Forum - 3 March 2028 at 18:00\n'],
    ['no weekday, "p.m."', 'Parks Panel: notes and minutes — 3rd March 2028 2 p.m.\n'],
  ])('%s', (_name, text) => {
    expect(dateOf(`${text}\nPresent: Cllr Ibbot (Chair)\n\n1. Apologies\nNone.\n`)).toBe('2028-03-03');
  });

  it('near miss: a sentence after the date is no title', () => {
    expect(dateOf('Minutes - the papers went out on 3 March 2028 at 6pm with the agenda\n')).toBeNull();
  });
});

describe('an item approving earlier minutes, under a masthead that printed its own date line', () => {
  const page = (title: string, masthead = 'Wednesday, 2nd June, 2027 6.30 pm') =>
    `Agenda and minutes\nRiverside Estates Committee\n${masthead}\n\nVenue: Room 4, Guildhall\n\nItems\n\nApologies\n\nMinutes:\nNone.\n\n${title}\n\nMinutes:\nRESOLVED that the minutes be approved.\n`;
  it.each([
    ['"held on"', 'Minutes of the meeting held on 14 April 2027'],
    ['"the previous meeting"', 'Minutes of the previous meeting held on 14 April 2027'],
    ['no "held"', 'Minutes of the last meeting on 14 April 2027'],
  ])('%s: the masthead is the meeting', (_name, title) => {
    expect(dateOf(page(title))).toBe('2027-06-02');
  });

  it.each([
    ['no masthead date line above it', page('Minutes of the meeting held on 14 April 2027', 'Guildhall, room 4')],
    [
      'a title naming the body',
      'Minutes of the meeting of the Riverside Estates Committee held on 14 April 2027\n\nPresent: Cllr Ibbot\n\n1. Apologies\n',
    ],
  ])('near miss: %s', (_name, text) => {
    expect(dateOf(text)).toBe('2027-04-14');
  });
});

describe("a page's print stamp naming the page's address is no sitting", () => {
  it.each([
    ['a host and path', 'Printed from www.ashcombe-parks.gov.uk/meetings on 20/11/2027'],
    ['a full address, a time', 'Printed from https://meetings.ashcombe.gov.uk/doc/112 on 20/11/2027 09:40'],
  ])('%s', (_name, stamp) => {
    expect(next(`9. Date of next meeting\nThe next meeting will be on 17 January 2028.\n\n${stamp}`)).toEqual([
      '2028-01-17',
    ]);
  });
});

describe("a person's or another body's sitting, named by a possessive, is not this body's", () => {
  it.each([
    [
      '"his decision meeting"',
      '9. Dates of meetings\nThe Committee will next meet on 17 January 2028. The Cabinet Member would take the decision at his decision meeting on 30 November 2027.',
    ],
    [
      '"her meeting", the member first',
      '9. Date of next meeting\nThe next meeting will be on 17 January 2028.\n\n10. Play areas\nThe Portfolio Holder will sign the order at her meeting on 30 November 2027.',
    ],
    [
      '"its meeting" after "to allow the … Panel to"',
      '9. Play areas\nRESOLVED to defer the matter to allow the Youth Scrutiny Panel to comment at its meeting on 30 November 2027.\n\n10. Date of next meeting\n17 January 2028',
    ],
    [
      '"its meeting", the body alone before it',
      '9. Risks\nAGREED that the risk register be noted, with fraud to be looked at by the Audit Board at its meeting on 30 November 2027.\n\n10. Date of next meeting\n17 January 2028',
    ],
    [
      '"its AGM"',
      '9. Correspondence\n(a) Invitation from the Hillside Residents Association to its AGM on 30 November 2027 – noted.\n\n10. Date of next meeting\n17 January 2028',
    ],
  ])('%s', (_name, minute) => {
    expect(next(minute)).toEqual(['2028-01-17']);
  });

  it.each([
    [
      '"its meeting" with this body before it',
      '9. Play areas\nThe Committee agreed to take the play area report at its meeting on 30 November 2027.',
    ],
    [
      '"its meeting" after a body\'s possessive ("the Council\'s plans")',
      "9. Play areas\nThe Committee noted the Council's plans and agreed to return to them at its meeting on 30 November 2027.",
    ],
    ['"its AGM" for this body', '9. AGM\nThe Committee will hold its AGM on 30 November 2027.'],
  ])('near miss: %s', (_name, minute) => {
    expect(next(minute)).toEqual(['2027-11-30']);
  });
});

describe("a label of other business under the dates ends the body's list", () => {
  it.each([
    ['"Actions arising:"', 'Actions arising:\n4   Report to Cabinet (Cabinet 30 Nov)      JB'],
    ['"Action points:"', 'Action points:\n- Send the draft to Cabinet by 30 November 2027 (MK)'],
  ])('%s', (_name, tail) => {
    expect(next(`9. Next meetings\nTuesday 14 December 2027, 6pm; Tuesday 18 January 2028, 6pm.\n\n${tail}`)).toEqual([
      '2027-12-14',
      '2028-01-18',
    ]);
  });

  it.each([
    ['"Further dates:" still speaks of sittings', 'Further dates:\n30 November 2027'],
    ['a season and a year', 'Summer 2028:\n30 November 2027'],
    ['a term', 'Spring term:\n30 November 2027'],
    ['"Meetings for other business:"', 'Meetings for other business:\n30 November 2027'],
  ])('near miss: %s', (_name, tail) => {
    expect(next(`9. Dates of future meetings\n14 December 2027\n18 January 2028\n${tail}`)).toEqual([
      '2027-11-30',
      '2027-12-14',
      '2028-01-18',
    ]);
  });
});

describe('a meeting that "may be called" is held only in case', () => {
  it.each([
    [
      'in brackets',
      '9. Date of next meeting\nWednesday 19 January 2028. (An extra meeting on 14 December 2027 may be called if the bids are late.)',
    ],
    [
      '"might take place"',
      '9. Date of next meeting\n19 January 2028; a short meeting on 14 December 2027 might take place if needed.',
    ],
  ])('%s', (_name, minute) => {
    expect(next(minute)).toEqual(['2028-01-19']);
  });

  it('near miss: "will be held"', () => {
    expect(
      next(
        '9. Date of next meeting\nWednesday 19 January 2028. An extra meeting on 14 December 2027 will be held for the budget.',
      ),
    ).toEqual(['2027-12-14', '2028-01-19']);
  });
});

describe('a due "by the end of Q4": a financial quarter, the year from April', () => {
  it.each([
    ['"by the end of Q4"', 'That the Treasurer report on the bank reconciliation by the end of Q4.', '2028-03-31'],
    ['"before the end of Q3", no "the"', 'The Head of Estates to finish the survey before end of Q3', '2027-12-31'],
    ['Q1, the next year', 'Officers to publish the review by the end of Q1.', '2028-06-30'],
    ['a year given', 'The audit actions be closed by the end of Q2 2028/29.', '2028-09-30'],
    ['Q4 of a year given', 'The audit actions be closed before the end of Q4 2027/28.', '2028-03-31'],
  ])('%s', (_name, text, date) => {
    expect(dueOf(text, MEETING)).toEqual({ kind: 'date', date });
  });

  it.each([
    ['a quarter only told, no end', 'Sickness absence fell in Q4 compared with Q3.'],
    ['"Q4" in a name', 'The Q4 performance report was noted.'],
  ])('near miss: %s', (_name, text) => {
    expect(dueOf(text, MEETING)).toBeNull();
  });
});

describe('an item "added for" a month: that month\'s meeting', () => {
  it.each([
    ['"be added for April 2028"', 'An item on allotment rents be added for April 2028.', 'April'],
    ['"added for March", passive in a request', 'Members asked that a street trees item be added for March.', 'March'],
    ['a note, no verb "be"', 'Forward plan noted; Cemetery fees added for February.', 'February'],
    ['"programmed for"', 'The bus review to be programmed for June.', 'June'],
  ])('%s', (_name, text, month) => {
    expect(dueOf(text, MEETING)).toEqual({ kind: 'month', month });
  });

  it.each([
    ['"added in March": when it was added', 'The cemetery fees item was added in March.'],
    ['a day, not a month', 'A note was added for 3 December.'],
  ])('near miss: %s', (_name, text) => {
    expect(dueOf(text, MEETING)).not.toMatchObject({ kind: 'month' });
  });
});

describe("a number alone with a tab after it, its title on the next line: a web page's row number", () => {
  it.each([
    [
      'a blank line between',
      'Items\nNo.\tItem\n\n12\t\nApologies\n\nMinutes:\nNone.\n\n13\t\nPlay areas\n\nMinutes:\nNoted.\n',
    ],
    ['no blank lines', 'Items\n12\t\nApologies\nMinutes:\nNone.\n13\t\t\nPlay areas\nMinutes:\nNoted.\n'],
  ])('%s', (_name, page) => {
    const laid = layout(page);
    expect(laid).toContain('12. Apologies');
    expect(laid).toContain('13. Play areas');
  });

  it.each([
    ['one number alone, a tab after it', 'Play areas\n\n12\t\nThe swings were noted.\n'],
    [
      'numbers with no tab, over ordinary titles',
      'Apologies\nNone.\n\n2\n\nPlay areas\nNoted.\n\n3\n\nTrees\nNoted.\n',
    ],
  ])('near miss: %s', (_name, page) => {
    expect(layout(page)).not.toMatch(/^\d{1,3}\.\s/m);
  });
});

describe('a task set for a week, named by the day it starts ("w/c")', () => {
  it.each([
    ['"in w/c" and a full date', "JB to arrange a members' briefing in w/c 6 December 2027.", '2027-12-06'],
    ['"week commencing", no year', 'The Clerk to send the notices in the week commencing 13th December.', '2027-12-13'],
    ['"week beginning", a weekday', 'Officers to circulate the plan week beginning Monday 6 December.', '2027-12-06'],
    ['a cell, day and month in figures', 'w/c 13/12', '2027-12-13'],
  ])('%s', (_name, text, date) => {
    expect(dueOf(text, MEETING)).toEqual({ kind: 'date', date });
  });

  it.each([
    ['a past arrangement', 'The contractor was booked for the week commencing 13th December.'],
    ['figures with no week', 'The counts for 13/12 were noted.'],
  ])('near miss: %s', (_name, text) => {
    expect(dueOf(text, MEETING)).toBeNull();
  });
});

describe('a fortnight is two weeks', () => {
  it.each([
    ['"over the next fortnight"', 'PK and LW to photograph the bus shelters over the next fortnight.'],
    ['"within a fortnight"', 'The Clerk to reply to the residents within a fortnight.'],
    ['"in a fortnight\'s time"', "Officers to report back in a fortnight's time."],
  ])('%s', (_name, text) => {
    expect(dueOf(text, MEETING)).toEqual({ kind: 'within', amount: 2, unit: 'weeks' });
  });

  it.each([
    ['"fortnightly", a frequency', 'Bins to be emptied fortnightly from the new year.'],
    ['a past fortnight', 'The survey took place in the first fortnight of October.'],
  ])('near miss: %s', (_name, text) => {
    expect(dueOf(text, MEETING)).not.toMatchObject({ kind: 'within' });
  });
});

describe('month first with an ordinal day and no year', () => {
  it.each([
    ['"by November 27th"', 'The Clerk to circulate the draft by November 27th.', '2027-11-27'],
    ['abbreviated, a weekday', 'Comments to the Chair by Mon, Dec 6th please.', '2027-12-06'],
    ['"before January 10th"', 'Officers to publish the notice before January 10th.', '2028-01-10'],
  ])('%s', (_name, text, date) => {
    expect(dueOf(text, MEETING)).toEqual({ kind: 'date', date });
  });

  it.each([
    ['no ordinal: a count', 'By May 5 councillors had replied.'],
    ['"March 3" with no suffix', 'The Clerk to circulate the draft by March 3.'],
  ])('near miss: %s', (_name, text) => {
    expect(dueOf(text, MEETING)).toBeNull();
  });
});
