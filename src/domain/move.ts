// Moving items to a successor committee (the CCGs' items to the ICB's committee, a scrutiny
// committee split in two). An item keeps its id, its source (the old committee's meeting,
// minute and ref, with `movedFrom` naming that committee) and its history; the move is
// written into the history, and a due at one of the old committee's meetings is placed on
// the successor's calendar.
import { meetingOnOrAfter } from './calendar.js';
import { addDaysIso } from './dates.js';
import { effectiveDueDate } from './due.js';
import type { Stamp } from './lifecycle.js';
import type { Due, HistoryEntry, Item, Meeting } from './types.js';

/** The history entry a move writes: from the old committee to the new, with the reason. */
export const MOVED = 'moved';

/**
 * Where a due goes when its item moves. A deadline and "future" mean the same on any
 * calendar. A due at a meeting (or "the next meeting") of the old committee becomes the
 * successor's first meeting, not cancelled, on or after the day the business was due there;
 * or, when the successor has none yet, its next meeting from that day, to be set when one
 * is added. An item waiting for a meeting at the old committee waits from its due day.
 */
export function dueOnSuccessor(due: Due, oldCalendar: readonly Meeting[], successor: readonly Meeting[]): Due {
  if (due.kind === 'date' || due.kind === 'future') return due;
  const taken = effectiveDueDate(due, oldCalendar);
  const from = taken ?? (due.kind === 'meeting' ? due.meeting : due.after);
  const meeting = meetingOnOrAfter(successor, from);
  // "The next meeting after the day before": the successor's meeting on that very day counts.
  return meeting ? { kind: 'meeting', meeting: meeting.date } : { kind: 'next', after: addDaysIso(from, -1) };
}

/** The item as the successor's, with the move (and any change of due) in its history. */
export function moveItem(
  item: Item,
  to: string,
  oldCalendar: readonly Meeting[],
  successor: readonly Meeting[],
  reason: string,
  stamp: Stamp,
): Item {
  const due = dueOnSuccessor(item.due, oldCalendar, successor);
  const origin = item.movedFrom ?? item.committee;
  const history: HistoryEntry[] = [
    ...item.history,
    { at: stamp.at, by: stamp.by, change: MOVED, from: item.committee, to, note: reason },
  ];
  if (JSON.stringify(due) !== JSON.stringify(item.due))
    history.push({ at: stamp.at, by: stamp.by, change: 'due', from: item.due, to: due, note: null });
  return { ...item, committee: to, movedFrom: origin === to ? null : origin, due, history, updatedAt: stamp.at };
}

/** The committee whose meeting decided the item: its own, or the one it was moved from. */
export const decidingCommittee = (item: Pick<Item, 'committee' | 'movedFrom'>): string =>
  item.movedFrom ?? item.committee;
