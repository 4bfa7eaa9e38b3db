// Chasing owners: for each owner, what they owe the committees — what is overdue, and what
// is due at the committee's next meeting (or a deadline within 14 days), the items a
// chair would expect an update on. Each owner once (ignoring case and a leading "the"),
// with their contact details where the log has them; an item with several owners is in each
// owner's letter (each asked for, when the chase is for some owners only); items with no
// owner are set apart.
import { calendarIndex } from './calendar.js';
import { ownerFilter, ownerKey } from './owner.js';
import { byDue, committeeName, reportItem, type LogData, type ReportItem } from './reportItem.js';
import { isActive, nextMeetingDate, reportDay } from './rules.js';
import type { IsoDate, Meeting, OwnerContact } from './types.js';
import { compareText } from './order.js';

export type { OwnerContact };

export interface ChaseCommittee {
  slug: string;
  name: string;
  /** Where the update is wanted: the committee's next meeting, or null when none is set. */
  nextMeeting: IsoDate | null;
  items: ReportItem[];
}

export interface OwnerChase {
  /** The owner as the log first names them. */
  owner: string;
  contact: OwnerContact | null;
  /** By committee (by slug), each committee's items oldest due first. */
  committees: ChaseCommittee[];
}

export interface ChaseList {
  today: IsoDate;
  owners: OwnerChase[];
  /** Items that would be chased but have no owner: nobody to write to. */
  unowned: ReportItem[];
}

export interface ChaseFilter {
  committee?: string;
  /** One owner, or several: an item any of whose owners match is chased. */
  owner?: string | readonly string[];
}

export function chaseList(
  data: LogData,
  filter: ChaseFilter,
  contacts: readonly OwnerContact[],
  today: IsoDate,
): ChaseList {
  const calendars = calendarIndex(data.meetings);
  const owners = new Map<string, { owner: string; items: ReportItem[] }>();
  const unowned: ReportItem[] = [];
  const day = reportDay(today);
  const ownerWanted = ownerFilter(filter.owner);
  for (const item of data.items) {
    if (!isActive(item)) continue;
    if (filter.committee && item.committee !== filter.committee) continue;
    if (ownerWanted && !ownerWanted(item.owners)) continue;
    const calendar = calendars.get(item.committee) ?? [];
    const report = reportItem(item, calendar, nextMeetingDate(calendar, today), day);
    if (report.rag !== 'red' && report.rag !== 'amber') continue;
    const chased = ownerWanted ? item.owners.filter((owner) => ownerWanted([owner])) : item.owners;
    if (chased.length === 0) unowned.push(report);
    for (const owner of chased) {
      const key = ownerKey(owner);
      (owners.get(key) ?? owners.set(key, { owner, items: [] }).get(key)!).items.push(report);
    }
  }
  const contactOf = new Map(contacts.map((c) => [ownerKey(c.name), c]));
  return {
    today,
    owners: [...owners.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([key, { owner, items }]) => ({
        owner,
        contact: contactOf.get(key) ?? null,
        committees: byCommittee(items, data, calendars, today),
      })),
    unowned: unowned.sort(byDue),
  };
}

function byCommittee(
  items: ReportItem[],
  data: LogData,
  calendars: Map<string, Meeting[]>,
  today: IsoDate,
): ChaseCommittee[] {
  const groups = new Map<string, ReportItem[]>();
  for (const item of items)
    (groups.get(item.committee) ?? groups.set(item.committee, []).get(item.committee)!).push(item);
  return [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([slug, list]) => ({
      slug,
      name: committeeName(data, slug),
      nextMeeting: nextMeetingDate(calendars.get(slug) ?? [], today),
      items: list.sort(byDue),
    }));
}

/** Every item an owner is chased for, committee by committee. */
export const chasedItems = (owner: OwnerChase): ReportItem[] => owner.committees.flatMap((c) => c.items);
