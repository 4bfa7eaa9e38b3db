// Round 8 of issue 11: dues as fresh 14 writes them — a standing item at every meeting, a future meeting named for
// an errand's report, a span that is someone else's to meet, a deferred matter "determined" at a dated meeting, a
// paper to come to this body on a day. Tested as grammar, on invented wording.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueFor } from '../../src/minutes/decisions.js';
import { dueOf } from '../../src/minutes/due.js';
import { returnsDeferred } from '../../src/minutes/deferredReturn.js';
import { parseMinutes } from '../../src/minutes/index.js';

const meeting = '2027-02-09';
const PANEL = ownBodyOf(['Minutes of the Estates Panel held on 9 February 2027']);
const due = (text: string, deferral = false) => dueOf(text, meeting, deferral, { own: PANEL });

describe('a report to every meeting: a series with an end starts at the next, an open one is a standing item', () => {
  it.each([
    'That an update be given to each meeting of the Panel until the works finish',
    'a progress report to come to every meeting till the new system is live',
    'the contractor to report to each meeting until handover',
  ])('until it ends, first due at the next: %s', (text) => {
    expect(due(text)).toEqual({ kind: 'next' });
  });

  it.each([
    'any overdue recommendation be reported to every meeting of the Panel',
    'the deficit plan to be a standing item at every meeting',
    'the risk log to come before each subsequent meeting',
    'At each meeting of the Panel, the contractor to report on the programme',
  ])('open-ended, a future meeting: %s', (text) => {
    expect(due(text)).toEqual({ kind: 'future' });
  });
});

describe("a span that is someone else's to meet", () => {
  it.each([
    'the Development Manager be authorised to serve a notice requiring the use to cease within three months',
    'to serve a breach of condition notice that requires the owner to remove the fence within 28 days',
    'the Officer to issue a notice requiring the works to be completed within six weeks',
  ])('no due: %s', (text) => {
    expect(due(text)).toBeNull();
  });

  it.each([
    ['the Clerk to obtain three quotes within six weeks', { kind: 'within', amount: 6, unit: 'weeks' }],
    ['required by the auditor, the officer to respond within 14 days', { kind: 'within', amount: 14, unit: 'days' }],
  ])('the item keeps its own span: %s', (text, expected) => {
    expect(due(text)).toEqual(expected);
  });
});

describe('the deferred matter brought back to be decided', () => {
  it.each([
    'and that the application be determined at the meeting on 15 March 2027',
    'that the matter be decided at the March meeting',
    'and the item be taken at the next meeting',
    'and that the request be heard at the meeting on 15 March 2027',
    'that it be reconsidered at the next meeting',
  ])('returns the deferred matter: %s', (text) => {
    expect(returnsDeferred(text)).toBe(true);
  });

  it.each(['and that the Clerk be determined to finish the survey', 'that the applicant be heard first'])(
    'not a return: %s',
    (text) => {
      expect(returnsDeferred(text)).toBe(false);
    },
  );
});

describe('a paper to come to this body on a day', () => {
  it.each([
    ['The draft plan is to come to the Panel for approval for consultation on 9th June 2027.', '2027-06-09'],
    ['the final scheme to be brought to the Panel for adoption on 14 April 2027', '2027-04-14'],
    ['a revised policy will be presented to the Panel for decision on Tuesday 13 April 2027', '2027-04-13'],
  ])('%s', (text, date) => {
    expect(due(text)).toEqual({ kind: 'meeting', meeting: date });
  });

  // (another body's meeting is no due of this body's item, dated or not: the convention settled in docs/minutes-parser.md)
  it("keeps another body's sitting another's: a paper sent there is no due, nor a meeting of this body", () => {
    expect(due('the final scheme to be brought to the Cabinet for adoption on 14 April 2027')).toBeNull();
  });
});

describe("an errand reported to a future meeting of this body keeps that due; a season or 'in due course' does not", () => {
  const context = { own: PANEL, meeting };
  it.each([
    'the Head of Estates be asked to carry out surveys in the spring and report the results to a future meeting',
    'Officers to review the scheme and report back to a later session of the Panel',
    'The Clerk to obtain prices and bring them to a future meeting',
  ])('future: %s', (text) => {
    expect(dueFor('action', text, context)).toEqual({ kind: 'future' });
  });

  it.each(['the Clerk to review the leases in the autumn', 'Officers to look at signage in due course'])(
    'no due: %s',
    (text) => {
      expect(dueFor('action', text, context)).toBeNull();
    },
  );
});

