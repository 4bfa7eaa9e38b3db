// The commands that change items: update, done, drop and defer, each on one id or several.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { formatUkDate } from '../domain/dates.js';
import { dueProblem, effectiveDueDate, DUE_SPEC_FORMS, resolveDueSpec } from '../domain/due.js';
import { ownerKey, ownerList } from '../domain/owner.js';
import { deferItem, dropItem, markDone, updateItem, type ItemChanges } from '../domain/lifecycle.js';
import { isClosed, type Item, type Meeting } from '../domain/types.js';
import { itemView, type ItemView } from '../domain/view.js';
import { usageError } from '../errors.js';
import { dueLabel, recordedDueLabel } from '../render/labels.js';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { typedDue } from './entry.js';
import { ownersOption, parseStatus, repeatable, requiredText, typeAndCategory } from './options.js';
import { action, ok, type Output } from './run.js';

const NOTE_HINT = 'give the update, or leave out --note';

type Change = (item: Item, calendar: Meeting[]) => Item;

/**
 * The same change to each item, as one change (one journal entry, one undo): an unknown id,
 * or a change refused for any one item, changes none of them. An id given twice counts once.
 */
async function changeItems(context: Context, ids: readonly string[], command: string, change: Change): Promise<Output> {
  const views = await context.store.transact(command, context.actor(), async (tx) => {
    const changed: ItemView[] = [];
    for (const id of ids) {
      const before = await tx.item(id);
      if (changed.some((view) => view.id === before.id)) continue;
      const calendar = await tx.calendar(before.committee);
      const after = change(before, calendar);
      await tx.replaceItem(after);
      changed.push(itemView(after, calendar, context.today));
    }
    tx.summary =
      changed.length === 1
        ? `${command} ${changed[0].id}: ${changed[0].text}`
        : `${command} ${changed.map((v) => v.id).join(', ')} (${changed.length} items)`;
    return changed;
  });
  if (context.format === 'json') return ok(renderJson(views.length === 1 && ids.length === 1 ? views[0] : views));
  return ok(views.map((view) => describe(view, command)).join('\n'));
}

function describe(view: ItemView, command: string): string {
  const verb = { update: 'Updated', done: 'Marked done', drop: 'Dropped', defer: 'Deferred' }[command] ?? command;
  return `${verb} ${view.id} (${view.status}, due ${dueLabel(view.due, view.effectiveDue)}): ${terminalSafe(view.text)}`;
}

export interface UpdateOptions {
  ids: string[];
  status?: string;
  /** The owners from now on, the lead first (repeated --owner; "" for none). */
  owner?: string | readonly string[];
  /** Owners to add after those the item has (repeated --add-owner). */
  addOwner?: string | readonly string[];
  /** Owners to take off the item (repeated --remove-owner), matched ignoring case and a leading "the". */
  removeOwner?: string | readonly string[];
  due?: string;
  text?: string;
  type?: string;
  category?: string;
  note?: string;
}

export async function runUpdate(options: UpdateOptions, context: Context): Promise<Output> {
  const given = (
    ['status', 'owner', 'addOwner', 'removeOwner', 'due', 'text', 'type', 'category', 'note'] as const
  ).filter((k) => options[k] !== undefined);
  if (given.length === 0)
    throw usageError(
      'nothing to update; give --status, --owner, --add-owner, --remove-owner, --due, --text, --type, --category or --note',
    );
  if (options.owner !== undefined && (options.addOwner !== undefined || options.removeOwner !== undefined)) {
    throw usageError(
      '--owner gives the whole list of owners; use it alone, or --add-owner and --remove-owner to change the list the item has',
    );
  }
  const status = options.status === undefined ? undefined : parseStatus(options.status);
  const text = options.text === undefined ? undefined : requiredText(options.text, '--text');
  const note = options.note === undefined ? null : requiredText(options.note, '--note', NOTE_HINT);
  if (text !== undefined && options.ids.length > 1)
    throw usageError("--text corrects one item's text; give one id with it");
  return changeItems(context, options.ids, 'update', (item, calendar) => {
    const changes: ItemChanges = { status, owners: changedOwners(item, options), text };
    if (options.type !== undefined || options.category !== undefined) {
      Object.assign(
        changes,
        typeAndCategory(options.type ?? (options.category ? undefined : item.type), options.category),
      );
    }
    if (options.due !== undefined) changes.due = typedDue(options.due, calendar, item.source.meeting, item.committee);
    return updateItem(item, changes, note, context.actor());
  });
}

