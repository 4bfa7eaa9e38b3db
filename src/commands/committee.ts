import type { Command } from 'commander';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdownTable } from '../render/markdown.js';
import { renderTable } from '../render/table.js';
import { terminalSafe } from '../render/sanitize.js';
import { action } from './run.js';
import { tableOptions } from './output.js';

const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function register(program: Command): void {
  const committee = program.command('committee').description('the committees, boards and panels whose actions you track');

  committee
    .command('add <slug>')
    .description('add a committee, known by a short slug and its full name')
    .requiredOption('--name <name>', 'the full name, as on the agenda')
    .addHelpText('after', '\nExample:\n  $ actionlog committee add llr-jhsc --name "LLR Joint Health Scrutiny Committee"')
    .action(
      action<{ name: string }>(async ([slug], options, context) => {
        if (!SLUG.test(slug)) {
          throw usageError(`committee slug "${slug}" is not allowed; use lower-case letters, digits and hyphens (up to 40), e.g. llr-jhsc`);
        }
        const name = options.name.trim();
        if (!name) throw usageError('--name is empty; give the committee\'s full name');
        await context.store.transact('committee add', context.actor(), (tx) => {
          const existing = tx.data.committees.find((c) => c.slug === slug);
          if (existing) throw usageError(`committee "${slug}" already exists (${existing.name})`);
          tx.addCommittee({ slug, name });
          tx.summary = `added committee ${slug} (${name})`;
        });
        if (context.format === 'json') return renderJson({ slug, name });
        return `Added committee ${slug}: ${terminalSafe(name)}`;
      }),
    );

  committee
    .command('list')
    .description('list the committees')
    .addHelpText('after', '\nExample:\n  $ actionlog committee list --json')
    .action(
      action(async (_args, _options, context) => {
        const committees = (await context.store.read()).committees.map(({ slug, name }) => ({ slug, name }));
        switch (context.format) {
          case 'json':
            return renderJson(committees);
          case 'csv':
            return renderCsv(['slug', 'name'], committees.map((c) => [c.slug, c.name]));
          case 'md':
            return renderMarkdownTable(['Slug', 'Name'], committees.map((c) => [c.slug, c.name]));
          default:
            if (committees.length === 0) return 'No committees yet. Add one with: actionlog committee add <slug> --name <name>';
            return renderTable(
              [
                { header: 'Slug', value: (c) => c.slug },
                { header: 'Name', value: (c) => c.name, flex: true },
              ],
              committees,
              tableOptions(context),
            );
        }
      }),
    );
}
