import type { Command } from 'commander';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { action } from './run.js';

export function register(program: Command): void {
  program
    .command('undo')
    .description('reverse the last change (one command is one step); says what it reversed')
    .addHelpText('after', '\nExample:\n  $ actionlog undo')
    .action(
      action(async (_args, _options, context) => {
        const entry = await context.store.undo(context.actor());
        if (context.format === 'json') {
          return renderJson({ undone: entry && { seq: entry.seq, at: entry.at, by: entry.by, command: entry.command, summary: entry.summary } });
        }
        if (!entry) return 'Nothing to undo.';
        return `Undid #${entry.seq} (${entry.command} by ${terminalSafe(entry.by)} at ${entry.at.slice(0, 16).replace('T', ' ')}): ${terminalSafe(entry.summary)}`;
      }),
    );
}
