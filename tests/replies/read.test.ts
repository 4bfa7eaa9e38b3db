// Reading a returned sheet as owners send it back: headers in any case and spacing, a title
// line above them, extra columns, Excel's dates, rich text and formulas, and CSV as Excel
// saves it (UTF-8 with a byte-order mark, or Windows-1252).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { calendarIndex } from '../../src/domain/calendar.js';
import { planReplies } from '../../src/domain/replies.js';
import { reportItem } from '../../src/domain/reportItem.js';
import { reportDay } from '../../src/domain/rules.js';
import { itemView } from '../../src/domain/view.js';
import { renderItems } from '../../src/render/items.js';
import { listXlsx } from '../../src/render/xlsx/index.js';
import { readReplySheet } from '../../src/replies/index.js';
import { papersLog, TODAY } from '../render/papers/log.js';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('CSV', () => {
  it('finds the contract columns ignoring case and spaces, under a title line, ignoring the rest', async () => {
    const text =
      '\ufeffUpdates from LLR ICB,,,,\r\nItem, i d ,STATUS,Up date,due,Notes\r\nCirculate the blueprint,a1,In progress,"Board meets in December, then circulates",31/01/2026,x\r\n,,,,,\r\nWinter plan,A2,,,,\r\n';
    const sheet = await readReplySheet(csv(text), 'reply.csv');
    expect(sheet.columns.sort()).toEqual(['due', 'id', 'status', 'update']);
    expect(sheet.rows).toEqual([
      {
        where: 'row 3',
        id: 'a1',
        status: 'In progress',
        update: 'Board meets in December, then circulates',
        due: '31/01/2026',
      },
      { where: 'row 4', id: null, status: null, update: null, due: null },
      { where: 'row 5', id: 'A2', status: null, update: null, due: null },
    ]);
  });

  it('reads what Excel saves as plain CSV in the UK (Windows-1252), and undoes our formula guard', async () => {
    const bytes = Buffer.concat([
      Buffer.from('ID,Update\r\nA1,Cost '),
      Buffer.from([0xa3]),
      Buffer.from('40k '),
      Buffer.from([0x96]),
      Buffer.from(" agreed\r\nA2,'=SUM(1)\r\n"),
    ]);
    const { rows } = await readReplySheet(bytes, 'REPLY.CSV');
    expect(rows.map((r) => r.update)).toEqual(['Cost £40k – agreed', '=SUM(1)']);
  });

  it('a sheet with no ID column, or a file of another kind, is refused with what is accepted', async () => {
    await expect(readReplySheet(csv('Item,Status\r\nx,done\r\n'), 'reply.csv')).rejects.toMatchObject({
      exitCode: 2,
      message:
        'reply.csv has no ID column in its first rows; the sheet needs the columns ID, Status, Update, Due (headers in any case and spacing)',
    });
    await expect(readReplySheet(csv('ID'), 'reply.docx')).rejects.toMatchObject({
      exitCode: 2,
      message: 'cannot read reply.docx: a returned sheet is accepted as .xlsx or .csv',
    });
    await expect(readReplySheet(csv('this is not a zip'), 'reply.xlsx')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^cannot read reply\.xlsx as xlsx \(.+\); accepted: \.xlsx or \.csv$/),
    });
  });
});

describe('Excel', () => {
  it('every visible sheet with an ID column; dates, rich text, formulas and links as the text they show', async () => {
    const book = new ExcelJS.Workbook();
    const first = book.addWorksheet('jhsc');
    first.addRow(['Reply to the Joint Health Scrutiny Committee']);
    first.addRow(['Item', 'ID', 'Status', 'Update', 'Due ']);
    first.addRow([
      'Blueprint',
      'A1',
      { richText: [{ text: 'In ' }, { text: 'progress', font: { bold: true } }] },
      { formula: '"Board "&"in December"', result: 'Board in December' },
      new Date(Date.UTC(2026, 0, 31)),
    ]);
    first.addRow(['Winter plan', { text: 'A2', hyperlink: 'https://example.invalid/A2' }, 'Done', null, null]);
    const second = book.addWorksheet('hwb');
    second.addRow(['id', 'status']);
    second.addRow(['A7', 'open']);
    const hidden = book.addWorksheet('lists', { state: 'hidden' });
    hidden.addRow(['ID', 'Status']);
    hidden.addRow(['A99', 'nonsense']);
    book.addWorksheet('notes').addRow(['Nothing to read here']);
    const sheet = await readReplySheet(Buffer.from(await book.xlsx.writeBuffer()), 'reply.xlsx');
    expect(sheet.rows).toEqual([
      { where: 'sheet jhsc, row 3', id: 'A1', status: 'In progress', update: 'Board in December', due: '2026-01-31' },
      { where: 'sheet jhsc, row 4', id: 'A2', status: 'Done', update: null, due: null },
      { where: 'sheet hwb, row 2', id: 'A7', status: 'open', update: null, due: null },
    ]);
  });
});

describe('an export applied back unedited changes nothing', () => {
  const log = papersLog();
  const calendars = calendarIndex(log.meetings);

  it('the Excel list', async () => {
    const items = log.items.map((i) => reportItem(i, calendars.get(i.committee) ?? [], null, reportDay(TODAY)));
    const sheet = await readReplySheet(await listXlsx(items, log.committees), 'actions.xlsx');
    expect(sheet.rows.map((r) => r.id).sort()).toEqual(log.items.map((i) => i.id).sort());
    expect(planReplies(sheet.rows, log, TODAY)).toEqual({ changes: [], bad: [], unchanged: log.items.length });
  });

  it('the CSV list', async () => {
    const views = log.items.map((i) => itemView(i, calendars.get(i.committee) ?? [], TODAY));
    const text = renderItems(views, { format: 'csv', colour: null, width: 100, borders: false });
    const sheet = await readReplySheet(Buffer.from(text), 'actions.csv');
    expect(planReplies(sheet.rows, log, TODAY)).toEqual({ changes: [], bad: [], unchanged: log.items.length });
  });
});
