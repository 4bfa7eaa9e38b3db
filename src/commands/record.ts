import type { Command } from 'commander';
import type { Context } from '../context.js';
import { calendarIndex, meetingOnOrAfter } from '../domain/calendar.js';
import { formatUkDate, parseDate } from '../domain/dates.js';
import { ownerKey } from '../domain/owner.js';
import { citation } from '../domain/view.js';
import type { IsoDate, Item } from '../domain/types.js';
import { usageError } from '../errors.js';
import { cancelled, isCancel, unlessCancelled } from '../prompts/cancel.js';
import { dueText } from '../render/labels.js';
import { renderTable } from '../render/table.js';
import { terminalSafe } from '../render/sanitize.js';
import { unknownCommittee } from '../store/index.js';
import { addEntry, checkEntry, requireMeeting, type ItemEntry } from './entry.js';
import { meetingDate } from './options.js';
import { tableOptions } from './output.js';
import { prints } from './prints.js';
import { action, ok, type Output } from './run.js';

/** Owners used before, most used first, one spelling per owner. */
function knownOwners(items: Item[]): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const item of items) {
    if (!item.owner) continue;
    const key = ownerKey(item.owner);
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { name: item.owner, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((o) => o.name);
}

export interface RecordOptions {
  committee: string;
  meeting?: string;
}

export async function runRecord({ committee, meeting: meetingText }: RecordOptions, context: Context): Promise<Output> {
  if (!context.interactive || context.format !== 'table') {
    throw usageError(
      'record asks questions, so it needs a terminal; in scripts use "actionlog add <text> --committee <committee> --meeting <date> ..." for each item',
    );
  }
  const given = meetingText === undefined ? undefined : meetingDate(meetingText, '--meeting');
  // Every item, for the owners already named in the log.
  const data = await context.store.view({});
  const found = data.committees.find((c) => c.slug === committee);
  if (!found) throw unknownCommittee(committee, data.committees);
  const meetings = calendarIndex(data.meetings).get(committee) ?? [];
  if (meetings.length === 0)
    throw usageError(`${committee} has no meetings yet; add them with "actionlog meeting add ${committee} <date...>"`);

  const prompts = await import('../prompts/record.js');
  const choices = { committeeName: found.name, meetings, owners: knownOwners(data.items) };
  const lastHeld =
    [...meetings].reverse().find((m) => !m.cancelled && m.date <= context.today) ??
    meetingOnOrAfter(meetings, context.today);
  const meeting: IsoDate =
    given ?? (await unlessCancelled(() => prompts.askMeeting(choices, lastHeld?.date), 'nothing was saved'));
  const entered: ItemEntry[] = [];
  let save: boolean;
  try {
    await enterItems(prompts, choices, meeting, entered);
    if (entered.length === 0) return ok('Nothing recorded.');
    save = await reviewItems(prompts, choices, meeting, entered, context);
  } catch (error) {
    // Ctrl-C once items are entered: what was typed is not thrown away without asking.
    if (!isCancel(error)) throw error;
    if (entered.length === 0) throw cancelled('nothing was saved');
    context.print(`\n${summary(entered, context)}\n`);
    save = await unlessCancelled(() => prompts.askSaveEntered(entered.length), 'nothing was saved');
  }
  if (!save) return ok('Not saved.');
  const ids = await context.store.transact('record', context.actor(), async (tx) => {
    await requireMeeting(tx, committee, meeting);
    const added: string[] = [];
    for (const entry of entered) added.push((await addEntry(tx, committee, meeting, entry, context)).id);
    tx.summary = `recorded ${added.length} item(s) from the ${committee} meeting of ${meeting}: ${added.join(', ')}`;
    return added;
  });
  return ok(`Saved ${ids.length} item(s): ${ids.join(', ')}`);
}

export function register(program: Command): void {
  const command = program
    .command('record <committee>')
    .description("guided entry of a meeting's resolutions, one after another, saved together (needs a terminal)")
    .option('-m, --meeting <date>', 'the meeting being recorded (default: choose from the calendar)')
    .addHelpText(
      'after',
      '\nExample:\n  $ actionlog record llr-jhsc --meeting "16 June 2025"\n\nAt the end it shows what you entered, to save, fix any one first, or drop. Ctrl-C\npart-way asks whether to save the items entered so far.\nWithout a terminal, use "actionlog add" for each item instead.',
    )
    .action(action(runRecord, ([committee], flags) => ({ committee, meeting: flags.meeting as string | undefined })));
  // It asks questions on a terminal, and says what it saved: no other format.
  prints(command, { formats: ['table'], limit: false });
}

type RecordPrompts = typeof import('../prompts/record.js');
type Choices = Parameters<RecordPrompts['askEntry']>[0];

/** Asks for one item after another into `entered`, until the clerk leaves the text blank or says no more. */
async function enterItems(
  prompts: RecordPrompts,
  choices: Choices,
  meeting: IsoDate,
  entered: ItemEntry[],
): Promise<void> {
  for (;;) {
    const entry = await prompts.askEntry(choices, meeting, entered.at(-1));
    if (entry) {
      checkEntry(entry);
      entered.push(entry);
    }
    if (!entry || !(await prompts.askAnother())) return;
  }
}

/** Shows what was entered and asks to save it, fixing any one first as often as wanted; false for saving nothing. */
async function reviewItems(
  prompts: RecordPrompts,
  choices: Choices,
  meeting: IsoDate,
  entered: ItemEntry[],
  context: Context,
): Promise<boolean> {
  for (;;) {
    context.print(`${summary(entered, context)}\n`);
    const choice = await prompts.askFinish(entered.length);
    if (choice !== 'fix') return choice === 'save';
    const index = await prompts.askWhichToFix(
      entered.map((e, i) => `${i + 1}. ${citationOf(e) ? `${citationOf(e)} ` : ''}${terminalSafe(e.text)}`),
    );
    const fixed = await prompts.askEntry(choices, meeting, undefined, entered[index]);
    if (fixed) {
      checkEntry(fixed);
      entered[index] = fixed;
    }
  }
}

const citationOf = (e: ItemEntry): string => citation({ minute: e.minute ?? null, ref: e.ref ?? null });

/** A due as typed: a date in the UK form, anything else as it is. */
function dueTyped(due: ItemEntry['due']): string {
  if (due === undefined) return '';
  if (typeof due !== 'string') return dueText(due);
  const date = parseDate(due);
  return date ? formatUkDate(date) : due;
}

/** What was entered, numbered for fixing; every row, whatever --limit says. */
function summary(entries: ItemEntry[], context: Context): string {
  return renderTable(
    [
      { header: '#', value: (e: ItemEntry) => String(entries.indexOf(e) + 1) },
      { header: 'Minute', value: citationOf },
      { header: 'Item', value: (e) => e.text, flex: true },
      { header: 'Category', value: (e) => e.category ?? '' },
      { header: 'Owner', value: (e) => e.owner ?? '—' },
      { header: 'Due', value: (e) => dueTyped(e.due) },
    ],
    entries,
    { ...tableOptions(context), limit: null },
  );
}
