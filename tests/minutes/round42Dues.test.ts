// Round 42, due forms: a deadline written as the end of the year ("before the end of the year", "by the end of this
// year", "by the end of the calendar year") is the last day of the meeting's year. Invented minutes throughout, with
// near-misses that must not change (the financial or school year, a year named by number, a month's end as before).
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { dueOf } from '../../src/minutes/due.js';

/** The items of minute 5 of an invented village hall committee meeting held on 3 November 2026, whose text is `body`. */
const minuteFive = (body: string) =>
  parseMinutes(
    [
      'BRAMLEY VILLAGE HALL COMMITTEE',
      'Minutes of the meeting of the Committee held on Tuesday 3 November 2026 at 7 pm',
      '',
      'Present: A Kerr (Chair), D Lomax, P Singh, J Ure',
      '',
      '4. Minutes',
      'RESOLVED that the minutes of the meeting held on 6 October 2026 be approved.',
      '',
      '5. Building',
      body,
      '',
      '6. Date of next meeting',
      'The next meeting will be held on Tuesday 1 December 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '5');

describe('the end of the year is the last day of the meeting year', () => {
  it.each([
    ['RESOLVED that the Secretary book an electrician to test the wiring before the end of the year.', /electrician/],
    ['RESOLVED that the Treasurer pay the surplus into the repairs fund by the end of this year.', /surplus/],
    ['RESOLVED that the Chair arrange a fire drill before the end of the calendar year.', /fire drill/],
  ])('%s', (body, text) => {
    const item = minuteFive(body).find((i) => text.test(i.text));
    expect(item).toBeDefined();
    expect(item?.due).toEqual({ kind: 'date', date: '2026-12-31' });
  });

  it('reads the year of the meeting, not the year after', () => {
    expect(dueOf('The Clerk to renew the licence before the end of the year.', '2027-02-08')).toEqual({
      kind: 'date',
      date: '2027-12-31',
    });
  });
});

describe('near-misses keep their due', () => {
  it.each([
    // a public body's year ends in March: left unread, as the labels have it
    'The Clerk to close the accounts before the end of the financial year.',
    'The Head teacher to report before the end of the school year.',
    'The Clerk to prepare the precept by the end of the municipal year.',
    // a year named by number, and the end of something else
    'The Council set a target of net zero by the end of 2030/31.',
    'The Clerk to renew the lease before the end of the term.',
  ])('%s', (text) => {
    expect(dueOf(text, '2026-11-03')).toBeNull();
  });

  it('with no meeting date the year is not known', () => {
    expect(dueOf('The Clerk to book it before the end of the year.', null)).toBeNull();
  });

  it('a month end is read as before', () => {
    expect(dueOf('The Clerk to book it before the end of January.', '2026-11-03')).toEqual({
      kind: 'date',
      date: '2027-01-31',
    });
  });
});

describe("the body's own request keeps no due (the time is asked of others)", () => {
  it.each([
    'Members asked for the figures to be sent to them before the end of the year.',
    'The Committee REQUESTED a site visit with the agent before the end of the year.',
  ])('%s', (text) => {
    expect(dueOf(text, '2026-11-03')).toBeNull();
  });

  it('an errand to ask someone is still read', () => {
    expect(dueOf('The Clerk to write asking for a site meeting before the end of the year.', '2026-11-03')).toEqual({
      kind: 'date',
      date: '2026-12-31',
    });
  });
});
