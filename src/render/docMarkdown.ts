// A report document as Markdown, ready to paste into an agenda paper. Every piece of
// user text goes through markdownCell, so it cannot become a link, HTML or a heading.
import { RAGS } from '../domain/rag.js';
import { ragLabel, type Block, type ReportDoc } from './reportDoc.js';
import { markdownCell, renderMarkdownTable } from './markdown.js';

export function renderDocMarkdown(doc: ReportDoc): string {
  const out: string[] = [];
  for (const page of doc.pages) {
    if (out.length) out.push('', '---', '');
    out.push(`# ${markdownCell(page.title)}`, '', ...page.details.map((d) => `${markdownCell(d)}  `));
    for (const block of page.blocks) out.push('', renderBlock(block));
  }
  if (doc.footer) out.push('', markdownCell(doc.footer));
  return out.join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${markdownCell(block.text)}`;
    case 'text':
      return markdownCell(block.text);
    case 'counts':
      return RAGS.map((rag) => `**${ragLabel(rag)}:** ${block.counts[rag]}`).join(' · ');
    case 'table':
      if (block.rows.length === 0) return `_${markdownCell(block.empty)}_`;
      return renderMarkdownTable(
        block.columns.map((c) => c.header),
        block.rows.map((row) => block.columns.map((c) => c.value(row))),
      );
  }
}
