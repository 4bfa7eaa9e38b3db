// Round 40, due forms: a deadline named by its noun alone ("by the closing date", "before the deadline") whose day the
// minute printed once before the errand ("closing 18th December", "closes on …", "must be sent … by …"). Invented
// minutes throughout, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { deadlineNamedBefore } from '../../src/minutes/deadlineNamedBefore.js';

/** The items of minute 7 of an invented parish council meeting held on 9 November 2026, whose text is `body`. */
const minuteSeven = (body: string) =>
  parseMinutes(
    [
      'ASHCOMBE PARISH COUNCIL',
      'Minutes of the meeting of the Parish Council held on Monday 9 November 2026 at 7.30 pm',
      '',
      'Present: Cllrs P Harland (Chair), G Osei, L Tranter, M Whitlow',
      'In attendance: Mrs R Vane (Clerk)',
      '',
      '6. Minutes',
      'RESOLVED that the minutes of the meeting held on 12 October 2026 be approved.',
      '',
      '7. Consultations',
      body,
      '',
      '8. Date of next meeting',
      'The next meeting will be held on Monday 14 December 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '7');

describe('a deadline named by its noun takes the day the minute printed before it', () => {
  it.each([
    [
      "The district's survey on bus routes, closing 4th December 2026, was discussed. RESOLVED that the Council object to the loss of the Sunday service. Clerk to send by the closing date.",
      /Clerk to send/,
      '2026-12-04',
    ],
    [
      'The Chair said the county consultation on verge cutting closes on 20th January 2027.\nRESOLVED:\n  i. that the report be noted; and\n  ii. that the Clerk submit the parish reply on verge cutting before the closing date.',
      /parish reply on verge cutting/,
      '2027-01-20',
    ],
    [
      'Members heard that the grant claim must be returned to the foundation by 15 January 2027. The Clerk will complete the claim form by the deadline.',
      /claim form/,
      '2027-01-15',
    ],
  ])('%s', (body, text, date) => {
    const item = minuteSeven(body).find((i) => text.test(i.text));
    expect(item).toBeDefined();
    expect(item?.due).toEqual({ kind: 'date', date });
  });
});

describe('near-misses keep their due', () => {
  it('a deadline with no day printed before it has none', () => {
    expect(
      deadlineNamedBefore('Clerk to send by the closing date.', 'Clerk to send by the closing date.', '2026-11-09'),
    ).toBeNull();
  });

  it('a day before it that is no deadline is not taken', () => {
    const minute = 'The working party met on 2 December 2026 to look at the plans. Clerk to send by the closing date.';
    expect(deadlineNamedBefore('Clerk to send by the closing date.', minute, '2026-11-09')).toBeNull();
  });

  it('a deadline already passed at the meeting is not taken', () => {
    const minute =
      'The consultation closed on 30 October 2026 and late replies were accepted. Clerk to send by the deadline.';
    expect(deadlineNamedBefore('Clerk to send by the deadline.', minute, '2026-11-09')).toBeNull();
  });

  it('a deadline that prints its own day is left to the reader of dates', () => {
    const minute = 'The survey closes on 4 December 2026. Clerk to send it by the deadline of 30 November 2026.';
    expect(
      deadlineNamedBefore('Clerk to send it by the deadline of 30 November 2026.', minute, '2026-11-09'),
    ).toBeNull();
    const item = minuteSeven(minute).find((i) => /Clerk to send/.test(i.text));
    expect(item?.due).toEqual({ kind: 'date', date: '2026-11-30' });
  });

  it('the deadline is the one before the errand, not one printed after it', () => {
    const minute =
      'Clerk to send the reply by the closing date. A second survey, on allotments, closes on 8 January 2027.';
    expect(deadlineNamedBefore('Clerk to send the reply by the closing date.', minute, '2026-11-09')).toBeNull();
  });
});
