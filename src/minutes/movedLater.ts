// A matter moved from one meeting to a later one is put back: a deferral, whatever verb moves it.
import { MONTHS } from '../domain/dates.js';
import { findDates } from './dateText.js';

/**
 * "moved from 19.01.26 to 02.03.26", "moved from the December to the February meeting": a matter's
 * meeting changed to a later one is put back (a later day, or a later month of the same year or the next).
 */
export function movedLater(text: string): boolean {
  const m = /\bfrom\s+(?<from>[^;]{1,40}?)\s+to\s+(?<to>[^;]{1,40})/i.exec(text);
  if (!m?.groups) return false;
  const [from, to] = [findDates(m.groups.from)[0], findDates(m.groups.to)[0]];
  if (from && to && from.year && to.year)
    return to.year * 400 + to.month * 32 + to.day > from.year * 400 + from.month * 32 + from.day;
  const month = (part: string) =>
    MONTHS.findIndex((name) => new RegExp(String.raw`^(?:the\s+)?${name}\b`, 'i').test(part.trim()));
  return month(m.groups.from) >= 0 && month(m.groups.to) >= 0;
}
