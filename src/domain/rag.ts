// RAG status for the chair's report (DESIGN.md "Rules"): red = overdue; amber = due at
// the committee's next meeting, or a deadline within 14 days; green = not yet due, or
// future. Done and dropped items are shown apart, so they get their own word.
import { addDaysIso } from './dates.js';
import { effectiveDueDate } from './due.js';
import { isOverdueWith, nextMeetingDate } from './rules.js';
import { isClosed, type IsoDate, type Item, type Meeting } from './types.js';

export const RAGS = ['red', 'amber', 'green', 'done'] as const;
export type Rag = (typeof RAGS)[number];

export const AMBER_DEADLINE_DAYS = 14;

export function ragOf(item: Item, calendar: readonly Meeting[], today: IsoDate): Rag {
  return ragWith(item, effectiveDueDate(item.due, calendar), calendar, today);
}

/** ragOf for an item whose effective due is already worked out (see reportItem). */
export function ragWith(item: Item, due: IsoDate | null, calendar: readonly Meeting[], today: IsoDate): Rag {
  if (isClosed(item)) return 'done';
  if (isOverdueWith(item, due, today)) return 'red';
  if (due === null) return 'green';
  if (item.due.kind === 'date') return due <= amberUntil(today) ? 'amber' : 'green';
  return due === nextMeetingDate(calendar, today) ? 'amber' : 'green';
}

// Worked out once per report, not once per item: the last day's answer is kept.
let amberCutoff: { today: IsoDate; until: IsoDate } | undefined;
function amberUntil(today: IsoDate): IsoDate {
  if (amberCutoff?.today !== today) amberCutoff = { today, until: addDaysIso(today, AMBER_DEADLINE_DAYS) };
  return amberCutoff.until;
}

/** The words a printed report uses, so RAG reads without colour. */
export const RAG_WORDS: Record<Rag, string> = {
  red: 'Red (overdue)',
  amber: 'Amber (due now)',
  green: 'Green (on track)',
  done: 'Done',
};
