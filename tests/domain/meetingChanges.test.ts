// What may be done to a calendar (issue 12): each refusal in one line, or null.
import { describe, expect, it } from 'vitest';
import {
  cancellationProblem,
  heldThere,
  reinstateProblem,
  removalProblem,
  type Cancellation,
} from '../../src/domain/meetingChanges.js';
import { makeCalendar, makeItem } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-09-01x', '2025-11-27', '2026-01-22>2026-01-29', '2026-01-29');
const decided = makeItem({ id: 'A1', source: { meeting: '2025-06-16', minute: '53', ref: null } });
const TODAY = '2025-11-20';
const cancel = (date: string, fields: Partial<Cancellation> = {}): Cancellation => ({
  committee: 'jhsc',
  date,
  movedTo: null,
  force: false,
  reason: null,
  ...fields,
});

describe('cancelling a meeting', () => {
  it.each<[string, Cancellation, RegExp | null]>([
    ['a meeting still to come', cancel('2025-11-27'), null],
    ['rearranged to a later date', cancel('2025-11-27', { movedTo: '2025-12-04' }), null],
    ['a meeting it does not have', cancel('2025-11-28'), /jhsc has no meeting on 28 Nov 2025; its meetings are/],
    [
      'one already cancelled',
      cancel('2025-09-01'),
      /is already cancelled; "actionlog meeting reinstate jhsc 2025-09-01" puts it back/,
    ],
    ['moved to the same day', cancel('2025-11-27', { movedTo: '2025-11-27' }), /same date/],
    ['moved to an earlier day', cancel('2025-11-27', { movedTo: '2025-11-25' }), /is before the meeting it replaces/],
    [
      'moved to a day already past',
      cancel('2025-06-16', { movedTo: '2025-07-01', force: true, reason: 'x' }),
      /has passed \(today is 20 Nov 2025\)/,
    ],
    ['moved to a cancelled meeting', cancel('2025-11-27', { movedTo: '2026-01-22' }), /is itself cancelled/],
    ['held, with business recorded', cancel('2025-06-16'), /has been held: the log records business there \(A1\)/],
    ['held, forced without a reason', cancel('2025-06-16', { force: true }), /has been held/],
    ['held, forced with a reason', cancel('2025-06-16', { force: true, reason: 'Inquorate' }), null],
  ])('%s', (_name, change, problem) => {
    const found = cancellationProblem(calendar, change, TODAY, [decided]);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('a meeting is held once its day has passed and business was decided or signed off there', () => {
    const meeting = calendar[0];
    expect(heldThere(meeting, '2025-06-16', [decided])).toEqual([]);
    expect(heldThere(meeting, '2025-06-17', [decided])).toEqual([decided]);
    const signed = makeItem({
      id: 'A2',
      source: { meeting: '2025-01-01', minute: null, ref: null },
      signedOff: '2025-06-16',
      status: 'done',
    });
    expect(heldThere(meeting, TODAY, [signed])).toEqual([signed]);
    // Due there is not held there.
    expect(
      heldThere(meeting, TODAY, [
        makeItem({
          source: { meeting: '2025-01-01', minute: null, ref: null },
          due: { kind: 'meeting', meeting: '2025-06-16' },
        }),
      ]),
    ).toEqual([]);
  });
});

describe('reinstating and removing', () => {
  it('reinstates only a cancelled meeting', () => {
    expect(reinstateProblem(calendar, 'jhsc', '2025-09-01')).toBeNull();
    expect(reinstateProblem(calendar, 'jhsc', '2025-11-27')).toMatch(/is not cancelled/);
    expect(reinstateProblem(calendar, 'jhsc', '2025-11-28')).toMatch(/has no meeting/);
  });

  it('removes only a meeting nothing refers to', () => {
    expect(removalProblem(calendar, 'jhsc', '2025-11-27', [])).toBeNull();
    expect(removalProblem(calendar, 'jhsc', '2025-06-16', [decided])).toMatch(
      /items refer to the jhsc meeting of 16 Jun 2025 \(A1: decided, due or signed off there\)/,
    );
    expect(removalProblem(calendar, 'jhsc', '2026-01-29', [])).toMatch(
      /the jhsc meeting of 22 Jan 2026 was rearranged to 29 Jan 2026/,
    );
    expect(removalProblem(calendar, 'jhsc', '2026-02-01', [])).toMatch(/has no meeting on 1 Feb 2026/);
  });
});
