// A chase letter as an email draft (RFC 5322, .eml): To (empty when the owner has no
// address), Subject, a plain-text and an HTML part, and the reply table attached as a
// spreadsheet. "X-Unsent: 1" makes Outlook open it as a draft to send from the clerk's own
// mailbox; Thunderbird opens it with "Edit as new". actionlog never sends mail.
import MailComposer from 'nodemailer/lib/mail-composer';
import { escapeHtml, terminalSafe, terminalSafeLines } from '../sanitize.js';
import { LETTER_COLUMNS, type Letter } from './letter.js';
import { replyXlsx } from './replyXlsx.js';

export interface EmlOptions {
  /** The Date header; the letter's day at 09:00 UTC when not given, so a draft is the same each run. */
  date?: Date;
  /** The attachment's file name (default reply.xlsx). */
  replyFileName?: string;
}

export async function letterEml(letter: Letter, options: EmlOptions = {}): Promise<Buffer> {
  const address = (name: string, email: string) => ({ name: terminalSafe(name), address: email });
  const composer = new MailComposer({
    ...(letter.to.email ? { to: address(letter.to.name, letter.to.email) } : {}),
    ...(letter.from.email ? { from: address(letter.from.name ?? '', letter.from.email) } : {}),
    subject: terminalSafe(letter.subject),
    date: options.date ?? new Date(`${letter.day}T09:00:00.000Z`),
    headers: { 'X-Unsent': '1' },
    text: letterText(letter),
    html: letterHtml(letter),
    attachments: [
      {
        filename: options.replyFileName ?? 'reply.xlsx',
        content: await replyXlsx(letter),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    ],
    // Nothing in a letter is a file or a link to fetch: every part is given here.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}

/** The plain-text part: each item as a short block, since a table does not survive plain text. */
export function letterText(letter: Letter): string {
  const out: string[] = [letter.greeting, ''];
  for (const paragraph of letter.opening) out.push(paragraph, '');
  for (const section of letter.sections) {
    out.push(section.heading, '-'.repeat(Math.min(section.heading.length, 72)), '');
    for (const item of section.items) {
      const [id, decided, text, ...rest] = LETTER_COLUMNS.map((c) => terminalSafe(c.value(item)));
      out.push(`${id}  ${text}`, `    Decided: ${decided}`);
      rest.forEach((value, i) => out.push(`    ${LETTER_COLUMNS[i + 3].header}: ${value}`));
      out.push('');
    }
  }
  for (const paragraph of letter.reply) out.push(paragraph, '');
  out.push('Yours sincerely,', '', ...letter.signature);
  return terminalSafeLines(out.join('\n'));
}

/** The HTML part: the same letter with real tables, every piece of text escaped. */
export function letterHtml(letter: Letter): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const cell = (tag: 'th' | 'td', text: string) =>
    `<${tag} style="border:1px solid #000;padding:4px;text-align:left;vertical-align:top">${escapeHtml(text)}</${tag}>`;
  const table = (rows: string[][]) =>
    '<table style="border-collapse:collapse;font-size:10pt">' +
    rows
      .map(
        (row, r) =>
          `<tr${r === 0 ? ' style="background:#f2f2f2"' : ''}>${row.map((text) => cell(r === 0 ? 'th' : 'td', text)).join('')}</tr>`,
      )
      .join('') +
    '</table>';
  const body = [
    p(letter.greeting),
    ...letter.opening.map(p),
    ...letter.sections.flatMap((section) => [
      `<h3>${escapeHtml(section.heading)}</h3>`,
      table([
        LETTER_COLUMNS.map((c) => c.header),
        ...section.items.map((item) => LETTER_COLUMNS.map((c) => c.value(item))),
      ]),
    ]),
    ...letter.reply.map(p),
    p('Yours sincerely,'),
    ...letter.signature.map(p),
  ];
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head><body style="font-family:Arial,sans-serif;font-size:11pt">${body.join('\n')}</body></html>`;
}
