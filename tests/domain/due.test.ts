import { describe, expect, it } from 'vitest';
import { resolveDueSpec } from '../../src/domain/due.js';
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

  it('counts a month from the date given, so November after November 2025 is next year\'s', () => {
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
