import type { Command } from 'commander';
import { action } from './run.js';
import { renderJson } from '../render/json.js';

export function register(program: Command): void {
  program
    .command('init')
    .description('create an empty action log (at --data, ACTIONLOG_DATA, or the default location)')
    .addHelpText('after', '\nExample:\n  $ actionlog init --data /shared/committees/actionlog.json')
    .action(
      action(async (_args, _options, context) => {
        const created = await context.store.init();
        const where = context.store.location;
        if (context.format === 'json') return renderJson({ path: where, created });
        return created ? `Created an empty action log at ${where}` : `An action log already exists at ${where}; it was left as it is.`;
      }),
    );
}
