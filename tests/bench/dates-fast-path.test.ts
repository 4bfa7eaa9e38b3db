// The direct paths for ISO days in domain/dates.ts must agree with date-fns, which they bypass.
import { addDays, addMonths, differenceInCalendarDays, format, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  daysBetween,
  formatLongDate,
  formatUkDate,
  parseDate,
} from '../../src/domain/dates.js';

const REFERENCE = new Date(2000, 0, 1);
const fromIso = (iso: string) => parse(iso, 'yyyy-MM-dd', REFERENCE);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
// Well-formed strings, including impossible days (31 April, 29 February 2025) and early years.
const isoLike = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

describe('ISO day fast paths', () => {
  it('format, count days and add days and months as date-fns does', () => {
    fc.assert(
      fc.property(isoLike, isoLike, fc.integer({ min: -400, max: 400 }), (a, b, n) => {
        const valid = !Number.isNaN(fromIso(a).getTime());
        if (!valid) {
          expect(() => formatUkDate(a)).toThrow();
          return;
        }
        expect(formatUkDate(a)).toBe(format(fromIso(a), 'd MMM yyyy'));
        expect(formatLongDate(a)).toBe(format(fromIso(a), 'EEEE d MMMM yyyy'));
        if (!Number.isNaN(fromIso(b).getTime()))
          expect(daysBetween(a, b)).toBe(differenceInCalendarDays(fromIso(b), fromIso(a)));
        expect(addDaysIso(a, n)).toBe(format(addDays(fromIso(a), n), 'yyyy-MM-dd'));
        expect(addMonthsIso(a, n % 24)).toBe(format(addMonths(fromIso(a), n % 24), 'yyyy-MM-dd'));
      }),
      { numRuns: 3000 },
    );
  });

  it('read an ISO day as date-fns reads it, within the years a minute can have', () => {
    fc.assert(
      fc.property(isoLike, (a) => {
        const date = fromIso(a);
        const year = date.getFullYear();
        const expected = Number.isNaN(date.getTime()) || year < 1900 || year > 2999 ? null : format(date, 'yyyy-MM-dd');
        expect(parseDate(a)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
