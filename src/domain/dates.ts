// Calendar days as the minutes write them. Pure: no clock; date-fns does the calendar.
import { addDays, addMonths, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import type { IsoDate } from './types.js';

export const ACCEPTED_DATE_FORMS =
  '2025-11-27, 27/11/2025, 27 November 2025, 27 Nov 2025 or Thursday 27th November 2025';

const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const FORMATS = ['yyyy-MM-dd', 'd/M/yyyy', 'd MMMM yyyy', 'd MMM yyyy', 'MMMM d yyyy', 'MMM d yyyy'];
const REFERENCE = new Date(2000, 0, 1);

/** Parses a date as written in UK minutes or as ISO; null when it is not a real day. */
export function parseDate(text: string): IsoDate | null {
  const cleaned = text
    .trim()
    .replace(WEEKDAY, '')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\bsept\b/i, 'Sep')
    .trim();
  if (!/^\d|^[a-z]/i.test(cleaned) || cleaned.length > 40) return null;
  for (const form of FORMATS) {
    const date = parse(cleaned, form, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2999) return toIso(date);
  }
  return null;
}

export function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

function fromIso(iso: IsoDate): Date {
  return parse(iso, 'yyyy-MM-dd', REFERENCE);
}

/** "27 Nov 2025", the UK style used in tables and reports. */
export function formatUkDate(iso: IsoDate): string {
  return format(fromIso(iso), 'd MMM yyyy');
}

/** "Thursday 27 November 2025", for report headings. */
export function formatLongDate(iso: IsoDate): string {
  return format(fromIso(iso), 'EEEE d MMMM yyyy');
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(fromIso(to), fromIso(from));
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return toIso(addDays(fromIso(iso), days));
}

export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return toIso(addMonths(fromIso(iso), months));
}

/** The month (1–12) of an ISO date. */
export function monthOf(iso: IsoDate): number {
  return Number(iso.slice(5, 7));
}

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** 1–12 for a month name or its first three letters ("nov", "November"), else null. */
export function monthNumber(name: string): number | null {
  const lower = name.trim().toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower.replace(/\.$/, '')));
  return index === -1 ? null : index + 1;
}
