import type { Command } from 'commander';
import type { Context } from '../context.js';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { action, ok, type Output } from './run.js';

export async function runUndo(_options: unknown, context: Context): Promise<Output> {
  const entry = await context.store.undo(context.actor());
  if (context.format === 'json') {
    return ok(
      renderJson({
        undone: entry && { seq: entry.seq, at: entry.at, by: entry.by, command: entry.command, summary: entry.summary },
      }),
    );
  }
  if (!entry) return ok('Nothing to undo.');
  return ok(
    `Undid #${entry.seq} (${entry.command} by ${terminalSafe(entry.by)} at ${entry.at.slice(0, 16).replace('T', ' ')}): ${terminalSafe(entry.summary)}`,
  );
}

export function register(program: Command): void {
  program
    .command('undo')
    .description('reverse the last change (one command is one step); says what it reversed')
    .addHelpText('after', '\nExample:\n  $ actionlog undo')
    .action(action(runUndo));
}
