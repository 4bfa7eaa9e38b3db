import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { sameDayElsewhere } from '../../src/minutes/dateText.js';
import { dueOf } from '../../src/minutes/due.js';

const meeting = '2026-01-15';

describe('dueOf', () => {
  it.each([
    ['be brought to the next meeting', { kind: 'next' }],
    ['report back by the next Full Council Meeting', { kind: 'next' }],
    ['be scheduled for the November meeting', { kind: 'month', month: 'November' }],
    ["the Panel's meeting in June includes a report", { kind: 'month', month: 'June' }],
    ['be completed by 31 March 2026', { kind: 'date', date: '2026-03-31' }],
    ['at the Cabinet meeting on 24 May 2026', { kind: 'meeting', meeting: '2026-05-24' }],
    ['repeat the survey within 12 months', { kind: 'within', amount: 12, unit: 'months' }],
    ['respond within two weeks', { kind: 'within', amount: 2, unit: 'weeks' }],
    // the article is the number one: "within a week", "within a month"
    ['send the figures round within a week', { kind: 'within', amount: 1, unit: 'weeks' }],
    ['reply to the residents within a month', { kind: 'within', amount: 1, unit: 'months' }],
    ['be invited to a future meeting', { kind: 'future' }],
    ['be added to the work programme', { kind: 'future' }],
    ['be presented to the October Board for approval', { kind: 'month', month: 'October' }],
    ['to the meeting of the Committee in August', { kind: 'month', month: 'August' }],
    ['arrange a visit before the end of February 2026', { kind: 'date', date: '2026-02-28' }],
    ['arrange a visit by the end of March', { kind: 'date', date: '2026-03-31' }],
    ["be submitted to the Committee in six months' time", { kind: 'within', amount: 6, unit: 'months' }],
    // a single year is written as the twelve months minutes more often give it; longer spans keep years
    ['review the arrangement in one year', { kind: 'within', amount: 12, unit: 'months' }],
    ['complete the survey within a year', { kind: 'within', amount: 12, unit: 'months' }],
    ["report again in a year's time", { kind: 'within', amount: 12, unit: 'months' }],
    ['review the partnership in 3 years', { kind: 'within', amount: 3, unit: 'years' }],
    ['That the report be noted', null],
  ])('%s', (text, due) => {
    expect(dueOf(text, meeting)).toEqual(due);
  });

  it('puts a deferral without a date to the next meeting', () => {
    expect(dueOf('AGREED TO DEFER the decision', meeting, true)).toEqual({ kind: 'next' });
  });

  it('does not take a dated meeting under discussion, or another body’s, as the due', () => {
    expect(dueOf('asking for views on moving the 18 March 2026 meeting', meeting)).toBeNull();
    expect(dueOf('which will be reviewed by Audit and Risk at the March 2026 meeting', meeting)).toBeNull();
  });
});

describe("due, as this round's minutes state it", () => {
  it.each([
    ['submit the objection before the closing date of 14th February', { kind: 'date', date: '2026-02-14' }],
    ['retail crime be added to the work programme for June 2026', { kind: 'month', month: 'June' }],
    ['return to the Committee in June 2026 with an update', { kind: 'month', month: 'June' }],
  ])('%s', (text, due) => {
    expect(dueOf(text, meeting)).toEqual(due);
  });

  it('leaves a date asked of someone else to the one asked', () => {
    expect(dueOf('write to the club to confirm the grant and request receipts by 31 March 2026', meeting)).toBeNull();
  });
});

it('puts a deferral that waits on something else to a future meeting, not the next', () => {
  expect(dueOf('That the policy be deferred until the outcome of the legal review is known.', meeting, true)).toEqual({
    kind: 'future',
  });
  expect(dueOf('That the policy be deferred.', meeting, true)).toEqual({ kind: 'next' });
});

describe('"its" meeting', () => {
  const own = ownBodyOf(['Minutes of the Finance Committee held on 14 January 2026']);
  it('is the meeting of the body named before it, which is no due of this body', () => {
    expect(
      dueOf(
        'the Chair would raise the shortfall with the Trust Board in her report to its April meeting',
        meeting,
        false,
        { own },
      ),
    ).toBeNull();
    expect(
      dueOf('officers to put the proposal to the Parish Council for its June meeting', meeting, false, { own }),
    ).toBeNull();
  });
  it('is this body’s meeting when this body is the one named', () => {
    expect(
      dueOf('That the Committee receive the audit findings at its April meeting.', meeting, false, { own }),
    ).toEqual({ kind: 'month', month: 'April' });
    expect(
      dueOf('The Committee asked for a review of the contract in detail at its April meeting.', meeting, false, {
        own,
      }),
    ).toEqual({ kind: 'month', month: 'April' });
  });
});

