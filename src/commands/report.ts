import type { Command } from 'commander';
import type { Context } from '../context.js';
import { ACTIVE_STATUSES } from '../domain/types.js';
import { chairReport } from '../domain/chairReport.js';
import { councilOf } from '../domain/council.js';
import { renderChairReport } from '../render/chairReport.js';
import { chairReportDocx, chairReportXlsx } from '../render/papers.js';
import { unknownCommittee } from '../store/index.js';
import { repeatable } from './options.js';
import { tableOptions } from './output.js';
import { prints, REPORTS } from './prints.js';
import { deliver, destination } from './reportOutput.js';
import { action, type Output } from './run.js';

export interface ReportOptions {
  committee?: string;
  /** One owner, or several (repeated --owner): an item with any of them counts. */
  owner?: string | readonly string[];
  output?: string;
}

export async function runReport(options: ReportOptions, context: Context): Promise<Output> {
  const to = destination(
    context,
    options.output,
    ['table', 'json', 'csv', 'md', 'html', 'docx', 'xlsx'],
    "chair's report",
  );
  // The open items, and those closed since their committee last met (what the chair reports as completed).
  const data = await context.store.view({
    committee: options.committee,
    statuses: ACTIVE_STATUSES,
    closedSinceLastMeetingBefore: context.today,
    fullHistory: false,
  });
  if (options.committee && !data.committees.some((c) => c.slug === options.committee)) {
    throw unknownCommittee(options.committee, data.committees);
  }
  const report = chairReport(data, { committee: options.committee, owner: options.owner }, context.today);
  const council = councilOf(
    data.committees,
    report.committees.map((c) => c.committee),
  );
  if (to.format === 'docx') return deliver(await chairReportDocx(report, { council }), to, "chair's report");
  if (to.format === 'xlsx') return deliver(await chairReportXlsx(report, { council }), to, "chair's report");
  return deliver(renderChairReport(report, to.format, tableOptions(context)), to, "chair's report");
}

export function register(program: Command): void {
  const command = program
    .command('report')
    .description(
      "the chair's outstanding-actions report: per committee, items by source meeting with RAG status, counts, and what was completed since the last meeting",
    )
    .option('-c, --committee <committee>', 'only this committee (its short name)')
    .option(
      '-o, --owner <text>',
      'only items this owner shares (ignores case and a leading "the"); repeat for any of several',
      repeatable,
    )
    .option(
      '--output <file>',
      'write the report to this file instead of the screen; its extension (.docx, .xlsx, .html, .md, .csv, .json) gives the format',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog report --committee llr-jhsc\n  $ actionlog report --format html --output chair-report.html\n  $ actionlog report --committee llr-jhsc --output chair-report.docx\n  $ actionlog report --owner UHL --owner "the ICB"',
    )
    .action(action(runReport));
  prints(command, REPORTS);
}
