// A returned sheet saved as CSV: UTF-8 (with or without Excel's byte-order mark), or the
// Windows-1252 that Excel's plain "CSV" writes in the UK. A cell our own exports guarded
// against formulas ('=…) is read back as it was typed.
import { parse } from 'csv-parse/sync';
import { HEADER_SEARCH_ROWS, headerMap, replyRow } from './headers.js';
import type { ReplySheet } from './types.js';

export function readReplyCsv(bytes: Buffer): ReplySheet {
  const records = parse(decode(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  const start = records.slice(0, HEADER_SEARCH_ROWS).findIndex((cells) => headerMap(cells) !== null);
  if (start === -1) return { rows: [], columns: [] };
  const map = headerMap(records[start])!;
  const rows = records.slice(start + 1).map((cells, i) => replyRow(cells.map(unguard), map, `row ${start + i + 2}`));
  return { rows, columns: Object.keys(map) };
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node 20's TextDecoder reads 'windows-1252' as Latin-1, so 0x80–0x9F (£ is fine, but
    // – ’ “ ” € are there) are mapped here.
    return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] || c);
  }
}

// Windows-1252's characters for 0x80–0x9F; the five it leaves undefined stay as they are.
const WINDOWS_1252 = [...'€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ'].map((c) => (c === '\0' ? '' : c));

/** csvSafe (render/sanitize.ts) put a ' before =, +, -, @, tab or CR; the sheet meant the text after it. */
const unguard = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
