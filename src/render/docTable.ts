// A report document for the terminal: headings, then tables that fit the width and wrap.
// Colour only for headings and RAG, and only when colour is on.
import { boldWith, type Palette } from './colour.js';
import { RAGS, type Rag } from '../domain/rag.js';
import type { ReportItem } from '../domain/reportItem.js';
import { ragLabel, type Block, type ReportColumn, type ReportDoc } from './reportDoc.js';
import { terminalSafe } from './sanitize.js';
import { renderTableLines, type Column, type TableOptions } from './table.js';

const RAG_STYLE: Record<Rag, keyof Palette> = {
  red: 'red',
  amber: 'yellow',
  green: 'green',
  waiting: 'bold',
  done: 'dim',
};

export function renderDocTable(doc: ReportDoc, options: TableOptions): string {
  const bold = boldWith(options.colour);
  const out: string[] = [];
  for (const page of doc.pages) {
    if (out.length) out.push('');
    out.push(bold(terminalSafe(page.title)), ...page.details.map(terminalSafe));
    for (const block of page.blocks) {
      out.push('');
      renderBlock(block, options, bold, out);
    }
  }
  if (doc.footer) out.push('', terminalSafe(doc.footer));
  // Every line of every table joined once, here (renderTableLines).
  return out.join('\n');
}

function renderBlock(block: Block, options: TableOptions, bold: (t: string) => string, out: string[]): void {
  switch (block.kind) {
    case 'heading':
      out.push(bold(block.level === 2 ? terminalSafe(block.text) : `  ${terminalSafe(block.text)}`));
      return;
    case 'text':
      out.push(terminalSafe(block.text));
      return;
    case 'counts':
      out.push(RAGS.map((rag) => paint(`${ragLabel(rag)}: ${block.counts[rag]}`, rag, options.colour)).join('   '));
      return;
    case 'table':
      if (block.rows.length === 0) out.push(block.empty);
      else
        renderTableLines(
          block.columns.map((c) => withRagPaint(c)),
          block.rows,
          options,
          out,
        );
  }
}

function withRagPaint(column: ReportColumn): Column<ReportItem> {
  return column.rag ? { ...column, paint: (text, row, colour) => colour[RAG_STYLE[row.rag]](text) } : column;
}

function paint(text: string, rag: Rag, colour: Palette | null): string {
  return colour ? colour[RAG_STYLE[rag]](text) : text;
}
