// A chase letter as a Word document, ready to print or attach: A4 portrait, the council's
// name at the head, the items per committee as real tables, a reply table to fill in, and
// page numbers. Loaded only when letters are written as .docx.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  Table,
  TableRow,
  TableCell,
  WidthType,
  TableLayoutType,
  BorderStyle,
  ShadingType,
} from 'docx';
import { itemTable } from '../docx/table.js';
import { paragraphs } from '../docx/text.js';
import { A4, FONT, HEADER_FILL, MARGIN, SIZE, columnWidths, usableWidth } from '../docx/style.js';
import { officeText } from '../officeText.js';
import { LETTER_COLUMNS, REPLY_HEADERS, type Letter } from './letter.js';

export async function letterDocx(letter: Letter): Promise<Buffer> {
  const width = usableWidth(false);
  const children = [
    ...(letter.council
      ? paragraphs(letter.council, { bold: true, size: SIZE.subtitle }, { spacing: { after: 240 } })
      : []),
    ...paragraphs(`To: ${letter.to.name}${letter.to.email ? ` <${letter.to.email}>` : ''}`),
    ...paragraphs(letter.date, {}, { spacing: { after: 240 } }),
    ...paragraphs(letter.subject, {}, { heading: HeadingLevel.TITLE }),
    ...paragraphs(letter.greeting, {}, { spacing: { after: 120 } }),
    ...letter.opening.flatMap((p) => paragraphs(p, {}, { spacing: { after: 120 } })),
    ...letter.sections.flatMap((section) => [
      ...paragraphs(section.heading, {}, { heading: HeadingLevel.HEADING_1, keepNext: true }),
      itemTable(LETTER_COLUMNS, section.items, width),
    ]),
    ...paragraphs('Your reply', {}, { heading: HeadingLevel.HEADING_1, keepNext: true }),
    ...letter.reply.flatMap((p) => paragraphs(p, {}, { spacing: { after: 120 } })),
    replyTable(letter, width),
    ...paragraphs('Yours sincerely,', {}, { spacing: { before: 360, after: 480 } }),
    ...letter.signature.flatMap((line) => paragraphs(line)),
  ];
  const document = new Document({
    title: officeText(letter.subject),
    creator: 'actionlog',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body } },
        title: {
          run: { font: FONT, size: SIZE.heading1, bold: true, color: '000000' },
          paragraph: { spacing: { after: 200 } },
        },
        heading1: {
          run: { font: FONT, size: SIZE.heading2, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.short, height: A4.long },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 400, footer: 400 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    font: FONT,
                    size: SIZE.small,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** The reply table: the ID and item filled in, Status, Update and Due left for the owner, rows tall enough to write in. */
function replyTable(letter: Letter, width: number): Table {
  const widths = columnWidths(REPLY_HEADERS, width);
  const cell = (text: string, i: number, header = false) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
      children: paragraphs(text, { size: SIZE.table, bold: header }),
    });
  return new Table({
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: REPLY_HEADERS.map((h, i) => cell(h, i, true)) }),
      ...letter.replyItems.map(
        (item) =>
          new TableRow({
            cantSplit: true,
            height: { value: 700, rule: 'atLeast' },
            children: [item.id, '', '', '', item.text].map((t, i) => cell(t, i)),
          }),
      ),
    ],
  });
}
