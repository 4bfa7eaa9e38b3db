// The files a clerk sends out — Word papers, Excel workbooks, chase letters and email
// drafts, the meetings calendar — each written by a module (and a library: docx, exceljs,
// nodemailer, ical-generator) loaded here with import() on first use, so that no other
// command pays to load them. The build makes each a lazy bundle (scripts/lib/build-plugins.mjs).
import type { CarryForward } from '../domain/carryForward.js';
import type { ChairReport } from '../domain/chairReport.js';
import type { CalendarMeeting } from '../domain/meetingCalendar.js';
import type { OverdueReport } from '../domain/overdueReport.js';
import type { ReportItem } from '../domain/reportItem.js';
import type { Committee } from '../domain/types.js';
import type { CalendarOptions } from './calendar.js';
import type { EmlOptions } from './chase/eml.js';
import type { Letter } from './chase/letter.js';
import type { PaperOptions } from './docx/paper.js';
import type { WorkbookOptions } from './xlsx/index.js';

export type { CalendarOptions, EmlOptions, Letter, PaperOptions, WorkbookOptions };
// The letter's words (chase/letter.ts) and its Markdown (chase/markdown.ts) need no library:
// `chase` imports them itself, so that the report commands' bundles do not carry them.

const word = () => import('./docx/index.js');
const excel = () => import('./xlsx/index.js');

export const carryForwardDocx = async (list: CarryForward, options: PaperOptions = {}): Promise<Buffer> =>
  (await word()).carryForwardDocx(list, options);
export const overdueDocx = async (report: OverdueReport, options: PaperOptions = {}): Promise<Buffer> =>
  (await word()).overdueDocx(report, options);
export const chairReportDocx = async (report: ChairReport, options: PaperOptions = {}): Promise<Buffer> =>
  (await word()).chairReportDocx(report, options);

/** `list` as a workbook; the items as domain reportItem() makes them (RAG, times carried). */
export const listXlsx = async (
  items: readonly ReportItem[],
  committees: readonly Committee[],
  options: WorkbookOptions = {},
): Promise<Buffer> => (await excel()).listXlsx(items, committees, options);
export const overdueXlsx = async (
  report: OverdueReport,
  committees: readonly Committee[],
  options: WorkbookOptions = {},
): Promise<Buffer> => (await excel()).overdueXlsx(report, committees, options);
export const carryForwardXlsx = async (list: CarryForward, options: WorkbookOptions = {}): Promise<Buffer> =>
  (await excel()).carryForwardXlsx(list, options);
export const chairReportXlsx = async (report: ChairReport, options: WorkbookOptions = {}): Promise<Buffer> =>
  (await excel()).chairReportXlsx(report, options);

export const letterDocx = async (letter: Letter): Promise<Buffer> =>
  (await import('./chase/docx.js')).letterDocx(letter);
/** The reply table a letter carries, as the spreadsheet the owner fills in and sends back (what `apply` reads). */
export const replySheetXlsx = async (letter: Letter): Promise<Buffer> =>
  (await import('./chase/replyXlsx.js')).replyXlsx(letter);
export const letterEml = async (letter: Letter, options: EmlOptions = {}): Promise<Buffer> =>
  (await import('./chase/eml.js')).letterEml(letter, options);

export const meetingsIcs = async (meetings: readonly CalendarMeeting[], options: CalendarOptions): Promise<string> =>
  (await import('./calendar.js')).meetingsIcs(meetings, options);
