// The committees' meetings as an iCalendar file (RFC 5545) that Outlook and Google Calendar
// import: an all-day event per meeting (the log keeps dates, not times), cancelled ones
// marked cancelled, rearranged ones at their new date saying which they replace, and what
// is due at each in its description. Loaded only when a calendar is written.
import ical, {
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalEventData,
} from 'ical-generator';
import { formatLongDate, formatUkDate } from '../domain/dates.js';
import type { CalendarMeeting } from '../domain/meetingCalendar.js';
import type { IsoDate } from '../domain/types.js';
import { citation } from '../domain/view.js';
import { officeText } from './officeText.js';

export interface CalendarOptions {
  /** The calendar's name in the reader (default "Committee meetings"). */
  name?: string;
  /** Stamped on each event (DTSTAMP), so the same log gives the same file. */
  today: IsoDate;
}

const utcDay = (iso: IsoDate, add = 0): Date => new Date(Date.parse(`${iso}T00:00:00.000Z`) + add * 86_400_000);

export function meetingsIcs(meetings: readonly CalendarMeeting[], options: CalendarOptions): string {
  const calendar = ical({
    prodId: { company: 'actionlog', product: 'committee meetings', language: 'EN' },
    name: officeText(options.name ?? 'Committee meetings'),
    method: ICalCalendarMethod.PUBLISH,
    events: meetings.map((m) => event(m, options.today)),
  });
  return calendar.toString();
}

function event(m: CalendarMeeting, today: IsoDate): ICalEventData {
  const name = officeText(m.committeeName).replace(/\n/g, ' ');
  const cancelled = m.status === 'cancelled';
  const summary = cancelled
    ? `CANCELLED: ${name}${m.movedTo ? ` (moved to ${formatUkDate(m.movedTo)})` : ''}`
    : `${name}${m.rearrangedFrom ? ` (rearranged from ${formatUkDate(m.rearrangedFrom)})` : ''}`;
  return {
    id: `${m.committee}-${m.date}@actionlog`,
    // All day, with dates written as they are: "floating", in no time zone.
    allDay: true,
    floating: true,
    start: utcDay(m.date),
    end: utcDay(m.date, 1),
    stamp: utcDay(today),
    summary,
    description: description(m),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    busystatus: cancelled ? ICalEventBusyStatus.FREE : ICalEventBusyStatus.BUSY,
    transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    categories: [{ name: officeText(m.committee) }],
  };
}

function description(m: CalendarMeeting): string {
  const lines = [`${m.committeeName}, ${formatLongDate(m.date)}`];
  if (m.status === 'cancelled') {
    lines.push(
      m.movedTo
        ? `Cancelled; rearranged to ${formatLongDate(m.movedTo)}, where its business now goes.`
        : 'Cancelled; its business goes to the next meeting.',
    );
    return officeText(lines.join('\n'));
  }
  if (m.rearrangedFrom) lines.push(`Rearranged from ${formatLongDate(m.rearrangedFrom)}.`);
  if (m.due.length === 0)
    lines.push(
      m.status === 'held'
        ? 'Nothing from the log is still open from this meeting.'
        : 'Nothing in the log is due at this meeting.',
    );
  else {
    lines.push('', m.status === 'held' ? 'Due here and still open:' : 'Due at this meeting:');
    for (const item of m.due) {
      const cite = citation(item.source);
      lines.push(
        `${item.id} ${item.text} (${item.owner ?? 'no owner'}; decided ${formatUkDate(item.source.meeting)}${cite ? `, minute ${cite}` : ''})`,
      );
    }
  }
  return officeText(lines.join('\n'));
}