describe('a response to a consultation is due when the consultation closes', () => {
  const minutes = (body: string) =>
    parseMinutes(
      `Minutes of the meeting of Ashby Parva Parish Council held on Monday 13 January 2025\n\n24/170  APOLOGIES\nNone.\n\n24/171  CORRESPONDENCE\n${body}\n\n24/172  CLOSE\nThe meeting closed at 9pm.\n`,
    ).items;
  it.each([
    [
      'a heading line with "closing"',
      '(a) District Council - consultation on bin collections, closing 31st January.\n    Resolved:\n    To respond supporting a weekly collection.    Action: Clerk',
    ],
    [
      'a sentence with "closes on"',
      'The County Council survey on bus routes closes on 31 January. RESOLVED that the Clerk reply objecting to the loss of the Sunday service.',
    ],
    [
      'a deadline',
      'The call for evidence on rural broadband has a deadline of 31 January 2025. It was RESOLVED that the Chairman submit comments on behalf of the Council.',
    ],
  ])('%s', (_name, body) => {
    const item = minutes(body).find((i) => /respond|reply|comments/i.test(i.text));
    expect(item?.due).toEqual({ kind: 'date', date: '2025-01-31' });
  });

  it('leaves an errand that is no response', () => {
    const item = minutes(
      'The County Council survey on bus routes closes on 31 January. RESOLVED that the Clerk order a new noticeboard.',
    ).find((i) => /noticeboard/i.test(i.text));
    expect(item?.due ?? null).toBeNull();
  });
});

describe('a deadline told as the day a body meets', () => {
  it.each([
    ['AT to arrange this before the Board meets on 5 March', '2027-03-05'],
    ['the Clerk to send the papers before the Council sits on 12 April 2027', '2027-04-12'],
  ])('%s', (text, date) => {
    expect(due(text)).toEqual({ kind: 'date', date });
  });
});

describe('a due set out as a label after an agreement ("When:", "By when:", "Deadline:")', () => {
  const minute = (body: string) =>
    parseMinutes(
      `Ashby Housing Panel\n\nMinutes\n\nDate: 08/12/2026\n\nItem 1  Apologies\nNone.\n\nItem 2  Voids\n${body}\n\nItem 3  Close\nThe meeting closed at 6pm.\n`,
    ).items.filter((i) => i.minute === '2');
  it.each([
    ['Agreed actions\n - Voids Manager to inspect the flats at Elm Court. When: next Panel.', { kind: 'next' }],
    [
      'Agreed action\n - Clerk to order new signs for the car park. By when: 31 March 2027.',
      { kind: 'date', date: '2027-03-31' },
    ],
    [
      'Actions agreed:\n - Repairs Lead to write to the contractor. Deadline: within two weeks.',
      { kind: 'within', amount: 2, unit: 'weeks' },
    ],
    [
      'Agreed actions\n - Tenancy Officer to visit the residents. When: before the end of January.',
      { kind: 'date', date: '2027-01-31' },
    ],
  ])('%s', (body, due) => {
    expect(minute(body).map((i) => i.due)).toEqual([due]);
  });

  it('gives the due to the same agreement told first in the discussion', () => {
    const items = minute(
      'The Voids Manager said she would inspect the empty flats at Elm Court herself.\n\nAgreed actions\n - Voids Manager to inspect the empty flats at Elm Court. When: next Panel.',
    );
    expect(items.map((i) => i.due)).toEqual([{ kind: 'next' }]);
  });
});

describe('another body asked to act "at its meeting on" a day', () => {
  // (round 8 read the day that body acts as the due; another body's meeting is now no due of this body's item, dated
  // or not — the convention settled in docs/minutes-parser.md)
  it.each([
    'That Council be recommended, at its meeting on 3 March 2027, to set the rents.',
    'It was agreed to recommend the fees to Council at its meeting on 3 March',
    'That the Licensing Committee be asked to consider whether the evidence supports a review of the whole policy for the town centre, at its meeting on 3 March 2027.',
    'Recommended to the County Council, at its budget meeting on 24 February 2027, a rent rise of 3%.',
    'CABINET be requested to adopt the strategy at their meeting to be held on Thursday 4 March 2027',
  ])('the day that body is to act is no due of this one: %s', (text) => {
    expect(due(text)).toBeNull();
  });

  it.each([
    // (sent to a sitting, not asked to act at it: that body's to make, as round 7 has it)
    'That a budget of £40,000 be recommended to the Full Council meeting on 24 February 2027',
    // (another body's sitting told as a fact, no one asked)
    'The Council will set the budget at its meeting on 24 February 2027',
    // (a month, not a dated sitting)
    'That the scheme be recommended to Council at its May meeting',
  ])('no due: %s', (text) => {
    expect(due(text)).toBeNull();
  });

  it('keeps this body asked of itself a meeting of its own', () => {
    expect(due('That the Panel be asked to review the policy at its meeting on 3 March 2027')).toEqual({
      kind: 'meeting',
      meeting: '2027-03-03',
    });
  });
});
