// `list --format html`: the item list as a small self-contained HTML page.
import { formatUkDate } from '../domain/dates.js';
import type { ItemView } from '../domain/view.js';
import { htmlPage, htmlTable, type HtmlColumn } from './html.js';
import { dueLabel, ownersLabel, sourceLabel, statusLabel } from './labels.js';

const COLUMNS: HtmlColumn<ItemView>[] = [
  { header: 'ID', value: (i) => i.id },
  { header: 'Committee', value: (i) => i.committee },
  { header: 'Decided', value: sourceLabel },
  { header: 'Item', value: (i) => i.text, className: 'wide' },
  { header: 'Owner', value: ownersLabel },
  { header: 'Due', value: (i) => dueLabel(i.due, i.effectiveDue) },
  { header: 'Status', value: statusLabel },
];

export function renderItemsHtml(items: ItemView[], today?: string): string {
  const body = ['<h1>Action log</h1>'];
  if (today) body.push(`<p class="details">As of ${formatUkDate(today)}</p>`);
  if (items.length) htmlTable(COLUMNS, items, body);
  else body.push('<p class="empty">No items.</p>');
  return htmlPage('Action log', body);
}
