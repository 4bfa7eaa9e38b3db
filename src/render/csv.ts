// RFC 4180 CSV for spreadsheets, with formula-like cells neutralised.
import { createRequire } from 'node:module';
import type { stringify as Stringify } from 'csv-stringify/sync';
import { csvSafe } from './sanitize.js';

// Only CSV output needs csv-stringify: required when asked for, not loaded with every
// command (its CommonJS build can be required on the spot; see render/table.ts).
const requireFromHere = createRequire(import.meta.url);
let stringify: typeof Stringify | undefined;

export function renderCsv(header: string[], rows: (string | number | null)[][]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? csvSafe(cell) : (cell ?? ''))));
  stringify ??= (requireFromHere('csv-stringify/sync') as { stringify: typeof Stringify }).stringify;
  return stringify([header, ...safe], { record_delimiter: '\r\n' });
}
