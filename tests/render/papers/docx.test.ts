// The Word papers, read back as a clerk's programs read them: mammoth (text, headings and
// tables in order), the document's own XML (A4, repeating header rows, page numbers, RAG
// shading), and where LibreOffice is installed, converted to PDF and read with pdftotext.
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { carryForward } from '../../../src/domain/carryForward.js';
import { chairReport } from '../../../src/domain/chairReport.js';
import { overdueReport } from '../../../src/domain/overdueReport.js';
import { carryForwardDocx, chairReportDocx, overdueDocx } from '../../../src/render/docx/index.js';
import { hostileLog, HOSTILE, papersLog, TARGET, TODAY } from './log.js';
import { inOrder, officeSkipReason, pdfPages, toPdf, zipPart } from './office.js';

const COUNCIL = 'Leicester City Council';
const log = papersLog();
let papers: Record<string, Buffer>;

beforeAll(async () => {
  papers = {
    'carry-forward.docx': await carryForwardDocx(carryForward(log, 'jhsc', TARGET, TODAY), { council: COUNCIL }),
    'report.docx': await chairReportDocx(chairReport(log, {}, TODAY), { council: COUNCIL }),
    'overdue.docx': await overdueDocx(overdueReport(log, {}, TODAY)),
    'hostile.docx': await carryForwardDocx(carryForward(hostileLog(), 'jhsc', TARGET, TODAY), {
      council: '=cmd\u0007 <b>Council</b>',
    }),
  };
});

const html = async (name: string) => (await mammoth.convertToHtml({ buffer: papers[name] })).value;
const headings = (page: string) => [...page.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);
const tables = (page: string) => [...page.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]);
const cells = (row: string) =>
  [...row.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
const rows = (table: string) => [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1]));

describe('the carry-forward list in Word', () => {
  it('mammoth reads the sections in DESIGN order, each a real table with its items', async () => {
    const page = await html('carry-forward.docx');
    expect(headings(page)).toEqual([
      'h1 1. Completed: for the committee to note and sign off',
      'h1 2. Due at this meeting',
      'h1 3. Carried forward (oldest first)',
      'h1 4. Work programme: scheduled for this meeting',
      'h1 5. Work programme: unscheduled, for the committee to place',
    ]);
    const found = tables(page).map(rows);
    expect(found.map((t) => t.slice(1).map((r) => r[0]))).toEqual([['A3'], ['A2'], ['A1', 'A6'], ['A4'], ['A5']]);
    expect(found[2][0]).toEqual([
      'ID',
      'Decided',
      'Item',
      'Owner',
      'Due',
      'Days over',
      'Carried',
      'Status',
      'Latest update',
    ]);
    expect(found[2][1]).toEqual([
      'A1',
      '16 Jun 2025 · 53/3',
      'Circulate the model ICB blueprint to members',
      'LLR ICB',
      '15 Sep 2025 (was 1 Sep 2025); first due at the 16 Jun 2025 meeting; deferred once (+91 days)',
      '66',
      'once',
      'in-progress',
      '12 Nov 2025: ICB says the blueprint goes to its board in December',
    ]);
    const text = (await mammoth.extractRawText({ buffer: papers['carry-forward.docx'] })).value;
    expect(text.indexOf(COUNCIL)).toBeLessThan(
      text.indexOf('Action log and work programme: Joint Health Scrutiny Committee'),
    );
    expect(text).toContain('Meeting of Thursday 27 November 2025');
  });

  it('is A4, with header rows that repeat on each page, page numbers and the council in the running header', async () => {
    const document = await zipPart(papers['carry-forward.docx'], 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const tableXml = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tableXml).toHaveLength(5);
    for (const table of tableXml) {
      const [first, ...others] = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]);
      expect(first).toContain('<w:tblHeader/>');
      for (const row of others) expect(row).not.toContain('<w:tblHeader/>');
    }
    const footer = await zipPart(papers['carry-forward.docx'], 'word/footer1.xml');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const headers = await Promise.all(
      ['word/header1.xml', 'word/header2.xml'].map((part) => zipPart(papers['carry-forward.docx'], part)),
    );
    expect(headers.join('')).toContain(
      `${COUNCIL} · Action log and work programme: Joint Health Scrutiny Committee · Meeting of Thursday 27 November 2025`,
    );
  });
});

