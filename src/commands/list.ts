import type { Command } from 'commander';
import type { Context } from '../context.js';
import { calendarIndex } from '../domain/calendar.js';
import { bySource, DEFAULT_LIST_STATUSES, selectItems } from '../domain/select.js';
import { itemView } from '../domain/view.js';
import { renderItems } from '../render/items.js';
import { unknownCommittee } from '../store/index.js';
import { parseStatuses, parseType } from './options.js';
import { renderOptions } from './output.js';
import { action, ok, type Output } from './run.js';

export interface ListOptions {
  committee?: string;
  owner?: string;
  status?: string;
  all?: boolean;
  type?: string;
  overdue?: boolean;
}

export async function runList(options: ListOptions, context: Context): Promise<Output> {
  const statuses = options.all ? undefined : options.status ? parseStatuses(options.status) : DEFAULT_LIST_STATUSES;
  const type = options.type === undefined ? undefined : parseType(options.type);
  const data = await context.store.view({ committee: options.committee, statuses });
  if (options.committee && !data.committees.some((c) => c.slug === options.committee)) {
    throw unknownCommittee(options.committee, data.committees);
  }
  const calendars = calendarIndex(data.meetings);
  const items = selectItems(
    data.items,
    { committee: options.committee, owner: options.owner, statuses, type, overdueOnly: options.overdue },
    calendars,
    context.today,
  ).sort(bySource);
  return ok(renderItems(
    items.map((item) => itemView(item, calendars.get(item.committee) ?? [], context.today)),
    renderOptions(context),
  ));
}

export function register(program: Command): void {
  program
    .command('list')
    .description('list tracked items: open and in-progress ones unless --status or --all says otherwise')
    .option('-c, --committee <slug>', 'only this committee')
    .option('-o, --owner <text>', 'only this owner (ignores case and a leading "the")')
    .option('-s, --status <s,...>', 'only these statuses: open, in-progress, done, dropped')
    .option('-a, --all', 'every status')
    .option('-t, --type <type>', 'only action or work-programme')
    .option('--overdue', 'only overdue items')
    .addHelpText('after', '\nExamples:\n  $ actionlog list --committee llr-jhsc\n  $ actionlog list --owner "the ICB" --status open,in-progress --json\n  $ actionlog list --all --format csv > actions.csv')
    .action(action(runList));
}
