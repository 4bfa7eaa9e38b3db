// One item in full, with its history: what `show` prints.
import { boldWith } from './colour.js';
import { formatUkDate } from '../domain/dates.js';
import type { Due, HistoryEntry } from '../domain/types.js';
import { citation, type ItemDetailView } from '../domain/view.js';
import type { Reading } from '../domain/importIdentity.js';
import { dueLabel, dueText, ownersLabel, recordedDueLabel, sourceLabel, statusLabel } from './labels.js';
import { terminalSafe } from './sanitize.js';
import { renderTable, type Column, type TableOptions } from './table.js';

const isDue = (value: unknown): value is Due => typeof value === 'object' && value !== null && 'kind' in value;

/** A decision as the minutes had it, kept by an import the clerk changed (domain/importIdentity.ts). */
const isReading = (value: unknown): value is Reading =>
  typeof value === 'object' && value !== null && 'text' in value && 'minute' in value;

export function historyValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (isDue(value)) return recordedDueLabel(value);
  if (isReading(value)) return `${citation(value) ? `${citation(value)} ` : ''}${value.text}`;
  if (Array.isArray(value) && value.length > 0 && value.every(isReading)) return value.map(historyValue).join(' + ');
  if (Array.isArray(value)) return value.length ? value.join('; ') : '—';
  return String(value);
}

/** A value before or after a change, for a spreadsheet: as the item's own CSV columns show it (a due as its date or "future"), empty for none. */
export function historyCsvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDue(value)) return dueText(value);
  if (Array.isArray(value) && value.length > 0 && value.every(isReading)) return value.map(historyValue).join(' + ');
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

export const HISTORY_COLUMNS: Column<HistoryEntry>[] = [
  { header: 'When', value: (h) => h.at.slice(0, 16).replace('T', ' ') },
  { header: 'Who', value: (h) => h.by },
  { header: 'Change', value: (h) => h.change },
  { header: 'From', value: (h) => historyValue(h.from) },
  { header: 'To', value: (h) => historyValue(h.to) },
  { header: 'Note', value: (h) => h.note ?? '', flex: true },
];

export function renderHistory(history: HistoryEntry[], options: TableOptions): string {
  return renderTable(HISTORY_COLUMNS, history, options);
}

export function renderItemDetail(item: ItemDetailView, options: TableOptions): string {
  const bold = boldWith(options.colour);
  const fields: [string, string][] = [
    ['Committee', item.movedFrom ? `${item.committee} (moved from ${item.movedFrom})` : item.committee],
    ['Source', sourceLabel(item)],
    ['Type', `${item.type} (${item.category})`],
    [item.owners.length > 1 ? 'Owners' : 'Owner', ownersLabel(item)],
    ['Status', statusLabel(item)],
    ['Due', dueLabel(item.due, item.effectiveDue)],
  ];
  if (item.deferrals > 0)
    fields.push(['Slippage', `deferred ${item.deferrals} time(s); originally ${recordedDueLabel(item.originalDue)}`]);
  if (item.signedOff) fields.push(['Signed off', formatUkDate(item.signedOff)]);
  const width = Math.max(...fields.map(([label]) => label.length));
  return [
    bold(`${item.id}  ${terminalSafe(item.text)}`),
    '',
    ...fields.map(([label, value]) => `${label.padEnd(width)}  ${terminalSafe(value)}`),
    '',
    bold('History'),
    renderHistory(item.history, options),
  ].join('\n');
}
