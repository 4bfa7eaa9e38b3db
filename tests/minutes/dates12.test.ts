// Round 7b of issue 11: how minutes lay out the body's coming meetings where the earlier rules did
// not look — a grid of month names over day numbers, a work programme's table whose first column is
// the meeting, and "the <body noun> will next meet" standing for another body just named. Invented
// wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { paperForMeeting } from '../../src/minutes/paperForMeeting.js';
import type { ProposedItem } from '../../src/minutes/types.js';
import { gridDates } from '../../src/minutes/meetingGrid.js';

const next = (text: string, meeting: string | null) => {
  const lines = layout(text).split('\n');
  return findNextMeetings(splitMinutes(lines), meeting, ownBodyOf(lines));
};
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 February 2027 at 6pm\n\n1. Apologies\nNone.\n\n';

describe('a grid of months over days', () => {
  it.each([
    [
      'months in two languages a column, the year in the heading',
      HEAD +
        '5. MEETING DATES 2027\nThe Panel noted the dates below; all at 6pm.\n\n   Ebrill / April     Gorffennaf / July     Hydref / October\n        13                   6                    12\n\nThe meeting closed at 8pm.',
      ['2027-04-13', '2027-07-06', '2027-10-12'],
    ],
    [
      'months with their year, days with weekdays',
      HEAD +
        '5. Dates of future meetings\n\nMarch 2027      May 2027       September 2027\nTue 16          Tue 18         Tue 21\n',
      ['2027-03-16', '2027-05-18', '2027-09-21'],
    ],
    [
      'a table drawn with bars',
      HEAD + '5. Dates of future meetings\n\n| June | October | January |\n| 8th | 5th | 11th |\n',
      ['2027-06-08', '2027-10-05', '2028-01-11'],
    ],
    [
      'under a lead-in line in another minute',
      HEAD +
        '5. Any other business\nNone.\n\nFuture Panel meetings:\n  April      June\n  20         15\n\nThe meeting closed at 7pm.',
      ['2027-04-20', '2027-06-15'],
    ],
  ])('%s', (_name, text, dates) => {
    expect(next(text, '2027-02-09')).toEqual(dates);
  });

  it('pairs the columns by count, and reads nothing when they do not match', () => {
    expect(gridDates('March     June     July', '4     9')).toEqual([]);
    expect(gridDates('Budget      Staffing      Estates', '4      9      12')).toEqual([]);
    expect(gridDates('March      June', '4      9').map((d) => [d.month, d.day])).toEqual([
      [3, 4],
      [6, 9],
    ]);
  });

  it('leaves a grid in a minute that lists no meetings', () => {
    const text =
      HEAD + '5. Staffing\nVacancies by month:\n\n  April      June\n  20         15\n\nThe meeting closed at 7pm.';
    expect(next(text, '2027-02-09')).toEqual([]);
  });
});

describe("a work programme's table of meetings", () => {
  it.each([
    [
      'first column "Meeting", rows under each date',
      HEAD +
        '6. Work programme\nThe Panel agreed its work programme (appended).\n\nAPPENDIX – PANEL WORK PROGRAMME 2027\n\nMeeting          Item                         Lead\n13 April 2027    Tenancy audit                Head of Estates\n                 Void turnaround              Voids Manager\n8 June 2027      Annual report                Clerk\n',
      ['2027-04-13', '2027-06-08'],
    ],
    [
      'first column "Date of meeting", dates numeric',
      HEAD +
        '6. Forward plan\n\nDate of meeting    Report                 Officer\n20/04/27           Rent setting           Finance Lead\n06/07/27           Repairs contract       Contracts Officer\n',
      ['2027-04-20', '2027-07-06'],
    ],
  ])('%s', (_name, text, dates) => {
    expect(next(text, '2027-02-09')).toEqual(dates);
  });

  it('leaves a table of past decisions that is not a programme', () => {
    const text =
      HEAD +
      '6. Staffing\n\nMeeting          Decision                     Lead\n13 April 2027    Post regraded                Head of Estates\n';
    expect(next(text, '2027-02-09')).toEqual([]);
  });
});

