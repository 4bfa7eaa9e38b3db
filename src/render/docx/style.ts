// How the Word papers look: A4, Arial as most councils' templates use, tables that fit
// the page, and the RAG shades of ragFill.ts.

export const FONT = 'Arial';
/** Half-points, as Word counts them. */
export const SIZE = { body: 20, table: 18, small: 16, title: 32, subtitle: 24, heading1: 26, heading2: 22 } as const;

/** Twentieths of a point (DXA): A4 is 11906 × 16838. */
export const A4 = { short: 11906, long: 16838 } as const;
export const MARGIN = 850; // 15 mm

/** Usable width of the page in DXA. */
export const usableWidth = (landscape: boolean): number => (landscape ? A4.long : A4.short) - 2 * MARGIN;

export { HEADER_FILL, RAG_FILL } from '../ragFill.js';

/**
 * How much of a table's width each column takes, by its header; the rest of the width is
 * shared out in these proportions. Free text gets the room, dates and ids just enough.
 */
const WEIGHTS: Record<string, number> = {
  ID: 5,
  Committee: 12,
  Decided: 11,
  Minute: 7,
  Item: 26,
  Owner: 12,
  Due: 15,
  'Days over': 6,
  Carried: 7,
  Status: 8,
  'Latest update': 20,
  Update: 20,
  RAG: 12,
  Type: 11,
  Note: 10,
};

export function columnWidths(headers: readonly string[], width: number): number[] {
  const weights = headers.map((h) => WEIGHTS[h] ?? 10);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * width));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}
