// The overdue report: open and in-progress items past their effective due, grouped so
// that an officer can chase each owner, oldest first, with a totals line. Items waiting for
// a meeting (none left in the calendar to take them) are not overdue: they are counted apart.
import { calendarIndex, heldCounts, type HeldCounts } from './calendar.js';
import { effectiveDueDate } from './due.js';
import { ownerFilter, ownerKey } from './owner.js';
import { byDue, bySourceMeeting, committeeName, reportItem, type LogData, type ReportItem } from './reportItem.js';
import { isActive, isOverdueWith, isWaitingForMeeting, nextMeetingDate, reportDay } from './rules.js';
import type { IsoDate, Meeting } from './types.js';
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

interface CommitteeDay {
  calendar: readonly Meeting[];
  /** Its counts of held meetings, made when its first item that is overdue or waiting is reached. */
  held: HeldCounts | null;
  /** Its next meeting on or after the day, the one an overdue item is carried to. */
  next: IsoDate | null;
}

export const NO_OWNER = 'No owner';
/** The key of an item with no owner: listed last. */
const NO_KEY = '';

export function overdueReport(data: LogData, filter: OverdueFilter, today: IsoDate): OverdueReport {
  const calendars = calendarIndex(data.meetings);
  // What each committee's items share (its calendar, its counts of held meetings, its next
  // meeting), worked out when its first item is reached rather than looked up for each item.
  const committees = new Map<string, CommitteeDay>();
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
    let committee = committees.get(item.committee);
    if (!committee) {
      const calendar = calendars.get(item.committee) ?? [];
      committee = { calendar, held: null, next: nextMeetingDate(calendar, today) };
      committees.set(item.committee, committee);
    }
    const { calendar } = committee;
    const due = effectiveDueDate(item.due, calendar);
    const waits = isWaitingForMeeting(item, due);
    if (!waits && !isOverdueWith(item, due, today)) continue;
    const counts = (committee.held ??= heldCounts(calendar));
    if (waits) waiting.push(reportItem(item, calendar, null, day, counts, due));
    else items.push(reportItem(item, calendar, committee.next, day, counts, due));
  }
  items.sort(byDue);
  waiting.sort(bySourceMeeting);

  const byCommittee = (list: ReportItem[]) => [
    ...groupBy(
      list,
      (i) => i.committee,
      (i) => committeeName(data, i.committee),
    ).values(),
  ];
  let groups: OverdueGroup[];
  if (filter.groupBy === 'owner') groups = byOwner(items, filter.owner);
  else if (filter.groupBy === 'committee') groups = byCommittee(items);
  else groups = byCommittee(items).map((g) => ({ ...g, owners: byOwner(g.items, filter.owner) }));
  for (const g of groups) if (g.owners) g.items = concatItems(g.owners);

  return {
    today,
    groupBy: filter.groupBy ?? 'committee-owner',
    groups,
    items: firstPrinted(groups, items.length),
    waiting,
    totals: totalsOf(items, waiting),
  };
}

// The loops below run once per report over every item, in code the engine has not optimised
// yet, where a spread, flatMap or a key array per item made garbage for each of them.

/**
 * Every item once, in the order the groups first print them. Every item is in a group, so
 * where the groups hold as many as there are items (no item under two owners), that is the
 * groups' items one after another, with no set of them.
 */
function firstPrinted(groups: readonly OverdueGroup[], count: number): ReportItem[] {
  let held = 0;
  for (let g = 0; g < groups.length; g++) held += groups[g].items.length;
  if (held === count) return concatItems(groups);
  const seen = new Set<ReportItem>();
  const ordered: ReportItem[] = [];
  for (let g = 0; g < groups.length; g++) {
    const list = groups[g].items;
    for (let i = 0; i < list.length; i++) {
      if (seen.has(list[i])) continue;
      seen.add(list[i]);
      ordered.push(list[i]);
    }
  }
  return ordered;
}

/** The groups' items one after another. */
function concatItems(groups: readonly OverdueGroup[]): ReportItem[] {
  const all: ReportItem[] = [];
  for (let g = 0; g < groups.length; g++) {
    const list = groups[g].items;
    for (let i = 0; i < list.length; i++) all.push(list[i]);
  }
  return all;
}

function totalsOf(items: readonly ReportItem[], waiting: readonly ReportItem[]): OverdueReport['totals'] {
  const committees = new Set<string>();
  const owners = new Set<string>();
  let carriedTwiceOrMore = 0;
  let oldestDays = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    committees.add(item.committee);
    if (item.owners.length === 0) owners.add('');
    for (let o = 0; o < item.owners.length; o++) owners.add(ownerKey(item.owners[o]));
    if (item.timesCarried >= 2) carriedTwiceOrMore++;
    const days = item.daysOverdue ?? 0;
    if (days > oldestDays) oldestDays = days;
  }
  return {
    items: items.length,
    committees: committees.size,
    owners: owners.size,
    carriedTwiceOrMore,
    oldestDays: items.length ? oldestDays : null,
    waiting: waiting.length,
  };
}

/**
 * Owners grouped ignoring case and a leading "the"; named as first written; no owner last.
 * An item is under each of its owners — each of those asked for, when the report is for
 * some owners only.
 */
function byOwner(items: ReportItem[], wanted: string | readonly string[] | undefined): OverdueGroup[] {
  const asked = ownerFilter(wanted);
  // Most items have one owner: its key alone, with no array.
  const keys = (item: ReportItem): string | readonly string[] => {
    const owners = asked ? item.owners.filter((owner) => asked([owner])) : item.owners;
    if (owners.length === 0) return NO_KEY;
    return owners.length === 1 ? ownerKey(owners[0]) : owners.map(ownerKey);
  };
  const label = (item: ReportItem, key: string) => item.owners.find((o) => ownerKey(o) === key) ?? NO_OWNER;
  const groups = groupBy(items, keys, label);
  // '' (no owner) sorts first as a key; it is listed last.
  return groups.has(NO_KEY)
    ? [...groups]
        .filter(([key]) => key !== NO_KEY)
        .map(([, g]) => g)
        .concat(groups.get(NO_KEY)!)
    : [...groups.values()];
}

/** Groups in order of their keys, items keeping their (oldest first) order; an item with several keys is in each group. */
function groupBy(
  items: ReportItem[],
  keys: (i: ReportItem) => string | readonly string[],
  label: (i: ReportItem, key: string) => string,
): Map<string, OverdueGroup> {
  const groups = new Map<string, OverdueGroup>();
  const add = (item: ReportItem, k: string) => {
    let group = groups.get(k);
    if (!group) groups.set(k, (group = { label: label(item, k), items: [] }));
    group.items.push(item);
  };
  // Indexed loops: this runs once per group of a report, unoptimised, where for…of allocates per step.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const itemKeys = keys(item);
    if (typeof itemKeys === 'string') add(item, itemKeys);
    else for (let j = 0; j < itemKeys.length; j++) add(item, itemKeys[j]);
  }
  const sorted = [...groups.keys()].sort(compareText);
  const ordered = new Map<string, OverdueGroup>();
  for (let i = 0; i < sorted.length; i++) ordered.set(sorted[i], groups.get(sorted[i])!);
  return ordered;
}
