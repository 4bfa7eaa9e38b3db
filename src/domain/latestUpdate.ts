// The latest update on an item: the most recent note in its history, with when and by whom
// (DESIGN "Additions": latestUpdate). Notes come with update --note, done, drop's reason
// and a deferral's reason; the note written when an item is created says where it came
// from ("imported from minutes.pdf"), and a move's reason why another committee has it:
// neither is an update on the work, so neither counts.
import { MOVED } from './move.js';
import type { HistoryEntry } from './types.js';

export interface LatestUpdate {
  /** The instant the note was recorded, as the history has it. */
  at: string;
  by: string;
  note: string;
}

export function latestUpdate(history: readonly HistoryEntry[]): LatestUpdate | null {
  const at = latestUpdateIndex(history);
  if (at === -1) return null;
  const entry = history[at];
  return { at: entry.at, by: entry.by, note: entry.note! };
}

/** Where in the history the latest update is; -1 when there is none. */
export function latestUpdateIndex(history: readonly HistoryEntry[]): number {
  // Backwards, as the newest note is usually near the end; a report asks this of every item.
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry.note && entry.change !== 'created' && entry.change !== MOVED) return i;
  }
  return -1;
}
