// A report as a format-free document — headings, paragraphs, item tables, RAG counts —
// built once per report and written out as a terminal table, Markdown or HTML. Keeping
// the wording here means every format says the same thing.
import { formatUkDate } from '../domain/dates.js';
import type { Due } from '../domain/types.js';
import { RAG_WORDS, type Rag } from '../domain/rag.js';
import type { ReportItem } from '../domain/reportItem.js';
import { dueLabel, ownersLabel, sourceLabel } from './labels.js';
import type { Column } from './table.js';

export type ReportFormat = 'table' | 'json' | 'csv' | 'md' | 'html';

export interface ReportColumn extends Column<ReportItem> {
  /** This column shows the RAG status: coloured on a terminal, shaded and worded in HTML. */
  rag?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'table'; columns: ReportColumn[]; rows: ReportItem[]; empty: string }
  | { kind: 'counts'; counts: Record<Rag, number> };

/** One page of a printed report: a committee, with the header that names it. */
export interface Page {
  title: string;
  /** Committee, meeting, as-of: the lines under the title. */
  details: string[];
  /** The meeting the page is for, said under the title of a Word paper and in its running header. */
  meeting?: string;
  blocks: Block[];
}

export interface ReportDoc {
  /** The document title (the HTML <title>). */
  title: string;
  pages: Page[];
  /** Said once at the end (totals); empty for none. */
  footer: string;
}

export const ragLabel = (rag: Rag): string => RAG_WORDS[rag];

export function carriedLabel(times: number): string {
  return times === 0 ? '—' : times === 1 ? 'once' : `${times} times`;
}

/** Original due and deferrals, e.g. "first due 1 Sep 2025; deferred 2 times (+87 days)"; empty when it never slipped. */
export function slippageLabel(item: ReportItem): string {
  if (item.deferrals === 0) return '';
  const times = item.deferrals === 1 ? 'once' : `${item.deferrals} times`;
  const days = item.slippageDays ? ` (+${item.slippageDays} days)` : '';
  return `first due ${firstDue(item.originalDue)}; deferred ${times}${days}`;
}

function firstDue(due: Due): string {
  if (due.kind === 'future') return 'at a future meeting';
  if (due.kind === 'next') return `at the next meeting after ${formatUkDate(due.after)}`;
  return due.kind === 'date' ? `by ${formatUkDate(due.date)}` : `at the ${formatUkDate(due.meeting)} meeting`;
}

/** The due, and for a slipped item its first due and deferrals; `carried` adds how often it was carried. */
export function dueWithSlippage(item: ReportItem, carried = false): string {
  // Joined piece by piece, with no array per item: a report asks this of every row.
  let label = dueLabel(item.due, item.effectiveDue);
  if (item.deferrals !== 0) label = label ? `${label}; ${slippageLabel(item)}` : slippageLabel(item);
  if (carried && item.timesCarried > 0) {
    const times = `carried ${carriedLabel(item.timesCarried)}`;
    label = label ? `${label}; ${times}` : times;
  }
  return label;
}

/** "12 Nov 2025: Letter sent to UHL", or a dash when nothing has been noted. */
export function latestUpdateLabel(item: Pick<ReportItem, 'latestUpdate'>): string {
  const update = item.latestUpdate;
  return update ? `${formatUkDate(update.at.slice(0, 10))}: ${update.note}` : '—';
}

/** The columns the reports choose from. */
export const COL = {
  id: { header: 'ID', value: (i) => i.id },
  committee: { header: 'Committee', value: (i) => i.committee },
  source: { header: 'Decided', value: sourceLabel },
  text: { header: 'Item', value: (i) => i.text, flex: true },
  owner: { header: 'Owner', value: ownersLabel, flex: true },
  due: { header: 'Due', value: (i) => dueWithSlippage(i), flex: true },
  /** The due with its slippage and how often it was carried, where there is no Carried column. */
  dueCarried: { header: 'Due', value: (i) => dueWithSlippage(i, true), flex: true },
  daysOverdue: { header: 'Days over', value: (i) => (i.daysOverdue === null ? '—' : String(i.daysOverdue)) },
  carried: { header: 'Carried', value: (i) => carriedLabel(i.timesCarried) },
  status: { header: 'Status', value: (i) => i.status },
  update: { header: 'Latest update', value: latestUpdateLabel, flex: true },
  rag: { header: 'RAG', value: (i) => ragLabel(i.rag), rag: true },
  stale: { header: 'Note', value: (i) => (i.stale ? 'stale: unplaced for over 6 months' : '') },
  type: { header: 'Type', value: (i) => i.type },
} satisfies Record<string, ReportColumn>;

export const asOfLine = (today: string): string => `As of ${formatUkDate(today)}`;