export interface DoneOptions {
  ids: string[];
  note?: string;
}

export async function runDone(options: DoneOptions, context: Context): Promise<Output> {
  const note = options.note === undefined ? null : requiredText(options.note, '--note', NOTE_HINT);
  return changeItems(context, options.ids, 'done', (item) => {
    if (item.signedOff !== null) {
      throw usageError(
        `${item.id} was signed off at the meeting of ${formatUkDate(item.signedOff)} as ${item.status}; it has left the log and cannot be marked done`,
      );
    }
    if (item.status === 'done') throw usageError(`${item.id} is already done`);
    if (item.status === 'dropped') {
      throw usageError(
        `${item.id} was dropped, not done; to record that it was done after all, reopen it with "actionlog update ${item.id} --status open" first`,
      );
    }
    return markDone(item, note, context.actor());
  });
}

export interface DropOptions {
  ids: string[];
  reason: string;
}

export async function runDrop(options: DropOptions, context: Context): Promise<Output> {
  const reason = requiredText(options.reason, '--reason', 'say why the item is dropped, for the committee to note');
  return changeItems(context, options.ids, 'drop', (item) => {
    if (item.status === 'dropped') throw usageError(`${item.id} is already dropped`);
    return dropItem(item, reason, context.actor());
  });
}

export interface DeferOptions {
  ids: string[];
  /** The new due as typed. */
  to: string;
  reason?: string;
  /** Allows a new due earlier than the current one (brought forward). */
  earlier?: boolean;
}

export async function runDefer(options: DeferOptions, context: Context): Promise<Output> {
  const reason =
    options.reason === undefined
      ? null
      : requiredText(options.reason, '--reason', 'say why it slipped, or leave out --reason');
  return changeItems(context, options.ids, 'defer', (item, calendar) => {
    if (isClosed(item))
      throw usageError(
        `${item.id} is ${item.status}; reopen it with "actionlog update ${item.id} --status open" first`,
      );
    const current = effectiveDueDate(item.due, calendar);
    const from = current && current > context.today ? current : context.today;
    const to = resolveDueSpec(options.to, calendar, from, item.committee, '--to');
    if (JSON.stringify(to) === JSON.stringify(item.due))
      throw usageError(`${item.id} is already due ${recordedDueLabel(to)}`);
    const problem = dueProblem(to, item.source.meeting);
    if (problem !== null) throw usageError(`--to ${options.to}: ${problem}`);
    const toDate = effectiveDueDate(to, calendar);
    if (!options.earlier && current !== null && toDate !== null && toDate < current) {
      throw usageError(
        `--to ${options.to} (${formatUkDate(toDate)}) is earlier than ${item.id}'s current due (${formatUkDate(current)}); a deferral moves an item later — add --earlier to bring it forward`,
      );
    }
    return deferItem(item, to, reason, context.actor());
  });
}

/** The items' ids (the command's arguments) beside the flags. */
const withIds = <Options>(ids: string[], flags: Record<string, unknown>) => ({ ...flags, ids }) as Options;

