// Owners' contact details, for chasing them: `owner set` and `owner list`.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { ownerKey } from '../domain/owner.js';
import { contactIndex, ownerDirectory, type OwnerEntry } from '../domain/ownerDirectory.js';
import { ACTIVE_STATUSES, type OwnerContact } from '../domain/types.js';
import { usageError } from '../errors.js';
import { renderCsv } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderMarkdownTable } from '../render/markdown.js';
import { terminalSafe } from '../render/sanitize.js';
import { renderTable } from '../render/table.js';
import { parseOwner } from './options.js';
import { tableOptions } from './output.js';
import { prints, TABLES } from './prints.js';
import { action, ok, type Output } from './run.js';

export interface OwnerSetOptions {
  name: string;
  email?: string;
  contact?: string;
}

/**
 * An email address as the HTML standard defines a valid one (what a browser's email field
 * accepts), with a dot in the domain: a draft addressed to "icb@nhs" or "icb nhs.net" would
 * only bounce. One address per owner: a team's shared mailbox is the usual answer.
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function parseEmail(value: string): string | null {
  const email = value.trim();
  if (email === '') return null;
  if (!EMAIL.test(email))
    throw usageError(
      `--email "${value}" is not an email address; give one address like governance@leics.gov.uk ("" to clear it)`,
    );
  return email;
}

/** Text as typed, spaces tidied; "" clears it. */
const cleared = (value: string): string | null => value.replace(/\s+/g, ' ').trim() || null;

export async function runOwnerSet(options: OwnerSetOptions, context: Context): Promise<Output> {
  const name = parseOwner(options.name);
  if (!name) throw usageError('the owner\'s name is empty; give it as the items name it, e.g. "LLR ICB"');
  if (options.email === undefined && options.contact === undefined)
    throw usageError('nothing to set; give --email <address> or --contact <name>');
  const email = options.email === undefined ? undefined : parseEmail(options.email);
  const contact = options.contact === undefined ? undefined : cleared(options.contact);
  const { saved, named } = await context.store.transact('owner set', context.actor(), async (tx) => {
    const contacts = await tx.owners();
    const at = contactIndex(contacts, name);
    const open = await tx.items({ statuses: ACTIVE_STATUSES });
    // A new owner is kept under the name the log's items give them ("LLR ICB" for "the llr icb").
    const asNamed = open.find((item) => ownerKey(item.owner) === ownerKey(name))?.owner;
    const before: OwnerContact = at === null ? { name: asNamed ?? name, email: null, contact: null } : contacts[at];
    const after: OwnerContact = {
      name: before.name,
      email: email === undefined ? before.email : email,
      contact: contact === undefined ? before.contact : contact,
    };
    if (after.email !== before.email || after.contact !== before.contact || at === null) await tx.putOwner(after, at);
    tx.summary = `set the details of ${after.name}`;
    return { saved: after, named: asNamed !== undefined };
  });
  // A name no open item gives is most often a typo: say so, but keep the details (items may come later).
  const warning = named
    ? ''
    : `Note: no open item names the owner "${terminalSafe(saved.name)}" yet; "actionlog owner list" shows the owners the items name`;
  if (context.format === 'json') return ok(renderJson(saved), warning);
  const parts = [
    saved.email ? `email ${saved.email}` : 'no email',
    saved.contact ? `contact ${terminalSafe(saved.contact)}` : null,
  ].filter(Boolean);
  return ok(`Set ${terminalSafe(saved.name)}: ${parts.join(', ')}`, warning);
}

export async function runOwnerList(_options: unknown, context: Context): Promise<Output> {
  const view = await context.store.view({ statuses: ACTIVE_STATUSES });
  const owners = ownerDirectory(view.items, view.owners);
  const rows = (o: OwnerEntry) => [o.name, o.email ?? '', o.contact ?? '', o.openItems];
  switch (context.format) {
    case 'json':
      return ok(renderJson(owners));
    case 'csv':
      return ok(renderCsv(['name', 'email', 'contact', 'open_items'], owners.map(rows)));
    case 'md':
      return ok(
        renderMarkdownTable(
          ['Owner', 'Email', 'Contact', 'Open items'],
          owners.map((o) => rows(o).map(String)),
        ),
      );
    default:
      if (owners.length === 0)
        return ok('No owners yet: items name their owners (--owner), and "actionlog owner set" keeps their details.');
      return ok(
        renderTable(
          [
            { header: 'Owner', value: (o) => o.name },
            { header: 'Email', value: (o) => o.email ?? '—' },
            { header: 'Contact', value: (o) => o.contact ?? '—' },
            { header: 'Open items', value: (o) => String(o.openItems) },
          ],
          owners,
          tableOptions(context),
        ),
      );
  }
}

export function register(program: Command): void {
  const owner = program
    .command('owner')
    .description('the people and bodies that owe the committees something, and their contact details for chasing');

  owner
    .command('set <name>')
    .description(
      'keep an owner\'s email address and the person to write to (the name is matched ignoring case and a leading "the")',
    )
    .option('--email <address>', 'where chase letters go ("" to clear)')
    .option('--contact <name>', 'the person to address, when the owner is an organisation or a role ("" to clear)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog owner set "LLR ICB" --email llricb.governance@nhs.net --contact "Dr Jane Smith"\n  $ actionlog owner set "Director of Public Health" --email dph@leics.gov.uk',
    )
    .action(action(runOwnerSet, ([name], flags) => ({ ...flags, name }) as OwnerSetOptions));

  const list = owner
    .command('list')
    .description('every owner the open items name, and every owner with details kept: email, contact and open items')
    .addHelpText('after', '\nExamples:\n  $ actionlog owner list\n  $ actionlog owner list --json')
    .action(action(runOwnerList));
  prints(list, TABLES);
}
