// How an item's source, due and status read in every format (tables, Markdown, HTML, messages).
import { formatUkDate } from '../domain/dates.js';
import type { Due } from '../domain/types.js';
import { citation, type ItemView } from '../domain/view.js';

export function sourceLabel(item: Pick<ItemView, 'source'>): string {
  const cite = citation(item.source);
  return `${formatUkDate(item.source.meeting)}${cite ? ` · ${cite}` : ''}`;
}

export function dueLabel(due: Due, effectiveDue: string | null): string {
  switch (due.kind) {
    case 'future':
      return 'future meeting';
    case 'date':
      return `by ${formatUkDate(due.date)}`;
    case 'meeting':
      return effectiveDue && effectiveDue !== due.meeting
        ? `${formatUkDate(effectiveDue)} (was ${formatUkDate(due.meeting)})`
        : effectiveDue
          ? formatUkDate(due.meeting)
          : `${formatUkDate(due.meeting)} (cancelled, no later meeting yet)`;
  }
}

export function statusLabel(item: ItemView): string {
  if (item.overdue) return `overdue ${item.daysOverdue}d`;
  return item.signedOff ? `${item.status}, signed off` : item.status;
}

export function dueText(due: Due): string {
  return due.kind === 'future' ? 'future' : due.kind === 'date' ? due.date : due.meeting;
}

