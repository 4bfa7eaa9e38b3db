import type { Command } from 'commander';
import { effectiveMeetingDate, findMeeting } from '../domain/calendar.js';
import { formatUkDate } from '../domain/dates.js';
import { cancellationProblem, reinstateProblem, removalProblem, type Cancellation } from '../domain/meetingChanges.js';
import { isActive } from '../domain/rules.js';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import type { Meeting } from '../domain/types.js';
import type { Context } from '../context.js';
import { meetingJson, runMeetingList } from './meetingList.js';
import { meetingDate } from './options.js';
import { prints, TABLES } from './prints.js';
import { action, ok, type Output } from './run.js';

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
    return ok(
      renderJson(added.map((date) => meetingJson({ committee, date, cancelled: false, movedTo: null }, context.today))),
    );
  }
  const skipped = dates.length - added.length;
  const lines = added.length
    ? [`Added ${added.length} meeting(s) of ${committee}: ${added.map(formatUkDate).join(', ')}`]
    : [];
  if (skipped) lines.push(`${skipped} date(s) already in the calendar were left as they are.`);
  return ok(lines.join('\n'));
}

export interface MeetingCancelOptions {
  committee: string;
  date: string;
  movedTo?: string;
  /** Cancel a meeting the log says was held (it did not in fact take place); needs a reason. */
  force?: boolean;
  reason?: string;
}

export async function runMeetingCancel(options: MeetingCancelOptions, context: Context): Promise<Output> {
  const { committee } = options;
  const date = meetingDate(options.date);
  const movedTo = options.movedTo === undefined ? null : meetingDate(options.movedTo, '--moved-to');
  return changeCalendar(context, 'meeting cancel', {
    committee,
    date,
    movedTo,
    force: Boolean(options.force),
    reason: reasonOption(options.reason),
  });
}

export interface MeetingMoveOptions {
  committee: string;
  date: string;
  /** The date it is rearranged to, as typed. */
  to: string;
  force?: boolean;
  reason?: string;
}

/** A rearrangement: the meeting is cancelled and its business moves to the new date, added to the calendar. */
export async function runMeetingMove(options: MeetingMoveOptions, context: Context): Promise<Output> {
  const { committee } = options;
  const date = meetingDate(options.date);
  const to = meetingDate(options.to, '--to');
  return changeCalendar(context, 'meeting move', {
    committee,
    date,
    movedTo: to,
    force: Boolean(options.force),
    reason: reasonOption(options.reason),
  });
}

function reasonOption(text: string | undefined): string | null {
  if (text === undefined) return null;
  const reason = text.replace(/\s+/g, ' ').trim();
  if (reason === '') throw usageError('--reason is empty; say why the meeting was cancelled');
  return reason;
}

async function changeCalendar(context: Context, command: string, change: Cancellation): Promise<Output> {
  const { committee, date, movedTo } = change;
  if (change.force && change.reason === null)
    throw usageError('--force needs --reason: say why a meeting the log records as held did not take place');
  const result = await context.store.transact(command, context.actor(), async (tx) => {
    await tx.committee(committee);
    const calendar = await tx.calendar(committee);
    const refersToIt = await tx.items({ refersTo: { committee, date } });
    const problem = cancellationProblem(calendar, change, context.today, refersToIt);
    if (problem !== null) throw usageError(problem);
    const meeting: Meeting = { ...findMeeting(calendar, date)!, cancelled: true, movedTo };
    await tx.putMeeting(meeting);
    if (movedTo && !findMeeting(calendar, movedTo))
      await tx.putMeeting({ committee, date: movedTo, cancelled: false, movedTo: null });
    const why = change.reason ? ` (${change.reason})` : '';
    tx.summary = `cancelled ${committee} meeting of ${formatUkDate(date)}${movedTo ? `, moved to ${formatUkDate(movedTo)}` : ''}${why}`;
    const dueThere = refersToIt.filter(
      (item) =>
        isActive(item) && item.committee === committee && item.due.kind === 'meeting' && item.due.meeting === date,
    );
    return { meeting, takenAt: effectiveMeetingDate(await tx.calendar(committee), date), dueThere };
  });
  if (context.format === 'json') return ok(renderJson(meetingJson(result.meeting, context.today)));
  const ids = result.dueThere.map((item) => item.id).join(', ');
  const items = ids ? ` (${ids})` : '';
  const head = `Cancelled the ${committee} meeting of ${formatUkDate(date)}`;
  if (result.takenAt === null) {
    return ok(
      `${head}; no later meeting is in the calendar, so its business${items} waits for a meeting: add the next one with "actionlog meeting add ${committee} <date>" and it moves there.`,
    );
  }
  const where = movedTo
    ? `the rearranged meeting of ${formatUkDate(result.takenAt)}`
    : `the next meeting, ${formatUkDate(result.takenAt)}`;
  return ok(`${head}; its business${items} moves to ${where}.`);
}

export interface MeetingDateOptions {
  committee: string;
  date: string;
}

