// The committees' meetings for a calendar: each meeting with its status, where a cancelled
// one's business went, and what is due there — the open items whose business is taken at
// that meeting (after cancellations and rearrangements).
import { calendarIndex, meetingStatus } from './calendar.js';
import { effectiveDueDate } from './due.js';
import { compareText } from './order.js';
import { bySourceMeeting, committeeName, reportItem, type LogData, type ReportItem } from './reportItem.js';
import { isActive, reportDay } from './rules.js';
import type { IsoDate, Meeting, MeetingStatus } from './types.js';

export interface CalendarMeeting {
  committee: string;
  committeeName: string;
  date: IsoDate;
  status: MeetingStatus;
  /** For a cancelled meeting: the date it was rearranged to, if any. */
  movedTo: IsoDate | null;
  /** For a meeting that replaced a cancelled one: the date it replaced. */
  rearrangedFrom: IsoDate | null;
  /** Open items due at this meeting (none for a cancelled meeting: its business moved). */
  due: ReportItem[];
}

export function meetingCalendar(data: LogData, filter: { committee?: string }, today: IsoDate): CalendarMeeting[] {
  const calendars = calendarIndex(data.meetings);
  const dueAt = new Map<string, ReportItem[]>();
  const day = reportDay(today);
  for (const item of data.items) {
    if (!isActive(item) || (item.due.kind !== 'meeting' && item.due.kind !== 'next')) continue;
    if (filter.committee && item.committee !== filter.committee) continue;
    const calendar = calendars.get(item.committee) ?? [];
    const date = effectiveDueDate(item.due, calendar);
    if (date === null) continue;
    const key = `${item.committee} ${date}`;
    (dueAt.get(key) ?? dueAt.set(key, []).get(key)!).push(reportItem(item, calendar, date, day));
  }
  const out: CalendarMeeting[] = [];
  for (const [slug, calendar] of [...calendars].sort(([a], [b]) => compareText(a, b))) {
    if (filter.committee && slug !== filter.committee) continue;
    const replaced = new Map<IsoDate, IsoDate>();
    for (const m of calendar) if (m.cancelled && m.movedTo) replaced.set(m.movedTo, m.date);
    for (const meeting of calendar) out.push(entry(meeting, committeeName(data, slug), replaced, dueAt, today));
  }
  return out.sort((a, b) => compareText(a.date, b.date) || compareText(a.committee, b.committee));
}

function entry(
  meeting: Meeting,
  name: string,
  replaced: Map<IsoDate, IsoDate>,
  dueAt: Map<string, ReportItem[]>,
  today: IsoDate,
): CalendarMeeting {
  return {
    committee: meeting.committee,
    committeeName: name,
    date: meeting.date,
    status: meetingStatus(meeting, today),
    movedTo: meeting.cancelled ? meeting.movedTo : null,
    rearrangedFrom: meeting.cancelled ? null : (replaced.get(meeting.date) ?? null),
    due: meeting.cancelled ? [] : (dueAt.get(`${meeting.committee} ${meeting.date}`) ?? []).sort(bySourceMeeting),
  };
}
