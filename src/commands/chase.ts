// Chasing owners: one letter or email draft per owner, in a folder, for the clerk to send.
// Nothing is ever sent from here.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { chaseList, type OwnerChase } from '../domain/chase.js';
import { councilOf } from '../domain/council.js';
import { ACTIVE_STATUSES } from '../domain/types.js';
import { usageError } from '../errors.js';
import { chaseLetter, letterFileNames, type Letter } from '../render/chase/letter.js';
import { renderLetterMarkdown } from '../render/chase/markdown.js';
import { letterDocx, letterEml, replySheetXlsx } from '../render/papers.js';
import { terminalSafe } from '../render/sanitize.js';
import { unknownCommittee } from '../store/index.js';
import { prints } from './prints.js';
import { FORMAT_NAMES, writeFile } from './reportOutput.js';
import { action, ok, type Output } from './run.js';

const CHASE_FORMATS = ['eml', 'docx', 'md'] as const;
type ChaseFormat = (typeof CHASE_FORMATS)[number];

export interface ChaseOptions {
  committee?: string;
  owner?: string;
  /** The folder the drafts go in (made if missing). */
  output?: string;
}

export async function runChase(options: ChaseOptions, context: Context): Promise<Output> {
  const format = chaseFormat(context);
  if (options.output === undefined || options.output.trim() === '')
    throw usageError('--output <folder> is required: the folder the drafts are written to (made if missing)');
  const folder = path.resolve(options.output);
  await mustNotBeAFile(folder);
  const data = await context.store.view({ committee: options.committee, statuses: ACTIVE_STATUSES });
  if (options.committee && !data.committees.some((c) => c.slug === options.committee))
    throw unknownCommittee(options.committee, data.committees);
  const chase = chaseList(data, { committee: options.committee, owner: options.owner }, data.owners, context.today);
  const warnings =
    chase.unowned.length === 0
      ? []
      : [
          `Warning: ${chase.unowned.length} item(s) to chase have no owner, so no letter: ${chase.unowned.map((i) => i.id).join(', ')} (give each one with "actionlog update <id> --owner <name>")`,
        ];
  if (chase.owners.length === 0) {
    const filter = options.owner ? ` for owners matching "${terminalSafe(options.owner)}"` : '';
    return ok(
      `Nothing to chase${filter}: no open item is overdue or due at its committee's next meeting. No drafts written.`,
      warnings.join('\n'),
    );
  }
  await mkdir(folder, { recursive: true });
  const names = letterFileNames(chase.owners.map((o) => o.owner));
  const written: string[] = [];
  for (const [i, owner] of chase.owners.entries()) {
    const letter = chaseLetter(
      owner,
      { today: context.today, council: councilFor(owner, data.committees), from: { name: context.by } },
      format === 'eml' ? 'attachment' : 'table',
    );
    const files = await writeDraft(folder, names[i], letter, format);
    if (format === 'eml' && !owner.contact?.email) {
      warnings.push(
        `Warning: no email address for ${terminalSafe(owner.owner)}: ${names[i]}.eml has an empty To (keep one with "actionlog owner set ${JSON.stringify(terminalSafe(owner.owner))} --email <address>")`,
      );
    }
    written.push(`  ${files.join(', ')}  ${describe(owner)}`);
  }
  const what =
    format === 'eml'
      ? 'email draft(s), each with its reply sheet attached'
      : `${FORMAT_NAMES[format]} letter(s), each with its reply sheet beside it`;
  const heading = `Wrote ${chase.owners.length} ${what}, to ${folder}:`;
  const footer = 'Nothing was sent. When the sheets come back: actionlog apply <sheet.xlsx>';
  return ok([heading, ...written, footer].join('\n'), warnings.join('\n'));
}

function chaseFormat(context: Context): ChaseFormat {
  if (!context.formatChosen && context.format === 'table') return 'eml';
  const format = context.format as ChaseFormat;
  if (!CHASE_FORMATS.includes(format))
    throw usageError(
      `chase writes drafts as eml, docx or md, not ${context.format}; use --format eml (the default), docx or md`,
    );
  return format;
}

async function mustNotBeAFile(folder: string): Promise<void> {
  const found = await stat(folder).catch(() => null);
  if (found && !found.isDirectory())
    throw usageError(`--output ${folder} is a file; give a folder for the drafts (made if missing)`);
}

/** The letter as a file (and, for a letter to print or attach, its reply sheet beside it); the files' names. */
async function writeDraft(folder: string, name: string, letter: Letter, format: ChaseFormat): Promise<string[]> {
  const reply = `${name}-reply.xlsx`;
  if (format === 'eml') {
    await writeFile(path.join(folder, `${name}.eml`), await letterEml(letter, { replyFileName: reply }));
    return [`${name}.eml`];
  }
  const file = `${name}.${format}`;
  await writeFile(path.join(folder, file), format === 'docx' ? await letterDocx(letter) : renderLetterMarkdown(letter));
  await writeFile(path.join(folder, reply), await replySheetXlsx(letter));
  return [file, reply];
}

/** The council of the committees the owner is chased for. */
const councilFor = (owner: OwnerChase, committees: Parameters<typeof councilOf>[0]) =>
  councilOf(
    committees,
    owner.committees.map((c) => c.slug),
  );

function describe(owner: OwnerChase): string {
  const count = owner.committees.reduce((n, c) => n + c.items.length, 0);
  const to = owner.contact?.email ? `<${owner.contact.email}>` : '(no email address)';
  return `${terminalSafe(owner.owner)} ${to}: ${count} item(s)`;
}

export function register(program: Command): void {
  const command = program
    .command('chase')
    .description(
      'draft a letter or email to each owner listing what they owe the committees (overdue, or due at the next meeting), with a reply table; never sends',
    )
    .option('-c, --committee <committee>', 'only this committee (its short name)')
    .option('-o, --owner <text>', 'only owners matching this (ignores case and a leading "the")')
    .option('--output <folder>', 'the folder to write the drafts in (made if missing)')
    .addHelpText(
      'after',
      [
        '',
        'Drafts are --format eml (the default: an email to open in Outlook or Thunderbird and send,',
        'with the reply sheet attached as .xlsx), docx (a Word letter) or md, one per owner; --by',
        'names who signs them. An owner with no address (actionlog owner set) gets an email with an',
        'empty To, and a warning.',
        '',
        'Examples:',
        '  $ actionlog chase --committee llr-jhsc --output chase-november',
        '  $ actionlog chase --owner "LLR ICB" --format docx --output letters --by "Jo Clerk, Governance Officer"',
        '  $ actionlog apply llr-icb-reply.xlsx      # the sheet the owner sent back',
      ].join('\n'),
    )
    .action(action(runChase));
  prints(command, { formats: [], files: CHASE_FORMATS, limit: false });
}
