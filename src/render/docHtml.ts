// A report document as one printable HTML file: each page (committee) in its own
// section, so print styles start each on a new sheet with its own header.
import { RAGS } from '../domain/rag.js';
import type { ReportItem } from '../domain/reportItem.js';
import { htmlPage, htmlTable, ragBadge, type HtmlColumn } from './html.js';
import { ragLabel, type Block, type ReportColumn, type ReportDoc } from './reportDoc.js';
import { escapeHtml } from './sanitize.js';

export function renderDocHtml(doc: ReportDoc): string {
  const pages = doc.pages.map((page) =>
    [
      '<section class="page">',
      '<header>',
      `<h1>${escapeHtml(page.title)}</h1>`,
      ...page.details.map((d) => `<p class="details">${escapeHtml(d)}</p>`),
      '</header>',
      ...page.blocks.map(renderBlock),
      '</section>',
    ].join('\n'),
  );
  const footer = doc.footer ? `\n<footer>${escapeHtml(doc.footer)}</footer>` : '';
  return htmlPage(doc.title, pages.join('\n') + footer);
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'text':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'counts':
      return `<p class="counts">${RAGS.map((rag) => ragBadge(rag, `${ragLabel(rag)}: ${block.counts[rag]}`).html).join(' ')}</p>`;
    case 'table':
      if (block.rows.length === 0) return `<p class="empty">${escapeHtml(block.empty)}</p>`;
      return htmlTable(block.columns.map(htmlColumn), block.rows);
  }
}

// Widths for printing: free text gets the room, dates do not wrap mid-date, RAG shrinks to its badge.
const COLUMN_CLASS: Record<string, string> = { Item: 'wide', Due: 'due', Decided: 'due', Owner: 'owner' };

function htmlColumn(column: ReportColumn): HtmlColumn<ReportItem> {
  return {
    header: column.header,
    value: column.rag ? (row) => ragBadge(row.rag, column.value(row)) : column.value,
    className: column.rag ? 'rag-col' : COLUMN_CLASS[column.header],
  };
}
