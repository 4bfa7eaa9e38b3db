// The Excel workbooks, read back with exceljs (the library that wrote them) and checked
// cell by cell, and their XML checked for formulas and characters XML cannot hold.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarIndex } from '../../../src/domain/calendar.js';
import { carryForward } from '../../../src/domain/carryForward.js';
import { chairReport } from '../../../src/domain/chairReport.js';
import { overdueReport } from '../../../src/domain/overdueReport.js';
import { reportItem } from '../../../src/domain/reportItem.js';
import { reportDay } from '../../../src/domain/rules.js';
import { carryForwardXlsx, chairReportXlsx, listXlsx, overdueXlsx } from '../../../src/render/xlsx/index.js';
import { EXCEL_CELL_LIMIT } from '../../../src/render/officeText.js';
import { hostileLog, HOSTILE, papersLog, TARGET, TODAY } from './log.js';
import JSZip from 'jszip';

const log = papersLog();
const COUNCIL = 'Leicester City Council';

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

const header = (sheet: ExcelJS.Worksheet): string[] => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
/** Each row after the header as { header: value }. */
function records(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const names = header(sheet);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(names.map((name, i) => [name, row.getCell(i + 1).value ?? null])));
  });
  return out;
}
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('the carry-forward list in Excel', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await read(await carryForwardXlsx(carryForward(log, 'jhsc', TARGET, TODAY), { council: COUNCIL }));
  });

  it('a sheet per section in DESIGN order, header row frozen and filtered', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '1 Completed',
      '2 Due at this meeting',
      '3 Carried forward',
      '4 Work programme scheduled',
      '5 Work programme unscheduled',
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(header(sheet).slice(0, 3)).toEqual(['ID', 'Decided', 'Minute']);
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    expect(book.title).toBe(
      'Action log and work programme: Joint Health Scrutiny Committee, Thursday 27 November 2025',
    );
    expect(book.company).toBe(COUNCIL);
  });

  it('real dates and numbers, RAG in words and fills, the latest update with its date', () => {
    const carried = book.getWorksheet('3 Carried forward')!;
    const [a1, a6] = records(carried);
    expect(a1).toMatchObject({
      ID: 'A1',
      Decided: day('2025-06-16'),
      Minute: '53/3',
      Item: 'Circulate the model ICB blueprint to members',
      Owner: 'LLR ICB',
      Status: 'in-progress',
      Due: day('2025-09-15'),
      'Due as recorded': '15 Sep 2025 (was 1 Sep 2025)',
      'First due': day('2025-06-16'),
      'Times deferred': 1,
      'Days overdue': 66,
      'Times carried': 1,
      RAG: 'Red (overdue)',
      'Latest update': 'ICB says the blueprint goes to its board in December',
      'Update on': day('2025-11-12'),
      'Update by': 'Jo Clerk',
    });
    expect(a6).toMatchObject({ ID: 'A6', Due: day('2025-10-31'), 'Latest update': null, 'First due': null });
    const names = header(carried);
    const rag = carried.getRow(2).getCell(names.indexOf('RAG') + 1);
    expect(rag.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE06666' } });
    expect(carried.getRow(2).getCell(names.indexOf('Decided') + 1).numFmt).toBe('d mmm yyyy');
    // Widths fit: wider than the header for the text, never absurd.
    expect(carried.getColumn(names.indexOf('Item') + 1).width).toBeGreaterThan(30);
    expect(carried.getColumn(1).width).toBeLessThan(10);
    expect(carried.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
  });
});

describe('list, overdue and report workbooks', () => {
  it('list: a sheet per committee, every item once', async () => {
    const calendars = calendarIndex(log.meetings);
    const items = log.items.map((i) => reportItem(i, calendars.get(i.committee) ?? [], null, reportDay(TODAY)));
    const book = await read(await listXlsx(items, log.committees));
    expect(book.worksheets.map((s) => s.name)).toEqual(['jhsc', 'hwb']);
    expect(book.worksheets.flatMap((s) => records(s).map((r) => r.ID)).sort()).toEqual(
      log.items.map((i) => i.id).sort(),
    );
    expect(records(book.getWorksheet('jhsc')!).find((r) => r.ID === 'A3')).toMatchObject({
      Status: 'done',
      RAG: 'Done',
    });
  });

  it('overdue: a sheet per committee with the overdue items', async () => {
    const book = await read(await overdueXlsx(overdueReport(log, {}, TODAY), log.committees));
    expect(book.worksheets.map((s) => [s.name, records(s).map((r) => r.ID)])).toEqual([['jhsc', ['A6', 'A1']]]);
  });

  it("the chair's report: a summary of counts, then a sheet per committee", async () => {
    const book = await read(await chairReportXlsx(chairReport(log, {}, TODAY), { council: COUNCIL }));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'hwb', 'jhsc']);
    expect(records(book.getWorksheet('Summary')!)).toEqual([
      {
        Committee: 'Health and Wellbeing Board',
        Sheet: 'hwb',
        'Next meeting': day('2025-12-11'),
        'Last meeting': day('2025-07-10'),
        'Red (overdue)': 0,
        'Amber (due soon)': 1,
        'Green (on track)': 1,
        'Waiting for a meeting': 0,
        'Done since last meeting': 0,
      },
      {
        Committee: 'Joint Health Scrutiny Committee',
        Sheet: 'jhsc',
        'Next meeting': day('2025-11-27'),
        'Last meeting': day('2025-09-15'),
        'Red (overdue)': 2,
        'Amber (due soon)': 2,
        'Green (on track)': 1,
        'Waiting for a meeting': 0,
        'Done since last meeting': 1,
      },
    ]);
    expect(records(book.getWorksheet('jhsc')!).map((r) => [r.ID, r.RAG])).toEqual([
      ['A5', 'Green (on track)'],
      ['A1', 'Red (overdue)'],
      ['A2', 'Amber (due soon)'],
      ['A4', 'Amber (due soon)'],
      ['A6', 'Red (overdue)'],
      ['A3', 'Done'],
    ]);
  });
});

describe('hostile text in Excel', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await carryForwardXlsx(carryForward(hostileLog(), 'jhsc', TARGET, TODAY), { council: '=cmd & <b>' });
  });

  it('is text in every cell: no formula, nothing the XML cannot hold, long text cut to what Excel allows', async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).not.toMatch(/<f>|<f /);
      // eslint-disable-next-line no-control-regex
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    }
    const book = await read(bytes);
    const texts: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    for (const hostile of HOSTILE.slice(0, 4)) expect(texts).toContain(hostile);
    expect(texts).toContain(
      '<w:p><w:r><w:t>injected</w:t></w:r></w:p> </row> ]]> <script>alert(1)</script> & "quotes"',
    );
    expect(texts).toContain('nulbell vt ff escred lonesurrogate ');
    const longest = Math.max(...texts.map((t) => t.length));
    expect(longest).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(texts.find((t) => t.length === longest)).toMatch(/too long for one Excel cell\]$/);
  });
});
