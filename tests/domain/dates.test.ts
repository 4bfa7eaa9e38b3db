import { describe, expect, it } from 'vitest';
import { formatUkDate, monthNumber, parseDate } from '../../src/domain/dates.js';

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
  ])('%s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['31/02/2025', '2025-13-01', '30 February 2024', 'tomorrow', '', '27/11', 'x'.repeat(500), '2025-11-27T10:00'])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

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
