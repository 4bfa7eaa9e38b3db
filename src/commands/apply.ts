// Updates coming back: a returned reply sheet (or an edited export) applied to the log as
// one change, after every row has been checked. The rules are domain/replies.ts's.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { effectiveDueDate } from '../domain/due.js';
import { applyReply, planReplies, type ReplyChange, type ReplyPlan, type ReplyRow } from '../domain/replies.js';
import type { Item, Meeting } from '../domain/types.js';
import { usageError } from '../errors.js';
import { dueLabel } from '../render/labels.js';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { readReplySheet } from '../replies/index.js';
import type { StoreTransaction } from '../store/index.js';
import { action, type Output } from './run.js';

export interface ApplyOptions {
  file: string;
  dryRun?: boolean;
  skipBad?: boolean;
}

export async function runApply(options: ApplyOptions, context: Context): Promise<Output> {
  const name = path.basename(options.file);
  const sheet = await readReplySheet(await readSheet(options.file), name);
  const ids = sheet.rows.map((row) => row.id).filter((id): id is string => id !== null);
  const replyOptions = context.by ? { by: context.by } : {};
  if (options.dryRun) {
    const data = await context.store.view({ ids });
    const plan = planReplies(sheet.rows, data, context.today, replyOptions);
    const shown = report(plan, itemsOf(data.items), calendarsOf(data.meetings), name, context, 'dry-run');
    // A sheet that would be refused is refused in a dry run too (exit 2), its good rows shown.
    return plan.bad.length > 0 && !options.skipBad ? { ...shown, code: 2 } : shown;
  }
  // Checked and applied in one change, so that nothing can come between the check and the change.
  let shown: Output | undefined;
  await context.store.transact('apply', context.actor(), async (tx) => {
    const data = await logFor(tx, sheet.rows);
    const plan = planReplies(sheet.rows, data, context.today, replyOptions);
    const items = itemsOf(data.items);
    const calendars = calendarsOf(data.meetings);
    if (plan.bad.length > 0 && !options.skipBad) {
      shown = report(plan, items, calendars, name, context, 'refused');
      return;
    }
    const { at } = context.actor();
    for (const change of plan.changes) {
      const item = items.get(change.id)!;
      await tx.replaceItem(applyReply(item, change, calendars.get(item.committee) ?? [], at));
    }
    tx.summary = `applied ${name}: ${plan.changes.length} item(s) updated (${plan.changes.map((c) => c.id).join(', ')})`;
    shown = report(plan, items, calendars, name, context, 'applied');
  });
  return shown!;
}

async function readSheet(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw usageError(`cannot read ${file}: ${why}; give the returned sheet (.xlsx or .csv)`);
  }
}

/** What the rows need of the log: their items, the committees, and those committees' calendars. */
async function logFor(tx: StoreTransaction, rows: readonly ReplyRow[]) {
  const ids = rows.map((row) => row.id).filter((id): id is string => id !== null);
  const items = await tx.items({ ids });
  const meetings: Meeting[] = [];
  for (const slug of new Set(items.map((item) => item.committee))) meetings.push(...(await tx.calendar(slug)));
  return { committees: await tx.committees(), meetings, items };
}

const itemsOf = (items: readonly Item[]) => new Map(items.map((item) => [item.id, item]));

function calendarsOf(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const calendars = new Map<string, Meeting[]>();
  for (const m of meetings) (calendars.get(m.committee) ?? calendars.set(m.committee, []).get(m.committee)!).push(m);
  return calendars;
}

type Outcome = 'dry-run' | 'applied' | 'refused';

