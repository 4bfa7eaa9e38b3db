// How an item's source, due and status read in every format (tables, Markdown, HTML, messages).
import { formatUkDate } from '../domain/dates.js';
import type { Due, IsoDate } from '../domain/types.js';
import { citation, type ItemView } from '../domain/view.js';

/** The meeting that decided the item and its minute; for an item moved from another committee, which committee's meeting that was. */
export function sourceLabel(item: Pick<ItemView, 'source'> & Partial<Pick<ItemView, 'movedFrom'>>): string {
  const cite = citation(item.source);
  const from = item.movedFrom ? ` (${item.movedFrom})` : '';
  return `${formatUkDate(item.source.meeting)}${from}${cite ? ` · ${cite}` : ''}`;
}

/** Every owner, the lead first; a dash when none is named. */
export function ownersLabel(item: Pick<ItemView, 'owners'>): string {
  return item.owners.length ? item.owners.join('; ') : '—';
}

/**
 * The due as it stands: its meeting, or where a cancelled meeting's business went; the next
 * meeting once one is set; a deadline; or future. Only a meeting that was cancelled with
 * nothing after it reads "cancelled" (effectiveDue is null for that alone).
 */
export function dueLabel(due: Due, effectiveDue: IsoDate | null): string {
  switch (due.kind) {
    case 'future':
      return 'future meeting';
    case 'date':
      return `by ${formatUkDate(due.date)}`;
    case 'next':
      return effectiveDue ? `${formatUkDate(effectiveDue)} (next meeting)` : NEXT_NOT_SET;
    case 'meeting':
      if (effectiveDue === null) return `${formatUkDate(due.meeting)} (cancelled; waiting for a meeting)`;
      return effectiveDue !== due.meeting
        ? `${formatUkDate(effectiveDue)} (was ${formatUkDate(due.meeting)})`
        : formatUkDate(due.meeting);
  }
}

export const NEXT_NOT_SET = 'next meeting, date not yet set';

/** A due as it was recorded (in the history, an original due, a message), saying nothing of what became of its meeting. */
export function recordedDueLabel(due: Due): string {
  switch (due.kind) {
    case 'future':
      return 'future meeting';
    case 'date':
      return `by ${formatUkDate(due.date)}`;
    case 'next':
      return `next meeting after ${formatUkDate(due.after)}`;
    case 'meeting':
      return formatUkDate(due.meeting);
  }
}

export function statusLabel(item: ItemView): string {
  if (item.overdue) return `overdue ${item.daysOverdue}d`;
  if (item.waitingForMeeting) return `${item.status}, waiting for a meeting`;
  return item.signedOff ? `${item.status}, signed off` : item.status;
}

/** A due in a plain cell (CSV): the meeting's or deadline's ISO date, `future`, or `next` (not yet set, or moving with the calendar). */
export function dueText(due: Due): string {
  switch (due.kind) {
    case 'future':
    case 'next':
      return due.kind;
    case 'date':
      return due.date;
    case 'meeting':
      return due.meeting;
  }
}
