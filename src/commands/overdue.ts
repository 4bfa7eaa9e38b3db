import type { Command } from 'commander';
import type { Context } from '../context.js';
import { ACTIVE_STATUSES } from '../domain/types.js';
import { councilOf } from '../domain/council.js';
import { GROUP_BY, overdueReport, type GroupBy } from '../domain/overdueReport.js';
import { usageError } from '../errors.js';
import { mark } from '../timing.js';
import { renderOverdue } from '../render/overdue.js';
import { overdueDocx, overdueXlsx } from '../render/papers.js';
import { unknownCommittee } from '../store/index.js';
import { repeatable } from './options.js';
import { tableOptions } from './output.js';
import { prints, REPORTS } from './prints.js';
import { deliver, destination } from './reportOutput.js';
import { action, type Output } from './run.js';

export interface OverdueOptions {
  committee?: string;
  /** One owner, or several (repeated --owner): an item with any of them counts. */
  owner?: string | readonly string[];
  groupBy?: string;
  output?: string;
}

export async function runOverdue(options: OverdueOptions, context: Context): Promise<Output> {
  const groupBy = parseGroupBy(options.groupBy);
  const to = destination(
    context,
    options.output,
    ['table', 'json', 'csv', 'md', 'html', 'docx', 'xlsx'],
    'overdue report',
  );
  // The open items that may be overdue or waiting on the day, with the history the report reads.
  const data = await context.store.view({
    committee: options.committee,
    statuses: ACTIVE_STATUSES,
    mayBeOverdueOn: context.today,
    fullHistory: false,
  });
  if (options.committee && !data.committees.some((c) => c.slug === options.committee)) {
    throw unknownCommittee(options.committee, data.committees);
  }
  const report = overdueReport(data, { committee: options.committee, owner: options.owner, groupBy }, context.today);
  mark('report worked out');
  const council = councilOf(data.committees, new Set(report.items.map((item) => item.committee)));
  if (to.format === 'docx') return deliver(await overdueDocx(report, { council }), to, 'overdue report');
  if (to.format === 'xlsx')
    return deliver(await overdueXlsx(report, data.committees, { council }), to, 'overdue report');
  return deliver(renderOverdue(report, to.format, tableOptions(context)), to, 'overdue report');
}

export function register(program: Command): void {
  const command = program
    .command('overdue')
    .description(
      'open and in-progress items past their due, oldest first, grouped by committee then owner, with times carried and slippage',
    )
    .option('-c, --committee <committee>', 'only this committee (its short name)')
    .option(
      '-o, --owner <text>',
      'only items this owner shares (ignores case and a leading "the"); repeat for any of several',
      repeatable,
    )
    .option('-g, --group-by <what>', 'committee or owner (default: committee, then owner within it)')
    .option(
      '--output <file>',
      'write the report to this file instead of the screen; its extension (.docx, .xlsx, .html, .md, .csv, .json) gives the format',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog overdue\n  $ actionlog overdue --owner "the ICB" --group-by owner\n  $ actionlog overdue --committee llr-jhsc --format csv --output overdue.csv\n  $ actionlog overdue --output overdue.xlsx                        # an Excel workbook, a sheet per committee',
    )
    .action(action(runOverdue));
  prints(command, REPORTS);
}

function parseGroupBy(value: string | undefined): GroupBy | undefined {
  if (value === undefined) return undefined;
  const lower = value.trim().toLowerCase();
  if (!(GROUP_BY as readonly string[]).includes(lower))
    throw usageError(`--group-by "${value}" is not one of ${GROUP_BY.join(', ')}`);
  return lower as GroupBy;
}
