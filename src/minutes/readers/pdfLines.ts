// Lines back from pdf.js's positioned pieces of text: same baseline → same line, a gap → a
// space, a wide gap → three (columns), a gap between baselines of more than a line and a half
// → a paragraph break.

export interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pieces on one baseline, left to right. */
export function rowsOf(pieces: readonly Piece[]): Piece[][] {
  const rows: Piece[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0].y - piece.y) <= Math.max(2, piece.height * 0.4));
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** A row's text: pieces joined, a space where there is a gap, three where the gap is wide (columns). */
export function rowText(row: readonly Piece[]): string {
  let text = '';
  let end: number | null = null;
  for (const piece of row) {
    const gap = end === null ? 0 : piece.x - end;
    if (end !== null && gap > piece.height * 0.15 && !text.endsWith(' ') && !piece.str.startsWith(' '))
      text += gap > piece.height * 3 ? '   ' : ' ';
    text += piece.str;
    end = piece.x + piece.width;
  }
  return text.trimEnd();
}

export function linesOf(pieces: readonly Piece[]): string[] {
  const lines: string[] = [];
  let previousY: number | null = null;
  let lineHeight = 12;
  for (const row of rowsOf(pieces)) {
    const y = row[0].y;
    lineHeight = row[0].height || lineHeight;
    // A gap of more than a line and a half between baselines is a paragraph break.
    if (previousY !== null && previousY - y > lineHeight * 1.8) lines.push('');
    lines.push(rowText(row));
    previousY = y;
  }
  return lines;
}
