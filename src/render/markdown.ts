// Markdown tables, ready to paste into an agenda paper.
import { terminalSafe } from './sanitize.js';

/** A cell's text with Markdown's own syntax made literal, so pasted text cannot become links or HTML. */
export function markdownCell(text: string): string {
  return terminalSafe(text)
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]<>#])/g, '\\$1');
}

export function renderMarkdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(markdownCell)),
    line(header.map(() => '---')),
    ...rows.map((row) => line(row.map(markdownCell))),
  ].join('\n');
}

/** The same columns a terminal table uses, as a Markdown table. */
export function renderMarkdownColumns<Row>(
  columns: { header: string; value: (row: Row) => string }[],
  rows: readonly Row[],
): string {
  return renderMarkdownTable(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}
