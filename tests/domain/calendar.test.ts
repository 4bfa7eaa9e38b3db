// The calendar look-ups search a calendar (kept oldest first) by halving it; they must
// find what a plain scan from the start finds, on calendars with cancellations and with
// dates before, between, on and after their meetings.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/random.js';
import { findMeeting, heldMeetingsBetween, meetingOnOrAfter, nextMeetingAfter } from '../../src/domain/calendar.js';
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
      for (let probe = 0; probe < 20; probe++) {
        const at = addDaysIso('2024-01-01', random.int(-5, 12 * 60 + 5));
        const until = addDaysIso(at, random.int(0, 200));
        expect(findMeeting(calendar, at)).toBe(calendar.find((m) => m.date === at));
        expect(nextMeetingAfter(calendar, at)).toBe(calendar.find((m) => !m.cancelled && m.date > at));
        expect(meetingOnOrAfter(calendar, at)).toBe(calendar.find((m) => !m.cancelled && m.date >= at));
        expect(heldMeetingsBetween(calendar, at, until)).toBe(
          calendar.filter((m) => !m.cancelled && m.date >= at && m.date < until).length,
        );
      }
      // A probe on a meeting's own day, which the random ones above seldom hit.
      for (const meeting of calendar) {
        expect(findMeeting(calendar, meeting.date)).toBe(meeting);
        expect(nextMeetingAfter(calendar, meeting.date)).toBe(
          calendar.find((m) => !m.cancelled && m.date > meeting.date),
        );
      }
    }
  });
});
