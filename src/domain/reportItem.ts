// An item as the reports show it: the JSON contract's item view, plus what the reports
// add — times carried, RAG, staleness, slippage and the update that closed it.
import type { HeldCounts } from './calendar.js';
import { compareIso, daysBetween } from './dates.js';
import { effectiveDueDate } from './due.js';
import { compareIds } from './order.js';
import { ragOf, type Rag } from './rag.js';
import { isStale, timesCarried, type ReportDay } from './rules.js';
import type { Committee, IsoDate, Item, Meeting } from './types.js';
import { itemView, type ItemView } from './view.js';

/** What a report works from; the store's data satisfies it. */
export interface LogData {
  committees: readonly Committee[];
  meetings: readonly Meeting[];
  items: readonly Item[];
}

export interface ReportItem extends ItemView {
  timesCarried: number;
  rag: Rag;
  stale: boolean;
  /** Days the effective due has moved since the original due; null when it cannot be said (future). */
  slippageDays: number | null;
  /** The latest note: for a done or dropped item, the update that closed it. */
  lastNote: string | null;
}

/**
 * `carriedTo` is the meeting the item is being carried to (the carry-forward target, or
 * the committee's next meeting); null counts meetings up to today. `held`, the calendar's
 * heldCounts, and `effectiveDue`, the item's effective due date, from a report of many
 * items that has worked them out already.
 */
export function reportItem(
  item: Item,
  calendar: readonly Meeting[],
  carriedTo: IsoDate | null,
  day: ReportDay,
  held?: HeldCounts,
  effectiveDue?: IsoDate | null,
): ReportItem {
  const { today } = day;
  // The view gains the report's fields in place: copying it (spread) for each of thousands
  // of items costs a report more than working the fields out.
  const view = itemView(item, calendar, today, effectiveDue) as ReportItem;
  view.timesCarried = timesCarried(item, calendar, carriedTo ?? today, today, view.effectiveDue, held);
  view.rag = ragOf(item, calendar, day, view.effectiveDue);
  view.stale = isStale(item, day);
  view.slippageDays = slippage(item, calendar);
  view.lastNote = item.lastNote;
  return view;
}

function slippage(item: Item, calendar: readonly Meeting[]): number | null {
  if (item.deferrals.length === 0) return 0;
  const original = effectiveDueDate(item.originalDue, calendar);
  const now = effectiveDueDate(item.due, calendar);
  return original === null || now === null ? null : daysBetween(original, now);
}

/** Oldest first: by effective due (future last), then source meeting, then id order. */
export function byDue(a: ReportItem, b: ReportItem): number {
  return (
    compareIso(a.effectiveDue ?? '9999', b.effectiveDue ?? '9999') ||
    compareIso(a.source.meeting, b.source.meeting) ||
    compareIds(a.id, b.id)
  );
}

export function bySourceMeeting(a: ReportItem, b: ReportItem): number {
  return compareIso(a.source.meeting, b.source.meeting) || compareIds(a.id, b.id);
}

export function committeeName(data: LogData, slug: string): string {
  return data.committees.find((c) => c.slug === slug)?.name ?? slug;
}
