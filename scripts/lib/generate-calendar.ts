// Meeting calendars for generated stores: each committee meets 6–10 times a municipal
// year (June to March); a few meetings are cancelled, half of those rearranged.
import type { IsoDate, Meeting } from '../../src/domain/types.js';
import type { Random } from './random.js';

const DAY_MS = 86_400_000;

export const isoDay = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
export const dayMs = (iso: IsoDate): number => Date.parse(`${iso}T00:00:00Z`);
export const addDaysIso = (iso: IsoDate, days: number): IsoDate => isoDay(dayMs(iso) + days * DAY_MS);

/** Month offsets from June that a committee meeting k times a year uses. */
function monthsFor(count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor((i * 10) / count));
}

/** One committee's meetings from the June of `firstYear` to the March after `lastYear`, oldest first. */
export function committeeCalendar(slug: string, firstYear: number, lastYear: number, random: Random): Meeting[] {
  const perYear = random.int(6, 10);
  const weekday = random.int(1, 4); // Monday to Thursday
  const dates = new Set<IsoDate>();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const offset of monthsFor(perYear)) {
      const month = (5 + offset) % 12;
      const first = Date.UTC(year + (5 + offset >= 12 ? 1 : 0), month, random.int(1, 21));
      const shift = (weekday - new Date(first).getUTCDay() + 7) % 7;
      dates.add(isoDay(first + shift * DAY_MS));
    }
  }
  const meetings: Meeting[] = [];
  for (const date of [...dates].sort()) {
    if (!random.chance(0.04)) {
      meetings.push({ committee: slug, date, cancelled: false, movedTo: null });
      continue;
    }
    const wanted = random.chance(0.5) ? addDaysIso(date, random.int(7, 20)) : null;
    const movedTo = wanted && !dates.has(wanted) ? wanted : null;
    meetings.push({ committee: slug, date, cancelled: true, movedTo });
    if (movedTo) {
      dates.add(movedTo);
      meetings.push({ committee: slug, date: movedTo, cancelled: false, movedTo: null });
    }
  }
  return meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
