// Terminal tables that fit the width and wrap long text. On a terminal they have borders;
// piped, they degrade to plain aligned columns with no width limit, one row to a line, so
// that `actionlog list | grep ICB` finds whole rows.
import type TableClass from 'cli-table3';
import type { Palette } from './colour.js';
import { terminalSafe } from './sanitize.js';
import { lazyRequire } from '../lazy.js';
import { drawTableLines, isSingleWidth, type Paint } from './tableLayout.js';

// cli-table3 (with string-width, emoji-regex and colors) draws only text with wide or
// combining characters; most tables never need it, so it is required when one does, not
// loaded with every command.
const cliTable3 = lazyRequire<typeof TableClass>('cli-table3');

export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Long free text that should take the spare width and wrap. */
  flex?: boolean;
  /** Colour for a cell, applied only when colour is on. */
  paint?: (text: string, row: Row, palette: Palette) => string;
}

export interface TableOptions {
  /** The terminal's width; null for no limit (not a terminal): every row on one line, nothing wrapped or cut. */
  width: number | null;
  /** The colours, or null when colour is off. */
  colour: Palette | null;
  /** Borders on a terminal; plain aligned columns otherwise. */
  borders: boolean;
  /** Most rows to show; the rest are counted in a line under the table. Null or absent for all. */
  limit?: number | null;
}

const PLAIN_CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

export function renderTable<Row>(columns: Column<Row>[], all: readonly Row[], options: TableOptions): string {
  const out: string[] = [];
  renderTableLines(columns, all, options, out);
  return out.join('\n');
}

/** The same, its lines added to `out` (a report joins all its tables' lines once: drawTableLines). */
export function renderTableLines<Row>(
  columns: Column<Row>[],
  all: readonly Row[],
  options: TableOptions,
  out: string[],
): void {
  const hidden = options.limit != null && all.length > options.limit ? all.length - options.limit : 0;
  const rows = hidden ? all.slice(0, options.limit!) : all;
  drawRows(columns, rows, options, out);
  if (hidden)
    out.push(
      `… and ${hidden} more ${hidden === 1 ? 'row' : 'rows'} (${all.length} in all): add --no-limit to see every row, or use --format csv or --json`,
    );
}

function drawRows<Row>(columns: Column<Row>[], rows: readonly Row[], options: TableOptions, out: string[]): void {
  // terminalSafe also turns line breaks into spaces: a cell is one line until it is wrapped.
  // Indexed loops: a report's tables hold tens of thousands of cells, drawn once per command
  // by code not yet optimised, where map and every made a closure call per cell.
  const cells: string[][] = new Array<string[]>(rows.length);
  let singleWidth = columns.every((c) => isSingleWidth(c.header));
  for (let r = 0; r < rows.length; r++) {
    const row = new Array<string>(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const value = columns[c].value(rows[r]);
      // Single-width text holds no control character: terminalSafe would leave it as it is.
      // One test for most cells rather than two (a million-item report has 145,000 of them).
      if (isSingleWidth(value)) row[c] = value;
      else {
        row[c] = terminalSafe(value);
        if (singleWidth && !isSingleWidth(row[c])) singleWidth = false;
      }
    }
    cells[r] = row;
  }
  const padding = options.borders ? 2 : 0;
  const widths =
    options.width === null
      ? naturalWidths(columns, cells, padding)
      : fitWidths(
          columns,
          cells,
          options.width - (options.borders ? columns.length + 1 : 2 * (columns.length - 1)),
          padding,
        );
  if (singleWidth) {
    // The common case, drawn directly: thousands of rows take milliseconds, not seconds.
    drawTableLines(
      [columns.map((c) => c.header)].concat(cells),
      paintsFor(columns, rows, options),
      { widths, borders: options.borders },
      out,
    );
    return;
  }
  const { colour } = options;
  const headers = columns.map((c) => (colour ? colour.bold(c.header) : c.header));
  const Table = cliTable3();
  const table = new Table({
    head: headers,
    // With no limit, cli-table3 sizes each column to its widest cell as the terminal shows
    // it (wide characters take two columns), so nothing wraps.
    ...(options.width === null ? {} : { colWidths: widths }),
    wordWrap: options.width !== null,
    wrapOnWordBoundary: true,
    style: {
      head: [],
      border: [],
      'padding-left': padding / 2,
      'padding-right': padding / 2,
      compact: !options.borders,
    },
    ...(options.borders ? {} : { chars: PLAIN_CHARS }),
  });
  rows.forEach((row, r) => {
    table.push(
      columns.map((column, c) => (colour && column.paint ? column.paint(cells[r][c], row, colour) : cells[r][c])),
    );
  });
  const text = table.toString();
  out.push(
    options.borders
      ? text
      : text
          .split('\n')
          .map((line) => line.trimEnd())
          .join('\n'),
  );
}

