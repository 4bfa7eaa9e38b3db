import type { Command } from 'commander';
import type { Context } from '../context.js';
import { renderJson } from '../render/json.js';
import { action, ok, type Output } from './run.js';

export async function runInit(_options: unknown, context: Context): Promise<Output> {
  const created = await context.store.init();
  const where = context.store.location;
  if (context.format === 'json') return ok(renderJson({ path: where, created }));
  return ok(created ? `Created an empty action log at ${where}` : `An action log already exists at ${where}; it was left as it is.`);
}

export function register(program: Command): void {
  program
    .command('init')
    .description('create an empty action log (at --data, ACTIONLOG_DATA, or the default location)')
    .addHelpText('after', '\nExample:\n  $ actionlog init --data /shared/committees/actionlog.json')
    .action(action(runInit));
}
