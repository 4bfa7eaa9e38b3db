import type { Command } from 'commander';
import type { Context } from '../context.js';
import { calendarIndex } from '../domain/calendar.js';
import { carryForward, targetProblem } from '../domain/carryForward.js';
import { councilOf } from '../domain/council.js';
import { formatUkDate } from '../domain/dates.js';
import { describeCalendar } from '../domain/due.js';
import { nextMeetingDate } from '../domain/rules.js';
import { ACTIVE_STATUSES, type IsoDate, type Meeting } from '../domain/types.js';
import { usageError } from '../errors.js';
import { renderCarryForward } from '../render/carryForward.js';
import { carryForwardDocx, carryForwardXlsx } from '../render/papers.js';
import { unknownCommittee } from '../store/index.js';
import { meetingDate } from './options.js';
import { tableOptions } from './output.js';
import { prints, REPORTS } from './prints.js';
import { deliver, destination } from './reportOutput.js';
import { action, type Output } from './run.js';

export interface CarryForwardOptions {
  committee: string;
  meeting?: string;
  output?: string;
}

export async function runCarryForward(options: CarryForwardOptions, context: Context): Promise<Output> {
  const { committee } = options;
  const wanted = options.meeting === undefined ? undefined : meetingDate(options.meeting, '--meeting');
  const to = destination(
    context,
    options.output,
    ['table', 'json', 'csv', 'md', 'html', 'docx', 'xlsx'],
    'carry-forward list',
  );
  // The committee's open items, and the closed ones it has yet to sign off (with the history the list reads).
  const data = await context.store.view({
    committee,
    statuses: ACTIVE_STATUSES,
    awaitingSignOff: true,
    fullHistory: false,
  });
  if (!data.committees.some((c) => c.slug === committee)) throw unknownCommittee(committee, data.committees);
  const calendar = calendarIndex(data.meetings).get(committee) ?? [];
  const target = targetMeeting(committee, calendar, wanted, context.today);
  const list = carryForward(data, committee, target, context.today);
  const council = councilOf(data.committees, [committee]);
  if (to.format === 'docx') return deliver(await carryForwardDocx(list, { council }), to, 'carry-forward list');
  if (to.format === 'xlsx') return deliver(await carryForwardXlsx(list, { council }), to, 'carry-forward list');
  return deliver(renderCarryForward(list, to.format, tableOptions(context)), to, 'carry-forward list');
}

export function register(program: Command): void {
  const command = program
    .command('carry-forward <committee>')
    .description(
      "the carry-forward list (matters arising) for a committee's meeting: completed for sign-off, due, carried forward, work programme, and what waits for a meeting",
    )
    .option(
      '-m, --meeting <date>',
      "the meeting the papers are for (default: the committee's next meeting not cancelled; with none in the calendar, the next one, date not yet set)",
    )
    .option(
      '--output <file>',
      'write the list to this file instead of the screen; its extension (.docx, .xlsx, .html, .md, .csv, .json) gives the format',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog carry-forward llr-jhsc\n  $ actionlog carry-forward llr-jhsc --meeting "27 November 2025" --format md\n  $ actionlog carry-forward llr-jhsc --format html --output matters-arising.html\n  $ actionlog carry-forward llr-jhsc --output matters-arising.docx      # a Word paper for the agenda pack',
    )
    .action(action(runCarryForward, ([committee], flags) => ({ ...flags, committee })));
  prints(command, REPORTS);
}

/**
 * The meeting asked for, which must be one the committee holds; else its next one from
 * today; null when it has none ahead yet (the list is then for the next meeting, date not
 * yet set: what is overdue and what waits still has to be carried).
 */
function targetMeeting(
  committee: string,
  calendar: Meeting[],
  wanted: IsoDate | undefined,
  today: IsoDate,
): IsoDate | null {
  if (wanted === undefined) return nextMeetingDate(calendar, today);
  const problem = targetProblem(calendar, wanted);
  if (problem === 'none')
    throw usageError(
      `--meeting: ${committee} has no meeting on ${formatUkDate(wanted)}; ${describeCalendar(calendar)}`,
    );
  if (problem === 'cancelled') {
    const moved = calendar.find((m) => m.date === wanted)?.movedTo;
    const hint = moved ? `; it was moved to ${formatUkDate(moved)}` : '';
    throw usageError(
      `--meeting: the ${committee} meeting of ${formatUkDate(wanted)} was cancelled${hint}; ${describeCalendar(calendar)}`,
    );
  }
  return wanted;
}
