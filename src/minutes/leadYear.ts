// The year a list of meetings' lead-in gives its days: "The Committee agreed its meeting dates for 2028: 20 January, …,
// 7 December", "Meeting dates for 2028:", "will meet in 2028 on …". A day printed without its year is read in that year,
// though the first such day after this meeting would fall in the year before (minutes of November 2027 listing "7
// December" among the dates for 2028 mean December 2028).
import { isRealDay, iso, weekdayOf, type DateMention } from './dateText.js';

/**
 * A sitting's word ("dates", "meet", "meetings", "sittings"), then within the clause "for", "in" or "during" and one
 * calendar year — not a council or school year across two ("for 2027/28", "2027-28"), whose days the first-after rule
 * already places.
 */
const LEAD_YEAR =
  /\b(?:dates?|meet(?:s|ing|ings)?|sittings?)\b[^.;]{0,40}?\b(?:for|in|during)\s+(?:the\s+year\s+)?(20\d\d)\b(?!\s*[/–—-]\s*\d)/i;

/** The year the words before a list's first day give its days, or null. */
export function leadYear(before: string): number | null {
  const m = LEAD_YEAR.exec(before);
  return m ? Number(m[1]) : null;
}

/**
 * A day with no year of its own, resolved to `date` as the first such day after the meeting, read in the lead-in's year
 * where that is later (and is a real day, on the weekday printed).
 */
export function inLeadYear(date: string | null, d: DateMention, year: number | null): string | null {
  if (!date || year === null || d.year !== null || Number(date.slice(0, 4)) >= year) return date;
  if (!isRealDay(year, d.month, d.day)) return date;
  const lifted = iso(year, d.month, d.day);
  return d.weekday === null || weekdayOf(lifted) === d.weekday ? lifted : date;
}
