// RAG status for the chair's report (DESIGN.md "Rules"): red = overdue; amber = due at
// the committee's next meeting, or a deadline within 14 days; green = not yet due, or
// future. Done and dropped items are shown apart, and so are items waiting for a meeting
// (none in the calendar can take them: neither late nor on track), so each gets its own word.
import { effectiveDueDate } from './due.js';
import { isOverdueWith, isWaitingForMeeting, nextMeetingDate, type ReportDay } from './rules.js';
import { isClosed, type IsoDate, type Item, type Meeting } from './types.js';

export const RAGS = ['red', 'amber', 'green', 'waiting', 'done'] as const;
export type Rag = (typeof RAGS)[number];

/** `effectiveDue` is passed by reports, which work it out once per item. */
export function ragOf(
  item: Item,
  calendar: readonly Meeting[],
  day: ReportDay,
  due: IsoDate | null = effectiveDueDate(item.due, calendar),
): Rag {
  if (isClosed(item)) return 'done';
  if (isOverdueWith(item, due, day.today)) return 'red';
  if (isWaitingForMeeting(item, due)) return 'waiting';
  if (due === null) return 'green';
  if (item.due.kind === 'date') return due <= day.amberUntil ? 'amber' : 'green';
  return due === nextMeetingDate(calendar, day.today) ? 'amber' : 'green';
}

/** The words a printed report uses, so RAG reads without colour. */
export const RAG_WORDS: Record<Rag, string> = {
  red: 'Red (overdue)',
  amber: 'Amber (due soon)',
  green: 'Green (on track)',
  waiting: 'Waiting for a meeting',
  done: 'Done',
};