function paintsFor<Row>(columns: Column<Row>[], rows: readonly Row[], options: TableOptions): Paint[][] | null {
  const { colour } = options;
  if (!colour) return null;
  const plain: Paint = (line) => line;
  return [
    columns.map(() => colour.bold),
    ...rows.map((row) =>
      columns.map((column): Paint => (column.paint ? (line) => column.paint!(line, row, colour) : plain)),
    ),
  ];
}

/** Each column as wide as its widest cell (or header): nothing wraps. */
function naturalWidths<Row>(columns: Column<Row>[], cells: string[][], padding: number): number[] {
  return columns.map((column, c) => {
    let width = column.header.length;
    for (let r = 0; r < cells.length; r++) if (cells[r][c].length > width) width = cells[r][c].length;
    return width + padding;
  });
}

/**
 * Natural widths; when they do not fit, the widest wrappable columns give way first, a
 * character at a time, so long text and long owners share the room instead of one column
 * being crushed. Short columns (ids, dates) never wrap.
 */
export function fitWidths<Row>(
  columns: Column<Row>[],
  cells: string[][],
  available: number,
  padding: number,
): number[] {
  // Plain loops: this runs once per table, never optimised, where a for…of or a
  // destructuring swap allocates on every step.
  const widths = columns.map((column, c) => {
    let width = column.header.length;
    for (let r = 0; r < cells.length; r++) if (cells[r][c].length > width) width = cells[r][c].length;
    return Math.min(width, column.flex ? 400 : 60) + padding;
  });
  const floor = MIN_WRAP_WIDTH + padding;
  const wrappable = columns.map((column, c) => column.flex === true || widths[c] > SHORT_COLUMN + padding);
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  // Free text keeps twice the share of a wrappable label column such as the owner.
  const weight = (c: number) => (columns[c].flex ? 2 : 1);
  const share = (c: number) => widths[c] / weight(c);
  const canGive = (c: number) => wrappable[c] && widths[c] > floor;
  while (excess > 0) {
    // The widest column that can give way (the first, on a tie), and the one after it.
    let widest = -1;
    let next = -1;
    for (let c = 0; c < widths.length; c++) {
      if (!canGive(c)) continue;
      if (widest === -1 || share(c) > share(widest)) {
        next = widest;
        widest = c;
      } else if (next === -1 || share(c) > share(next)) next = c;
    }
    if (widest === -1) break;
    // It gives way a character at a time until it is no longer the widest (the others do
    // not change meanwhile), the floor, or the excess stops it: worked out in one step, as
    // a report draws a table per owner, each giving way hundreds of characters.
    let lowest = -Infinity; // the narrowest it can be and still be the widest
    if (next !== -1) {
      const target = widths[next] * weight(widest); // compared with width × weight(next)
      lowest = widest < next ? Math.ceil(target / weight(next)) : Math.floor(target / weight(next)) + 1;
    }
    const width = widths[widest];
    const narrowed = Math.min(width - 1, Math.max(floor, lowest - 1, width - excess));
    excess -= width - narrowed;
    widths[widest] = narrowed;
  }
  return widths;
}

const MIN_WRAP_WIDTH = 14;
/** Columns up to this wide (ids, dates, citations) are never wrapped. */
const SHORT_COLUMN = 24;
