// Chase letters as owners receive them: the email draft parsed by a mail reader
// (mailparser), its attached reply table read back and applied; the Word letter read by
// mammoth; the Markdown draft as text.
import mammoth from 'mammoth';
import { simpleParser, type ParsedMail } from 'mailparser';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chaseList } from '../../../src/domain/chase.js';
import { planReplies } from '../../../src/domain/replies.js';
import { chaseLetter, letterFileNames } from '../../../src/render/chase/letter.js';
import { letterDocx } from '../../../src/render/chase/docx.js';
import { letterEml } from '../../../src/render/chase/eml.js';
import { renderLetterMarkdown } from '../../../src/render/chase/markdown.js';
import { readReplySheet } from '../../../src/replies/index.js';
import { hostileLog, papersLog, TODAY } from './log.js';
import { inOrder, officeSkipReason, pdfPages, toPdf } from './office.js';

const log = papersLog();
const CONTACTS = [{ name: 'LLR ICB', email: 'llr.icb@example.org', contact: 'Dr Jane Smith' }];
const OPTIONS = {
  today: TODAY,
  council: 'Leicester City Council',
  from: { name: 'Jo Clerk', email: 'jo.clerk@example.gov.uk' },
};
const chase = chaseList(log, {}, CONTACTS, TODAY);
const icb = chase.owners.find((o) => o.owner === 'LLR ICB')!;
const uhl = chase.owners.find((o) => o.owner === 'UHL and the CCGs')!;

