// The commands that change items: update, done, drop and defer, each on one id or several.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { effectiveDueDate, DUE_SPEC_FORMS, resolveDueSpec } from '../domain/due.js';
import { deferItem, dropItem, markDone, updateItem, type ItemChanges } from '../domain/lifecycle.js';
import { isClosed, type Item, type Meeting } from '../domain/types.js';
import { itemView, type ItemView } from '../domain/view.js';
import { usageError } from '../errors.js';
import { dueLabel } from '../render/labels.js';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { parseOwner, parseStatus, requiredText, typeAndCategory } from './options.js';
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
    tx.summary = changed.length === 1 ? `${command} ${changed[0].id}: ${changed[0].text}` : `${command} ${changed.map((v) => v.id).join(', ')} (${changed.length} items)`;
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
  owner?: string;
  due?: string;
  text?: string;
  type?: string;
  category?: string;
  note?: string;
}

export async function runUpdate(options: UpdateOptions, context: Context): Promise<Output> {
  const given = (['status', 'owner', 'due', 'text', 'type', 'category', 'note'] as const).filter((k) => options[k] !== undefined);
  if (given.length === 0) throw usageError('nothing to update; give --status, --owner, --due, --text, --type, --category or --note');
  const status = options.status === undefined ? undefined : parseStatus(options.status);
  const text = options.text === undefined ? undefined : requiredText(options.text, '--text');
  const note = options.note === undefined ? null : requiredText(options.note, '--note', NOTE_HINT);
  if (text !== undefined && options.ids.length > 1) throw usageError('--text corrects one item\'s text; give one id with it');
  return changeItems(context, options.ids, 'update', (item, calendar) => {
    const changes: ItemChanges = { status, owner: parseOwner(options.owner), text };
    if (options.type !== undefined || options.category !== undefined) {
      Object.assign(changes, typeAndCategory(options.type ?? (options.category ? undefined : item.type), options.category));
    }
    if (options.due !== undefined) changes.due = resolveDueSpec(options.due, calendar, item.source.meeting, item.committee, '--due');
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
    if (item.status === 'done') throw usageError(`${item.id} is already done`);
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
}

export async function runDefer(options: DeferOptions, context: Context): Promise<Output> {
  const reason = options.reason === undefined ? null : requiredText(options.reason, '--reason', 'say why it slipped, or leave out --reason');
  return changeItems(context, options.ids, 'defer', (item, calendar) => {
    if (isClosed(item)) throw usageError(`${item.id} is ${item.status}; reopen it with "actionlog update ${item.id} --status open" first`);
    const current = effectiveDueDate(item.due, calendar);
    const from = current && current > context.today ? current : context.today;
    const to = resolveDueSpec(options.to, calendar, from, item.committee, '--to');
    if (JSON.stringify(to) === JSON.stringify(item.due)) throw usageError(`${item.id} is already due ${dueLabel(to, null)}`);
    return deferItem(item, to, reason, context.actor());
  });
}

/** The items' ids (the command's arguments) beside the flags. */
const withIds = <Options>(ids: string[], flags: Record<string, unknown>) => ({ ...flags, ids }) as Options;

export function register(program: Command): void {
  program
    .command('update <id...>')
    .description("change an item's status, owner, due, text or type, or add a note; several ids are changed together (one undo)")
    .option('-s, --status <status>', 'open, in-progress, done or dropped')
    .option('-o, --owner <text>', 'the new owner ("" for none)')
    .option('-d, --due <spec>', `the new due, from the source meeting: ${DUE_SPEC_FORMS} (use defer to record slippage)`)
    .option('--text <text>', 'the corrected text')
    .option('-t, --type <type>', 'action or work-programme (a --category implies its type)')
    .option('--category <category>', 'what the resolution asks for: action, information, recommendation, invitation, deferral or work-programme (see Words in actionlog --help)')
    .option('-n, --note <text>', 'a progress note for the history')
    .addHelpText('after', '\nExamples:\n  $ actionlog update A12 --status in-progress --note "Letter sent to UHL"\n  $ actionlog update A12 --owner "Director of Public Health"\n  $ actionlog update A12 A14 A15 --note "Chased by email on 3 November"')
    .action(action(runUpdate, withIds<UpdateOptions>));

  program
    .command('done <id...>')
    .description('report items done; they stay on the carry-forward list until the committee signs them off')
    .option('-n, --note <text>', 'the update that closed it')
    .addHelpText('after', '\nExamples:\n  $ actionlog done A12 --note "Blueprint circulated by email on 3 July"\n  $ actionlog done A12 A13 --note "Both taken at the meeting of 27 November"')
    .action(action(runDone, withIds<DoneOptions>));

  program
    .command('drop <id...>')
    .description('withdraw items (superseded or no longer needed), with the reason')
    .requiredOption('-r, --reason <text>', 'why it is dropped, for the committee to note')
    .addHelpText('after', '\nExample:\n  $ actionlog drop A12 --reason "Superseded by minute 17(d) of 1 September 2025"')
    .action(action(runDrop, withIds<DropOptions>));

  program
    .command('defer <id...>')
    .description('move items to a later due, keeping each original due and counting the deferral')
    .requiredOption('--to <spec>', `the new due: ${DUE_SPEC_FORMS}; next and month names count from the current due or today, whichever is later`)
    .option('-r, --reason <text>', 'why it slipped')
    .addHelpText('after', '\nExamples:\n  $ actionlog defer A12 --to next --reason "Report not ready"\n  $ actionlog defer A12 --to january\n  $ actionlog defer A12 --to 31/03/2026\n  $ actionlog defer A12 A13 --to january --reason "Officer on leave"')
    .action(action(runDefer, withIds<DeferOptions>));
}
