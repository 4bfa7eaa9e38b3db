import { describe, expect, it } from 'vitest';
import { dueProblem, effectiveDueDate, resolveDueSpec } from '../../src/domain/due.js';
import type { Due } from '../../src/domain/types.js';
import { ActionlogError } from '../../src/errors.js';
import { makeCalendar } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-09-01x', '2025-11-27', '2026-01-22', '2026-11-19');
const resolve = (spec: string, after = '2025-06-16') => resolveDueSpec(spec, calendar, after, 'jhsc');

describe('due specs', () => {
  it.each([
    ['next', { kind: 'meeting', meeting: '2025-11-27' }],
    ['NEXT', { kind: 'meeting', meeting: '2025-11-27' }],
    ['future', { kind: 'future' }],
    ['november', { kind: 'meeting', meeting: '2025-11-27' }],
    ['Nov', { kind: 'meeting', meeting: '2025-11-27' }],
    ['january', { kind: 'meeting', meeting: '2026-01-22' }],
    ['2026-01-22', { kind: 'meeting', meeting: '2026-01-22' }],
    ['22 January 2026', { kind: 'meeting', meeting: '2026-01-22' }],
    ['31/03/2026', { kind: 'date', date: '2026-03-31' }],
    ['Tuesday 31st March 2026', { kind: 'date', date: '2026-03-31' }],
  ])('%s', (spec, expected) => {
    expect(resolve(spec)).toEqual(expected);
  });

  it("counts a month from the date given, so November after November 2025 is next year's", () => {
    expect(resolve('november', '2025-11-27')).toEqual({ kind: 'meeting', meeting: '2026-11-19' });
  });

  it.each([
    ['a month with no meeting', 'july', '2025-06-16', /no July meeting/],
    ['nonsense', 'soonish', '2025-06-16', /is not a due; use next, future/],
    ['an impossible date', '31/02/2026', '2025-06-16', /is not a due/],
  ])('%s is an error that says what is accepted', (_name, spec, after, message) => {
    expect(() => resolve(spec, after)).toThrow(message);
    try {
      resolve(spec, after);
    } catch (error) {
      expect((error as ActionlogError).exitCode).toBe(2);
    }
  });
});

describe('"next" when the calendar has no later meeting yet', () => {
  it('is recorded as the next meeting after that day, not refused', () => {
    expect(resolve('next', '2026-11-19')).toEqual({ kind: 'next', after: '2026-11-19' });
    expect(resolveDueSpec('next', [], '2025-06-16', 'jhsc')).toEqual({ kind: 'next', after: '2025-06-16' });
  });

  it('becomes the first meeting after that day that is not cancelled, once there is one', () => {
    expect(effectiveDueDate({ kind: 'next', after: '2026-11-19' }, calendar)).toBeNull();
    expect(effectiveDueDate({ kind: 'next', after: '2025-08-01' }, calendar)).toBe('2025-11-27');
  });

  it('a date with a weekday that is not its own is refused, saying which day it is', () => {
    expect(() => resolve('Monday 31 March 2026')).toThrow(
      /"Monday 31 March 2026" is not a real day: 31 Mar 2026 is a Tuesday, not a Monday/,
    );
  });
});

describe("a due checked against the item's life", () => {
  it.each<[string, Due, RegExp | null]>([
    ['a deadline after the decision', { kind: 'date', date: '2025-07-01' }, null],
    ['a deadline on the day of the decision', { kind: 'date', date: '2025-06-16' }, null],
    [
      'a deadline before it',
      { kind: 'date', date: '2025-06-01' },
      /the deadline 1 Jun 2025 is before the meeting that decided the item \(16 Jun 2025\)/,
    ],
    [
      'the meeting that decided it',
      { kind: 'meeting', meeting: '2025-06-16' },
      /was decided at the meeting of 16 Jun 2025, so it cannot be due there/,
    ],
    [
      'a meeting before it',
      { kind: 'meeting', meeting: '2025-03-17' },
      /the meeting of 17 Mar 2025 is before the meeting that decided the item/,
    ],
    ['a later meeting', { kind: 'meeting', meeting: '2025-11-27' }, null],
    ['the next meeting', { kind: 'next', after: '2025-06-16' }, null],
    ['future', { kind: 'future' }, null],
  ])('%s', (_name, due, problem) => {
    const found = dueProblem(due, '2025-06-16');
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
