// One worksheet of rows as a clerk wants it in Excel: the header row frozen and filtered,
// dates as real dates, numbers as numbers, people's text as plain text (never a formula,
// nothing the file's XML cannot hold), columns as wide as their contents, and set up to
// print on A4 landscape with the header row on every page.
import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../domain/types.js';
import { excelText, officeText } from '../officeText.js';
import { HEADER_FILL } from '../ragFill.js';

export type CellValue = string | number | Date | null;

export interface SheetColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Long text: wraps, and gets a wider column. */
  wrap?: boolean;
  /** A fill colour (RRGGBB) for the cell, e.g. its RAG shade. */
  fill?: (row: Row) => string | null;
  bold?: boolean;
}

export interface SheetPrint {
  /** Left of the printed header: the council, when known. */
  council?: string | null;
  /** Centre of the printed header: what the sheet is. */
  title: string;
}

export const isoToDate = (iso: IsoDate | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00.000Z`));

export const DATE_FORMAT = 'd mmm yyyy';
const MAX_WIDTH = { text: 40, wrap: 60 };

export function addSheet<Row>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn<Row>[],
  rows: readonly Row[],
  print: SheetPrint,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
    headerFooter: {
      oddHeader: `&L${headerText(print.council ?? '')}&C${headerText(print.title)}`,
      oddFooter: '&CPage &P of &N',
    },
  });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = solid(HEADER_FILL);
    cell.border = { bottom: { style: 'thin' } };
  });
  const widths = columns.map((c) => c.header.length);
  for (const row of rows) {
    const values = columns.map((c) => cellValue(c.value(row)));
    const added = sheet.addRow(values);
    columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      const value = values[i];
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
      if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      else cell.alignment = { vertical: 'top' };
      const fill = column.fill?.(row);
      if (fill) cell.fill = solid(fill);
      if (column.bold) cell.font = { bold: true };
      widths[i] = Math.max(widths[i], displayLength(value));
    });
  }
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.min(Math.max(widths[i], 6) + 2, column.wrap ? MAX_WIDTH.wrap : MAX_WIDTH.text);
  });
  if (columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** Strings are always written as text: exceljs makes a formula only of a { formula } object. */
function cellValue(value: CellValue): CellValue {
  return typeof value === 'string' ? excelText(value) : value;
}

function displayLength(value: CellValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return 11;
  if (typeof value === 'number') return String(value).length;
  // The longest line, as a wrapped cell shows it.
  return value.split('\n').reduce((longest, line) => Math.max(longest, line.length), 0);
}

export const solid = (rgb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${rgb}` },
});

/** Excel reads & in a printed header as a code: doubled, it is a plain ampersand. */
const headerText = (text: string): string => officeText(text).replace(/\n/g, ' ').replace(/&/g, '&&').slice(0, 80);

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not used already. */
export function sheetName(wanted: string, used: Set<string>): string {
  const base =
    officeText(wanted)
      .replace(/[[\]:*?/\\\n]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}
