// RFC 4180 CSV for spreadsheets, with formula-like cells neutralised.
import { stringify } from 'csv-stringify/sync';
import { csvSafe } from './sanitize.js';

export function renderCsv(header: string[], rows: (string | number | null)[][]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? csvSafe(cell) : (cell ?? ''))));
  return stringify([header, ...safe], { record_delimiter: '\r\n' });
}
