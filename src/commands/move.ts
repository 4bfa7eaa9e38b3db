// `move`: handing items to a successor committee (domain/move.ts says what a move keeps and
// how a due is placed on the successor's calendar).
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { moveItem } from '../domain/move.js';
import { compareIds } from '../domain/order.js';
import { ACTIVE_STATUSES, isClosed, type Item } from '../domain/types.js';
import { itemView } from '../domain/view.js';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { dueLabel } from '../render/labels.js';
import { requiredText } from './options.js';
import { action, ok, type Output } from './run.js';

export interface MoveOptions {
  /** The items to move, as typed; empty with `from`. */
  ids: string[];
  /** Every open item of this committee. */
  from?: string;
  /** The successor committee. */
  to: string;
  reason: string;
}

export async function runMove(options: MoveOptions, context: Context): Promise<Output> {
  const { ids, from, to } = options;
  if (ids.length === 0 && from === undefined)
    throw usageError(
      'give the items to move (move A3 A7 --to <committee>) or --from <committee> for all its open items',
    );
  if (ids.length > 0 && from !== undefined)
    throw usageError('give either the items to move or --from <committee>, not both');
  if (from !== undefined && from === to) throw usageError(`--from and --to are both ${to}; nothing would move`);
  const reason = requiredText(options.reason, '--reason');
  const stamp = context.actor();
  const moved = await context.store.transact('move', stamp, async (tx) => {
    await tx.committee(to);
    if (from !== undefined) await tx.committee(from);
    const chosen: Item[] = from !== undefined ? await tx.items({ committee: from, statuses: ACTIVE_STATUSES }) : [];
    for (const id of ids) {
      const item = await tx.item(id);
      if (chosen.some((c) => c.id === item.id)) continue;
      if (item.committee === to) throw usageError(`${item.id} is already ${to}'s; nothing to move`);
      if (isClosed(item)) {
        throw usageError(
          `${item.id} is ${item.status}; only open and in-progress items move (${item.committee} signs it off)`,
        );
      }
      chosen.push(item);
    }
    chosen.sort((a, b) => compareIds(a.id, b.id));
    const successor = await tx.calendar(to);
    const after: Item[] = [];
    for (const item of chosen) {
      const next = moveItem(item, to, await tx.calendar(item.committee), successor, reason, stamp);
      await tx.replaceItem(next);
      after.push(next);
    }
    tx.summary = `moved ${after.map((i) => i.id).join(', ')} to ${to}: ${reason}`;
    return after.map((item) => itemView(item, successor, context.today));
  });
  if (context.format === 'json') return ok(renderJson(moved));
  if (moved.length === 0) return ok(`Nothing to move: ${from} has no open or in-progress items.`);
  const lines = moved.map((i) => `  ${i.id}  from ${i.movedFrom ?? '?'}, due ${dueLabel(i.due, i.effectiveDue)}`);
  return ok([`Moved ${moved.length} item(s) to ${to}, keeping their ids, sources and history:`, ...lines].join('\n'));
}

export function register(program: Command): void {
  program
    .command('move [ids...]')
    .description(
      "hand items to a successor committee, keeping each item's id, source and history; the move is recorded, and a due at a meeting goes to the successor's first meeting on or after it",
    )
    .requiredOption('--to <committee>', 'the committee that takes the items over')
    .option('--from <committee>', 'move all the open and in-progress items of this committee')
    .requiredOption('-r, --reason <text>', 'why, for the history (e.g. "CCGs replaced by the ICB, July 2022")')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog move A3 A7 --to llr-icb-board --reason "The ICB took over from the CCGs"\n  $ actionlog move --from ccg-board --to llr-icb-board --reason "CCGs abolished, 1 July 2022"',
    )
    .action(action(runMove, (ids, flags) => ({ ...(flags as Omit<MoveOptions, 'ids'>), ids })));
}
