import type { Command } from 'commander';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdownTable } from '../render/markdown.js';
import { renderTable } from '../render/table.js';
import { terminalSafe } from '../render/sanitize.js';
import { action, ok, type Output } from './run.js';
import { tableOptions } from './output.js';

const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface CommitteeAddOptions {
  slug: string;
  name: string;
}

export async function runCommitteeAdd({ slug, name: typed }: CommitteeAddOptions, context: Context): Promise<Output> {
  if (!SLUG.test(slug)) {
    throw usageError(`committee slug "${slug}" is not allowed; use lower-case letters, digits and hyphens (up to 40), e.g. llr-jhsc`);
  }
  const name = typed.trim();
  if (!name) throw usageError('--name is empty; give the committee\'s full name');
  await context.store.transact('committee add', context.actor(), async (tx) => {
    const existing = (await tx.committees()).find((c) => c.slug === slug);
    if (existing) throw usageError(`committee "${slug}" already exists (${existing.name})`);
    await tx.addCommittee({ slug, name });
    tx.summary = `added committee ${slug} (${name})`;
  });
  if (context.format === 'json') return ok(renderJson({ slug, name }));
  return ok(`Added committee ${slug}: ${terminalSafe(name)}`);
}

export async function runCommitteeList(_options: unknown, context: Context): Promise<Output> {
  const committees = (await context.store.view()).committees.map(({ slug, name }) => ({ slug, name }));
  switch (context.format) {
    case 'json':
      return ok(renderJson(committees));
    case 'csv':
      return ok(renderCsv(['slug', 'name'], committees.map((c) => [c.slug, c.name])));
    case 'md':
      return ok(renderMarkdownTable(['Slug', 'Name'], committees.map((c) => [c.slug, c.name])));
    default:
      if (committees.length === 0) return ok('No committees yet. Add one with: actionlog committee add <slug> --name <name>');
      return ok(renderTable(
        [
          { header: 'Slug', value: (c) => c.slug },
          { header: 'Name', value: (c) => c.name, flex: true },
        ],
        committees,
        tableOptions(context),
      ));
  }
}

export function register(program: Command): void {
  const committee = program.command('committee').description('the committees, boards and panels whose actions you track');

  committee
    .command('add <slug>')
    .description('add a committee, known by a short slug and its full name')
    .requiredOption('--name <name>', 'the full name, as on the agenda')
    .addHelpText('after', '\nExample:\n  $ actionlog committee add llr-jhsc --name "LLR Joint Health Scrutiny Committee"')
    .action(action(runCommitteeAdd, ([slug], flags) => ({ slug, name: flags.name as string })));

  committee
    .command('list')
    .description('list the committees')
    .addHelpText('after', '\nExample:\n  $ actionlog committee list --json')
    .action(action(runCommitteeList));
}
