// A report document for the terminal: headings, then tables that fit the width and wrap.
// Colour only for headings and RAG, and only when colour is on.
import { colour } from './colour.js';
import type { Rag } from '../domain/rag.js';
import type { ReportItem } from '../domain/reportItem.js';
import { ragLabel, type Block, type ReportColumn, type ReportDoc } from './reportDoc.js';
import { terminalSafe } from './sanitize.js';
import { renderTable, type Column, type TableOptions } from './table.js';

const RAG_PAINT: Record<Rag, (text: string) => string> = {
  red: (text) => colour.red(text),
  amber: (text) => colour.yellow(text),
  green: (text) => colour.green(text),
  done: (text) => colour.dim(text),
};

export function renderDocTable(doc: ReportDoc, options: TableOptions): string {
  const bold = (text: string) => (options.color ? colour.bold(text) : text);
  const out: string[] = [];
  for (const page of doc.pages) {
    if (out.length) out.push('');
    out.push(bold(terminalSafe(page.title)), ...page.details.map(terminalSafe));
    for (const block of page.blocks) out.push('', ...renderBlock(block, options, bold));
  }
  if (doc.footer) out.push('', terminalSafe(doc.footer));
  return out.join('\n');
}

function renderBlock(block: Block, options: TableOptions, bold: (t: string) => string): string[] {
  switch (block.kind) {
    case 'heading':
      return [bold(block.level === 2 ? terminalSafe(block.text) : `  ${terminalSafe(block.text)}`)];
    case 'text':
      return [terminalSafe(block.text)];
    case 'counts':
      return [
        (['red', 'amber', 'green', 'done'] as const)
          .map((rag) => paint(`${ragLabel(rag)}: ${block.counts[rag]}`, rag, options.color))
          .join('   '),
      ];
    case 'table':
      if (block.rows.length === 0) return [block.empty];
      return [renderTable(block.columns.map((c) => withRagPaint(c)), block.rows, options)];
  }
}

function withRagPaint(column: ReportColumn): Column<ReportItem> {
  return column.rag ? { ...column, paint: (text, row) => RAG_PAINT[row.rag](text) } : column;
}

function paint(text: string, rag: Rag, color: boolean): string {
  return color ? RAG_PAINT[rag](text) : text;
}
