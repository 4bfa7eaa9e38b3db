// Calendar days as the minutes write them. Pure: no clock. Well-formed ISO days (the
// store's own, and what scripts and --as-of usually pass) take direct paths; date-fns reads
// the typed forms (27/11/2025, 27 November 2025) and anything else.
import { lazy } from '../lazy.js';
import type { addDays, addMonths, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import type { IsoDate } from './types.js';

interface DateFns {
  addDays: typeof addDays;
  addMonths: typeof addMonths;
  differenceInCalendarDays: typeof differenceInCalendarDays;
  format: typeof format;
  isValid: typeof isValid;
  parse: typeof parse;
}

// date-fns is required on first use, so that a command working only with ISO days never
// loads it: its CommonJS build, one function a file.
const dateFns = lazy((require): DateFns => ({
  addDays: (require('date-fns/addDays') as DateFns).addDays,
  addMonths: (require('date-fns/addMonths') as DateFns).addMonths,
  differenceInCalendarDays: (require('date-fns/differenceInCalendarDays') as DateFns).differenceInCalendarDays,
  format: (require('date-fns/format') as DateFns).format,
  isValid: (require('date-fns/isValid') as DateFns).isValid,
  parse: (require('date-fns/parse') as DateFns).parse,
}));

export const ACCEPTED_DATE_FORMS =
  '2025-11-27, 27/11/2025, 27/11/25, 27.11.2025, 27-11-2025, 27 November 2025, 27 Nov 2025, 27th of November 2025 or Thursday 27th November 2025';

/** A weekday as people write one before a date, known by its first three letters: Thursday, Thu, Thurs. */
const WEEKDAY = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+/i;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
/** Day, month and year in figures, with /, . or - between them (27.11.2025, 27-11-25). */
const FIGURES = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/;
const FORMATS = ['yyyy-MM-dd', 'd/M/yyyy', 'd/M/yy', 'd MMMM yyyy', 'd MMM yyyy', 'MMMM d yyyy', 'MMM d yyyy'];
const REFERENCE = new Date(2000, 0, 1);

/** Parses a date as written in UK minutes or as ISO; null when it is not a real day. A weekday before it is not checked (see readDate). */
export function parseDate(text: string): IsoDate | null {
  return readDate(text)?.date ?? null;
}

/**
 * A date as written, and the weekday written before it (0–6, Sunday first), if any; null
 * when it is not a real day. A two-figure year is the one nearest 2000 (25 is 2025).
 */
export function readDate(text: string): { date: IsoDate; weekday: number | null } | null {
  const trimmed = text.trim();
  const written = WEEKDAY.exec(trimmed);
  const cleaned = trimmed
    .replace(WEEKDAY, '')
    .replace(/^the\s+/i, '')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/^(\d{1,2})\s+of\s+/i, '$1 ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\bsept\b/i, 'Sep')
    .replace(FIGURES, '$1/$2/$3')
    .trim();
  const date = parseCleaned(cleaned);
  if (date === null) return null;
  return { date, weekday: written ? WEEKDAY_INDEX[written[1].toLowerCase()] : null };
}

/** Why a date someone typed cannot be the day they mean — not a date, or a weekday that is not that day's; null when it is fine. */
export function typedDateProblem(text: string): string | null {
  const read = readDate(text);
  if (read === null) return `is not a date; use ${ACCEPTED_DATE_FORMS}`;
  const actual = weekdayOf(read.date);
  if (read.weekday !== null && read.weekday !== actual) {
    return `is not a real day: ${formatUkDate(read.date)} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[read.weekday]}`;
  }
  return null;
}

function parseCleaned(cleaned: string): IsoDate | null {
  if (!/^\d|^[a-z]/i.test(cleaned) || cleaned.length > 40) return null;
  const iso = isoParts(cleaned);
  if (iso && iso[0] >= 1900 && iso[0] <= 2999) return cleaned;
  const { parse, isValid } = dateFns();
  for (const form of FORMATS) {
    const date = parse(cleaned, form, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2999) return toIso(date);
  }
  return null;
}

/** 0 (Sunday) to 6 (Saturday). */
export function weekdayOf(iso: IsoDate): number {
  const parts = isoParts(iso);
  if (!parts) return fromIso(iso).getDay();
  return new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])).getUTCDay();
}

