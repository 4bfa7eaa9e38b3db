import { describe, expect, it } from 'vitest';
import { formatUkDate, monthNumber, parseDate, readDate, typedDateProblem } from '../../src/domain/dates.js';

describe('dates as the minutes write them', () => {
  it.each([
    ['2025-11-27', '2025-11-27'],
    ['27 November 2025', '2025-11-27'],
    ['27 Nov 2025', '2025-11-27'],
    ['27/11/2025', '2025-11-27'],
    ['11/12/2025', '2025-12-11'],
    ['Thursday 27th November 2025', '2025-11-27'],
    ['Thursday, 27th November, 2025', '2025-11-27'],
    ['1st Sept 2025', '2025-09-01'],
    ['  2 June 2025 ', '2025-06-02'],
    ['27/11/25', '2025-11-27'],
    ['1/6/25', '2025-06-01'],
    ['27.11.2025', '2025-11-27'],
    ['27-11-2025', '2025-11-27'],
    ['27.11.25', '2025-11-27'],
    ['27th of November 2025', '2025-11-27'],
    ['Thursday the 27th of November 2025', '2025-11-27'],
    ['Thu 27 Nov 2025', '2025-11-27'],
  ])('%s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    '31/02/2025',
    '31.02.2025',
    '27/13/25',
    '2025.11.27',
    '27/11/2025/1',
    '2025-13-01',
    '30 February 2024',
    'tomorrow',
    '',
    '27/11',
    'x'.repeat(500),
    '2025-11-27T10:00',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it("reads the weekday written before a date, and says when it is not that day's", () => {
    expect(readDate('Thursday 27th November 2025')).toEqual({ date: '2025-11-27', weekday: 4 });
    expect(readDate('27 November 2025')).toEqual({ date: '2025-11-27', weekday: null });
    expect(typedDateProblem('Thursday 27th November 2025')).toBeNull();
    expect(typedDateProblem('Friday 19 May 2026')).toBe('is not a real day: 19 May 2026 is a Tuesday, not a Friday');
    expect(typedDateProblem('Weds, 1 Oct 2025')).toBe(null);
    expect(typedDateProblem('soon')).toMatch(/^is not a date; use 2025-11-27, 27\/11\/2025, 27\/11\/25, 27.11.2025/);
    // Minutes are read leniently: the weekday is not checked there.
    expect(parseDate('Friday 19 May 2026')).toBe('2026-05-19');
  });

  it('formats in UK style', () => {
    expect(formatUkDate('2025-11-27')).toBe('27 Nov 2025');
  });

  it('knows month names and their short forms', () => {
    expect(monthNumber('November')).toBe(11);
    expect(monthNumber('sept')).toBe(9);
    expect(monthNumber('no')).toBeNull();
    expect(monthNumber('smarch')).toBeNull();
  });
});
