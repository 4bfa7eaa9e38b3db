// What an import proposes, for the officer to read before anything is saved.
import { boldWith } from './colour.js';
import { formatUkDate } from '../domain/dates.js';
import type { PlannedItem } from '../domain/importPlan.js';
import { citation } from '../domain/view.js';
import { dueText } from './labels.js';
import { terminalSafe } from './sanitize.js';
import { renderTable, type TableOptions } from './table.js';

export interface ProposalView {
  file: string;
  meeting: string | null;
  nextMeetings: string[];
  items: PlannedItem[];
  noted: { minute: string | null; ref: string | null; text: string }[];
}

/** The due as placed, saying so where the calendar could not place it yet. */
export function placedLabel(item: PlannedItem): string {
  const due = item.placed;
  switch (due.kind) {
    case 'meeting':
      return formatUkDate(due.meeting);
    case 'date':
      return `by ${formatUkDate(due.date)}`;
    case 'within':
      return `by ${formatUkDate(dueText(item.recordedDue))} (within ${due.amount} ${due.unit})`;
    case 'next':
      return 'next meeting (not in the calendar yet)';
    case 'month':
      return `${due.month} meeting (not in the calendar yet)`;
    case 'future':
      return 'future meeting';
  }
}

/** What the officer should look at twice: items read from the discussion, and ones already logged. */
function checks(item: PlannedItem): string[] {
  const doubtful = item.narrative || item.confidence < 0.7;
  return [doubtful ? 'from the discussion, check it' : '', item.duplicateOf ? `already in the log as ${item.duplicateOf}` : ''].filter(Boolean);
}

export function itemLabel(item: PlannedItem): string {
  const cite = citation(item);
  const flags = checks(item).join('; ');
  return terminalSafe(`${cite ? `${cite} ` : ''}${item.text} — ${item.category}, ${item.owner ?? 'no owner'}, due ${placedLabel(item)}${flags ? ` (${flags})` : ''}`);
}

export function renderProposal(view: ProposalView, options: TableOptions): string {
  const bold = boldWith(options.colour);
  const lines = [
    bold(`Minutes: ${terminalSafe(view.file)}`),
    `Meeting: ${view.meeting ? formatUkDate(view.meeting) : 'not found (give --meeting)'}`,
    `Next meetings found: ${view.nextMeetings.length ? view.nextMeetings.map(formatUkDate).join(', ') : 'none'}`,
    '',
  ];
  if (view.items.length === 0) lines.push('No actions or work-programme items found.');
  else {
    lines.push(bold(`${view.items.length} item(s) to track`));
    const rows = view.items.map((item, index) => ({ n: index + 1, item }));
    lines.push(
      renderTable(
        [
          { header: '#', value: (r) => String(r.n) },
          { header: 'Minute', value: (r) => citation(r.item) },
          { header: 'Item', value: (r) => r.item.text, flex: true },
          { header: 'Category', value: (r) => r.item.category },
          { header: 'Owner', value: (r) => r.item.owner ?? '—' },
          { header: 'Due', value: (r) => placedLabel(r.item) },
          { header: 'Check', value: (r) => checks(r.item).join('; ') },
        ],
        rows,
        options,
      ),
    );
  }
  if (view.noted.length) {
    lines.push('', bold(`${view.noted.length} resolution(s) only noted (nothing to track)`));
    const width = Math.max(...view.noted.map((n) => (citation(n) || '—').length));
    for (const n of view.noted) lines.push(`  ${terminalSafe(citation(n) || '—').padEnd(width)}  ${terminalSafe(n.text).slice(0, 100)}`);
  }
  return lines.join('\n');
}
