// A returned sheet as an Excel workbook: every worksheet that has an ID column is read
// (an export has one per committee or section). Cells come back as text: dates as ISO
// days, a formula as the value it shows, rich text and links as their words.
import ExcelJS from 'exceljs';
import { HEADER_SEARCH_ROWS, headerMap, replyRow, type HeaderMap } from './headers.js';
import type { ReplySheet } from './types.js';

export async function readReplyXlsx(bytes: Buffer): Promise<ReplySheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = book.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined);
  const several = sheets.length > 1;
  const out: ReplySheet = { rows: [], columns: [] };
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    out.columns = [...new Set([...out.columns, ...Object.keys(header.map)])];
    const width = Math.max(...Object.values(header.map)) + 1;
    for (let r = header.row + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells = Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value));
      out.rows.push(replyRow(cells, header.map, several ? `sheet ${sheet.name}, row ${r}` : `row ${r}`));
    }
  }
  return out;
}

function findHeader(sheet: ExcelJS.Worksheet): { row: number; map: HeaderMap } | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const row = sheet.getRow(r);
    const cells = Array.from({ length: row.cellCount }, (_, c) => cellText(row.getCell(c + 1).value) ?? '');
    const map = headerMap(cells);
    if (map) return { row: r, map };
  }
  return null;
}

/** A cell as the text a person sees in it; null when empty. */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return null;
  return null;
}
