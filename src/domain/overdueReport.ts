// The overdue report: open and in-progress items past their effective due, grouped so
// that an officer can chase each owner, oldest first, with a totals line.
import { calendarIndex } from './calendar.js';
import { ownerKey, ownerMatcher } from './owner.js';
import { byDue, committeeName, reportItem, type LogData, type ReportItem } from './reportItem.js';
import { isActive, isOverdue, nextMeetingDate, reportDay } from './rules.js';
import type { IsoDate } from './types.js';
import { compareText } from './order.js';

export const GROUP_BY = ['committee', 'owner'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface OverdueFilter {
  committee?: string;
  owner?: string;
  /** Undefined: by committee, then owner within it. */
  groupBy?: GroupBy;
}

export interface OverdueGroup {
  /** The committee's name, or the owner as the minutes name them ("No owner" when none). */
  label: string;
  /** Owner groups within a committee (default grouping only). */
  owners?: OverdueGroup[];
  items: ReportItem[];
}

export interface OverdueReport {
  today: IsoDate;
  groupBy: GroupBy | 'committee-owner';
  groups: OverdueGroup[];
  /** Every item once, in the order the groups print them. */
  items: ReportItem[];
  totals: { items: number; committees: number; owners: number; carriedTwiceOrMore: number; oldestDays: number | null };
}

export const NO_OWNER = 'No owner';

export function overdueReport(data: LogData, filter: OverdueFilter, today: IsoDate): OverdueReport {
  const calendars = calendarIndex(data.meetings);
  const items: ReportItem[] = [];
  const day = reportDay(today);
  const ownerWanted = filter.owner === undefined ? undefined : ownerMatcher(filter.owner);
  // An indexed loop: this runs once per command, unoptimised, where for…of allocates per item.
  for (let i = 0; i < data.items.length; i++) {
    const item = data.items[i];
    // Most of a log is done or dropped: rule those out before any look-up.
    if (!isActive(item)) continue;
    if (filter.committee && item.committee !== filter.committee) continue;
    if (ownerWanted && !ownerWanted(item.owner)) continue;
    const calendar = calendars.get(item.committee) ?? [];
    if (!isOverdue(item, calendar, today)) continue;
    items.push(reportItem(item, calendar, nextMeetingDate(calendar, today), day));
  }
  items.sort(byDue);

  const byCommittee = (list: ReportItem[]) =>
    groupBy(list, (i) => i.committee, (i) => committeeName(data, i.committee));
  let groups: OverdueGroup[];
  if (filter.groupBy === 'owner') groups = byOwner(items);
  else if (filter.groupBy === 'committee') groups = byCommittee(items);
  else groups = byCommittee(items).map((g) => ({ ...g, owners: byOwner(g.items) }));
  const ordered = groups.flatMap((g) => (g.owners ? g.owners.flatMap((o) => o.items) : g.items));
  for (const g of groups) if (g.owners) g.items = g.owners.flatMap((o) => o.items);

  return {
    today,
    groupBy: filter.groupBy ?? 'committee-owner',
    groups,
    items: ordered,
    totals: {
      items: items.length,
      committees: new Set(items.map((i) => i.committee)).size,
      owners: new Set(items.map((i) => ownerKey(i.owner))).size,
      carriedTwiceOrMore: items.filter((i) => i.timesCarried >= 2).length,
      oldestDays: items.length ? Math.max(...items.map((i) => i.daysOverdue ?? 0)) : null,
    },
  };
}

/** Owners grouped ignoring case and a leading "the"; named as first written; no owner last. */
function byOwner(items: ReportItem[]): OverdueGroup[] {
  const groups = groupBy(items, (i) => ownerKey(i.owner), (i) => i.owner ?? NO_OWNER);
  const none = (g: OverdueGroup) => Number(ownerKey(g.items[0].owner) === '');
  return groups.sort((a, b) => none(a) - none(b));
}

/** Groups in order of their keys, items keeping their (oldest first) order. */
function groupBy(items: ReportItem[], key: (i: ReportItem) => string, label: (i: ReportItem) => string): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? groups.set(k, { label: label(item), items: [] }).get(k)!;
    group.items.push(item);
  }
  return [...groups.entries()].sort(([a], [b]) => compareText(a, b)).map(([, g]) => g);
}
