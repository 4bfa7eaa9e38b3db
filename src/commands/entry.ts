// Adding an item from what a clerk entered — by flags (add), by prompts (record) or from
// minutes (import) — through one path, so all three check and default the same way.
import type { Context } from '../context.js';
import { findMeeting } from '../domain/calendar.js';
import { formatUkDate } from '../domain/dates.js';
import { describeCalendar, dueProblem, resolveDueSpec } from '../domain/due.js';
import { reviewedEntry, sameReading, type Reading } from '../domain/importIdentity.js';
import { ownerList } from '../domain/owner.js';
import { createItem } from '../domain/lifecycle.js';
import type { Due, IsoDate, Item, Meeting } from '../domain/types.js';
import { usageError } from '../errors.js';
import type { StoreTransaction } from '../store/index.js';
import { requiredText, typeAndCategory } from './options.js';

/** An item as entered: the same fields whether they came from flags, prompts or minutes. */
export interface ItemEntry {
  text: string;
  minute?: string | null;
  ref?: string | null;
  type?: string;
  category?: string;
  /** Everyone responsible, the lead first (repeated --owner, or an import's proposal); when given, `owner` is not read. */
  owners?: readonly (string | null)[] | null;
  /** One owner alone, as the minutes name them. */
  owner?: string | null;
  /** As typed: next, future, a month name or a date (default: next for actions, future otherwise); or, from an import's plan, already resolved. */
  due?: string | Due;
}

/** Checks an entry before anything is locked or loaded, so bad input fails fast. */
export function checkEntry(entry: ItemEntry): void {
  requiredText(entry.text, 'the item text');
  typeAndCategory(entry.type, entry.category);
}

/** The meeting a decision is recorded at: one in the committee's calendar, and not a cancelled one (no decisions were taken there). */
export async function requireMeeting(tx: StoreTransaction, committee: string, date: IsoDate): Promise<void> {
  await tx.committee(committee);
  const calendar = await tx.calendar(committee);
  const meeting = findMeeting(calendar, date);
  if (!meeting) {
    throw usageError(`--meeting: ${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`);
  }
  if (meeting.cancelled) {
    const moved = meeting.movedTo ? ` (it was moved to ${formatUkDate(meeting.movedTo)})` : '';
    throw usageError(
      `--meeting: the ${committee} meeting of ${formatUkDate(date)} was cancelled${moved}, so nothing was decided there; give the meeting that decided it, or "actionlog meeting reinstate ${committee} ${date}" if it did take place`,
    );
  }
}

/** The owners of an entry: its list, or its one owner; tidied, each once, the lead first. */
export const entryOwners = (entry: Pick<ItemEntry, 'owners' | 'owner'>): string[] =>
  ownerList(entry.owners ?? [entry.owner]);

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
  const due = typeof spec === 'string' ? typedDue(spec, calendar, meeting, committee) : spec;
  const stamp = context.actor();
  const item = createItem(
    {
      id: await tx.newItemId(),
      type,
      category,
      committee,
      text: requiredText(entry.text, 'the item text'),
      owners: entryOwners(entry),
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

/** A due a clerk typed for an item decided at `meeting`, checked against the item's life (dueProblem). */
export function typedDue(
  spec: string,
  calendar: readonly Meeting[],
  meeting: IsoDate,
  committee: string,
  what = '--due',
): Due {
  const due = resolveDueSpec(spec, calendar, meeting, committee, what);
  const problem = dueProblem(due, meeting);
  if (problem !== null) throw usageError(`${what} ${spec}: ${problem}`);
  return due;
}
