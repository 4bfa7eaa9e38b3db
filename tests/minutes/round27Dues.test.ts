// Issue 11, round 27 (dues): one reading of a closing day told of the thing the item works on — a relative clause, an
// absolute clause or a bracket on the noun phrase after the instruction's verb ("a bid to the fund, which closes on …",
// "the consultation to end on …", "the bid (deadline …)") is the item's deadline; the same day on the subject, a day
// something starts, a clause the sentence goes on from, or a line reporting work done, is not.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueFor } from '../../src/minutes/decisions.js';
import { dueOf } from '../../src/minutes/due.js';
import { parseMinutes } from '../../src/minutes/index.js';

// (a Tuesday)
const MEETING = '2027-11-09';
const own = ownBodyOf(['Minutes of the Pellham Green Residents Forum held on Tuesday 9 November 2027']);
const due = (text: string) => dueOf(text, MEETING, false, { own });
const date = (day: string) => ({ kind: 'date', date: day });

describe('the closing day of the thing the work is for is the item’s deadline', () => {
  it.each([
    [
      'a relative clause, "which closes on"',
      'TO will put together a bid to the lottery’s small grants fund, which closes on 21 January 2028.',
      '2028-01-21',
    ],
    [
      'a relative clause, "which is to close on"',
      'That the Secretary run the survey of members, which is to close on 3 December 2027',
      '2027-12-03',
    ],
    [
      'a relative clause with a weekday, "which is due to end on"',
      'The Chair to answer the district’s call for views, which is due to end on Friday 26th November.',
      '2027-11-26',
    ],
    [
      'an absolute clause, "the consultation to end on"',
      'The Treasurer consult the member groups on the draft rules, the consultation to end on 14 January 2028.',
      '2028-01-14',
    ],
    [
      'an absolute clause, "closing on"',
      'RB to invite nominations for the new committee places, closing on 30 November 2027.',
      '2027-11-30',
    ],
    ['a bracket, "(deadline …)"', 'Maya and Tom to write the application (deadline 19 November 2027).', '2027-11-19'],
    [
      'a bracket naming what the deadline is for, the year left out',
      'KS to write a short piece for the parish bulletin (deadline for articles 2 Dec).',
      '2027-12-02',
    ],
    [
      'a bracket, "(closing …)"',
      'The Forum authorises RB to apply to the county’s green spaces round (closing 7 January 2028).',
      '2028-01-07',
    ],
  ])('%s', (_name, text, day) => {
    expect(due(text)).toEqual(date(day));
  });

  it.each([
    [
      'the day on the subject, the main verb after it',
      'the licence for the car park, which ends on 31 March 2028, be renewed for three years',
    ],
    ['a thing that starts', 'The Secretary tell members about the parking permits, which start on 1 April 2028.'],
    [
      'a clause the sentence goes on from',
      'The Treasurer get quotes for the hall insurance, which expires on 31st March 2028, and report to the February meeting.',
    ],
    ['a past closing', 'The Chair said the survey, which closed on 1 November 2027, had 40 replies.'],
    ['work reported done', 'KS has set up the residents’ survey (closes 30 November).'],
    ['a deadline told in a clause of its own', 'RB to look at the heritage grants – deadline is 26 Feb 2028.'],
  ])('not: %s', (_name, text) => {
    expect(due(text)?.kind).not.toBe('date');
  });

  it('the meeting the work is taken to still wins over a day told before it', () => {
    expect(
      due(
        'The Treasurer get quotes for the hall insurance, which expires on 31st March 2028, and report to the February meeting.',
      ),
    ).toEqual({ kind: 'month', month: 'February' });
  });
});

describe('in minutes, each layout', () => {
  const MASTHEAD = 'PELLHAM GREEN RESIDENTS FORUM\nMinutes of the meeting held on Tuesday 9 November 2027\n\n';
  it('a resolution, an action line and an informal note', () => {
    const text = `${MASTHEAD}4. Grants\nRESOLVED: That the Secretary prepare a bid to the town’s community chest, which closes on 28 January 2028.\n\n5. Newsletter\nACTION: KS to write the forum’s page for the parish magazine (deadline for copy 3 Dec).\n\n6. Close\nThe meeting closed at 8.40pm.\n`;
    const items = parseMinutes(text).items;
    expect(items.find((i) => i.minute === '4')?.due).toEqual(date('2028-01-28'));
    expect(items.find((i) => i.minute === '5')?.due).toEqual(date('2027-12-03'));
  });
});

describe('work asked of another body "for approval at the <month> meeting" comes back to this body then', () => {
  const context = { own, meeting: MEETING };
  it.each([
    [
      'a group asked to prepare',
      'The garden working party be asked to draw up a planting plan, for approval at the February meeting.',
      'February',
    ],
    [
      'a matter referred to a group to prepare',
      'The draft accounts be referred to the Finance Group to prepare the final figures for agreement at the March 2028 meeting.',
      'March',
    ],
    [
      'a group asked, "for consideration"',
      'That the Events Group be asked to cost the summer fair for consideration at the January meeting',
      'January',
    ],
  ])('%s', (_name, text, month) => {
    expect(dueFor('recommendation', text, context)).toEqual({ kind: 'month', month });
  });

  it.each([
    [
      'the other body’s own meeting, "its"',
      'The plan be recommended to the District Council for adoption at its March meeting.',
    ],
    ['a body recommended to', 'That the plan be recommended to Council for adoption at the March meeting'],
    [
      'the meeting of another body',
      'The Events Group be asked to cost the fair for approval at the January meeting of the Town Council.',
    ],
  ])('no due: %s', (_name, text) => {
    expect(dueFor('recommendation', text, context)).toBeNull();
  });
});