// Reports format and compare tens of thousands of dates; date-fns' parse and format read
// their pattern on every call. Well-formed ISO days take these direct paths (same results,
// checked against date-fns in tests/bench/dates-fast-path.test.ts); anything else goes to date-fns.
// The paths leave years before 1000 and after 9999 to date-fns.
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** [year, month 1–12, day] of a real ISO day from the year 1000 on, else null. */
function isoParts(iso: IsoDate): [number, number, number] | null {
  return readIsoDay(iso) ? [readYear, readMonth, readDay] : null;
}

// The parts of the day readIsoDay read last: a report formats and compares tens of thousands
// of days, and an array of parts for each made garbage that the collector then had to sweep
// past the report's live items.
let readYear = 0;
let readMonth = 0;
let readDay = 0;

/** Whether `iso` is a real ISO day from the year 1000 on; if so, its parts are in readYear, readMonth and readDay. */
function readIsoDay(iso: IsoDate): boolean {
  // By character code rather than a regular expression: reports read thousands of dates.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return false;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) return false;
  // Date() reads years 0–99 as 1900–1999; leave early years to date-fns.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  readYear = year;
  readMonth = month;
  readDay = day;
  return true;
}

/** The day's midnight in UTC, in milliseconds; NaN where readIsoDay does not read it. */
function utcMidnight(iso: IsoDate): number {
  return readIsoDay(iso) ? Date.UTC(readYear, readMonth - 1, readDay) : NaN;
}

/** The number written in iso[from, to), or -1 unless every character there is a digit 0–9. */
function digits(iso: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = iso.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO days sort as plain strings: the order localeCompare gives, at a fraction of the cost. */
export const compareIso = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

export function toIso(date: Date): IsoDate {
  const year = date.getFullYear();
  if (year < 1000 || year > 9999 || Number.isNaN(year)) return dateFns().format(date, 'yyyy-MM-dd');
  return `${year}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

function fromIso(iso: IsoDate): Date {
  const parts = isoParts(iso);
  if (!parts) return dateFns().parse(iso, 'yyyy-MM-dd', REFERENCE);
  return new Date(parts[0], parts[1] - 1, parts[2]);
}

/** A calendar day counted in UTC (so no clock change shifts it), as an ISO day; null outside the years 1000–9999. */
function utcDayIso(utc: Date): IsoDate | null {
  const year = utc.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return `${year}-${pad2(utc.getUTCMonth() + 1)}-${pad2(utc.getUTCDate())}`;
}

/** "27 Nov 2025", the UK style used in tables and reports. */
export function formatUkDate(iso: IsoDate): string {
  if (!readIsoDay(iso)) return dateFns().format(fromIso(iso), 'd MMM yyyy');
  return `${readDay} ${SHORT_MONTHS[readMonth - 1]} ${readYear}`;
}

/** "Thursday 27 November 2025", for report headings. */
export function formatLongDate(iso: IsoDate): string {
  const parts = isoParts(iso);
  if (!parts) return dateFns().format(fromIso(iso), 'EEEE d MMMM yyyy');
  const weekday = WEEKDAYS[new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])).getUTCDay()];
  return `${weekday} ${parts[2]} ${LONG_MONTHS[parts[1] - 1]} ${parts[0]}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  // Each day read to a number, with no array of its parts: a report asks this of every item.
  const a = utcMidnight(from);
  const b = utcMidnight(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return dateFns().differenceInCalendarDays(fromIso(to), fromIso(from));
  // Calendar days are whole UTC days apart, whatever the local clock changes in between.
  return Math.round((b - a) / 86_400_000);
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  const parts = isoParts(iso);
  const direct = parts && utcDayIso(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] + days)));
  return direct || toIso(dateFns().addDays(fromIso(iso), days));
}

/** As date-fns' addMonths: the same day of the month, or the month's last day when it is shorter. */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const parts = isoParts(iso);
  if (parts) {
    const month = parts[0] * 12 + (parts[1] - 1) + months;
    const year = Math.floor(month / 12);
    const monthIndex = month - year * 12;
    const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
    const direct = year >= 1000 && utcDayIso(new Date(Date.UTC(year, monthIndex, Math.min(parts[2], lastDay))));
    if (direct) return direct;
  }
  return toIso(dateFns().addMonths(fromIso(iso), months));
}

/** The month (1–12) of an ISO date. */
export function monthOf(iso: IsoDate): number {
  return Number(iso.slice(5, 7));
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** 1–12 for a month name or its first three letters ("nov", "November"), else null. */
export function monthNumber(name: string): number | null {
  const lower = name.trim().toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower.replace(/\.$/, '')));
  return index === -1 ? null : index + 1;
}
