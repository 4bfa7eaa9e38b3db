// A committee's calendar: which meetings it has, which were held, and where a cancelled
// meeting's business goes.
import { compareIso } from './dates.js';
import type { IsoDate, Meeting, MeetingStatus } from './types.js';

/** The committee's meetings, oldest first. */
export function meetingsOf(meetings: readonly Meeting[], committee: string): Meeting[] {
  return meetings.filter((m) => m.committee === committee).sort((a, b) => compareIso(a.date, b.date));
}

/** Index of meetings by committee, each list sorted oldest first. Build once per command. */
export function calendarIndex(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const index = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const list = index.get(meeting.committee);
    if (list) list.push(meeting);
    else index.set(meeting.committee, [meeting]);
  }
  for (const list of index.values()) list.sort((a, b) => compareIso(a.date, b.date));
  return index;
}

/** A past meeting that was not cancelled counts as held; today's meeting is still scheduled. */
export function meetingStatus(meeting: Meeting, today: IsoDate): MeetingStatus {
  if (meeting.cancelled) return 'cancelled';
  return meeting.date < today ? 'held' : 'scheduled';
}

export function findMeeting(calendar: readonly Meeting[], date: IsoDate): Meeting | undefined {
  return calendar.find((m) => m.date === date);
}

/** The first meeting that is not cancelled, strictly after the date. */
export function nextMeetingAfter(calendar: readonly Meeting[], date: IsoDate): Meeting | undefined {
  return calendar.find((m) => !m.cancelled && m.date > date);
}

/** The first meeting that is not cancelled, on or after the date. */
export function meetingOnOrAfter(calendar: readonly Meeting[], date: IsoDate): Meeting | undefined {
  return calendar.find((m) => !m.cancelled && m.date >= date);
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

/** Held meetings (not cancelled) on or after `from` and before `until`. */
export function heldMeetingsBetween(calendar: readonly Meeting[], from: IsoDate, until: IsoDate): number {
  let count = 0;
  for (const m of calendar) if (!m.cancelled && m.date >= from && m.date < until) count++;
  return count;
}
