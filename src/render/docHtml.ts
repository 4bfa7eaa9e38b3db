// A report document as one printable HTML file: each page (committee) in its own
// section, so print styles start each on a new sheet with its own header.
import { RAGS } from '../domain/rag.js';
import type { ReportItem } from '../domain/reportItem.js';
import { htmlPage, htmlTable, ragBadge, type HtmlColumn } from './html.js';
import { ragLabel, type Block, type ReportColumn, type ReportDoc } from './reportDoc.js';
import { escapeHtml } from './sanitize.js';

export function renderDocHtml(doc: ReportDoc): string {
  const body: string[] = [];
  for (const page of doc.pages) {
    body.push('<section class="page">', '<header>', `<h1>${escapeHtml(page.title)}</h1>`);
    for (const detail of page.details) body.push(`<p class="details">${escapeHtml(detail)}</p>`);
    body.push('</header>');
    for (const block of page.blocks) renderBlock(block, body);
    body.push('</section>');
  }
  if (doc.footer) body.push(`<footer>${escapeHtml(doc.footer)}</footer>`);
  return htmlPage(doc.title, body);
}

/** The block's lines, added to `out`. */
function renderBlock(block: Block, out: string[]): void {
  switch (block.kind) {
    case 'heading':
      out.push(`<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`);
      return;
    case 'text':
      out.push(`<p>${escapeHtml(block.text)}</p>`);
      return;
    case 'counts':
      out.push(
        `<p class="counts">${RAGS.map((rag) => ragBadge(rag, `${ragLabel(rag)}: ${block.counts[rag]}`).html).join(' ')}</p>`,
      );
      return;
    case 'table':
      if (block.rows.length === 0) out.push(`<p class="empty">${escapeHtml(block.empty)}</p>`);
      else htmlTable(htmlColumns(block.columns), block.rows, out);
  }
}

// Widths for printing: free text gets the room, dates do not wrap mid-date, RAG shrinks to its badge.
const COLUMN_CLASS: Record<string, string> = {
  Item: 'wide',
  Due: 'due',
  Decided: 'due',
  Owner: 'owner',
  'Latest update': 'update',
};

// A report's tables share their column lists: each list is turned into HTML columns once.
const HTML_COLUMNS = new WeakMap<readonly ReportColumn[], HtmlColumn<ReportItem>[]>();
function htmlColumns(columns: readonly ReportColumn[]): HtmlColumn<ReportItem>[] {
  let html = HTML_COLUMNS.get(columns);
  if (!html) HTML_COLUMNS.set(columns, (html = columns.map(htmlColumn)));
  return html;
}

function htmlColumn(column: ReportColumn): HtmlColumn<ReportItem> {
  return {
    header: column.header,
    value: column.rag ? (row) => ragBadge(row.rag, column.value(row)) : column.value,
    className: column.rag ? 'rag-col' : COLUMN_CLASS[column.header],
  };
}
