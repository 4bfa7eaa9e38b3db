// Choosing which items a list or report shows. Pure: the calendars and today come in.
import { compareIso } from './dates.js';
import { effectiveDueDate } from './due.js';
import { compareIds } from './order.js';
import { ownerFilter } from './owner.js';
import { isOverdue } from './rules.js';
import type { IsoDate, Item, ItemType, Meeting, Status } from './types.js';
import { compareText } from './order.js';

export interface ItemFilter {
  committee?: string;
  /** Any of these owners (or this one), matched against any of an item's owners. */
  owner?: string | readonly string[];
  /** Statuses to include; undefined means every status. */
  statuses?: readonly Status[];
  type?: ItemType;
  overdueOnly?: boolean;
  /** Decided at the meeting of this day (the item's source meeting). */
  decidedAt?: IsoDate;
  /** Due (after cancellations and rearrangements) before this day; items with no due date (future, waiting) are left out. */
  dueBefore?: IsoDate;
  /** Due after this day; items with no due date are left out. */
  dueAfter?: IsoDate;
  /** Words that must each appear, ignoring case, in the item's text, its owners or its notes. */
  search?: string;
}

export const DEFAULT_LIST_STATUSES: readonly Status[] = ['open', 'in-progress'];

export function selectItems(
  items: readonly Item[],
  filter: ItemFilter,
  calendars: Map<string, Meeting[]>,
  today: string,
): Item[] {
  const ownerWanted = ownerFilter(filter.owner);
  const found = filter.search === undefined ? undefined : searchMatcher(filter.search);
  const byDue = filter.dueBefore !== undefined || filter.dueAfter !== undefined;
  const dueInRange = (item: Item): boolean => {
    const due = effectiveDueDate(item.due, calendars.get(item.committee) ?? []);
    return (
      due !== null &&
      (filter.dueBefore === undefined || due < filter.dueBefore) &&
      (filter.dueAfter === undefined || due > filter.dueAfter)
    );
  };
  return items.filter(
    (item) =>
      (!filter.committee || item.committee === filter.committee) &&
      (!filter.statuses || filter.statuses.includes(item.status)) &&
      (!filter.type || item.type === filter.type) &&
      (filter.decidedAt === undefined || item.source.meeting === filter.decidedAt) &&
      (ownerWanted === undefined || ownerWanted(item.owners)) &&
      (!byDue || dueInRange(item)) &&
      (found === undefined || found(item)) &&
      (!filter.overdueOnly || isOverdue(item, calendars.get(item.committee) ?? [], today)),
  );
}

/** Every word somewhere in the item's text, owners or notes (history notes and the latest), ignoring case. */
export function searchMatcher(words: string): (item: Item) => boolean {
  const wanted = words.toLowerCase().split(/\s+/).filter(Boolean);
  return (item) => {
    const haystack = [item.text, ...item.owners, item.lastNote ?? '', ...item.history.map((h) => h.note ?? '')]
      .join('\n')
      .toLowerCase();
    return wanted.every((word) => haystack.includes(word));
  };
}

/** Committee, then source meeting, then minute order as entered. */
export function bySource(a: Item, b: Item): number {
  return (
    compareText(a.committee, b.committee) || compareIso(a.source.meeting, b.source.meeting) || compareIds(a.id, b.id)
  );
}
