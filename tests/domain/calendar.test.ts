// The calendar look-ups search a calendar (kept oldest first) by halving it; they must
// find what a plain scan from the start finds, on calendars with cancellations and with
// dates before, between, on and after their meetings.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/random.js';
import {
  calendarIndex,
  findMeeting,
  heldCounts,
  heldMeetingsBetween,
  meetingOnOrAfter,
  meetingsOf,
  nextMeetingAfter,
} from '../../src/domain/calendar.js';
import { addDaysIso } from '../../src/domain/dates.js';
import type { Meeting } from '../../src/domain/types.js';

describe('calendar look-ups', () => {
  it('find what scanning the calendar from the start finds', () => {
    const random = seededRandom(3);
    for (let n = 0; n < 400; n++) {
      let date = '2024-01-01';
      const calendar: Meeting[] = Array.from({ length: random.int(0, 12) }, () => {
        date = addDaysIso(date, random.int(1, 60));
        return { committee: 'jhsc', date, cancelled: random.chance(0.3), movedTo: null };
      });
      const held = heldCounts(calendar);
      for (let probe = 0; probe < 20; probe++) {
        const at = addDaysIso('2024-01-01', random.int(-5, 12 * 60 + 5));
        // Mostly after `at`; now and then before it, which counts nothing.
        const until = addDaysIso(at, random.int(-20, 200));
        expect(findMeeting(calendar, at)).toBe(calendar.find((m) => m.date === at));
        expect(nextMeetingAfter(calendar, at)).toBe(calendar.find((m) => !m.cancelled && m.date > at));
        expect(meetingOnOrAfter(calendar, at)).toBe(calendar.find((m) => !m.cancelled && m.date >= at));
        const scanned = calendar.filter((m) => !m.cancelled && m.date >= at && m.date < until).length;
        expect(heldMeetingsBetween(calendar, at, until)).toBe(scanned);
        // Counted from the calendar's held counts, as the reports do.
        expect(heldMeetingsBetween(calendar, at, until, held)).toBe(scanned);
      }
      // A probe on a meeting's own day, which the random ones above seldom hit.
      for (const meeting of calendar) {
        for (const other of calendar)
          expect(heldMeetingsBetween(calendar, meeting.date, other.date, held)).toBe(
            heldMeetingsBetween(calendar, meeting.date, other.date),
          );
        expect(findMeeting(calendar, meeting.date)).toBe(meeting);
        expect(nextMeetingAfter(calendar, meeting.date)).toBe(
          calendar.find((m) => !m.cancelled && m.date > meeting.date),
        );
      }
    }
  });
});

describe('calendarIndex', () => {
  it("gives each committee's meetings oldest first, whether they come in order or not", () => {
    const random = seededRandom(5);
    for (let n = 0; n < 50; n++) {
      const meetings: Meeting[] = [];
      for (let i = random.int(0, 30); i > 0; i--)
        meetings.push({
          committee: random.int(0, 1) === 0 ? 'parks' : 'housing',
          date: addDaysIso('2024-01-01', random.int(0, 400)),
          cancelled: random.int(0, 5) === 0,
          movedTo: null,
        });
      const inOrder = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      for (const given of [meetings, inOrder]) {
        const index = calendarIndex(given);
        for (const committee of ['parks', 'housing'])
          expect(index.get(committee) ?? []).toEqual(meetingsOf(given, committee));
      }
    }
  });
});
