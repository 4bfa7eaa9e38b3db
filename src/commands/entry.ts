// Adding an item from what a clerk entered — by flags (add), by prompts (record) or from
// minutes (import) — through one path, so all three check and default the same way.
import type { Context } from '../context.js';
import { findMeeting } from '../domain/calendar.js';
import { formatUkDate } from '../domain/dates.js';
import { describeCalendar, resolveDueSpec } from '../domain/due.js';
import { reviewedEntry, sameReading, type Reading } from '../domain/importIdentity.js';
import { createItem } from '../domain/lifecycle.js';
import type { Due, IsoDate, Item } from '../domain/types.js';
import { usageError } from '../errors.js';
import type { StoreTransaction } from '../store/index.js';
import { parseOwner, requiredText, typeAndCategory } from './options.js';

/** An item as entered: the same fields whether they came from flags, prompts or minutes. */
export interface ItemEntry {
  text: string;
  minute?: string | null;
  ref?: string | null;
  type?: string;
  category?: string;
  owner?: string | null;
  /** As typed: next, future, a month name or a date (default: next for actions, future otherwise); or, from an import's plan, already resolved. */
  due?: string | Due;
}

/** Checks an entry before anything is locked or loaded, so bad input fails fast. */
export function checkEntry(entry: ItemEntry): void {
  requiredText(entry.text, 'the item text');
  typeAndCategory(entry.type, entry.category);
}

export async function requireMeeting(tx: StoreTransaction, committee: string, date: IsoDate): Promise<void> {
  await tx.committee(committee);
  const calendar = await tx.calendar(committee);
  if (!findMeeting(calendar, date)) {
    throw usageError(`--meeting: ${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`);
  }
}

/**
 * Adds the entry as a new item. `readings` are what the minutes said behind it (an import):
 * where the clerk saved something else, the item's history keeps them (importIdentity.ts).
 */
export async function addEntry(
  tx: StoreTransaction,
  committee: string,
  meeting: IsoDate,
  entry: ItemEntry,
  context: Context,
  note: string | null = null,
  readings: readonly Reading[] = [],
): Promise<Item> {
  const { type, category } = typeAndCategory(entry.type, entry.category);
  const calendar = await tx.calendar(committee);
  const spec = entry.due ?? (type === 'action' ? 'next' : 'future');
  const due = typeof spec === 'string' ? resolveDueSpec(spec, calendar, meeting, committee) : spec;
  const stamp = context.actor();
  const item = createItem(
    {
      id: await tx.newItemId(),
      type,
      category,
      committee,
      text: requiredText(entry.text, 'the item text'),
      owner: parseOwner(entry.owner ?? undefined) ?? null,
      source: { meeting, minute: entry.minute?.trim() || null, ref: entry.ref?.trim() || null },
      due,
      note,
    },
    stamp,
  );
  const saved = { minute: item.source.minute, ref: item.source.ref, text: item.text };
  if (readings.length > 1 || (readings.length === 1 && !sameReading(readings[0], saved))) {
    item.history.push(reviewedEntry(readings, saved, stamp));
  }
  await tx.addItem(item);
  return item;
}
