import type { Command } from 'commander';
import type { Context } from '../context.js';
import { renderJson } from '../render/json.js';
import { action, ok, type Output } from './run.js';

export async function runInit(_options: unknown, context: Context): Promise<Output> {
  const { created, upgraded } = await context.store.init();
  const where = context.store.location;
  if (context.format === 'json')
    return ok(renderJson(upgraded ? { path: where, created, upgraded } : { path: where, created }));
  if (upgraded)
    return ok(
      `Brought the action log at ${where} up to date (database schema ${upgraded.from} to ${upgraded.to}); every officer now needs this version of actionlog or later.`,
    );
  return ok(
    created
      ? `Created an empty action log at ${where}`
      : `An action log already exists at ${where}; it was left as it is.`,
  );
}

export function register(program: Command): void {
  program
    .command('init')
    .description(
      'create an empty action log (at --data, ACTIONLOG_DATA, or the default location); on PostgreSQL, also bring its tables up to date',
    )
    .addHelpText(
      'after',
      "\nExamples:\n  $ actionlog init --data /shared/committees/actionlog.json\n  $ actionlog init --data 'postgres://actionlog_owner@db.council.local/democracy?sslmode=verify-full'",
    )
    .action(action(runInit));
}
