import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { Committee } from '../domain/types.js';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdownTable } from '../render/markdown.js';
import { renderTable } from '../render/table.js';
import { terminalSafe } from '../render/sanitize.js';
import { prints, TABLES } from './prints.js';
import { action, ok, type Output } from './run.js';
import { tableOptions } from './output.js';

/** A committee's short name: what commands take (--committee llr-jhsc). Called its slug in JSON and CSV. */
const SHORT_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface CommitteeAddOptions {
  slug: string;
  name: string;
  council?: string;
}

/** The council's name as typed; "" means none. */
const councilName = (typed: string): string | undefined => typed.replace(/\s+/g, ' ').trim() || undefined;

export async function runCommitteeAdd(
  { slug, name: typed, council: typedCouncil }: CommitteeAddOptions,
  context: Context,
): Promise<Output> {
  if (!SHORT_NAME.test(slug)) {
    throw usageError(
      `"${slug}" cannot be a committee's short name; use lower-case letters, digits and hyphens (up to 40), e.g. llr-jhsc`,
    );
  }
  const name = typed.trim();
  if (!name) throw usageError("--name is empty; give the committee's full name");
  const council = typedCouncil === undefined ? undefined : councilName(typedCouncil);
  await context.store.transact('committee add', context.actor(), async (tx) => {
    const existing = (await tx.committees()).find((c) => c.slug === slug);
    if (existing) throw usageError(`committee "${slug}" already exists (${existing.name})`);
    await tx.addCommittee(council ? { slug, name, council } : { slug, name });
    tx.summary = `added committee ${slug} (${name})`;
  });
  if (context.format === 'json') return ok(renderJson({ slug, name, council: council ?? null }));
  return ok(`Added committee ${slug}: ${terminalSafe(name)}${council ? ` (${terminalSafe(council)})` : ''}`);
}

export interface CommitteeSetOptions {
  slug: string;
  council?: string;
}

/** The committee's council, shown on its Word papers and chase letters; "" clears it. */
export async function runCommitteeSet(
  { slug, council: typed }: CommitteeSetOptions,
  context: Context,
): Promise<Output> {
  if (typed === undefined) throw usageError('nothing to set; give --council <name> ("" to clear it)');
  const council = councilName(typed);
  const after = await context.store.transact('committee set', context.actor(), async (tx) => {
    const { slug: found, name } = await tx.committee(slug);
    const changed: Committee = council ? { slug: found, name, council } : { slug: found, name };
    await tx.replaceCommittee(changed);
    tx.summary = council ? `set the council of ${slug} to ${council}` : `cleared the council of ${slug}`;
    return changed;
  });
  if (context.format === 'json')
    return ok(renderJson({ slug: after.slug, name: after.name, council: after.council ?? null }));
  return ok(council ? `${slug}'s papers now name ${terminalSafe(council)}` : `${slug}'s papers now name no council`);
}

export interface CommitteeRenameOptions {
  slug: string;
  name: string;
}

/** A committee's new name (a restructure, a new title): its slug, meetings and items stay as they are. */
export async function runCommitteeRename(
  { slug, name: typed }: CommitteeRenameOptions,
  context: Context,
): Promise<Output> {
  const name = typed.replace(/\s+/g, ' ').trim();
  if (!name) throw usageError("--name is empty; give the committee's new full name");
  const before = await context.store.transact('committee rename', context.actor(), async (tx) => {
    const committee = await tx.committee(slug);
    if (committee.name === name) throw usageError(`${slug} is already called "${name}"`);
    await tx.replaceCommittee({ ...committee, name });
    tx.summary = `renamed committee ${slug} from "${committee.name}" to "${name}"`;
    return committee.name;
  });
  if (context.format === 'json') return ok(renderJson({ slug, name }));
  return ok(`Renamed ${slug}: ${terminalSafe(before)} is now ${terminalSafe(name)}.`);
}

export async function runCommitteeList(_options: unknown, context: Context): Promise<Output> {
  const committees = (await context.store.view()).committees.map(({ slug, name, council }) => ({
    slug,
    name,
    council: council ?? null,
  }));
  const anyCouncil = committees.some((c) => c.council !== null);
  switch (context.format) {
    case 'json':
      return ok(renderJson(committees));
    case 'csv':
      return ok(
        renderCsv(
          ['slug', 'name', 'council'],
          committees.map((c) => [c.slug, c.name, c.council]),
        ),
      );
    case 'md':
      return ok(
        renderMarkdownTable(
          ['Short name', 'Name', 'Council'],
          committees.map((c) => [c.slug, c.name, c.council ?? '']),
        ),
      );
    default:
      if (committees.length === 0)
        return ok('No committees yet. Add one with: actionlog committee add <short-name> --name <full name>');
      return ok(
        renderTable(
          [
            { header: 'Short name', value: (c) => c.slug },
            { header: 'Name', value: (c) => c.name, flex: true },
            ...(anyCouncil ? [{ header: 'Council', value: (c: (typeof committees)[number]) => c.council ?? '—' }] : []),
          ],
          committees,
          tableOptions(context),
        ),
      );
  }
}

export function register(program: Command): void {
  const committee = program
    .command('committee')
    .description('the committees, boards and panels whose actions you track');

  committee
    .command('add <short-name>')
    .description('add a committee, known by a short name (lower-case letters, digits and hyphens) and its full name')
    .requiredOption('--name <name>', 'the full name, as on the agenda')
    .option('--council <name>', 'the council whose papers these are, named on the Word papers and chase letters')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog committee add llr-jhsc --name "LLR Joint Health Scrutiny Committee"\n  $ actionlog committee add llr-jhsc --name "LLR Joint Health Scrutiny Committee" --council "Leicester City Council"',
    )
    .action(
      action(runCommitteeAdd, ([slug], flags) => ({
        slug,
        name: flags.name as string,
        council: flags.council as string | undefined,
      })),
    );

  committee
    .command('set <short-name>')
    .description("set a committee's council, named on its Word papers and chase letters")
    .option('--council <name>', 'the council\'s name ("" for none)')
    .addHelpText('after', '\nExample:\n  $ actionlog committee set llr-jhsc --council "Leicester City Council"')
    .action(action(runCommitteeSet, ([slug], flags) => ({ slug, council: flags.council as string | undefined })));

  committee
    .command('rename <short-name>')
    .description(
      'give a committee its new full name; its short name, meetings and items stay (to hand items to a successor committee, see "actionlog move")',
    )
    .requiredOption('--name <name>', 'the new full name, as on the agenda')
    .addHelpText(
      'after',
      '\nExample:\n  $ actionlog committee rename llr-jhsc --name "LLR Joint Health and Care Scrutiny Committee"',
    )
    .action(action(runCommitteeRename, ([slug], flags) => ({ slug, name: flags.name as string })));

  const list = committee
    .command('list')
    .description('list the committees')
    .addHelpText('after', '\nExample:\n  $ actionlog committee list --json')
    .action(action(runCommitteeList));
  prints(list, TABLES);
}
