// The chair's outstanding-actions report: for each committee, what is still open, grouped
// by the meeting that decided it, with RAG; the counts; and what was completed since the
// committee last met.
import { calendarIndex, heldCounts, lastMeetingBefore } from './calendar.js';
import { closedAt } from './lifecycle.js';
import { ownerFilter } from './owner.js';
import { RAGS, type Rag } from './rag.js';
import { bySourceMeeting, reportItem, type LogData, type ReportItem } from './reportItem.js';
import { isActive, nextMeetingDate, reportDay, type ReportDay } from './rules.js';
import { isClosed, type IsoDate, type Item, type Meeting } from './types.js';
import { compareText } from './order.js';

export interface ChairFilter {
  committee?: string;
  /** Any of these owners (or this one), matched against any of an item's owners. */
  owner?: string | readonly string[];
}

export interface SourceMeetingGroup {
  meeting: IsoDate;
  items: ReportItem[];
}

export interface CommitteeReport {
  committee: string;
  name: string;
  /** The meeting the chair takes the report into; null when none is scheduled. */
  nextMeeting: IsoDate | null;
  /** The last meeting held before today; null when it has not met yet. */
  lastMeeting: IsoDate | null;
  /** Open items by the meeting that decided them, but for those waiting for a meeting. */
  outstanding: SourceMeetingGroup[];
  /** Open items no meeting in the calendar can take yet: shown apart, neither late nor on track. */
  waiting: ReportItem[];
  counts: Record<Rag, number>;
  /** Done or dropped since the last meeting (or ever, when it has not met), with the closing update. */
  completed: ReportItem[];
}

export interface ChairReport {
  today: IsoDate;
  committees: CommitteeReport[];
}

export function chairReport(data: LogData, filter: ChairFilter, today: IsoDate): ChairReport {
  const calendars = calendarIndex(data.meetings);
  // A committee asked for by name is always shown, even with nothing outstanding;
  // otherwise only committees with something to report.
  const committees = [...data.committees]
    .filter((c) => !filter.committee || c.slug === filter.committee)
    .sort((a, b) => compareText(a.slug, b.slug));
  // Each committee's items, in one pass over the log rather than one per committee.
  const itemsOf = new Map<string, Item[]>();
  const ownerWanted = ownerFilter(filter.owner);
  for (let i = 0; i < data.items.length; i++) {
    // Indexed: run once per command, unoptimised, for…of would allocate per item.
    const item = data.items[i];
    if (ownerWanted && !ownerWanted(item.owners)) continue;
    const list = itemsOf.get(item.committee);
    if (list) list.push(item);
    else itemsOf.set(item.committee, [item]);
  }
  const day = reportDay(today);
  const reports = committees.map((c) =>
    committeeReport(itemsOf.get(c.slug) ?? [], c.slug, c.name, calendars.get(c.slug) ?? [], day),
  );
  return {
    today,
    committees: filter.committee
      ? reports
      : reports.filter((r) => r.outstanding.length > 0 || r.waiting.length > 0 || r.completed.length > 0),
  };
}

/** `mine`: the committee's items, already filtered by owner. */
function committeeReport(
  mine: readonly Item[],
  committee: string,
  name: string,
  calendar: readonly Meeting[],
  day: ReportDay,
): CommitteeReport {
  const { today } = day;
  const nextMeeting = nextMeetingDate(calendar, today);
  const lastMeeting = lastMeetingBefore(calendar, today);
  const held = heldCounts(calendar);
  const active = mine
    .filter(isActive)
    .map((i) => reportItem(i, calendar, nextMeeting, day, held))
    .sort(bySourceMeeting);
  const open = active.filter((i) => i.rag !== 'waiting');
  const waiting = active.filter((i) => i.rag === 'waiting');
  const completed = mine
    .filter((i) => isClosed(i) && closedSince(i, lastMeeting))
    .map((i) => reportItem(i, calendar, nextMeeting, day, held))
    .sort(bySourceMeeting);
  const counts = Object.fromEntries(RAGS.map((r) => [r, 0])) as Record<Rag, number>;
  for (const item of active) counts[item.rag]++;
  counts.done = completed.length;
  return { committee, name, nextMeeting, lastMeeting, outstanding: bySource(open), waiting, counts, completed };
}

function closedSince(item: Item, lastMeeting: IsoDate | null): boolean {
  // An instant compares with a day as its own first ten characters would (no copy needed).
  return lastMeeting === null ? item.signedOff === null : closedAt(item) >= lastMeeting;
}

function bySource(items: ReportItem[]): SourceMeetingGroup[] {
  const groups: SourceMeetingGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.meeting === item.source.meeting) last.items.push(item);
    else groups.push({ meeting: item.source.meeting, items: [item] });
  }
  return groups;
}
