// The carry-forward list (matters arising) in every format, sections in DESIGN's order.
import type { CarryForward } from '../domain/carryForward.js';
import { formatLongDate } from '../domain/dates.js';
import type { ReportItem } from '../domain/reportItem.js';
import { renderDocHtml } from './docHtml.js';
import { renderDocMarkdown } from './docMarkdown.js';
import { renderDocTable } from './docTable.js';
import { renderJson } from './json.js';
import { renderReportCsv } from './reportCsv.js';
import { asOfLine, COL, type Block, type ReportColumn, type ReportDoc, type ReportFormat } from './reportDoc.js';
import type { TableOptions } from './table.js';

export function renderCarryForward(list: CarryForward, format: ReportFormat, table: TableOptions): string {
  switch (format) {
    case 'json':
      return renderJson(carryForwardJson(list));
    case 'csv':
      return renderReportCsv(sections(list).flatMap((s) => s.items.map((item) => ({ section: s.key, item }))));
    case 'md':
      return renderDocMarkdown(carryForwardDoc(list));
    case 'html':
      return renderDocHtml(carryForwardDoc(list));
    default:
      return renderDocTable(carryForwardDoc(list), table);
  }
}

/** Exactly DESIGN's top-level shape; the items carry the report fields too. */
export function carryForwardJson(list: CarryForward) {
  return {
    committee: list.committee,
    meeting: { date: list.meeting.date },
    completed: list.completed,
    dueAtMeeting: list.dueAtMeeting,
    carriedForward: list.carriedForward,
    workProgramme: { scheduled: list.workProgramme.scheduled, unscheduled: list.workProgramme.unscheduled },
    waitingForMeeting: list.waitingForMeeting,
  };
}

/** The meeting the list is for, as headings say it: "Thursday 27 November 2025", or that the next one has no date yet. */
export function targetMeetingLabel(list: Pick<CarryForward, 'meeting'>): string {
  return list.meeting.date ? formatLongDate(list.meeting.date) : 'the next meeting (date not yet set)';
}

export interface Section {
  key: string;
  heading: string;
  columns: ReportColumn[];
  items: ReportItem[];
  empty: string;
}

/** The list's sections in DESIGN's order, with the columns each shows (every format uses these); the last, items waiting for a meeting, only when there are some. */
export function sections(list: CarryForward): Section[] {
  const { id, source, text, owner, due, daysOverdue, carried, status, update, stale, type } = COL;
  // Every row says where the item stands and its latest update, for the committee to see.
  return [
    {
      key: 'completed',
      heading: '1. Completed: for the committee to note and sign off',
      columns: [id, source, text, owner, status, update],
      items: list.completed,
      empty: 'Nothing awaiting sign-off.',
    },
    {
      key: 'due-at-meeting',
      heading: '2. Due at this meeting',
      columns: [id, source, text, owner, due, status, update],
      items: list.dueAtMeeting,
      empty: 'No actions due at this meeting.',
    },
    {
      key: 'carried-forward',
      heading: '3. Carried forward (oldest first)',
      columns: [id, source, text, owner, due, daysOverdue, carried, status, update],
      items: list.carriedForward,
      empty: 'Nothing carried forward.',
    },
    {
      key: 'work-programme-scheduled',
      heading: '4. Work programme: scheduled for this meeting',
      columns: [id, source, text, owner, due, status, update],
      items: list.workProgramme.scheduled,
      empty: 'No work-programme items scheduled for this meeting.',
    },
    {
      key: 'work-programme-unscheduled',
      heading: '5. Work programme: unscheduled, for the committee to place',
      columns: [id, source, text, owner, type, stale, status, update],
      items: list.workProgramme.unscheduled,
      empty: 'No unscheduled work-programme items.',
    },
    // Shown only when something waits: most committees, most of the time, have a next meeting.
    ...(list.waitingForMeeting.length === 0
      ? []
      : [
          {
            key: 'waiting-for-meeting',
            heading: '6. Waiting for a meeting: no meeting in the calendar can take these yet',
            columns: [id, source, text, owner, due, status, update],
            items: list.waitingForMeeting,
            empty: '',
          },
        ]),
  ];
}

export function carryForwardDoc(list: CarryForward): ReportDoc {
  const title = `Action log and work programme: ${list.committeeName}`;
  const blocks: Block[] = sections(list).flatMap((s): Block[] => [
    { kind: 'heading', level: 2, text: s.heading },
    { kind: 'table', columns: s.columns, rows: s.items, empty: s.empty },
  ]);
  const details = [
    `Committee: ${list.committeeName} (${list.committee})`,
    `Meeting: ${targetMeetingLabel(list)}`,
    asOfLine(list.today),
  ];
  const meeting = list.meeting.date
    ? `Meeting of ${formatLongDate(list.meeting.date)}`
    : 'Next meeting: date not yet set';
  return { title: `${title}, ${targetMeetingLabel(list)}`, pages: [{ title, details, meeting, blocks }], footer: '' };
}
