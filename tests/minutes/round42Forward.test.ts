// Round 42, the fixes the reader of undertakings (round 41's undertakings.ts) needs before the discussion consults it:
// the record's own standing printed as a running head or foot ("DRAFT – subject to approval …") is no item; a return to
// this body held back by a step that may not be reached ("before the charge could apply") is no work programme; and a due
// named by the end of a period the minute dates elsewhere ("before the survey closes"). Only the last is applied: the
// reader and the first two stay unconsulted, the ratchet still falling (docs/minutes-parser.md, "Round 42: undertakings
// wired in"), so the first two are tested on their own here, as the reader is in round41Forward. Invented minutes of a
// small harbour board.
import { describe, expect, it } from 'vitest';
import { isRecordStanding } from '../../src/minutes/pageNotices.js';
import { periodEnd } from '../../src/minutes/periodEnd.js';
import { PROCESS_STEP } from '../../src/minutes/reportedArrangements.js';

describe("the record's own standing, printed as a running head or foot", () => {
  it.each([
    'DRAFT – subject to approval at the next meeting',
    'Draft - SUBJECT TO CONFIRMATION',
    'Unconfirmed minutes, subject to approval at the next meeting of the Board',
    'Minutes - draft, subject to ratification',
    'Please note: these minutes are subject to approval at the next meeting',
    'DRAFT - subject to approval                                   Page furniture 2',
  ])('"%s" is no business', (line) => expect(isRecordStanding(line)).toBe(true));

  it.each([
    'The mooring fees were agreed, subject to approval by the full Council.',
    '        2027, subject to confirmation by the Harbour Master.',
    'The draft plan was approved subject to confirmation of the grant.',
    'Minutes of the last meeting were approved subject to one correction.',
  ])('a clause that names no record stays: "%s"', (line) => expect(isRecordStanding(line)).toBe(false));
});

describe('a return to this body held back by a step that may not be reached', () => {
  it.each([
    'comments would come back to the Board before the charge could apply',
    'the plan would return to members until it can be signed off',
  ])('tells how a process runs: "%s"', (clause) => expect(PROCESS_STEP.test(clause)).toBe(true));

  it.each([
    'a report on charges would come back to the Board in December',
    'the plan would come back to the Board before the end of the year',
  ])('a return with a time of its own stays: "%s"', (clause) => expect(PROCESS_STEP.test(clause)).toBe(false));
});

describe('a due named by the end of a period the minute dates elsewhere', () => {
  const minute =
    'The Clerk will send members a summary of the replies before the survey closes. Resolved: that the survey of berth holders run from 12 October to 20 November 2026.';

  it('the period after the item gives its last day', () => {
    expect(periodEnd('The Clerk will send members a summary before the survey closes.', minute, '2026-10-06')).toBe(
      '2026-11-20',
    );
  });

  it('"closes on" a day gives it', () => {
    expect(
      periodEnd(
        'Cllr Pell to reply before the consultation ends.',
        'The county consultation closes on 30 November 2026. Cllr Pell to reply before the consultation ends.',
        '2026-10-06',
      ),
    ).toBe('2026-11-30');
  });

  it.each([
    ['no day given', 'The Clerk will reply before the survey closes.', 'The survey was discussed at length.'],
    [
      'two different days',
      'The Clerk will reply before the survey closes.',
      'The survey closes on 20 November 2026. A second survey closes on 4 December 2026.',
    ],
    ['a past day', 'The Clerk will reply before the survey closes.', 'The survey closes on 1 September 2026.'],
    [
      'the period belongs to a question asked',
      'Cllr Pell would ask the county whether it could hold a drop-in before the survey closes.',
      'The survey closes on 20 November 2026.',
    ],
    [
      'no period named',
      'The Clerk will reply before the meeting.',
      'The survey runs from 12 October to 20 November 2026.',
    ],
  ])('%s: no due', (_why, item, text) => expect(periodEnd(item, `${text} ${item}`, '2026-10-06')).toBeNull());
});
