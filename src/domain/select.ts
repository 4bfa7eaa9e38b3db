// Choosing which items a list or report shows. Pure: the calendars and today come in.
import { compareIso } from './dates.js';
import { compareIds } from './order.js';
import { ownerMatcher } from './owner.js';
import { isOverdue } from './rules.js';
import type { Item, ItemType, Meeting, Status } from './types.js';
import { compareText } from './order.js';

export interface ItemFilter {
  committee?: string;
  owner?: string;
  /** Statuses to include; undefined means every status. */
  statuses?: readonly Status[];
  type?: ItemType;
  overdueOnly?: boolean;
}

export const DEFAULT_LIST_STATUSES: readonly Status[] = ['open', 'in-progress'];

export function selectItems(
  items: readonly Item[],
  filter: ItemFilter,
  calendars: Map<string, Meeting[]>,
  today: string,
): Item[] {
  const ownerWanted = filter.owner === undefined ? undefined : ownerMatcher(filter.owner);
  return items.filter(
    (item) =>
      (!filter.committee || item.committee === filter.committee) &&
      (!filter.statuses || filter.statuses.includes(item.status)) &&
      (!filter.type || item.type === filter.type) &&
      (ownerWanted === undefined || ownerWanted(item.owner)) &&
      (!filter.overdueOnly || isOverdue(item, calendars.get(item.committee) ?? [], today)),
  );
}

/** Committee, then source meeting, then minute order as entered. */
export function bySource(a: Item, b: Item): number {
  return (
    compareText(a.committee, b.committee) ||
    compareIso(a.source.meeting, b.source.meeting) ||
    compareIds(a.id, b.id)
  );
}