describe('"the Forum will next meet" after that forum is named', () => {
  it.each([
    'The notes of the Tenants’ Forum meeting held on 14 January 2027 were received. The Forum will next meet on 21 April 2027.',
    'The Youth Reference Group met on 3 February 2027. The Group will meet again on 5 May 2027.',
  ])('is the other body’s sitting: %s', (sentence) => {
    expect(next(HEAD + '4. Reports from other bodies\n' + sentence + '\n', '2027-02-09')).toEqual([]);
  });

  it('but the Panel itself, named by its head noun, still meets', () => {
    const text =
      HEAD +
      '4. Reports from other bodies\nThe notes of the Tenants’ Forum were received.\n\n5. Close\nThe Panel will next meet on 21 April 2027.\n';
    expect(next(text, '2027-02-09')).toEqual(['2027-04-21']);
  });
});

describe('deadlines written as a day without its year', () => {
  const own = ownBodyOf(['Minutes of the Moorside Estates Panel held on 9 February 2027']);
  it.each([
    ['The Treasurer to send the grant request form to the County Council by 20th March.', '2027-03-20'],
    ['The Clerk will return the licence request form by 3rd April.', '2027-04-03'],
    ['The allotment lease runs out on 31st March; the Clerk to renew it before then.', '2027-03-31'],
    ['The hall insurance expires on 14 May, and the Clerk will arrange cover by then.', '2027-05-14'],
  ])('%s', (text, date) => {
    expect(dueOf(text, '2027-02-09', false, { own })).toEqual({ kind: 'date', date });
  });

  it('still leaves a deadline asked of someone else', () => {
    expect(
      dueOf('The Clerk to write requesting a reply by 20th March.', '2027-02-09', false, {
        own,
      }),
    ).toBeNull();
  });
});

describe('a matter moved to another month', () => {
  const own = ownBodyOf(['Minutes of the Moorside Estates Panel held on 9 February 2027']);
  it.each([
    ['The programme was agreed, with the damp survey item brought forward from October to May.', 'May'],
    ['The stock condition report was moved forward from July to April.', 'April'],
    ['The tenants’ group asked to give its annual report in July rather than April; the Panel agreed.', 'July'],
    ['Officers will present the rent review in November instead of September.', 'November'],
  ])('%s', (text, month) => {
    expect(dueOf(text, '2027-02-09', false, { own })).toEqual({ kind: 'month', month });
  });
});

describe('a paper moved between two months is work programme', () => {
  const own = ownBodyOf(['Minutes of the Moorside Estates Panel held on 9 February 2027']);
  const item = (text: string): ProposedItem => ({
    minute: '4',
    ref: null,
    type: 'action',
    category: 'action',
    owner: null,
    due: { kind: 'month', month: 'May' },
    text,
    confidence: 0.8,
    source: 'resolution',
    narrative: false,
  });
  it.each([
    'The programme was agreed, with the damp survey item brought forward from October to May.',
    'The tenants’ group asked to present its annual report in May rather than July; the Panel agreed.',
  ])('%s', (text) => {
    expect(paperForMeeting(item(text), own).category).toBe('work-programme');
  });

  it('an errand put back to a month stays an action', () => {
    expect(paperForMeeting(item('The Clerk to obtain quotes, deferred from March to May.'), own).category).toBe(
      'action',
    );
  });
});

describe('"before the budget is set" where the minute dated the budget meeting', () => {
  it('is due that day', () => {
    const text =
      'Minutes of the Moorside Estates Panel held on 9 February 2027\n\n1. Apologies\nNone.\n\n2. Rent setting\nThe Panel recommended rents to the Board at its budget meeting on 3 March 2027.\nRESOLVED: that the Finance Lead be asked to publish the rent comparison before the budget is set.\n\n3. Close\nThe meeting closed at 8pm.\n';
    const item = parseMinutes(text).items.find((i) => /comparison/.test(i.text));
    expect(item?.due).toEqual({ kind: 'date', date: '2027-03-03' });
  });

  it('stays undated where no meeting for it was dated', () => {
    const text =
      'Minutes of the Moorside Estates Panel held on 9 February 2027\n\n1. Apologies\nNone.\n\n2. Rent setting\nRESOLVED: that the Finance Lead be asked to publish the rent comparison before the budget is set.\n\n3. Close\nThe meeting closed at 8pm.\n';
    const item = parseMinutes(text).items.find((i) => /comparison/.test(i.text));
    expect(item).toBeDefined();
    expect(item?.due ?? null).toBeNull();
  });
});
