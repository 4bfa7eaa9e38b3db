// One self-contained HTML file: no scripts, fonts or images from anywhere, print styles
// for A4 with each committee on a new page, and RAG in words as well as shading so a
// black-and-white printout still reads.
import { escapeHtml } from './sanitize.js';

/** A table cell: text (escaped here) or markup this module built itself. */
export type Cell = string | { html: string };

const cell = (c: Cell): string => (typeof c === 'string' ? escapeHtml(c) : c.html);

export interface HtmlColumn<Row> {
  header: string;
  value: (row: Row) => Cell;
  /** A CSS class for the column's cells (e.g. "wide" for free text). */
  className?: string;
}

/**
 * The table's lines, added to `out`. A page is built as one list of lines joined once at
 * the end: joining each table, then each page, then the document, copied a report of
 * thousands of rows five times over.
 */
export function htmlTable<Row>(columns: HtmlColumn<Row>[], rows: readonly Row[], out: string[]): void {
  const classes = columns.map((c) => (c.className ? ` class="${c.className}"` : ''));
  out.push(
    '<table>',
    `<thead><tr>${columns.map((c, i) => `<th${classes[i]}>${escapeHtml(c.header)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
  );
  // Each row from pieces filled in place and joined once (see render/tableLayout.ts).
  const opens = classes.map((className) => `<td${className}>`);
  const pieces = new Array<string>(2 + 3 * columns.length).fill('</td>');
  pieces[0] = '<tr>';
  pieces[pieces.length - 1] = '</tr>';
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < columns.length; c++) {
      pieces[1 + 3 * c] = opens[c];
      pieces[2 + 3 * c] = cell(columns[c].value(rows[r]));
    }
    out.push(pieces.join(''));
  }
  if (rows.length === 0) out.push('');
  out.push('</tbody>', '</table>');
}

/** A RAG word in a shaded, bordered badge: the word carries the meaning, colour only helps. */
export function ragBadge(rag: string, words: string): { html: string } {
  return { html: `<span class="rag rag-${escapeHtml(rag)}">${escapeHtml(words)}</span>` };
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; color: #000; background: #fff; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #000; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
p.details { margin: 0 0 1mm; }
p.empty { font-style: italic; margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 0.75pt solid #000; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #e6e6e6; font-weight: bold; }
td.wide { width: 34%; }
td.due { min-width: 24mm; }
td.owner { min-width: 20mm; }
td.update { min-width: 30mm; }
th.rag-col, td.rag-col { width: 1%; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.rag { display: inline-block; border: 1pt solid #000; padding: 0 1.2mm; font-weight: bold; }
.counts .rag { white-space: nowrap; }
.rag-red { background: #f4b6b6; border-width: 2pt; }
.rag-amber { background: #fbe3a6; border-style: dashed; }
.rag-green { background: #c6e8c6; }
.rag-waiting { background: #dde3f0; border-style: double; border-width: 3pt; }
.rag-done { background: #fff; border-style: dotted; font-weight: normal; }
.counts .rag { margin-right: 3mm; }
section.page + section.page { break-before: page; page-break-before: always; }
footer { margin-top: 4mm; font-weight: bold; }
@media print { body { padding: 0; max-width: none; } h2, h3 { break-after: avoid; page-break-after: avoid; } }
`;

/** The whole file around the body's lines, joined once. */
export function htmlPage(title: string, body: readonly string[]): string {
  const head = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
  ];
  // concat, not spread: spreading thousands of lines allocates per line in code run once.
  return head.concat(body, ['</body>', '</html>', '']).join('\n');
}
