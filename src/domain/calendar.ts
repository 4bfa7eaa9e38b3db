// A committee's calendar: which meetings it has, which were held, and where a cancelled
// meeting's business goes. A calendar is always oldest first (meetingsOf, calendarIndex),
// so look-ups halve it rather than scan it: a report looks up each of thousands of items.
import { compareIso } from './dates.js';
import type { IsoDate, Meeting, MeetingStatus } from './types.js';

/** The committee's meetings, oldest first. */
export function meetingsOf(meetings: readonly Meeting[], committee: string): Meeting[] {
  return meetings.filter((m) => m.committee === committee).sort((a, b) => compareIso(a.date, b.date));
}

/** Index of meetings by committee, each list sorted oldest first. Build once per command. */
export function calendarIndex(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const index = new Map<string, Meeting[]>();
  for (let i = 0; i < meetings.length; i++) {
    const meeting = meetings[i];
    const list = index.get(meeting.committee);
    if (list) list.push(meeting);
    else index.set(meeting.committee, [meeting]);
  }
  // A log's calendars usually come in order already (meetings are added as they are set):
  // checked in one pass, which costs far less than sorting a hundred thousand meetings.
  for (const list of index.values()) if (!inDateOrder(list)) list.sort((a, b) => compareIso(a.date, b.date));
  return index;
}

function inDateOrder(list: readonly Meeting[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].date > list[i].date) return false;
  return true;
}

/** A past meeting that was not cancelled counts as held; today's meeting is still scheduled. */
export function meetingStatus(meeting: Meeting, today: IsoDate): MeetingStatus {
  if (meeting.cancelled) return 'cancelled';
  return meeting.date < today ? 'held' : 'scheduled';
}

/** Where the first meeting on or after the date is (the calendar's length when there is none). */
function firstOnOrAfter(calendar: readonly Meeting[], date: IsoDate): number {
  let low = 0;
  let high = calendar.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (calendar[middle].date < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first meeting from index `from` on that is not cancelled. */
function heldFrom(calendar: readonly Meeting[], from: number): Meeting | undefined {
  for (let i = from; i < calendar.length; i++) if (!calendar[i].cancelled) return calendar[i];
  return undefined;
}

export function findMeeting(calendar: readonly Meeting[], date: IsoDate): Meeting | undefined {
  const meeting = calendar[firstOnOrAfter(calendar, date)];
  return meeting?.date === date ? meeting : undefined;
}

/** The first meeting that is not cancelled, strictly after the date. */
export function nextMeetingAfter(calendar: readonly Meeting[], date: IsoDate): Meeting | undefined {
  let at = firstOnOrAfter(calendar, date);
  while (at < calendar.length && calendar[at].date === date) at++;
  return heldFrom(calendar, at);
}

/** The first meeting that is not cancelled, on or after the date. */
export function meetingOnOrAfter(calendar: readonly Meeting[], date: IsoDate): Meeting | undefined {
  return heldFrom(calendar, firstOnOrAfter(calendar, date));
}

/**
 * Where business due at a meeting is actually taken: the meeting itself, or if it was
 * cancelled, the date it was rearranged to, or else the next meeting not cancelled.
 * Null when a cancelled meeting has no successor in the calendar yet.
 */
export function effectiveMeetingDate(calendar: readonly Meeting[], date: IsoDate): IsoDate | null {
  let current = date;
  // A rearranged meeting may itself be cancelled later; follow the chain, but never loop.
  for (let hops = 0; hops <= calendar.length; hops++) {
    const meeting = findMeeting(calendar, current);
    if (!meeting || !meeting.cancelled) return current;
    if (meeting.movedTo && meeting.movedTo !== current) {
      current = meeting.movedTo;
      continue;
    }
    return nextMeetingAfter(calendar, current)?.date ?? null;
  }
  return null;
}

/**
 * How many of a calendar's meetings before each place in it were held (not cancelled):
 * counts[i] for calendar[0], …, calendar[i - 1]. A report that counts for thousands of items
 * builds it once per calendar (heldMeetingsBetween): at a million items, walking the
 * meetings between each item's due and today took an overdue report a quarter of a second.
 */
export type HeldCounts = Int32Array;

export function heldCounts(calendar: readonly Meeting[]): HeldCounts {
  const counts = new Int32Array(calendar.length + 1);
  for (let i = 0; i < calendar.length; i++) counts[i + 1] = counts[i] + (calendar[i].cancelled ? 0 : 1);
  return counts;
}

/** Held meetings (not cancelled) on or after `from` and before `until`; `held`, the calendar's heldCounts where the caller has them. */
export function heldMeetingsBetween(
  calendar: readonly Meeting[],
  from: IsoDate,
  until: IsoDate,
  held?: HeldCounts,
): number {
  if (held) {
    const first = firstOnOrAfter(calendar, from);
    const end = firstOnOrAfter(calendar, until);
    return end > first ? held[end] - held[first] : 0;
  }
  // Indexed: a report counts for each of its items, in code not yet optimised, where
  // for…of would allocate on every meeting.
  let count = 0;
  for (let i = firstOnOrAfter(calendar, from); i < calendar.length && calendar[i].date < until; i++) {
    if (!calendar[i].cancelled) count++;
  }
  return count;
}

/** The last meeting held before the day (not cancelled); null when the committee has not met yet. */
export function lastMeetingBefore(calendar: readonly Meeting[], today: IsoDate): IsoDate | null {
  for (let i = firstOnOrAfter(calendar, today) - 1; i >= 0; i--) if (!calendar[i].cancelled) return calendar[i].date;
  return null;
}
