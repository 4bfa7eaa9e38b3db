// Drawing a table whose text is plain single-width characters, a hundred times faster than
// cli-table3 (which measures every cell with string-width and merges options per cell),
// with the same look: the same word wrapping, '…' truncation, padding and box characters.
// Text with wide or combining characters still goes through cli-table3 (see table.ts).

// Printable ASCII, Latin-1 but the soft hyphen, Latin Extended-A/B, and the dashes, quotes,
// bullet and ellipsis of typed minutes: one terminal column each.
const SINGLE_WIDTH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;

export const isSingleWidth = (text: string): boolean => SINGLE_WIDTH.test(text);

export interface Layout {
  /** Column widths, padding included. */
  widths: number[];
  borders: boolean;
}

/** Colour for one line of a cell (headers bold, overdue red); identity when colour is off. */
export type Paint = (line: string) => string;

const BOX = { top: ['┌', '┬', '┐'], mid: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'] } as const;

/**
 * The table as text; rows[0] is the header row. `paints` is null when colour is off.
 * Without borders, each line is trimmed at the end (cli-table3's lines are padded).
 * Written as plain loops that build each line from pieces joined once: a report draws a
 * table per owner, thousands of cells in all, once per command, before the engine has
 * optimised anything; there, concatenating cell by cell leaves a string object per piece
 * for the garbage collector, which then has to move the freshly read store as well.
 */
export function drawTable(rows: string[][], paints: Paint[][] | null, layout: Layout): string {
  const out: string[] = [];
  drawTableLines(rows, paints, layout, out);
  return out.join('\n');
}

/**
 * The same, each line added to `out`: a report of many tables (one per owner) joins all its
 * lines once, where joining each table first copied every table's text a second time.
 */
export function drawTableLines(rows: string[][], paints: Paint[][] | null, layout: Layout, out: string[]): void {
  const { widths, borders } = layout;
  const padding = borders ? ' ' : '';
  const separator = borders ? '│' : '  ';
  const inner = widths.map((w) => w - 2 * padding.length);
  const rule = (ends: readonly string[]) => ends[0] + widths.map((w) => '─'.repeat(w)).join(ends[1]) + ends[2];
  const between = borders ? rule(BOX.mid) : '';
  if (borders) out.push(rule(BOX.top));
  // Each cell's lines: the text itself where it fits on one line (most cells: no array for
  // them), else as wrap() breaks it.
  const cellLines: (string | string[])[] = [];
  // One slot per piece of a line (border, and per cell: padding, text, spaces, padding,
  // separator), filled in place: resizing the array line by line would reallocate it.
  const columns = widths.length;
  const pieces: string[] = new Array<string>(2 + 5 * columns).fill('');
  for (let r = 0; r < rows.length; r++) {
    if (borders && r > 0) out.push(between);
    const row = rows[r];
    let height = 1;
    for (let c = 0; c < columns; c++) {
      const text = row[c] ?? '';
      if (fitsOneLine(text, inner[c])) cellLines[c] = text.trim() === '' ? '' : text;
      else {
        const lines = wrap(text, inner[c]);
        cellLines[c] = lines;
        if (lines.length > height) height = lines.length;
      }
    }
    for (let i = 0; i < height; i++) {
      pieces[0] = borders ? '│' : '';
      for (let c = 0; c < columns; c++) {
        const cell = cellLines[c];
        const line = typeof cell === 'string' ? (i === 0 ? cell : '') : (cell[i] ?? '');
        const at = 1 + 5 * c;
        pieces[at] = padding;
        pieces[at + 1] = line && paints ? paints[r][c](line) : line;
        pieces[at + 2] = spaces(inner[c] - line.length);
        pieces[at + 3] = padding;
        pieces[at + 4] = c < columns - 1 ? separator : '';
      }
      pieces[pieces.length - 1] = borders ? '│' : '';
      // Without borders, lines end where their text does: nothing trails for grep or diff.
      if (!borders) trimEndOfPieces(pieces);
      out.push(pieces.join(''));
    }
  }
  if (borders) out.push(rule(BOX.bottom));
}

/** Makes pieces.join('') what trimEnd() would leave of it, without resizing the array. */
function trimEndOfPieces(pieces: string[]): void {
  for (let k = pieces.length - 1; k >= 0; k--) {
    const trimmed = pieces[k].trimEnd();
    pieces[k] = trimmed;
    if (trimmed !== '') return;
  }
}

const SPACES: string[] = [];
const spaces = (n: number): string => (n <= 0 ? '' : (SPACES[n] ??= ' '.repeat(n)));

/** Text that wrap() leaves on one line as it is (blank text has no lines). */
const fitsOneLine = (text: string, width: number): boolean => text.length <= width && !text.includes('\n');

/** cli-table3's word wrap (on word boundaries, whitespace kept), then '…' for lines still too long. */
export function wrap(text: string, width: number): string[] {
  // Most cells (ids, dates, short owners) fit as they are; blank ones have no lines, as below.
  if (fitsOneLine(text, width)) return text.trim() === '' ? [] : [text];
  const lines: string[] = [];
  for (let from = 0; ;) {
    const end = text.indexOf('\n', from);
    wrapParagraph(text, from, end === -1 ? text.length : end, width, lines);
    if (end === -1) break;
    from = end + 1;
  }
  for (let i = 0; i < lines.length; i++)
    if (lines[i].length > width) lines[i] = `${lines[i].slice(0, Math.max(width - 1, 0))}…`;
  return lines;
}

/**
 * One paragraph, text[from, to), wrapped as cli-table3 does it (split on /(\s+)/, words
 * added while they fit, each with the whitespace before it): a line is always one stretch
 * of the text, so it is found by position and sliced once, with no array of words.
 */
function wrapParagraph(text: string, from: number, to: number, width: number, lines: string[]): void {
  let lineStart = from;
  let lineEnd = from;
  let length = 0; // as cli-table3 counts it: the first word's leading whitespace is not counted
  let spaceStart = -1; // where the whitespace before this word starts; -1 for the first word
  for (let i = from; ;) {
    const wordStart = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    const wordLength = i - wordStart;
    let next = length + wordLength;
    if (length > 0 && spaceStart !== -1) next += wordStart - spaceStart;
    if (next > width) {
      if (length !== 0) lines.push(text.slice(lineStart, lineEnd));
      lineStart = wordStart;
      length = wordLength;
    } else {
      length = next;
    }
    lineEnd = i;
    if (i >= to) break;
    spaceStart = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
  }
  if (length) lines.push(text.slice(lineStart, lineEnd));
}

/** The characters /\s/ matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
