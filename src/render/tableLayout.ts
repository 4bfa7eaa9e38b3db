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
 * Written as plain loops: a report draws a table per owner, thousands of cells in all,
 * and runs once per command, before the engine has optimised anything.
 */
export function drawTable(rows: string[][], paints: Paint[][] | null, layout: Layout): string {
  const padding = layout.borders ? ' ' : '';
  const separator = layout.borders ? '│' : '  ';
  const inner = layout.widths.map((w) => w - 2 * padding.length);
  const out: string[] = [];
  const rule = (ends: readonly string[]) => ends[0] + layout.widths.map((w) => '─'.repeat(w)).join(ends[1]) + ends[2];
  if (layout.borders) out.push(rule(BOX.top));
  for (let r = 0; r < rows.length; r++) {
    if (layout.borders && r > 0) out.push(rule(BOX.mid));
    const row = rows[r];
    const lines: string[][] = [];
    let height = 1;
    for (let c = 0; c < row.length; c++) {
      lines.push(wrap(row[c], inner[c]));
      if (lines[c].length > height) height = lines[c].length;
    }
    for (let i = 0; i < height; i++) {
      let text = layout.borders ? '│' : '';
      for (let c = 0; c < row.length; c++) {
        const line = lines[c][i] ?? '';
        const painted = line && paints ? paints[r][c](line) : line;
        text += padding + painted + spaces(inner[c] - line.length) + padding + (c < row.length - 1 ? separator : '');
      }
      // Without borders, lines end where their text does: nothing trails for grep or diff.
      out.push(layout.borders ? `${text}│` : text.trimEnd());
    }
  }
  if (layout.borders) out.push(rule(BOX.bottom));
  return out.join('\n');
}

const SPACES: string[] = [];
const spaces = (n: number): string => (n <= 0 ? '' : (SPACES[n] ??= ' '.repeat(n)));

/** cli-table3's word wrap (on word boundaries, whitespace kept), then '…' for lines still too long. */
export function wrap(text: string, width: number): string[] {
  // Most cells (ids, dates, short owners) fit as they are; blank ones have no lines, as below.
  if (text.length <= width && !text.includes('\n')) return text.trim() === '' ? [] : [text];
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const split = paragraph.split(/(\s+)/g);
    let line: string[] = [];
    let length = 0;
    let whitespace: string | undefined;
    for (let i = 0; i < split.length; i += 2) {
      const word = split[i];
      let next = length + word.length;
      if (length > 0 && whitespace) next += whitespace.length;
      if (next > width) {
        if (length !== 0) lines.push(line.join(''));
        line = [word];
        length = word.length;
      } else {
        line.push(whitespace || '', word);
        length = next;
      }
      whitespace = split[i + 1];
    }
    if (length) lines.push(line.join(''));
  }
  return lines.map((line) => (line.length > width ? `${line.slice(0, Math.max(width - 1, 0))}…` : line));
}
