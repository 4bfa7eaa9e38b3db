// `actionlog recover`: when the store is damaged, show the last good version kept beside it
// and put it back, after a yes on a terminal or with --yes in a script.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { failure, usageError } from '../errors.js';
import { unlessCancelled } from '../prompts/cancel.js';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import type { KeptVersion } from '../store/recover.js';
import { action, ok, type Output } from './run.js';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function describeKept(backup: KeptVersion): string {
  const last = backup.lastChange
    ? `; its last change: ${backup.lastChange.summary} (${backup.lastChange.by}, ${when(backup.lastChange.at)})`
    : '';
  return `the last good version, ${backup.path}, saved ${when(backup.savedAt)}, has ${backup.committees} committee(s) and ${backup.items} item(s)${last}`;
}

async function confirmed(question: string): Promise<boolean> {
  const prompts = await import('../prompts/confirm.js');
  return unlessCancelled(() => prompts.askYesNo(question), 'nothing was changed');
}

export interface RecoverOptions {
  /** Restore without asking. */
  yes?: boolean;
}

export async function runRecover({ yes }: RecoverOptions, context: Context): Promise<Output> {
  const path = context.store.location;
  const json = context.format === 'json';
  const condition = await context.store.inspect();
  if (condition.state === 'fine') {
    if (json) return ok(renderJson({ path, state: 'fine', committees: condition.committees, items: condition.items }));
    return ok(
      `The action log at ${path} is fine (${condition.committees} committee(s), ${condition.items} item(s)); there is nothing to recover.`,
    );
  }
  if (condition.state === 'lost') {
    throw failure(
      `${condition.problem}; the kept version cannot be used either (${condition.backupProblem}); nothing was changed: restore it from your own backups`,
    );
  }
  const found = `${condition.problem}; ${describeKept(condition.backup)}`;
  if (!yes) {
    if (!context.interactive || json) throw usageError(`${found}; to put it back, run "actionlog recover --yes"`);
    context.print(`${terminalSafe(found)}.\nThe damaged file will be kept beside it; nothing is deleted.\n`);
    if (!(await confirmed('Restore the last good version?'))) return ok('Nothing was changed.');
  }
  const { damagedKeptAs } = await context.store.restoreKeptVersion(new Date(context.actor().at));
  const { backup, problem } = condition;
  if (json)
    return ok(
      renderJson({
        path,
        state: 'restored',
        problem,
        restoredFrom: backup.path,
        committees: backup.committees,
        items: backup.items,
        savedAt: backup.savedAt,
        damagedKeptAs,
      }),
    );
  const aside = damagedKeptAs ? ` The damaged file is kept as ${damagedKeptAs}.` : '';
  return ok(
    `Restored ${path} from ${backup.path} (saved ${when(backup.savedAt)}: ${backup.committees} committee(s), ${backup.items} item(s)).${aside}`,
  );
}

export function register(program: Command): void {
  program
    .command('recover')
    .description('put back the last good version of a damaged action log (kept beside it as <file>.bak)')
    .option('-y, --yes', 'restore without asking (for scripts)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog recover\n  $ actionlog recover --yes --data /shared/committees/actionlog.json',
    )
    .action(action(runRecover));
}