/** Puts a cancelled meeting back: its business returns to it (a meeting it had been moved to stays in the calendar). */
export async function runMeetingReinstate(
  { committee, date: text }: MeetingDateOptions,
  context: Context,
): Promise<Output> {
  const date = meetingDate(text);
  const meeting = await context.store.transact('meeting reinstate', context.actor(), async (tx) => {
    await tx.committee(committee);
    const calendar = await tx.calendar(committee);
    const problem = reinstateProblem(calendar, committee, date);
    if (problem !== null) throw usageError(problem);
    const reinstated: Meeting = { ...findMeeting(calendar, date)!, cancelled: false, movedTo: null };
    await tx.putMeeting(reinstated);
    tx.summary = `reinstated ${committee} meeting of ${formatUkDate(date)}`;
    return reinstated;
  });
  if (context.format === 'json') return ok(renderJson(meetingJson(meeting, context.today)));
  return ok(`Reinstated the ${committee} meeting of ${formatUkDate(date)}: business due there is taken there again.`);
}

/** Takes a meeting out of the calendar: only one nothing refers to (a date added by mistake). */
export async function runMeetingRemove(
  { committee, date: text }: MeetingDateOptions,
  context: Context,
): Promise<Output> {
  const date = meetingDate(text);
  await context.store.transact('meeting remove', context.actor(), async (tx) => {
    await tx.committee(committee);
    const calendar = await tx.calendar(committee);
    const problem = removalProblem(calendar, committee, date, await tx.items({ refersTo: { committee, date } }));
    if (problem !== null) throw usageError(problem);
    await tx.removeMeeting(committee, date);
    tx.summary = `removed ${committee} meeting of ${formatUkDate(date)} from the calendar`;
  });
  if (context.format === 'json') return ok(renderJson({ committee, date, removed: true }));
  return ok(`Removed the ${committee} meeting of ${formatUkDate(date)} from the calendar.`);
}

export function register(program: Command): void {
  const meeting = program
    .command('meeting')
    .description("a committee's calendar: its meetings, cancelled and rearranged ones too");

  meeting
    .command('add <committee> <date...>')
    .description('add one or more meeting dates to a committee')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog meeting add llr-jhsc 2025-09-01 "27 November 2025" 26/02/2026\n  $ actionlog meeting add rutland-hwb "Tuesday 5th April 2022"',
    )
    .action(action(runMeetingAdd, ([committee, ...dates]) => ({ committee, dates })));

  meeting
    .command('cancel <committee> <date>')
    .description(
      'cancel a meeting; its business goes to the date it moved to, or else the next meeting (or waits for one)',
    )
    .option(
      '--moved-to <date>',
      'the date the meeting was rearranged to (added to the calendar); not before the meeting or today',
    )
    .option(
      '--force',
      'cancel a meeting the log records as held (business decided or signed off there): only if it did not take place',
    )
    .option('-r, --reason <text>', 'why it was cancelled (needed with --force); kept in the history')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog meeting cancel llr-jhsc 2025-09-01\n  $ actionlog meeting cancel llr-jhsc "1 September 2025" --moved-to "15 September 2025"\n  $ actionlog meeting cancel llr-jhsc 2025-06-16 --force --reason "Inquorate: the items were taken on 30 June"',
    )
    .action(
      action(runMeetingCancel, ([committee, date], flags) => ({
        ...(flags as Omit<MeetingCancelOptions, 'committee' | 'date'>),
        committee,
        date,
      })),
    );

  meeting
    .command('move <committee> <date>')
    .description(
      'rearrange a meeting to another date: it is cancelled, the new date joins the calendar, and its business moves there',
    )
    .requiredOption('--to <date>', 'the new date: after the meeting and not before today')
    .option('--force', 'rearrange a meeting the log records as held: only if it did not take place')
    .option('-r, --reason <text>', 'why it moved (needed with --force); kept in the history')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog meeting move llr-jhsc 2025-09-01 --to 2025-09-15\n  $ actionlog meeting move llr-jhsc "27 November 2025" --to "4 December 2025" --reason "Clash with budget council"',
    )
    .action(
      action(runMeetingMove, ([committee, date], flags) => ({
        ...(flags as Omit<MeetingMoveOptions, 'committee' | 'date'>),
        committee,
        date,
      })),
    );

  meeting
    .command('reinstate <committee> <date>')
    .description('put back a cancelled meeting: business due there is taken there again')
    .addHelpText('after', '\nExample:\n  $ actionlog meeting reinstate llr-jhsc 2025-09-01')
    .action(action(runMeetingReinstate, ([committee, date]) => ({ committee, date })));

  meeting
    .command('remove <committee> <date>')
    .description(
      'take a meeting out of the calendar (a date added by mistake): only one that no item was decided, due or signed off at',
    )
    .addHelpText('after', '\nExample:\n  $ actionlog meeting remove llr-jhsc 2025-09-02')
    .action(action(runMeetingRemove, ([committee, date]) => ({ committee, date })));

  const list = meeting
    .command('list [committee]')
    .description("list meetings, with each one's status: scheduled, held or cancelled")
    .addHelpText('after', '\nExamples:\n  $ actionlog meeting list llr-jhsc\n  $ actionlog meeting list --json')
    .action(action(runMeetingList, ([committee]) => ({ committee })));
  prints(list, TABLES);
}
