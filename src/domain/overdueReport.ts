// The overdue report: open and in-progress items past their effective due, grouped so
// that an officer can chase each owner, oldest first, with a totals line. Items waiting for
// a meeting (none left in the calendar to take them) are not overdue: they are counted apart.
import { calendarIndex, heldCounts, type HeldCounts } from './calendar.js';
import { effectiveDueDate } from './due.js';
import { ownerFilter, ownerKey } from './owner.js';
import { byDue, bySourceMeeting, committeeName, reportItem, type LogData, type ReportItem } from './reportItem.js';
import { isActive, isOverdueWith, isWaitingForMeeting, nextMeetingDate, reportDay } from './rules.js';
import type { IsoDate } from './types.js';
import { compareText } from './order.js';

export const GROUP_BY = ['committee', 'owner'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface OverdueFilter {
  committee?: string;
  /** Any of these owners (or this one), matched against any of an item's owners. */
  owner?: string | readonly string[];
  /** Undefined: by committee, then owner within it. */
  groupBy?: GroupBy;
}

export interface OverdueGroup {
  /** The committee's name, or the owner as the minutes name them ("No owner" when none). */
  label: string;
  /** Owner groups within a committee (default grouping only). */
  owners?: OverdueGroup[];
  /** An item with several owners is under each of its owners' groups. */
  items: ReportItem[];
}

export interface OverdueReport {
  today: IsoDate;
  groupBy: GroupBy | 'committee-owner';
  groups: OverdueGroup[];
  /** Every item once, in the order the groups first print them. */
  items: ReportItem[];
  /** Open items waiting for a meeting (rules.ts): not overdue, listed apart, oldest due first. */
  waiting: ReportItem[];
  totals: {
    items: number;
    committees: number;
    owners: number;
    carriedTwiceOrMore: number;
    oldestDays: number | null;
    waiting: number;
  };
}

export const NO_OWNER = 'No owner';
/** The key of an item with no owner: listed last. */
const NO_KEYS: readonly string[] = [''];

export function overdueReport(data: LogData, filter: OverdueFilter, today: IsoDate): OverdueReport {
  const calendars = calendarIndex(data.meetings);
  // Each calendar's counts of held meetings, made when its committee's first item is reached.
  const held = new Map<string, HeldCounts>();
  const items: ReportItem[] = [];
  const waiting: ReportItem[] = [];
  const day = reportDay(today);
  const ownerWanted = ownerFilter(filter.owner);
  // An indexed loop: this runs once per command, unoptimised, where for…of allocates per item.
  for (let i = 0; i < data.items.length; i++) {
    const item = data.items[i];
    // Most of a log is done or dropped: rule those out before any look-up.
    if (!isActive(item)) continue;
    if (filter.committee && item.committee !== filter.committee) continue;
    if (ownerWanted && !ownerWanted(item.owners)) continue;
    const calendar = calendars.get(item.committee) ?? [];
    const due = effectiveDueDate(item.due, calendar);
    const waits = isWaitingForMeeting(item, due);
    if (!waits && !isOverdueWith(item, due, today)) continue;
    let counts = held.get(item.committee);
    if (!counts) held.set(item.committee, (counts = heldCounts(calendar)));
    if (waits) waiting.push(reportItem(item, calendar, null, day, counts));
    else items.push(reportItem(item, calendar, nextMeetingDate(calendar, today), day, counts));
  }
  items.sort(byDue);
  waiting.sort(bySourceMeeting);

  const byCommittee = (list: ReportItem[]) => [
    ...groupBy(
      list,
      (i) => [i.committee],
      (i) => committeeName(data, i.committee),
    ).values(),
  ];
  let groups: OverdueGroup[];
  if (filter.groupBy === 'owner') groups = byOwner(items, filter.owner);
  else if (filter.groupBy === 'committee') groups = byCommittee(items);
  else groups = byCommittee(items).map((g) => ({ ...g, owners: byOwner(g.items, filter.owner) }));
  for (const g of groups) if (g.owners) g.items = g.owners.flatMap((o) => o.items);
  const ordered = [...new Set(groups.flatMap((g) => g.items))];

  return {
    today,
    groupBy: filter.groupBy ?? 'committee-owner',
    groups,
    items: ordered,
    waiting,
    totals: {
      items: items.length,
      committees: new Set(items.map((i) => i.committee)).size,
      owners: new Set(items.flatMap((i) => (i.owners.length ? i.owners.map(ownerKey) : ['']))).size,
      carriedTwiceOrMore: items.filter((i) => i.timesCarried >= 2).length,
      oldestDays: items.length ? Math.max(...items.map((i) => i.daysOverdue ?? 0)) : null,
      waiting: waiting.length,
    },
  };
}

/**
 * Owners grouped ignoring case and a leading "the"; named as first written; no owner last.
 * An item is under each of its owners — each of those asked for, when the report is for
 * some owners only.
 */
function byOwner(items: ReportItem[], wanted: string | readonly string[] | undefined): OverdueGroup[] {
  const asked = ownerFilter(wanted);
  const keys = (item: ReportItem): readonly string[] => {
    const owners = asked ? item.owners.filter((owner) => asked([owner])) : item.owners;
    if (owners.length === 0) return NO_KEYS;
    // Most items have one owner: its key, without a closure per item.
    return owners.length === 1 ? [ownerKey(owners[0])] : owners.map(ownerKey);
  };
  const label = (item: ReportItem, key: string) => item.owners.find((o) => ownerKey(o) === key) ?? NO_OWNER;
  const groups = groupBy(items, keys, label);
  // '' (no owner) sorts first as a key; it is listed last.
  return groups.has('')
    ? [...groups]
        .filter(([key]) => key !== '')
        .map(([, g]) => g)
        .concat(groups.get('')!)
    : [...groups.values()];
}

/** Groups in order of their keys, items keeping their (oldest first) order; an item with several keys is in each group. */
function groupBy(
  items: ReportItem[],
  keys: (i: ReportItem) => readonly string[],
  label: (i: ReportItem, key: string) => string,
): Map<string, OverdueGroup> {
  const groups = new Map<string, OverdueGroup>();
  // Indexed loops: this runs once per group of a report, unoptimised, where for…of allocates per step.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const itemKeys = keys(item);
    for (let j = 0; j < itemKeys.length; j++) {
      const k = itemKeys[j];
      let group = groups.get(k);
      if (!group) groups.set(k, (group = { label: label(item, k), items: [] }));
      group.items.push(item);
    }
  }
  const sorted = [...groups.keys()].sort(compareText);
  const ordered = new Map<string, OverdueGroup>();
  for (let i = 0; i < sorted.length; i++) ordered.set(sorted[i], groups.get(sorted[i])!);
  return ordered;
}
