// `meeting list`: a calendar as a table, JSON, CSV or Markdown, each meeting with its status
// today; and the JSON shape of one meeting, which the calendar's other commands print too.
import { meetingStatus } from '../domain/calendar.js';
import { compareIso, formatUkDate } from '../domain/dates.js';
import { compareText } from '../domain/order.js';
import type { IsoDate, Meeting } from '../domain/types.js';
import { renderCsv } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderMarkdownTable } from '../render/markdown.js';
import { renderTable } from '../render/table.js';
import { unknownCommittee } from '../store/index.js';
import type { Context } from '../context.js';
import { tableOptions } from './output.js';
import { ok, type Output } from './run.js';

export const meetingJson = (m: Meeting, today: IsoDate) => ({
  committee: m.committee,
  date: m.date,
  status: meetingStatus(m, today),
  movedTo: m.movedTo,
});

export interface MeetingListOptions {
  /** One committee's meetings; every committee's when absent. */
  committee?: string;
}

export async function runMeetingList({ committee }: MeetingListOptions, context: Context): Promise<Output> {
  const data = await context.store.view({ committee, ids: [] });
  if (committee && !data.committees.some((c) => c.slug === committee))
    throw unknownCommittee(committee, data.committees);
  const meetings = [...data.meetings]
    .sort((a, b) => compareText(a.committee, b.committee) || compareIso(a.date, b.date))
    .map((m) => meetingJson(m, context.today));
  return ok(renderMeetings(meetings, context));
}

function renderMeetings(meetings: ReturnType<typeof meetingJson>[], context: Context): string {
  const row = (m: ReturnType<typeof meetingJson>) => [
    m.committee,
    formatUkDate(m.date),
    m.status + (m.movedTo ? ` (moved to ${formatUkDate(m.movedTo)})` : ''),
  ];
  switch (context.format) {
    case 'json':
      return renderJson(meetings);
    case 'csv':
      return renderCsv(
        ['committee', 'date', 'status', 'moved_to'],
        meetings.map((m) => [m.committee, m.date, m.status, m.movedTo]),
      );
    case 'md':
      return renderMarkdownTable(['Committee', 'Date', 'Status'], meetings.map(row));
    default:
      if (meetings.length === 0) return 'No meetings. Add them with: actionlog meeting add <committee> <date...>';
      return renderTable(
        [
          { header: 'Committee', value: (m) => m.committee },
          { header: 'Date', value: (m) => formatUkDate(m.date) },
          {
            header: 'Status',
            value: (m) => row(m)[2],
            paint: (t, m, colour) => (m.status === 'cancelled' ? colour.dim(t) : t),
          },
        ],
        meetings,
        tableOptions(context),
      );
  }
}