describe('a period from now without "time"', () => {
  it('reads "in six months" after a report or review, but not a change over a past period', () => {
    expect(dueOf('A further report to come back to the Committee in six months', meeting)).toEqual({
      kind: 'within',
      amount: 6,
      unit: 'months',
    });
    expect(dueOf("The scheme to be reviewed in six months' time", meeting)).toEqual({
      kind: 'within',
      amount: 6,
      unit: 'months',
    });
    expect(dueOf('Members noted that fly-tipping had risen by 30% in three years', meeting)).toBeNull();
  });
});

describe('dates as minutes write them', () => {
  it('reads a date month first, a date without its year, and a season', () => {
    expect(dueOf('be completed by March 31st, 2026', meeting)).toEqual({ kind: 'date', date: '2026-03-31' });
    expect(dueOf('be completed by 31st March', meeting)).toEqual({ kind: 'date', date: '2026-03-31' });
    expect(dueOf('a further report to the Panel in the autumn', meeting)).toEqual({ kind: 'future' });
    expect(dueOf('a further report later in the year', meeting)).toEqual({ kind: 'future' });
  });

  it('takes the year of a day the minutes print in full elsewhere', () => {
    const resolve = sameDayElsewhere('a briefing at 6.30pm on 6th March 2026 before the meeting');
    expect(
      dueOf('a briefing session be held at 6.30pm on 6th March', null, false, { own: ownBodyOf([]), resolve }),
    ).toEqual({ kind: 'date', date: '2026-03-06' });
  });
});

describe('one rule for this body’s dated meetings and other bodies’', () => {
  const own = ownBodyOf(['Minutes of the Licensing Committee held on 15 January 2026']);
  it.each([
    [
      'deferred until the meeting of the Committee taking place on 26th February 2026',
      { kind: 'meeting', meeting: '2026-02-26' },
    ],
    ['a report would come to committee on 14 May 2026', { kind: 'meeting', meeting: '2026-05-14' }],
    ['brought to the Licensing Committee on 14 May 2026', { kind: 'meeting', meeting: '2026-05-14' }],
    ['to the 14 May 2026 meeting', { kind: 'meeting', meeting: '2026-05-14' }],
    ['recommended to the meeting of Council on 25 February 2026', null],
    ['to the Audit Committee on 25 February 2026', null],
    ['asking members for their views on moving the 18 March 2026 meeting', null],
  ])('%s', (text, due) => {
    expect(dueOf(text, meeting, false, { own })).toEqual(due);
  });
});

describe('the next meeting named by its month', () => {
  it('is the meeting of that month', () => {
    expect(dueOf('the audit plan would be brought to the next Committee meeting in June', '2026-03-02')).toEqual({
      kind: 'month',
      month: 'June',
    });
    expect(dueOf('to report to the next meeting in September', '2026-03-02')).toEqual({
      kind: 'month',
      month: 'September',
    });
  });

  it('is still the next meeting when the month belongs to something else', () => {
    expect(dueOf('a report on the June flooding to the next meeting', '2026-03-02')).toEqual({ kind: 'next' });
  });
});

describe('two periods sharing one unit', () => {
  it('is due at the first; the parse gives one item for each period', async () => {
    expect(dueOf('officers to report progress in 3- and 9-months’ time', '2026-03-02')).toEqual({
      kind: 'within',
      amount: 3,
      unit: 'months',
    });
    const { parseMinutes } = await import('../../src/minutes/index.js');
    const proposal = parseMinutes(
      'Minutes of the Parks Committee held on 4 March 2026\n\n3. Tree survey\nRESOLVED: That the Tree Officer report on the replanting in three and six months.\n',
    );
    expect(proposal.items.map((i) => i.due)).toEqual([
      { kind: 'within', amount: 3, unit: 'months' },
      { kind: 'within', amount: 6, unit: 'months' },
    ]);
  });
});
