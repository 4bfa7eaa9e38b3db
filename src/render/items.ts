// A list of items (list, and the item part of other commands) in each format.
import type { Palette } from './colour.js';
import type { ItemView } from '../domain/view.js';
import { renderCsv } from './csv.js';
import { renderItemsHtml } from './itemsHtml.js';
import { dueLabel, dueText, ownersLabel, sourceLabel, statusLabel } from './labels.js';
import { renderJson } from './json.js';
import { renderMarkdownTable } from './markdown.js';
import { renderTable, type Column } from './table.js';

export interface RenderOptions {
  format: 'table' | 'json' | 'csv' | 'md' | 'html';
  /** The colours, or null when colour is off. */
  colour: Palette | null;
  /** See TableOptions.width: null for no limit. */
  width: number | null;
  borders: boolean;
  /** Most rows a table shows (see TableOptions.limit). */
  limit?: number | null;
}

const COLUMNS: Column<ItemView>[] = [
  { header: 'ID', value: (i) => i.id },
  { header: 'Committee', value: (i) => i.committee },
  { header: 'Source', value: sourceLabel },
  { header: 'Item', value: (i) => i.text, flex: true },
  { header: 'Owner', value: ownersLabel },
  { header: 'Due', value: (i) => dueLabel(i.due, i.effectiveDue) },
  { header: 'Status', value: statusLabel, paint: (text, i, colour) => (i.overdue ? colour.red(text) : text) },
];

export const CSV_HEADER = [
  'id',
  'committee',
  'type',
  'category',
  'source_meeting',
  'minute',
  'ref',
  'text',
  'owner',
  'status',
  'due',
  'effective_due',
  'original_due',
  'deferrals',
  'overdue',
  'days_overdue',
  'signed_off',
  'owners',
  'waiting_for_meeting',
  'moved_from',
];

export function csvRow(i: ItemView): (string | number | null)[] {
  return [
    i.id,
    i.committee,
    i.type,
    i.category,
    i.source.meeting,
    i.source.minute,
    i.source.ref,
    i.text,
    i.owner,
    i.status,
    dueText(i.due),
    i.effectiveDue,
    dueText(i.originalDue),
    i.deferrals,
    i.overdue ? 'yes' : 'no',
    i.daysOverdue,
    i.signedOff,
    i.owners.join('; '),
    i.waitingForMeeting ? 'yes' : 'no',
    i.movedFrom,
  ];
}

export function renderItems(items: ItemView[], options: RenderOptions): string {
  switch (options.format) {
    case 'json':
      return renderJson(items);
    case 'csv':
      return renderCsv(CSV_HEADER, items.map(csvRow));
    case 'md':
      return renderMarkdownTable(
        ['ID', 'Committee', 'Source', 'Item', 'Owner', 'Due', 'Status'],
        items.map((i) => COLUMNS.map((c) => c.value(i))),
      );
    case 'html':
      return renderItemsHtml(items);
    default:
      if (items.length === 0) return 'No items.';
      return renderTable(COLUMNS, items, {
        width: options.width,
        colour: options.colour,
        borders: options.borders,
        limit: options.limit,
      });
  }
}
