import type { Command } from 'commander';
import type { Context } from '../context.js';
import { ACTIVE_STATUSES } from '../domain/types.js';
import { GROUP_BY, overdueReport, type GroupBy } from '../domain/overdueReport.js';
import { usageError } from '../errors.js';
import { renderOverdue } from '../render/overdue.js';
import { unknownCommittee } from '../store/index.js';
import { tableOptions } from './output.js';
import { deliver } from './reportOutput.js';
import { action, type Output } from './run.js';

export interface OverdueOptions {
  committee?: string;
  owner?: string;
  groupBy?: string;
  output?: string;
}

export async function runOverdue(options: OverdueOptions, context: Context): Promise<Output> {
  const groupBy = parseGroupBy(options.groupBy);
  const data = await context.store.view({ committee: options.committee, statuses: ACTIVE_STATUSES });
  if (options.committee && !data.committees.some((c) => c.slug === options.committee)) {
    throw unknownCommittee(options.committee, data.committees);
  }
  const report = overdueReport(data, { committee: options.committee, owner: options.owner, groupBy }, context.today);
  const text = renderOverdue(report, context.format, tableOptions(context));
  return deliver(text, options.output, 'overdue report', context.format);
}

export function register(program: Command): void {
  program
    .command('overdue')
    .description('open and in-progress items past their due, oldest first, grouped by committee then owner, with times carried and slippage')
    .option('-c, --committee <slug>', 'only this committee')
    .option('-o, --owner <text>', 'only this owner (ignores case and a leading "the")')
    .option('-g, --group-by <what>', 'committee or owner (default: committee, then owner within it)')
    .option('--output <file>', 'write the report to this file instead of the screen')
    .addHelpText('after', '\nExamples:\n  $ actionlog overdue\n  $ actionlog overdue --owner "the ICB" --group-by owner\n  $ actionlog overdue --committee llr-jhsc --format csv --output overdue.csv')
    .action(action(runOverdue));
}

function parseGroupBy(value: string | undefined): GroupBy | undefined {
  if (value === undefined) return undefined;
  const lower = value.trim().toLowerCase();
  if (!(GROUP_BY as readonly string[]).includes(lower)) throw usageError(`--group-by "${value}" is not one of ${GROUP_BY.join(', ')}`);
  return lower as GroupBy;
}
