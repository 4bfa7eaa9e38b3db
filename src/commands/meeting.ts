import type { Command } from 'commander';
import { findMeeting, meetingStatus } from '../domain/calendar.js';
import { compareIso, formatUkDate } from '../domain/dates.js';
import { describeCalendar } from '../domain/due.js';
import { compareText } from '../domain/order.js';
import type { IsoDate, Meeting } from '../domain/types.js';
import { usageError } from '../errors.js';
import { renderCsv } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderMarkdownTable } from '../render/markdown.js';
import { renderTable } from '../render/table.js';
import { unknownCommittee } from '../store/index.js';
import type { Context } from '../context.js';
import { tableOptions } from './output.js';
import { meetingDate } from './options.js';
import { prints, TABLES } from './prints.js';
import { action, ok, type Output } from './run.js';

const meetingJson = (m: Meeting, today: IsoDate) => ({
  committee: m.committee,
  date: m.date,
  status: meetingStatus(m, today),
  movedTo: m.movedTo,
});

export interface MeetingAddOptions {
  committee: string;
  /** The dates as typed. */
  dates: string[];
}

export async function runMeetingAdd({ committee, dates: texts }: MeetingAddOptions, context: Context): Promise<Output> {
  const dates = texts.map((text) => meetingDate(text));
  const added = await context.store.transact('meeting add', context.actor(), async (tx) => {
    await tx.committee(committee);
    const calendar = await tx.calendar(committee);
    const fresh = [...new Set(dates)].filter((date) => !findMeeting(calendar, date));
    for (const date of fresh) await tx.putMeeting({ committee, date, cancelled: false, movedTo: null });
    tx.summary = `added ${committee} meetings ${fresh.map(formatUkDate).join(', ')}`;
    return fresh.sort();
  });
  if (context.format === 'json') {
    return ok(renderJson(added.map((date) => meetingJson({ committee, date, cancelled: false, movedTo: null }, context.today))));
  }
  const skipped = dates.length - added.length;
  const lines = added.length ? [`Added ${added.length} meeting(s) of ${committee}: ${added.map(formatUkDate).join(', ')}`] : [];
  if (skipped) lines.push(`${skipped} date(s) already in the calendar were left as they are.`);
  return ok(lines.join('\n'));
}

export interface MeetingCancelOptions {
  committee: string;
  date: string;
  movedTo?: string;
}

export async function runMeetingCancel({ committee, date: text, movedTo: movedText }: MeetingCancelOptions, context: Context): Promise<Output> {
  const date = meetingDate(text);
  const movedTo = movedText === undefined ? null : meetingDate(movedText, '--moved-to');
  if (movedTo === date) throw usageError('--moved-to is the same date as the meeting being cancelled');
  const cancelled = await context.store.transact('meeting cancel', context.actor(), async (tx) => {
    await tx.committee(committee);
    const calendar = await tx.calendar(committee);
    const existing = findMeeting(calendar, date);
    if (!existing) throw usageError(`${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`);
    const target = movedTo ? findMeeting(calendar, movedTo) : undefined;
    if (target?.cancelled) throw usageError(`the meeting of ${formatUkDate(movedTo!)} is itself cancelled; choose another date`);
    const meeting: Meeting = { ...existing, cancelled: true, movedTo };
    await tx.putMeeting(meeting);
    if (movedTo && !target) await tx.putMeeting({ committee, date: movedTo, cancelled: false, movedTo: null });
    tx.summary = `cancelled ${committee} meeting of ${formatUkDate(date)}${movedTo ? `, moved to ${formatUkDate(movedTo)}` : ''}`;
    return meeting;
  });
  if (context.format === 'json') return ok(renderJson(meetingJson(cancelled, context.today)));
  return ok(`Cancelled the ${committee} meeting of ${formatUkDate(date)}` + (movedTo ? `; its business moves to ${formatUkDate(movedTo)}.` : '; its business moves to the next meeting.'));
}

export interface MeetingListOptions {
  /** One committee's meetings; every committee's when absent. */
  committee?: string;
}

export async function runMeetingList({ committee }: MeetingListOptions, context: Context): Promise<Output> {
  const data = await context.store.view({ committee, ids: [] });
  if (committee && !data.committees.some((c) => c.slug === committee)) throw unknownCommittee(committee, data.committees);
  const meetings = [...data.meetings]
    .sort((a, b) => compareText(a.committee, b.committee) || compareIso(a.date, b.date))
    .map((m) => meetingJson(m, context.today));
  return ok(renderMeetings(meetings, context));
}

export function register(program: Command): void {
  const meeting = program.command('meeting').description("a committee's calendar: its meetings, cancelled and rearranged ones too");

  meeting
    .command('add <committee> <date...>')
    .description('add one or more meeting dates to a committee')
    .addHelpText('after', '\nExamples:\n  $ actionlog meeting add llr-jhsc 2025-09-01 "27 November 2025" 26/02/2026\n  $ actionlog meeting add rutland-hwb "Tuesday 5th April 2022"')
    .action(action(runMeetingAdd, ([committee, ...dates]) => ({ committee, dates })));

  meeting
    .command('cancel <committee> <date>')
    .description("cancel a meeting; its business goes to the date it moved to, or else the next meeting")
    .option('--moved-to <date>', 'the date the meeting was rearranged to (added to the calendar)')
    .addHelpText('after', '\nExamples:\n  $ actionlog meeting cancel llr-jhsc 2025-09-01\n  $ actionlog meeting cancel llr-jhsc "1 September 2025" --moved-to "15 September 2025"')
    .action(action(runMeetingCancel, ([committee, date], flags) => ({ committee, date, movedTo: flags.movedTo as string | undefined })));

  const list = meeting
    .command('list [committee]')
    .description("list meetings, with each one's status: scheduled, held or cancelled")
    .addHelpText('after', '\nExamples:\n  $ actionlog meeting list llr-jhsc\n  $ actionlog meeting list --json')
    .action(action(runMeetingList, ([committee]) => ({ committee })));
  prints(list, TABLES);
}

function renderMeetings(meetings: ReturnType<typeof meetingJson>[], context: Context): string {
  const row = (m: ReturnType<typeof meetingJson>) => [m.committee, formatUkDate(m.date), m.status + (m.movedTo ? ` (moved to ${formatUkDate(m.movedTo)})` : '')];
  switch (context.format) {
    case 'json':
      return renderJson(meetings);
    case 'csv':
      return renderCsv(['committee', 'date', 'status', 'moved_to'], meetings.map((m) => [m.committee, m.date, m.status, m.movedTo]));
    case 'md':
      return renderMarkdownTable(['Committee', 'Date', 'Status'], meetings.map(row));
    default:
      if (meetings.length === 0) return 'No meetings. Add them with: actionlog meeting add <committee> <date...>';
      return renderTable(
        [
          { header: 'Committee', value: (m) => m.committee },
          { header: 'Date', value: (m) => formatUkDate(m.date) },
          { header: 'Status', value: (m) => row(m)[2], paint: (t, m, colour) => (m.status === 'cancelled' ? colour.dim(t) : t) },
        ],
        meetings,
        tableOptions(context),
      );
  }
}
