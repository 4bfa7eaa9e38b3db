// The chair's outstanding-actions report in every format: one page per committee, its
// items grouped by the meeting that decided them, with RAG in words.
import type { ChairReport, CommitteeReport } from '../domain/chairReport.js';
import { formatLongDate, formatUkDate } from '../domain/dates.js';
import { citation } from '../domain/view.js';
import { renderDocHtml } from './docHtml.js';
import { renderDocMarkdown } from './docMarkdown.js';
import { renderDocTable } from './docTable.js';
import { renderJson } from './json.js';
import { renderReportCsv } from './reportCsv.js';
import { asOfLine, COL, type Block, type ReportColumn, type ReportDoc, type ReportFormat } from './reportDoc.js';
import type { TableOptions } from './table.js';

export function renderChairReport(report: ChairReport, format: ReportFormat, table: TableOptions): string {
  switch (format) {
    case 'json':
      return renderJson(chairReportJson(report));
    case 'csv':
      return renderReportCsv(
        report.committees.flatMap((c) => [
          ...c.outstanding.flatMap((g) => g.items.map((item) => ({ section: 'outstanding', item }))),
          ...c.waiting.map((item) => ({ section: 'waiting for a meeting', item })),
          ...c.completed.map((item) => ({ section: 'completed since last meeting', item })),
        ]),
      );
    case 'md':
      return renderDocMarkdown(chairReportDoc(report));
    case 'html':
      return renderDocHtml(chairReportDoc(report));
    default:
      return renderDocTable(chairReportDoc(report), table);
  }
}

export function chairReportJson(report: ChairReport) {
  return {
    asOf: report.today,
    committees: report.committees.map((c) => ({
      committee: c.committee,
      name: c.name,
      nextMeeting: c.nextMeeting,
      lastMeeting: c.lastMeeting,
      counts: c.counts,
      outstanding: c.outstanding.map((g) => ({ meeting: g.meeting, items: g.items })),
      waitingForMeeting: c.waiting,
      completed: c.completed,
    })),
  };
}

export function chairReportDoc(report: ChairReport): ReportDoc {
  const pages = report.committees.map((c) => ({
    title: `Outstanding actions: ${c.name}`,
    details: [
      `Committee: ${c.name} (${c.committee})`,
      `Meeting: ${c.nextMeeting ? formatLongDate(c.nextMeeting) : 'no meeting scheduled'}`,
      asOfLine(report.today),
    ],
    meeting: c.nextMeeting ? `Meeting of ${formatLongDate(c.nextMeeting)}` : 'No meeting scheduled',
    blocks: committeeBlocks(c),
  }));
  return {
    title: `Outstanding actions report, as of ${formatUkDate(report.today)}`,
    pages: pages.length
      ? pages
      : [
          {
            title: 'Outstanding actions',
            details: [asOfLine(report.today)],
            blocks: [{ kind: 'text', text: 'No committees have items to report.' }],
          },
        ],
    footer: '',
  };
}

// The same columns for every table of the report (a report has hundreds of source meetings).
const OUTSTANDING: ReportColumn[] = [
  COL.id,
  { ...COL.source, header: 'Minute', value: (i) => citation(i.source) || '—' },
  COL.text,
  COL.owner,
  COL.dueCarried,
  COL.status,
  COL.update,
  COL.rag,
];
const COMPLETED: ReportColumn[] = [COL.id, COL.text, COL.owner, COL.status, COL.update];
const WAITING: ReportColumn[] = [COL.id, COL.source, COL.text, COL.owner, COL.due, COL.status, COL.update];

function committeeBlocks(c: CommitteeReport): Block[] {
  const blocks: Block[] = [{ kind: 'counts', counts: c.counts }];
  if (c.outstanding.length === 0 && c.waiting.length === 0)
    blocks.push({ kind: 'text', text: 'No outstanding items.' });
  for (const group of c.outstanding) {
    blocks.push(
      { kind: 'heading', level: 2, text: `Decided at the meeting of ${formatLongDate(group.meeting)}` },
      { kind: 'table', columns: OUTSTANDING, rows: group.items, empty: '' },
    );
  }
  if (c.waiting.length) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Waiting for a meeting' },
      {
        kind: 'text',
        text: 'No meeting in the calendar can take these: they are neither overdue nor on track until the next meeting is added.',
      },
      { kind: 'table', columns: WAITING, rows: c.waiting, empty: '' },
    );
  }
  const since = c.lastMeeting ? `since the last meeting (${formatUkDate(c.lastMeeting)})` : 'awaiting sign-off';
  blocks.push(
    { kind: 'heading', level: 2, text: `Completed ${since}` },
    { kind: 'table', columns: COMPLETED, rows: c.completed, empty: 'Nothing completed.' },
  );
  return blocks;
}