describe('the email draft', () => {
  let mail: ParsedMail;
  beforeAll(async () => {
    mail = await simpleParser(
      await letterEml(chaseLetter(icb, OPTIONS, 'attachment'), { replyFileName: 'reply-llr-icb.xlsx' }),
    );
  });

  it('is addressed, subjected and dated, a draft for the clerk to send', () => {
    expect(mail.to).toMatchObject({ value: [{ name: 'Dr Jane Smith', address: 'llr.icb@example.org' }] });
    expect(mail.from).toMatchObject({ value: [{ name: 'Jo Clerk', address: 'jo.clerk@example.gov.uk' }] });
    expect(mail.subject).toBe('Update requested: 2 actions for Joint Health Scrutiny Committee');
    expect(mail.date?.toISOString()).toBe('2025-11-20T09:00:00.000Z');
    expect(mail.headers.get('x-unsent')).toBe('1');
  });

  it('has a plain-text and an HTML part listing each item with what the owner needs to know', () => {
    expect(mail.text).toContain('Dear Dr Jane Smith,');
    expect(mail.text).toContain("The committee's action log has 2 items for LLR ICB to report on (1 of them overdue):");
    expect(mail.text).toContain('before Thursday 27 November 2025');
    expect(mail.text).toMatch(
      /A1 {2}Circulate the model ICB blueprint to members\n {4}Decided: 16 Jun 2025 · 53\/3\n {4}Due: 15 Sep 2025 \(was 1 Sep 2025\); first due at the 16 Jun 2025 meeting; deferred once \(\+91 days\)\n {4}Days overdue: 66\n {4}Times carried: 1\n {4}Latest update: 12 Nov 2025: ICB says the blueprint goes to its board in December/,
    );
    expect(mail.text).toMatch(/A4 {2}Update on ICB changes[\s\S]*Days overdue: not yet/);
    expect(mail.text).toContain('Jo Clerk\nLeicester City Council');
    expect(mail.html).toContain(
      '<th style="border:1px solid #000;padding:4px;text-align:left;vertical-align:top">Times carried</th>',
    );
    expect(mail.html).toContain('Circulate the model ICB blueprint to members');
  });

  it('attaches the reply table, whose rows apply back as no change until the owner fills them in', async () => {
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['reply-llr-icb.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(mail.attachments[0].content as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Reply')!;
    expect((sheet.getRow(1).values as string[]).slice(1, 5)).toEqual(['ID', 'Status', 'Update', 'Due']);
    expect(sheet.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"open,in progress,done,dropped"'],
    });
    const returned = await readReplySheet(mail.attachments[0].content, 'reply-llr-icb.xlsx');
    expect(returned.rows.map((r) => [r.id, r.status])).toEqual([
      ['A1', 'in progress'],
      ['A4', 'open'],
    ]);
    expect(planReplies(returned.rows, log, TODAY)).toEqual({ changes: [], bad: [], unchanged: 2 });

    // The owner fills in A1 and sends it back.
    sheet.getCell('B2').value = 'done';
    sheet.getCell('C2').value = 'Circulated to members on 18 November';
    sheet.getCell('D3').value = new Date(Date.UTC(2026, 0, 22));
    const filled = await readReplySheet(Buffer.from(await book.xlsx.writeBuffer()), 'reply-llr-icb.xlsx');
    expect(planReplies(filled.rows, log, TODAY).changes).toEqual([
      { id: 'A1', where: 'row 2', status: 'done', note: 'Circulated to members on 18 November', by: 'LLR ICB' },
      { id: 'A4', where: 'row 3', due: { kind: 'meeting', meeting: '2026-01-22' }, by: 'LLR ICB' },
    ]);
  });

  it('an owner with no address gets a draft with no one in To', async () => {
    const parsed = await simpleParser(await letterEml(chaseLetter(uhl, OPTIONS, 'attachment')));
    expect(parsed.to).toBeUndefined();
    expect(parsed.text).toContain('Dear colleagues at UHL and the CCGs,');
  });

  it('hostile names and text cannot add headers or markup', async () => {
    const owner = 'Evil\r\nBcc: victim@example.org\r\nX-Injected: yes';
    const bad = { ...icb, owner, contact: { name: owner, email: 'evil@example.org', contact: `${owner} <script>` } };
    const raw = (
      await letterEml(
        chaseLetter(
          bad,
          { ...OPTIONS, from: { name: 'Clerk\r\nBcc: x@example.org', email: 'jo@example.org' } },
          'attachment',
        ),
      )
    ).toString();
    const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(headers).not.toMatch(/^(Bcc|X-Injected):/im);
    const parsed = await simpleParser(raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.html).not.toContain('<script>');
    const hostile = chaseList(hostileLog(), {}, [], TODAY);
    for (const o of hostile.owners) {
      const m = await simpleParser(await letterEml(chaseLetter(o, OPTIONS, 'attachment')));
      expect(m.html).not.toMatch(/<script|<w:p>/);
      // eslint-disable-next-line no-control-regex
      expect(m.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });
});

describe('the Word letter and the Markdown draft', () => {
  let docx: Buffer;
  beforeAll(async () => {
    docx = await letterDocx(chaseLetter(icb, OPTIONS, 'table'));
  });

  it('Word: the items as a table, and a reply table with the contract columns to fill in', async () => {
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) =>
      m[1].replace(/<\/t[dh]>/g, '|').replace(/<[^>]+>/g, ''),
    );
    expect(tables).toHaveLength(2);
    expect(tables[0]).toContain('ID|Decided|Item|Due|Days overdue|Times carried|Latest update|');
    expect(tables[0]).toContain('A1|16 Jun 2025 · 53/3|Circulate the model ICB blueprint to members|');
    expect(tables[1]).toBe(
      'ID|Status|Update|Due|Item|A1||||Circulate the model ICB blueprint to members|A4||||Update on ICB changes|',
    );
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(
      inOrder(
        text.replace(/\s+/g, ' '),
        'Leicester City Council To: Dr Jane Smith <llr.icb@example.org> Thursday 20 November 2025 Update requested:',
      ),
    ).toBe(true);
  });

  it('Markdown: the same letter, text made literal', () => {
    const md = renderLetterMarkdown(chaseLetter(icb, OPTIONS, 'table'));
    expect(md).toContain('To: Dr Jane Smith <llr.icb@example.org>  ');
    expect(md).toContain('| ID | Decided | Item | Due | Days overdue | Times carried | Latest update |');
    expect(md).toContain('| A4 |  |  |  | Update on ICB changes |');
    expect(renderLetterMarkdown(chaseLetter({ ...icb, owner: '<b>[x](http://e)</b>' }, OPTIONS, 'table'))).toContain(
      'Dear Dr Jane Smith',
    );
  });

  it('file names from owners, unique', () => {
    expect(letterFileNames(['LLR ICB', 'UHL and the CCGs', 'L.L.R. ICB', '***'])).toEqual([
      'llr-icb',
      'uhl-and-the-ccgs',
      'l-l-r-icb',
      'owner',
    ]);
    expect(letterFileNames(['LLR ICB', 'llr icb'])).toEqual(['llr-icb', 'llr-icb-2']);
  });

  it.skipIf(Boolean(officeSkipReason))(
    `LibreOffice prints the letter${officeSkipReason ? ` (${officeSkipReason})` : ''}`,
    { timeout: 180_000 },
    () => {
      const pages = pdfPages(toPdf({ 'letter.docx': docx })['letter.docx']);
      const all = pages.join(' ');
      expect(all).toContain('Dear Dr Jane Smith,');
      expect(inOrder(all, 'Circulate the model ICB blueprint to members')).toBe(true);
      expect(all).toContain(`Page 1 of ${pages.length}`);
    },
  );
});
