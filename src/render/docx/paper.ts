// A report document (reportDoc.ts) as a Word paper for the agenda pack: A4 landscape (the
// tables have up to nine columns), the council's name and the paper's title in the
// running header, "Page n of m" in the footer, each committee from a new page.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { officeText } from '../officeText.js';
import type { Block, Page, ReportDoc } from '../reportDoc.js';
import { A4, FONT, MARGIN, SIZE, usableWidth } from './style.js';
import { countsTable, itemTable } from './table.js';
import { paragraphs, run } from './text.js';

export interface PaperOptions {
  /** The council's name, at the top of every page when given. */
  council?: string | null;
}

const LANDSCAPE = true;

export async function renderDocDocx(doc: ReportDoc, options: PaperOptions = {}): Promise<Buffer> {
  const document = new Document({
    title: officeText(doc.title),
    creator: 'actionlog',
    ...(options.council ? { subject: officeText(options.council) } : {}),
    styles: STYLES,
    sections: doc.pages.map((page, index) => section(page, doc, options, index === doc.pages.length - 1)),
  });
  return Packer.toBuffer(document);
}

function section(page: Page, doc: ReportDoc, options: PaperOptions, last: boolean): ISectionOptions {
  const width = usableWidth(LANDSCAPE);
  const children = [
    ...(options.council ? paragraphs(options.council, { bold: true }, { spacing: { after: 60 } }) : []),
    ...paragraphs(page.title, {}, { heading: HeadingLevel.TITLE }),
    ...(page.meeting ? paragraphs(page.meeting, {}, { style: 'Subtitle' }) : []),
    ...page.details.filter((d) => !d.startsWith('Meeting:')).flatMap((d) => paragraphs(d, { size: SIZE.small })),
    new Paragraph({ children: [] }),
    ...page.blocks.flatMap((block) => blockContent(block, width)),
    ...(last && doc.footer ? paragraphs(doc.footer, { bold: true }, { spacing: { before: 240 } }) : []),
  ];
  const running = [options.council, page.title, page.meeting]
    .filter((part): part is string => Boolean(part))
    .map(officeText)
    .join(' · ');
  return {
    properties: {
      // The first page has the title itself; the running header is for the pages after it.
      titlePage: true,
      page: {
        size: {
          width: A4.short,
          height: A4.long,
          orientation: LANDSCAPE ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 400, footer: 400 },
      },
    },
    headers: {
      default: new Header({
        children: [new Paragraph({ children: [new TextRun({ text: running, font: FONT, size: SIZE.small })] })],
      }),
      first: new Header({ children: [new Paragraph({ children: [] })] }),
    },
    footers: { default: pageNumberFooter(), first: pageNumberFooter() },
    children,
  };
}

function pageNumberFooter(): Footer {
  return new Footer({
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
  });
}

function blockContent(block: Block, width: number) {
  switch (block.kind) {
    case 'heading':
      return paragraphs(
        block.text,
        {},
        { heading: block.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true },
      );
    case 'text':
      return paragraphs(block.text);
    case 'counts':
      return [countsTable(block.counts, width), new Paragraph({ children: [] })];
    case 'table':
      if (block.rows.length === 0) return paragraphs(block.empty, { italics: true });
      // An empty paragraph after each table, so two tables never run together.
      return [itemTable(block.columns, block.rows, width), new Paragraph({ children: [run('')] })];
  }
}

const heading = (size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 80 }, keepNext: true },
});

const STYLES = {
  default: {
    document: { run: { font: FONT, size: SIZE.body } },
    title: {
      run: { font: FONT, size: SIZE.title, bold: true, color: '000000' },
      paragraph: { spacing: { after: 60 } },
    },
    heading1: heading(SIZE.heading1, 240),
    heading2: heading(SIZE.heading2, 120),
  },
  // Not a heading: the meeting belongs to the title, and a heading would come before the first Heading 1.
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: SIZE.subtitle, bold: true },
      paragraph: { spacing: { after: 120 } },
    },
  ],
};
