// A list of meeting dates laid out as a grid: a line of month names, one a column, and under it a
// line of day numbers in the same columns ("March   June   September" / "19   25   24"). Minutes
// printed in two languages put both names of the month in a column; the year may be beside the
// month or only in the heading.
import { monthNumber } from '../domain/dates.js';
import type { DateMention } from './dateText.js';

const MONTH =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:\s+(\d{4}))?/gi;
const WEEKDAY =
  /^(?:(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?$/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The cells of a line laid out in columns: split at bars or at two spaces or more. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/\s*\|\s*|\s{2,}/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * The dates a month line and the day line under it make: each column one month (one English month
 * name in it, another language's beside it allowed) over one day number. Columns that do not pair
 * one for one are no grid.
 */
export function gridDates(monthLine: string, dayLine: string): DateMention[] {
  const months = cells(monthLine).map((c) => [...c.matchAll(MONTH)]);
  const days = cells(dayLine).map((c) => WEEKDAY.exec(c));
  if (months.length < 2 || months.length !== days.length) return [];
  if (months.some((m) => m.length !== 1 || monthNumber(m[0][1]) === null) || days.some((d) => d === null)) return [];
  return months.map(([m], k) => {
    const d = days[k]!;
    const weekday = d[1] ? WEEKDAYS.indexOf(d[1].slice(0, 3).toLowerCase()) : -1;
    return {
      index: 0,
      end: 0,
      day: Number(d[2]),
      month: monthNumber(m[1])!,
      year: m[2] ? Number(m[2]) : null,
      weekday: weekday >= 0 ? weekday : null,
    };
  });
}

const DAY_CELL = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s)?\d{1,2}(?:st|nd|rd|th)?`;
/** A grid whose day line the page's unwrapping ran onto the month line: "… Hydref / October 13      6      12". */
const RUN_ON = new RegExp(String.raw`^(.*?[a-z])\s+(${DAY_CELL}(?:\s{2,}${DAY_CELL})+)\s*$`, 'i');

/** The grid a line begins: months over days on the next line, or both on this one. */
export function gridAt(line: string, nextLine: string): DateMention[] {
  const below = gridDates(line, nextLine);
  if (below.length) return below;
  const runOn = RUN_ON.exec(line.trim());
  return runOn ? gridDates(runOn[1], runOn[2]) : [];
}
