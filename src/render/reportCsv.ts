// Report items as one CSV row each (RFC 4180, formula-like cells neutralised by renderCsv):
// the list's columns, plus which part of the report the row is in and what reports add.
import type { ReportItem } from '../domain/reportItem.js';
import { renderCsv } from './csv.js';
import { CSV_HEADER, csvRow } from './items.js';
import { ragLabel } from './reportDoc.js';

export interface CsvRow {
  /** Where in the report: a carry-forward section, a committee or owner group. */
  section: string;
  item: ReportItem;
}

const EXTRA = [
  'times_carried',
  'rag',
  'stale',
  'slippage_days',
  'last_note',
  'latest_update_on',
  'latest_update_by',
  'latest_update',
];

export function renderReportCsv(rows: CsvRow[]): string {
  return renderCsv(
    ['section', ...CSV_HEADER, ...EXTRA],
    rows.map(({ section, item }) => [
      section,
      ...csvRow(item),
      item.timesCarried,
      ragLabel(item.rag),
      item.stale ? 'yes' : 'no',
      item.slippageDays,
      item.lastNote,
      item.latestUpdate?.at.slice(0, 10) ?? null,
      item.latestUpdate?.by ?? null,
      item.latestUpdate?.note ?? null,
    ]),
  );
}
