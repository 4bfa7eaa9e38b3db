// `actionlog migrate`: copies a whole log — committees, meetings, items with their history,
// the journal (so undo and history carry over) — from one store to another: a file into a
// PostgreSQL database, a database out to a file, or between two of either. The copy is
// written all at once (one transaction, or one atomic file write) and refuses a target that
// already holds a log unless --force says to replace it.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { openStore, sizeOf, type LogSize } from '../store/index.js';
import { action, ok, type Output } from './run.js';

export interface MigrateOptions {
  from?: string;
  to?: string;
  force?: boolean;
}

const described = (size: LogSize) =>
  `${size.committees} committee(s), ${size.meetings} meeting(s), ${size.items} item(s) and ${size.journal} change(s) kept for undo`;

export async function runMigrate(options: MigrateOptions, context: Context): Promise<Output> {
  const given = (flag: string, value: string | undefined): string => {
    if (value === undefined || value.trim() === '')
      throw usageError(`${flag} is empty; give a log file's path or a postgres:// location`);
    return value;
  };
  const from = openStore(given('--from', options.from));
  const to = openStore(given('--to', options.to));
  try {
    if (from.location === to.location)
      throw usageError(`--from and --to are the same log (${from.location}); give two different ones`);
    const data = await from.read();
    const size = sizeOf(data);
    await to.replaceWith(data, (existing) =>
      options.force
        ? null
        : usageError(
            `${to.location} already holds an action log (${described(existing)}); nothing was copied: give --force to replace it with the one at ${from.location}`,
          ),
    );
    if (context.format === 'json') return ok(renderJson({ from: from.location, to: to.location, ...size }));
    return ok(`Copied the action log at ${from.location} to ${to.location}: ${described(size)}.`);
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
}

export function register(program: Command): void {
  program
    .command('migrate')
    .description(
      'copy a whole log (committees, meetings, items, history, undo steps) between a file and a PostgreSQL database, in one go',
    )
    .requiredOption('--from <file-or-url>', 'the log to copy: a file path, or postgres://user@host/database')
    .requiredOption(
      '--to <file-or-url>',
      'where to copy it: a file path or a PostgreSQL database, holding no log yet (or see --force)',
    )
    .option('--force', 'replace a log already at --to (its items and history are lost)')
    .addHelpText(
      'after',
      "\nExamples:\n  $ actionlog migrate --from /shared/committees/actionlog.json --to 'postgres://actionlog_owner@db.council.local/democracy?sslmode=verify-full'\n  $ actionlog migrate --from 'postgres://jsmith@db.council.local/democracy' --to actionlog-backup.json",
    )
    .action(action(runMigrate));
}