function report(
  plan: ReplyPlan,
  items: Map<string, Item>,
  calendars: Map<string, Meeting[]>,
  name: string,
  context: Context,
  outcome: Outcome,
): Output {
  const code = outcome === 'refused' ? 2 : 0;
  const bad = plan.bad.map(
    (row) => `${row.where}${row.id ? ` (${terminalSafe(row.id)})` : ''}: ${row.problems.map(terminalSafe).join('; ')}`,
  );
  const badLines =
    bad.length === 0
      ? ''
      : [
          outcome === 'refused'
            ? `actionlog: ${name} has ${bad.length} row(s) that cannot be applied, so nothing was changed; correct them, or give --skip-bad to apply the rest:`
            : `${bad.length} row(s) of ${name} ${outcome === 'applied' ? 'could not be applied and were skipped' : 'cannot be applied: the sheet would be refused, unless --skip-bad'}:`,
          ...bad.map((line) => `  ${line}`),
        ].join('\n');
  if (context.format === 'json') {
    const changes = plan.changes.map((change) => ({
      id: change.id,
      row: change.where,
      status: change.status ?? null,
      note: change.note ?? null,
      due: change.due ?? null,
      by: change.by,
    }));
    const json = renderJson({
      file: name,
      applied: outcome === 'applied',
      changes,
      bad: plan.bad,
      unchanged: plan.unchanged,
    });
    return { code, stdout: outcome === 'refused' ? '' : json, stderr: outcome === 'refused' ? badLines : '' };
  }
  if (outcome === 'refused') return { code, stdout: '', stderr: badLines };
  const lines = plan.changes.map(
    (change) => `  ${describe(change, items.get(change.id)!, calendars.get(items.get(change.id)!.committee) ?? [])}`,
  );
  const same =
    plan.unchanged === 0 ? [] : [`${plan.unchanged} row(s) say what the log already says: nothing to change there.`];
  let heading: string;
  if (plan.changes.length === 0) heading = `Nothing to change: ${name} says nothing the log does not already say.`;
  else if (outcome === 'dry-run')
    heading = `Would update ${plan.changes.length} item(s) from ${name} (nothing is changed with --dry-run):`;
  else heading = `Updated ${plan.changes.length} item(s) from ${name}, as one change ("actionlog undo" reverses it):`;
  return { code, stdout: [heading, ...lines, ...same].join('\n'), stderr: badLines };
}

/** One change as a line: "A12 (row 3), from LLR ICB: status open → done; due 27 Nov 2025 → 23 Feb 2026 (deferred); note "…"". */
function describe(change: ReplyChange, item: Item, calendar: readonly Meeting[]): string {
  const parts: string[] = [];
  if (change.status) parts.push(`status ${item.status} → ${change.status}`);
  if (change.due) {
    const from = effectiveDueDate(item.due, calendar);
    const to = effectiveDueDate(change.due, calendar);
    const later = to === null || (from !== null && to > from);
    parts.push(`due ${dueLabel(item.due, from)} → ${dueLabel(change.due, to)}${later ? ' (a deferral)' : ''}`);
  }
  if (change.note) parts.push(`update "${terminalSafe(change.note)}"`);
  return `${item.id} (${change.where}), from ${terminalSafe(change.by)}: ${parts.join('; ')}`;
}

export function register(program: Command): void {
  program
    .command('apply <file>')
    .description(
      'apply a returned reply sheet (.xlsx or .csv: columns ID, Status, Update, Due) as one change; a sheet with a bad row changes nothing',
    )
    .option('--dry-run', 'show what would change, and change nothing')
    .option('--skip-bad', 'apply the good rows and list the bad ones, instead of refusing the sheet')
    .addHelpText(
      'after',
      [
        '',
        'Headers are matched ignoring case and spaces; other columns are ignored, and an empty cell',
        "changes nothing. Each update goes into the item's history as a note from its owner (or from",
        'the --by name). Applying the same sheet again changes nothing.',
        '',
        'Examples:',
        '  $ actionlog apply llr-icb-reply.xlsx --dry-run',
        '  $ actionlog apply llr-icb-reply.xlsx',
        '  $ actionlog apply action-log.csv --skip-bad --by "LLR ICB"',
      ].join('\n'),
    )
    .action(action(runApply, ([file], flags) => ({ ...flags, file }) as ApplyOptions));
}
