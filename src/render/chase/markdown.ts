// A chase letter as Markdown: a draft to paste into any mail or letter template.
import { markdownCell, renderMarkdownColumns, renderMarkdownTable } from '../markdown.js';
import { LETTER_COLUMNS, REPLY_HEADERS, type Letter } from './letter.js';

export function renderLetterMarkdown(letter: Letter): string {
  const out: string[] = [];
  if (letter.council) out.push(`**${markdownCell(letter.council)}**`, '');
  out.push(
    `To: ${markdownCell(letter.to.name)}${letter.to.email ? ` <${markdownCell(letter.to.email)}>` : ''}  `,
    `Date: ${letter.date}  `,
    `Subject: ${markdownCell(letter.subject)}`,
    '',
    markdownCell(letter.greeting),
    '',
  );
  for (const paragraph of letter.opening) out.push(markdownCell(paragraph), '');
  for (const section of letter.sections)
    out.push(`## ${markdownCell(section.heading)}`, '', renderMarkdownColumns(LETTER_COLUMNS, section.items), '');
  out.push('## Your reply', '');
  for (const paragraph of letter.reply) out.push(markdownCell(paragraph), '');
  out.push(
    renderMarkdownTable(
      [...REPLY_HEADERS],
      letter.replyItems.map((i) => [i.id, '', '', '', i.text]),
    ),
    '',
  );
  out.push(
    'Yours sincerely,',
    ...(letter.signature.length ? ['', ...letter.signature.map((line) => `${markdownCell(line)}  `)] : []),
  );
  return out.join('\n');
}
