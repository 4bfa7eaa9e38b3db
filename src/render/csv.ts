// RFC 4180 CSV for spreadsheets, with formula-like cells neutralised.
import type { stringify as Stringify } from 'csv-stringify/sync';
import { csvSafe } from './sanitize.js';
import { lazyRequire } from '../lazy.js';

// Only CSV output needs csv-stringify: required when asked for, not loaded with every
// command (its CommonJS build can be required on the spot).
const csvStringify = lazyRequire<{ stringify: typeof Stringify }>('csv-stringify/sync');

export function renderCsv(header: string[], rows: (string | number | null)[][]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? csvSafe(cell) : (cell ?? ''))));
  return csvStringify().stringify([header, ...safe], { record_delimiter: '\r\n' });
}
