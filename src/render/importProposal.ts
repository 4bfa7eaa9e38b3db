// What an import proposes, for the officer to read before anything is saved.
import { boldWith } from './colour.js';
import { formatUkDate } from '../domain/dates.js';
import type { PlannedItem, PlannedNoted, StatedDue } from '../domain/importPlan.js';
import type { AcceptedItem } from '../domain/importReview.js';
import { citation } from '../domain/view.js';
import { dueText } from './labels.js';
import { terminalSafe } from './sanitize.js';
import { renderTable, type TableOptions } from './table.js';

export interface ProposalView {
  file: string;
  meeting: string | null;
  nextMeetings: string[];
  items: readonly PlannedItem[];
  noted: readonly PlannedNoted[];
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

const SOURCE_WORDS = {
  resolution: 'a resolution',
  discussion: 'the discussion',
  'action-table': 'an action table',
} as const;

/** Below this an item is marked for the clerk to check (the parser's own threshold). */
export const LOW_CONFIDENCE = 0.7;

/** What the officer should look at twice: a low-confidence reading and where it came from, an update of an earlier item, one already logged. */
export function checks(item: PlannedItem): string[] {
  const low = item.confidence < LOW_CONFIDENCE;
  const read = low
    ? `low confidence (${Math.round(item.confidence * 100)}%), from ${SOURCE_WORDS[item.source]}`
    : item.source !== 'resolution'
      ? `from ${SOURCE_WORDS[item.source]}`
      : '';
  return [
    read,
    item.updates ? updateCheck(item) : '',
    item.duplicateOf ? `already in the log as ${item.duplicateOf}` : '',
  ].filter(Boolean);
}

function updateCheck(item: PlannedItem): string {
  const cited = `cites ${item.updates}`;
  if (item.updatesItem) return `${cited}: an update to ${item.updatesItem}, not a new item`;
  if (item.updateCandidates.length) return `${cited}: an update to one of ${item.updateCandidates.join(', ')}?`;
  return `${cited}, not in the log: a new item`;
}

/** A due as stated or placed, or as typed in the review. */
export function statedDueLabel(due: StatedDue | string): string {
  if (due === null) return 'the default';
  if (typeof due === 'string') return due;
  switch (due.kind) {
    case 'meeting':
      return formatUkDate(due.meeting);
    case 'date':
      return `by ${formatUkDate(due.date)}`;
    case 'within':
      return `within ${due.amount} ${due.unit}`;
    case 'next':
      return 'next meeting';
    case 'month':
      return `${due.month} meeting`;
    case 'future':
      return 'future meeting';
  }
}

/** One line for an item at any stage of the review. */
/** The owners as the review names them: "UHL; the CCGs", or "no owner". */
function ownersText(item: { owner: string | null; owners?: string[] }): string {
  return (item.owners?.length ? item.owners.join('; ') : item.owner) ?? 'no owner';
}

export function acceptedLabel(item: AcceptedItem): string {
  const cite = citation(item);
  const what = item.updatesItem
    ? `update to ${item.updatesItem}`
    : `${item.category}, ${ownersText(item)}, due ${statedDueLabel(item.due)}`;
  return terminalSafe(`${cite ? `${cite} ` : ''}${item.text} — ${what}`);
}

export function itemLabel(item: PlannedItem): string {
  const cite = citation(item);
  const flags = checks(item).join('; ');
  return terminalSafe(
    `${cite ? `${cite} ` : ''}${item.text} — ${item.category}, ${ownersText(item)}, due ${placedLabel(item)}${flags ? ` (${flags})` : ''}`,
  );
}

export function renderProposal(view: ProposalView, options: TableOptions): string {
  const bold = boldWith(options.colour);
  // Every candidate is shown: a review that cut the list short would hide decisions.
  const all = { ...options, limit: null };
  const lines = [
    bold(`Minutes: ${terminalSafe(view.file)}`),
    `Meeting: ${view.meeting ? formatUkDate(view.meeting) : 'not found (give --meeting)'}`,
    `Next meetings found: ${view.nextMeetings.length ? view.nextMeetings.map(formatUkDate).join(', ') : 'none'}`,
    '',
  ];
  if (view.items.length === 0) lines.push('No actions or work-programme items found.');
  else {
    lines.push(bold(`${view.items.length} item(s) to track`));
    lines.push(
      renderTable(
        [
          { header: '#', value: (item) => String(item.number) },
          { header: 'Minute', value: (item) => citation(item) },
          { header: 'Item', value: (item) => item.text, flex: true },
          { header: 'Category', value: (item) => (item.updatesItem ? 'update' : item.category) },
          { header: 'Owner', value: (item) => (item.owners ?? []).join('; ') || item.owner || '—' },
          { header: 'Due', value: (item) => (item.updatesItem ? '—' : placedLabel(item)) },
          { header: 'Check', value: (item) => checks(item).join('; ') },
        ],
        view.items,
        all,
      ),
    );
  }
  if (view.noted.length) {
    lines.push(
      '',
      bold(`${view.noted.length} resolution(s) only noted (nothing to track unless you make one an item)`),
    );
    lines.push(
      renderTable(
        [
          { header: '#', value: (n) => String(n.number) },
          { header: 'Minute', value: (n) => citation(n) || '—' },
          { header: 'Resolution', value: (n) => n.text, flex: true },
          {
            header: 'Check',
            value: (n) =>
              n.trackedAs
                ? `tracked as ${n.trackedAs}`
                : [n.reason, n.source !== 'resolution' ? `from ${SOURCE_WORDS[n.source]}` : '']
                    .filter(Boolean)
                    .join(', '),
          },
        ],
        view.noted,
        all,
      ),
    );
  }
  return lines.join('\n');
}
