// The Excel workbooks: list, overdue, carry-forward and the chair's report, one sheet per
// committee or section. Loaded only by the code that writes .xlsx (see render/papers.ts):
// exceljs is not for every command.
import ExcelJS from 'exceljs';
import type { CarryForward } from '../../domain/carryForward.js';
import type { ChairReport } from '../../domain/chairReport.js';
import { formatUkDate } from '../../domain/dates.js';
import type { OverdueReport } from '../../domain/overdueReport.js';
import { RAG_WORDS } from '../../domain/rag.js';
import type { ReportItem } from '../../domain/reportItem.js';
import type { Committee } from '../../domain/types.js';
import { sections, targetMeetingLabel } from '../carryForward.js';
import { officeText } from '../officeText.js';
import { ITEM_COLUMNS, XL } from './columns.js';
import { addSheet, isoToDate, sheetName, type SheetColumn } from './sheet.js';

export interface WorkbookOptions {
  /** The council's name: in the printed header and the file's properties. */
  council?: string | null;
}

function workbook(title: string, options: WorkbookOptions): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'actionlog';
  book.title = officeText(title);
  if (options.council) book.company = officeText(options.council);
  return book;
}

const toBuffer = async (book: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await book.xlsx.writeBuffer());

/** Items by committee, in the order first met, keeping each committee's order. */
function byCommittee(items: readonly ReportItem[]): Map<string, ReportItem[]> {
  const groups = new Map<string, ReportItem[]>();
  for (const item of items)
    (groups.get(item.committee) ?? groups.set(item.committee, []).get(item.committee)!).push(item);
  return groups;
}

const nameOf = (committees: readonly Committee[], slug: string): string =>
  committees.find((c) => c.slug === slug)?.name ?? slug;

/**
 * `list`: a sheet per committee. The items are report items (domain reportItem), so that
 * each row has its RAG and times carried as the reports do.
 */
export async function listXlsx(
  items: readonly ReportItem[],
  committees: readonly Committee[],
  options: WorkbookOptions = {},
): Promise<Buffer> {
  const book = workbook('Action log', options);
  const used = new Set<string>();
  const columns = [...ITEM_COLUMNS.slice(0, 1), XL.type, ...ITEM_COLUMNS.slice(1), XL.signedOff];
  for (const [slug, rows] of byCommittee(items)) {
    addSheet(book, sheetName(slug, used), columns, rows, {
      council: options.council,
      title: `Action log: ${nameOf(committees, slug)}`,
    });
  }
  if (items.length === 0) addSheet(book, 'Items', columns, [], { council: options.council, title: 'Action log' });
  return toBuffer(book);
}

/** `overdue`: a sheet per committee, each row with its owner. */
export async function overdueXlsx(
  report: OverdueReport,
  committees: readonly Committee[],
  options: WorkbookOptions = {},
): Promise<Buffer> {
  const book = workbook(`Overdue actions, as of ${formatUkDate(report.today)}`, options);
  const used = new Set<string>();
  for (const [slug, rows] of byCommittee(report.items)) {
    addSheet(book, sheetName(slug, used), ITEM_COLUMNS, rows, {
      council: options.council,
      title: `Overdue actions: ${nameOf(committees, slug)}, as of ${formatUkDate(report.today)}`,
    });
  }
  if (report.items.length === 0)
    addSheet(book, 'Overdue', ITEM_COLUMNS, [], {
      council: options.council,
      title: `Nothing overdue as of ${formatUkDate(report.today)}`,
    });
  return toBuffer(book);
}

const SECTION_SHEETS: Record<string, string> = {
  completed: '1 Completed',
  'due-at-meeting': '2 Due at this meeting',
  'carried-forward': '3 Carried forward',
  'work-programme-scheduled': '4 Work programme scheduled',
  'work-programme-unscheduled': '5 Work programme unscheduled',
  'waiting-for-meeting': '6 Waiting for a meeting',
};

/** `carry-forward`: a sheet per section, in DESIGN's order; an empty section is a header row alone. */
export async function carryForwardXlsx(list: CarryForward, options: WorkbookOptions = {}): Promise<Buffer> {
  const meeting = targetMeetingLabel(list);
  const book = workbook(`Action log and work programme: ${list.committeeName}, ${meeting}`, options);
  const used = new Set<string>();
  for (const section of sections(list)) {
    const columns = section.key.startsWith('work-programme-unscheduled') ? [...ITEM_COLUMNS, XL.stale] : ITEM_COLUMNS;
    addSheet(book, sheetName(SECTION_SHEETS[section.key] ?? section.heading, used), columns, section.items, {
      council: options.council,
      title: `${list.committeeName}, ${meeting}: ${section.heading}`,
    });
  }
  return toBuffer(book);
}

interface CommitteeRow {
  name: string;
  slug: string;
  nextMeeting: string | null;
  lastMeeting: string | null;
  red: number;
  amber: number;
  green: number;
  waiting: number;
  done: number;
}

const SUMMARY: SheetColumn<CommitteeRow>[] = [
  { header: 'Committee', value: (c) => c.name, bold: true },
  { header: 'Sheet', value: (c) => c.slug },
  { header: 'Next meeting', value: (c) => isoToDate(c.nextMeeting) },
  { header: 'Last meeting', value: (c) => isoToDate(c.lastMeeting) },
  { header: RAG_WORDS.red, value: (c) => c.red },
  { header: RAG_WORDS.amber, value: (c) => c.amber },
  { header: RAG_WORDS.green, value: (c) => c.green },
  { header: RAG_WORDS.waiting, value: (c) => c.waiting },
  { header: 'Done since last meeting', value: (c) => c.done },
];

/** The chair's report: a summary sheet of counts, then a sheet per committee (outstanding, then completed). */
export async function chairReportXlsx(report: ChairReport, options: WorkbookOptions = {}): Promise<Buffer> {
  const title = `Outstanding actions report, as of ${formatUkDate(report.today)}`;
  const book = workbook(title, options);
  const used = new Set<string>(['summary']);
  const sheets = report.committees.map((c) => ({ committee: c, sheet: sheetName(c.committee, used) }));
  addSheet(
    book,
    'Summary',
    SUMMARY,
    sheets.map(({ committee: c, sheet }) => ({
      name: c.name,
      slug: sheet,
      nextMeeting: c.nextMeeting,
      lastMeeting: c.lastMeeting,
      ...c.counts,
    })),
    { council: options.council, title },
  );
  for (const { committee: c, sheet } of sheets) {
    const rows = [...c.outstanding.flatMap((g) => g.items), ...c.waiting, ...c.completed];
    addSheet(book, sheet, ITEM_COLUMNS, rows, {
      council: options.council,
      title: `Outstanding actions: ${c.name}, as of ${formatUkDate(report.today)}`,
    });
  }
  return toBuffer(book);
}
