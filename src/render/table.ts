// Terminal tables that fit the width and wrap long text. On a terminal they have borders;
// piped, they degrade to plain aligned columns that grep and less handle well.
import Table from 'cli-table3';
import { terminalSafe } from './sanitize.js';

export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Long free text that should take the spare width and wrap. */
  flex?: boolean;
  /** Colour for a cell, applied only when colour is on. */
  paint?: (text: string, row: Row) => string;
}

export interface TableOptions {
  width: number;
  color: boolean;
  /** Borders on a terminal; plain aligned columns otherwise. */
  borders: boolean;
  bold?: (text: string) => string;
}

const PLAIN_CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

export function renderTable<Row>(columns: Column<Row>[], rows: readonly Row[], options: TableOptions): string {
  const cells = rows.map((row) => columns.map((column) => terminalSafe(column.value(row))));
  const padding = options.borders ? 2 : 0;
  const widths = fitWidths(columns, cells, options.width - (options.borders ? columns.length + 1 : 2 * (columns.length - 1)), padding);
  const headers = columns.map((c) => (options.color && options.bold ? options.bold(c.header) : c.header));
  const table = new Table({
    head: headers,
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': padding / 2, 'padding-right': padding / 2, compact: !options.borders },
    ...(options.borders ? {} : { chars: PLAIN_CHARS }),
  });
  rows.forEach((row, r) => {
    table.push(columns.map((column, c) => (options.color && column.paint ? column.paint(cells[r][c], row) : cells[r][c])));
  });
  const text = table.toString();
  return options.borders ? text : text.split('\n').map((line) => line.trimEnd()).join('\n');
}

/** Natural widths, with flex columns shrunk (never below a readable minimum) to fit. */
function fitWidths<Row>(columns: Column<Row>[], cells: string[][], available: number, padding: number): number[] {
  const natural = columns.map((column, c) => {
    let width = column.header.length;
    for (const row of cells) width = Math.max(width, longestLine(row[c]));
    return Math.min(width, column.flex ? 400 : 40) + padding;
  });
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return natural;
  const fixed = natural.filter((_, c) => !columns[c].flex).reduce((a, b) => a + b, 0);
  const flexTotal = total - fixed;
  const room = Math.max(available - fixed, 0);
  return natural.map((width, c) =>
    columns[c].flex ? Math.max(12 + padding, Math.floor((width / flexTotal) * room)) : width,
  );
}

function longestLine(text: string): number {
  return text.length;
}
