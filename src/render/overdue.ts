// The overdue report in every format. JSON is DESIGN's contract: an array of items, each
// with timesCarried (and the other report fields), in the order the groups print.
import { formatUkDate } from '../domain/dates.js';
import type { OverdueGroup, OverdueReport } from '../domain/overdueReport.js';
import type { ReportItem } from '../domain/reportItem.js';
import type { TableOptions } from './table.js';
import { renderDocHtml } from './docHtml.js';
import { renderDocMarkdown } from './docMarkdown.js';
import { renderDocTable } from './docTable.js';
import { renderJson } from './json.js';
import { renderReportCsv } from './reportCsv.js';
import { asOfLine, COL, type Block, type ReportColumn, type ReportDoc, type ReportFormat } from './reportDoc.js';

export function renderOverdue(report: OverdueReport, format: ReportFormat, table: TableOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report.items);
    case 'csv':
      return renderReportCsv(csvRows(report));
    case 'md':
      return renderDocMarkdown(overdueDoc(report));
    case 'html':
      return renderDocHtml(overdueDoc(report));
    default:
      return renderDocTable(overdueDoc(report), table);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function totalsLine(report: OverdueReport): string {
  const t = report.totals;
  const waiting = t.waiting ? ` ${waitingLine(t.waiting)}` : '';
  if (t.items === 0) return `Nothing overdue as of ${formatUkDate(report.today)}.${waiting}`;
  return (
    `Total: ${plural(t.items, 'overdue item')} across ${plural(t.committees, 'committee')} and ${plural(t.owners, 'owner')}; ` +
    `oldest ${plural(t.oldestDays ?? 0, 'day')} overdue; ${t.carriedTwiceOrMore} carried twice or more.${waiting}`
  );
}

const waitingLine = (n: number): string =>
  `${plural(n, 'item')} waiting for a meeting (not overdue: no meeting in the calendar can take ${n === 1 ? 'it' : 'them'}).`;

const WAITING_HEADING = 'Waiting for a meeting (not overdue)';

export function overdueDoc(report: OverdueReport): ReportDoc {
  const byOwner = report.groupBy === 'owner';
  const columns: ReportColumn[] = [
    COL.id,
    ...(byOwner ? [COL.committee] : []),
    COL.source,
    COL.text,
    ...(report.groupBy === 'committee' ? [COL.owner] : []),
    COL.due,
    COL.daysOverdue,
    COL.carried,
  ];
  const blocks: Block[] = [];
  const table = (items: ReportItem[]): Block => ({ kind: 'table', columns, rows: items, empty: 'None.' });
  for (const group of report.groups) {
    blocks.push({ kind: 'heading', level: 2, text: byOwner ? `Owner: ${group.label}` : group.label });
    if (group.owners)
      for (const owner of group.owners)
        blocks.push({ kind: 'heading', level: 3, text: `Owner: ${owner.label}` }, table(owner.items));
    else blocks.push(table(group.items));
  }
  if (report.groups.length === 0) blocks.push({ kind: 'text', text: 'Nothing is overdue.' });
  if (report.waiting.length) {
    const waitingColumns = [COL.id, COL.committee, COL.source, COL.text, COL.owner, COL.due];
    blocks.push(
      { kind: 'heading', level: 2, text: WAITING_HEADING },
      {
        kind: 'text',
        text: 'No meeting left in the calendar can take these; add the next meeting ("actionlog meeting add") and they roll on to it.',
      },
      { kind: 'table', columns: waitingColumns, rows: report.waiting, empty: '' },
    );
  }
  return {
    title: 'Overdue actions',
    pages: [{ title: 'Overdue actions', details: [asOfLine(report.today)], blocks }],
    footer: totalsLine(report),
  };
}

function csvRows(report: OverdueReport) {
  const label = (group: OverdueGroup, owner?: OverdueGroup) =>
    owner ? `${group.label} / ${owner.label}` : group.label;
  const overdue = report.groups.flatMap((group) =>
    group.owners
      ? group.owners.flatMap((owner) => owner.items.map((item) => ({ section: label(group, owner), item })))
      : group.items.map((item) => ({ section: label(group), item })),
  );
  return [...overdue, ...report.waiting.map((item) => ({ section: 'waiting for a meeting', item }))];
}
