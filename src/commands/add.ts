import type { Command } from 'commander';
import type { Context } from '../context.js';
import { formatUkDate } from '../domain/dates.js';
import { DUE_SPEC_FORMS } from '../domain/due.js';
import { itemView } from '../domain/view.js';
import { dueLabel } from '../render/labels.js';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { addEntry, checkEntry, requireMeeting, type ItemEntry } from './entry.js';
import { meetingDate, ownersOption, repeatable } from './options.js';
import { action, ok, type Output } from './run.js';

export interface AddOptions {
  text: string;
  committee: string;
  meeting: string;
  minute?: string;
  ref?: string;
  type?: string;
  category?: string;
  /** Who must do it: one owner, or several (repeated --owner), the lead first. */
  owner?: string | readonly string[];
  due?: string;
}

export async function runAdd(options: AddOptions, context: Context): Promise<Output> {
  const entry: ItemEntry = { ...options, owner: undefined, owners: ownersOption(options.owner) };
  checkEntry(entry);
  const source = meetingDate(options.meeting, '--meeting');
  const view = await context.store.transact('add', context.actor(), async (tx) => {
    await requireMeeting(tx, options.committee, source);
    const item = await addEntry(tx, options.committee, source, entry, context);
    tx.summary = `added ${item.id}: ${item.text}`;
    return itemView(item, await tx.calendar(options.committee), context.today);
  });
  if (context.format === 'json') return ok(renderJson(view));
  const added = `Added ${view.id} (${view.type}, due ${dueLabel(view.due, view.effectiveDue)}): ${terminalSafe(view.text)}`;
  if (view.due.kind !== 'next' || view.effectiveDue !== null) return ok(added);
  return ok(
    `${added}\n${options.committee} has no meeting after ${formatUkDate(view.due.after)} yet: the item is due at the next meeting added to its calendar ("actionlog meeting add ${options.committee} <date>").`,
  );
}

export function register(program: Command): void {
  program
    .command('add <text>')
    .description('record one resolution or work-programme item from a meeting')
    .requiredOption('-c, --committee <committee>', 'the committee that decided it, by its short name (llr-jhsc)')
    .requiredOption('-m, --meeting <date>', "the meeting it was decided at (one in the committee's calendar)")
    .option('--minute <no>', 'the minute number, as printed (53, 25/08)')
    .option('--ref <ref>', 'the resolution within the minute: (d), 2, (c)(ii)')
    .option('-t, --type <type>', 'action or work-programme (default: from --category, else action)')
    .option(
      '--category <category>',
      'what the resolution asks for: action, information, recommendation, invitation, deferral or work-programme (see Words in actionlog --help)',
    )
    .option(
      '-o, --owner <text>',
      'who must do it, as the minutes name them; repeat for several, the lead first',
      repeatable,
    )
    .option(
      '-d, --due <spec>',
      `when: ${DUE_SPEC_FORMS} (default: next for actions, future for work-programme; next when the calendar has no later meeting yet is the next one added)`,
    )
    .addHelpText(
      'after',
      `
Examples:
  $ actionlog add "Circulate the Model ICB blueprint to members" -c llr-jhsc -m 2025-06-16 --minute 53 --ref 3 --category information --owner "ICB"
  $ actionlog add "Item on dentistry" -c llr-jhsc -m "16 June 2025" --minute 53 --ref 2 --type work-programme --due november
  $ actionlog add "Consider the report on winter pressures" -c llr-jhsc -m 16/06/25 --minute 17 --ref "(d)" --owner UHL --owner "the ICB"`,
    )
    .action(action(runAdd, ([text], flags) => ({ ...(flags as Omit<AddOptions, 'text'>), text })));
}