describe("the chair's report in Word", () => {
  it('a page (section) per committee, RAG in words and shading, the counts first', async () => {
    const page = await html('report.docx');
    expect(headings(page).filter((h) => h.startsWith('h1 Completed'))).toHaveLength(2);
    const document = await zipPart(papers['report.docx'], 'word/document.xml');
    expect(document.match(/<w:sectPr/g)).toHaveLength(2);
    // Each RAG word sits in a cell shaded for it; done is left unshaded.
    expect(document).toMatch(/w:fill="E06666"[^>]*\/>[\s\S]{0,600}Red \(overdue\)/);
    expect(document).toMatch(/w:fill="FFC000"[^>]*\/>[\s\S]{0,600}Amber \(due soon\)/);
    expect(document).toMatch(/w:fill="E2F0D9"[^>]*\/>[\s\S]{0,600}Green \(on track\)/);
    const jhsc = tables(page)
      .map(rows)
      .find(
        (t) => t[0].join() === 'ID,Minute,Item,Owner,Due,Status,Latest update,RAG' && t.some((r) => r[0] === 'A1'),
      )!;
    expect(jhsc.find((r) => r[0] === 'A1')).toEqual([
      'A1',
      '53/3',
      'Circulate the model ICB blueprint to members',
      'LLR ICB',
      '15 Sep 2025 (was 1 Sep 2025); first due at the 16 Jun 2025 meeting; deferred once (+91 days); carried once',
      'in-progress',
      '12 Nov 2025: ICB says the blueprint goes to its board in December',
      'Red (overdue)',
    ]);
  });
});

describe('hostile text in Word', () => {
  it('stays text: the XML holds no character it cannot, and mammoth reads every string back literally', async () => {
    const document = await zipPart(papers['hostile.docx'], 'word/document.xml');
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(document).not.toContain('<w:t>injected</w:t>');
    const text = (await mammoth.extractRawText({ buffer: papers['hostile.docx'] })).value;
    for (const hostile of HOSTILE.slice(0, 4)) expect(text).toContain(hostile);
    expect(text).toContain('<w:p><w:r><w:t>injected</w:t></w:r></w:p> </row> ]]> <script>alert(1)</script> & "quotes"');
    expect(text).toContain('nulbell vt ff escred lonesurrogate');
    expect(text).toContain('=cmd <b>Council</b>');
  });
});

describe.skipIf(Boolean(officeSkipReason))(
  `the Word papers opened by LibreOffice${officeSkipReason ? ` (${officeSkipReason})` : ''}`,
  () => {
    let pdfs: Record<string, string>;
    beforeAll(() => {
      pdfs = toPdf(papers);
    }, 180_000);

    it('the carry-forward list prints every item, the sections in order, with page numbers', () => {
      const pages = pdfPages(pdfs['carry-forward.docx']);
      const all = pages.join(' ');
      expect(pages[0]).toMatch(
        /^Leicester City Council Action log and work programme: Joint Health Scrutiny Committee Meeting of Thursday 27 November 2025/,
      );
      pages.forEach((page, n) => expect(page).toContain(`Page ${n + 1} of ${pages.length}`));
      const order = [
        '1. Completed',
        '2. Due at this meeting',
        '3. Carried forward',
        '4. Work programme: scheduled',
        '5. Work programme: unscheduled',
      ].map((h) => all.indexOf(h));
      expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
      for (const item of log.items.filter((i) => i.committee === 'jhsc'))
        expect(inOrder(all, item.text), item.text).toBe(true);
      expect(inOrder(all, '12 Nov 2025: ICB says the blueprint goes to its board in December')).toBe(true);
    });

    it("the chair's report starts each committee on a new page with RAG in words", () => {
      const pages = pdfPages(pdfs['report.docx']);
      expect(pages.filter((p) => /^Leicester City Council Outstanding actions: /.test(p))).toHaveLength(2);
      expect(pages.join(' ')).toMatch(/Red \(overdue\).*Amber \(due soon\)/);
    });

    it('the overdue report and the hostile paper open and print', () => {
      expect(pdfPages(pdfs['overdue.docx']).join(' ')).toContain(
        'Total: 2 overdue items across 1 committee and 2 owners',
      );
      const hostile = pdfPages(pdfs['hostile.docx']).join(' ');
      expect(hostile).toContain('=HYPERLINK("http://evil.example","click")');
      expect(hostile).toContain('injected');
    });
  },
);
