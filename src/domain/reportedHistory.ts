// The few entries of an item's history that the reports read: its latest update (latestUpdate.ts)
// and when it was last closed (lifecycle.ts, closedAt). A store may keep them beside the item,
// so that a report of thousands of items reads them rather than every item's whole history
// (the PostgreSQL store does: ItemQuery.fullHistory). Both rules give the same answer on these
// entries as on the whole history — each picks the latest entry it looks for, and the other
// entry kept is not one it looks for or comes before the one it picks — which
// tests/domain/reportedHistory.test.ts holds.
import { latestUpdateIndex } from './latestUpdate.js';
import { closingIndex } from './lifecycle.js';
import type { HistoryEntry } from './types.js';

/** The entries the reports read, in the history's order: none, one or two. */
export function reportedHistory(history: readonly HistoryEntry[]): HistoryEntry[] {
  const update = latestUpdateIndex(history);
  const closing = closingIndex(history);
  const kept: HistoryEntry[] = [];
  for (const at of update < closing ? [update, closing] : [closing, update])
    if (at !== -1 && (kept.length === 0 || history[at] !== kept[0])) kept.push(history[at]);
  return kept;
}