export function register(program: Command): void {
  program
    .command('update <id...>')
    .description(
      "change an item's status, owner, due, text or type, or add a note; several ids are changed together (one undo)",
    )
    .option('-s, --status <status>', 'open, in-progress, done or dropped')
    .option(
      '-o, --owner <text>',
      'the owners from now on, the lead first: repeat for several ("" for none)',
      repeatable,
    )
    .option('--add-owner <text>', 'add an owner after those the item has (repeatable)', repeatable)
    .option(
      '--remove-owner <text>',
      'take an owner off the item (repeatable; ignores case and a leading "the")',
      repeatable,
    )
    .option(
      '-d, --due <spec>',
      `the new due, from the source meeting: ${DUE_SPEC_FORMS} (use defer to record slippage)`,
    )
    .option('--text <text>', 'the corrected text')
    .option('-t, --type <type>', 'action or work-programme (a --category implies its type)')
    .option(
      '--category <category>',
      'what the resolution asks for: action, information, recommendation, invitation, deferral or work-programme (see Words in actionlog --help)',
    )
    .option('-n, --note <text>', 'a progress note for the history')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog update A12 --status in-progress --note "Letter sent to UHL"\n  $ actionlog update A12 --owner "Director of Public Health"\n  $ actionlog update A12 --owner UHL --owner "the ICB"      # UHL leads\n  $ actionlog update A12 --add-owner "Healthwatch Rutland"\n  $ actionlog update A12 A14 A15 --note "Chased by email on 3 November"',
    )
    .action(action(runUpdate, withIds<UpdateOptions>));

  program
    .command('done <id...>')
    .description('report items done; they stay on the carry-forward list until the committee signs them off')
    .option('-n, --note <text>', 'the update that closed it')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog done A12 --note "Blueprint circulated by email on 3 July"\n  $ actionlog done A12 A13 --note "Both taken at the meeting of 27 November"',
    )
    .action(action(runDone, withIds<DoneOptions>));

  program
    .command('drop <id...>')
    .description('withdraw items (superseded or no longer needed), with the reason')
    .requiredOption('-r, --reason <text>', 'why it is dropped, for the committee to note')
    .addHelpText(
      'after',
      '\nExample:\n  $ actionlog drop A12 --reason "Superseded by minute 17(d) of 1 September 2025"',
    )
    .action(action(runDrop, withIds<DropOptions>));

  program
    .command('defer <id...>')
    .description('move items to a later due, keeping each original due and counting the deferral')
    .requiredOption(
      '--to <spec>',
      `the new due: ${DUE_SPEC_FORMS}; next and month names count from the current due or today, whichever is later`,
    )
    .option('-r, --reason <text>', 'why it slipped')
    .option('--earlier', 'allow a due earlier than the current one (bringing the item forward)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog defer A12 --to next --reason "Report not ready"\n  $ actionlog defer A12 --to january\n  $ actionlog defer A12 --to 31/03/2026\n  $ actionlog defer A12 A13 --to january --reason "Officer on leave"\n  $ actionlog defer A12 --to 2025-11-27 --earlier --reason "Brought forward at the chair\'s request"',
    )
    .action(action(runDefer, withIds<DeferOptions>));
}

/**
 * The owners an update leaves the item with; undefined when it does not touch them. --owner
 * gives the whole list (the lead first; "" alone for none); --add-owner adds after the
 * owners the item has; --remove-owner takes off those named. The lead is always the first.
 */
function changedOwners(item: Item, options: UpdateOptions): string[] | undefined {
  const given = ownersOption(options.owner);
  if (given !== undefined) return ownerList(given);
  const adding = ownersOption(options.addOwner);
  const removing = ownersOption(options.removeOwner);
  if (adding === undefined && removing === undefined) return undefined;
  const gone = new Set((removing ?? []).map(ownerKey));
  for (const name of removing ?? []) {
    if (!item.owners.some((owner) => ownerKey(owner) === ownerKey(name))) {
      throw usageError(
        `--remove-owner "${name}": ${item.id}'s owners are ${item.owners.length ? item.owners.join('; ') : 'none'}`,
      );
    }
  }
  return ownerList([...item.owners.filter((owner) => !gone.has(ownerKey(owner))), ...(adding ?? [])]);
}
