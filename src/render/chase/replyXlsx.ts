// The reply table as a spreadsheet, attached to each chase email: the contract's columns
// first (ID, Status, Update, Due: what `apply` reads back), then the item, its committee,
// when it is due now and its latest update, for the owner's reference (apply ignores them).
import ExcelJS from 'exceljs';
import type { ReportItem } from '../../domain/reportItem.js';
import { officeText } from '../officeText.js';
import { XL } from '../xlsx/columns.js';
import { addSheet, DATE_FORMAT, type SheetColumn } from '../xlsx/sheet.js';
import { REPLY_STATUS_WORDS, type Letter } from './letter.js';

const columns = (letter: Letter): SheetColumn<ReportItem>[] => [
  XL.id,
  // The current status, so that a row left alone says what the log already says.
  { header: 'Status', value: (i) => (i.status === 'in-progress' ? 'in progress' : i.status) },
  { header: 'Update', value: () => null, wrap: true },
  { header: 'Due', value: () => null },
  XL.text,
  { header: 'Committee', value: (i) => letter.sections.find((s) => s.items.includes(i))?.committee ?? i.committee },
  XL.decided,
  { ...XL.due, header: 'Due now' },
  XL.daysOverdue,
  XL.carried,
  XL.update,
];

export async function replyXlsx(letter: Letter): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'actionlog';
  book.title = officeText(letter.subject);
  if (letter.council) book.company = letter.council;
  const sheet = addSheet(book, 'Reply', columns(letter), letter.replyItems, {
    council: letter.council,
    title: `Reply from ${letter.owner}`,
  });
  // Room to write, a list of the statuses, and dates typed into Due kept as dates.
  sheet.getColumn(3).width = 50;
  sheet.getColumn(4).width = 14;
  for (let r = 2; r <= letter.replyItems.length + 1; r++) {
    sheet.getCell(r, 2).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${REPLY_STATUS_WORDS.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Status',
      error: `Choose one of: ${REPLY_STATUS_WORDS.join(', ')}`,
    };
    sheet.getCell(r, 4).numFmt = DATE_FORMAT;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
