import type { Command } from 'commander';
import type { Context } from '../context.js';
import { calendarIndex } from '../domain/calendar.js';
import { councilOf } from '../domain/council.js';
import { reportItem } from '../domain/reportItem.js';
import { nextMeetingDate, reportDay } from '../domain/rules.js';
import { bySource, DEFAULT_LIST_STATUSES, selectItems } from '../domain/select.js';
import { itemView } from '../domain/view.js';
import { renderItems } from '../render/items.js';
import { listXlsx } from '../render/papers.js';
import { unknownCommittee } from '../store/index.js';
import { meetingDate, ownersOption, parseStatuses, parseType, repeatable } from './options.js';
import { usageError } from '../errors.js';
import { renderOptions } from './output.js';
import { LISTS, prints } from './prints.js';
import { deliver, destination } from './reportOutput.js';
import { action, type Output } from './run.js';

export interface ListOptions {
  committee?: string;
  /** One owner, or several (repeated --owner): an item with any of them is listed. */
  owner?: string | readonly string[];
  status?: string;
  all?: boolean;
  type?: string;
  overdue?: boolean;
  output?: string;
  /** The meeting that decided the items, as typed. */
  meeting?: string;
  dueBefore?: string;
  dueAfter?: string;
  search?: string;
}

export async function runList(options: ListOptions, context: Context): Promise<Output> {
  const to = destination(context, options.output, ['table', 'json', 'csv', 'md', 'html', 'xlsx'], 'list');
  // --status says which; --all, every status; neither, the open and in-progress ones.
  const statuses =
    options.status !== undefined ? parseStatuses(options.status) : options.all ? undefined : DEFAULT_LIST_STATUSES;
  const type = options.type === undefined ? undefined : parseType(options.type);
  const decidedAt = options.meeting === undefined ? undefined : meetingDate(options.meeting, '--meeting');
  const dueBefore = options.dueBefore === undefined ? undefined : meetingDate(options.dueBefore, '--due-before');
  const dueAfter = options.dueAfter === undefined ? undefined : meetingDate(options.dueAfter, '--due-after');
  const search = options.search?.trim();
  if (search === '')
    throw usageError("--search is empty; give the words to look for in the items' text, owners and notes");
  // --search looks in every note of the history; otherwise the list shows only what the reports read of it.
  const data = await context.store.view({ committee: options.committee, statuses, fullHistory: search !== undefined });
  if (options.committee && !data.committees.some((c) => c.slug === options.committee)) {
    throw unknownCommittee(options.committee, data.committees);
  }
  const calendars = calendarIndex(data.meetings);
  const items = selectItems(
    data.items,
    {
      committee: options.committee,
      owner: ownersOption(options.owner),
      statuses,
      type,
      overdueOnly: options.overdue,
      decidedAt,
      dueBefore,
      dueAfter,
      search,
    },
    calendars,
    context.today,
  ).sort(bySource);
  if (to.format === 'xlsx') {
    const day = reportDay(context.today);
    const rows = items.map((item) => {
      const calendar = calendars.get(item.committee) ?? [];
      return reportItem(item, calendar, nextMeetingDate(calendar, context.today), day);
    });
    const council = councilOf(data.committees, new Set(items.map((item) => item.committee)));
    return deliver(await listXlsx(rows, data.committees, { council }), to, 'list');
  }
  const views = items.map((item) => itemView(item, calendars.get(item.committee) ?? [], context.today));
  return deliver(renderItems(views, renderOptions(context, to.format)), to, 'list');
}

export function register(program: Command): void {
  const list = program
    .command('list')
    .description('list tracked items: open and in-progress ones unless --status or --all says otherwise')
    .option('-c, --committee <committee>', 'only this committee (its short name)')
    .option(
      '-o, --owner <text>',
      'only items this owner shares (ignores case and a leading "the"); repeat for any of several',
      repeatable,
    )
    .option('-s, --status <s,...>', 'only these statuses: open, in-progress, done, dropped')
    .option('-a, --all', 'every status (unless --status names some)')
    .option('-t, --type <type>', 'only action or work-programme')
    .option('--overdue', 'only overdue items')
    .option(
      '--output <file>',
      'write the list to this file instead of the screen; its extension (.xlsx, .html, .md, .csv, .json) gives the format',
    )
    .option('-m, --meeting <date>', 'only items decided at the meeting of this day')
    .option(
      '--due-before <date>',
      'only items due before this day (after cancellations); items with no due date are left out',
    )
    .option('--due-after <date>', 'only items due after this day')
    .option('--search <words>', 'only items with every word in their text, owners or notes (ignores case)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog list --committee llr-jhsc\n  $ actionlog list --owner "the ICB" --status open,in-progress --json\n  $ actionlog list --status done,dropped\n  $ actionlog list --all --format csv > actions.csv\n  $ actionlog list | grep ICB                 # piped, each item is one line\n  $ actionlog list --committee llr-jhsc --output action-log.xlsx     # to circulate as a spreadsheet\n  $ actionlog list --meeting "16 June 2025" --all\n  $ actionlog list --due-after 2025-11-01 --due-before 2026-01-01\n  $ actionlog list --all --search "winter plan"',
    )
    .action(action(runList));
  prints(list, LISTS);
}
