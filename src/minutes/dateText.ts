// Dates as minutes write them inside sentences: "Tuesday, 5th April at 2.00 p.m.",
// "24 January 2020", "25/04/2019", the formal "the 21st day of October, 2026". The year may be missing; the caller decides it.
import { monthNumber } from '../domain/dates.js';

export interface DateMention {
  index: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  /** 0 = Sunday … 6 = Saturday, when the text names the day of the week. */
  weekday: number | null;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The day of the week a matched weekday word names (0 = Sunday), or null where none was printed. */
const printedWeekday = (word: string | undefined): number | null =>
  word ? WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase()) : null;
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// ("Wednesday, the 21st": the formal wording puts "the" after the weekday)
const WEEKDAY_WORD = '(?:(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+(?:the\\s+)?)?';
const WORDY = new RegExp(
  `\\b${WEEKDAY_WORD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+)?(?:of\\s+)?${MONTH_WORD}\\b\\.?(?:,?\\s*(\\d{4})\\b)?`,
  'gi',
);
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
/**
 * Day first with dots or dashes, as UK minutes also print it: "19.01.26", "8.11.2026", "30-04-2027",
 * "5-6-27". With dots, a short year needs a two-digit day and month, so that a paragraph number
 * ("3.1.27", "4.2.1") is not read as a date.
 */
const DOTTED =
  /(?<![\d.-])(?:(\d{2})\.(\d{2})\.(\d{2})|(\d{1,2})([.-])(\d{1,2})\5(\d{4})|(\d{1,2})-(\d{1,2})-(\d{2}))(?![.-]?\d)/g;
/** Month first, as some pages print it: "March 2nd 2026", "Monday, March 2, 2026" — with its year, so that "May 5 councillors" is not a date. */
const MONTH_FIRST = new RegExp(
  `\\b${WEEKDAY_WORD}${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'gi',
);
/** Month first with no year, its day an ordinal — "by November 27th", "Tues, Dec 1st" — which no count of things reads as. */
const MONTH_FIRST_ORDINAL = new RegExp(
  `\\b${WEEKDAY_WORD}${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!,?\\s+\\d{4})`,
  'gi',
);

/**
 * A spreadsheet's or a calendar's date, the month a word between hyphens: "14-Oct-2027", "Tue 14-Oct-27". Not inside a
 * web address or a file name ("/minutes-14-october-2027/"), whose words are joined by hyphens too.
 */
const HYPHENED = new RegExp(`(?<![\\w/-])${WEEKDAY_WORD}(\\d{1,2})-${MONTH_WORD}-(\\d{4}|\\d{2})(?![\\w/-])`, 'gi');

/** The months written in full, to which a word broken by a scan's hyphen ("Novem- ber") must join. */
const FULL_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const BROKEN_WORD = /\b([A-Za-z]{2,8})-\s+([a-z]{2,8})\b/g;
/** A day or year a scan misread, a letter for a digit ("l5th", "2O27"), beside a month's name; a real digit in it at least. */
const MISREAD_DAY = new RegExp(`\\b([0-9lIO]{1,2})(st|nd|rd|th)?(?=\\s+${MONTH_WORD}\\b)`, 'gi');
const MISREAD_YEAR = new RegExp(`(?<=\\b${MONTH_WORD}\\.?,?\\s+)([12][0-9OolI]{3})\\b`, 'gi');
const asDigits = (token: string) => token.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');

/**
 * The text as a scan should have read it near a date — "Novem- ber" joined (padded with spaces after, so that every
 * index still points where it did), a letter misread for a digit in a day or a year put right. A word of letters
 * only ("lOOl") is left.
 */
function asScanned(text: string): string {
  return text
    .replace(BROKEN_WORD, (whole, a: string, b: string) =>
      FULL_MONTH.test(a + b) ? (a + b).padEnd(whole.length) : whole,
    )
    .replace(MISREAD_DAY, (whole, day: string) => (/\d/.test(day) ? asDigits(whole) : whole))
    .replace(MISREAD_YEAR, (whole: string) => (/\d.*\d/.test(whole) ? asDigits(whole) : whole));
}

export function findDates(raw: string): DateMention[] {
  const text = /[OolI]|-\s/.test(raw) ? asScanned(raw) : raw;
  const found: DateMention[] = [];
  for (const m of text.matchAll(WORDY)) {
    const month = monthNumber(m[3]);
    if (!month) continue;
    const weekday = printedWeekday(m[1]);
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      day: Number(m[2]),
      month,
      year: m[4] ? Number(m[4]) : null,
      weekday,
    });
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const month = monthNumber(m[2]);
    if (!month || found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) continue;
    const weekday = printedWeekday(m[1]);
    found.push({ index: m.index, end: m.index + m[0].length, day: Number(m[3]), month, year: Number(m[4]), weekday });
  }
  for (const m of text.matchAll(MONTH_FIRST_ORDINAL)) {
    const month = monthNumber(m[2]);
    if (!month || found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) continue;
    const weekday = printedWeekday(m[1]);
    found.push({ index: m.index, end: m.index + m[0].length, day: Number(m[3]), month, year: null, weekday });
  }
  for (const m of text.matchAll(HYPHENED)) {
    const month = monthNumber(m[3]);
    if (!month) continue;
    const weekday = printedWeekday(m[1]);
    const year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    found.push({ index: m.index, end: m.index + m[0].length, day: Number(m[2]), month, year, weekday });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [day, month, stated] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const year = stated.length === 2 ? 2000 + Number(stated) : Number(stated);
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      day: Number(day),
      month: Number(month),
      year,
      weekday: null,
    });
  }
  for (const m of text.matchAll(DOTTED)) {
    const [day, month, year] = (m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[6], m[7]] : [m[8], m[9], m[10]]).map(
      Number,
    );
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      day,
      month,
      year: year < 100 ? 2000 + year : year,
      weekday: null,
    });
  }
  return found.filter((d) => isRealDay(d.year ?? 2000, d.month, d.day)).sort((a, b) => a.index - b.index);
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCDate() === day && date.getUTCMonth() === month - 1;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A mention with its stated year, or null when it states none. */
export function statedIso(d: DateMention): string | null {
  return d.year === null ? null : iso(d.year, d.month, d.day);
}

/**
 * The first such day after `after` — how a clerk reads "Tuesday, 5th April" in minutes of
 * February. A stated weekday must agree, else the date is not trusted.
 */
export function firstAfter(d: DateMention, after: string): string | null {
  const start = Number(after.slice(0, 4));
  for (let year = start; year <= start + 1; year++) {
    if (!isRealDay(year, d.month, d.day)) continue;
    const candidate = iso(year, d.month, d.day);
    if (candidate > after) return d.weekday === null || weekdayOf(candidate) === d.weekday ? candidate : null;
  }
  return null;
}

/**
 * A resolver for dates printed without a year where the meeting's own date is unknown: the same
 * day and month printed with a year elsewhere in the minutes ("6th March" beside "6th March 2014").
 */
export function sameDayElsewhere(text: string): (d: DateMention) => string | null {
  const years = new Map<string, number>();
  for (const d of findDates(text)) if (d.year !== null) years.set(`${d.day}-${d.month}`, d.year);
  return (d) => {
    const year = years.get(`${d.day}-${d.month}`);
    return year === undefined ? null : iso(year, d.month, d.day);
  };
}
