import type { Command } from 'commander';
import { calendarIndex, meetingOnOrAfter } from '../domain/calendar.js';
import { formatUkDate, parseDate } from '../domain/dates.js';
import { ownerKey } from '../domain/owner.js';
import { citation } from '../domain/view.js';
import type { IsoDate, Item } from '../domain/types.js';
import { ActionlogError, usageError } from '../errors.js';
import { renderTable } from '../render/table.js';
import { unknownCommittee } from '../store/index.js';
import { addEntry, checkEntry, requireMeeting, type ItemEntry } from './entry.js';
import { meetingDate } from './meeting.js';
import { tableOptions } from './output.js';
import { action } from './run.js';

export const EXIT_CANCELLED = 130;

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

export function register(program: Command): void {
  program
    .command('record <committee>')
    .description("guided entry of a meeting's resolutions, one after another, saved together (needs a terminal)")
    .option('-m, --meeting <date>', 'the meeting being recorded (default: choose from the calendar)')
    .addHelpText('after', '\nExample:\n  $ actionlog record llr-jhsc --meeting "16 June 2025"\n\nWithout a terminal, use "actionlog add" for each item instead.')
    .action(
      action<{ meeting?: string }>(async ([committee], options, context) => {
        if (!context.interactive || context.format !== 'table') {
          throw usageError('record asks questions, so it needs a terminal; in scripts use "actionlog add <text> --committee <slug> --meeting <date> ..." for each item');
        }
        const given = options.meeting === undefined ? undefined : meetingDate(options.meeting, '--meeting');
        const data = await context.store.read();
        const found = data.committees.find((c) => c.slug === committee);
        if (!found) throw unknownCommittee(committee, data.committees);
        const meetings = calendarIndex(data.meetings).get(committee) ?? [];
        if (meetings.length === 0) throw usageError(`${committee} has no meetings yet; add them with "actionlog meeting add ${committee} <date...>"`);

        const prompts = await import('../prompts/record.js');
        try {
          const choices = { committeeName: found.name, meetings, owners: knownOwners(data.items) };
          const lastHeld = [...meetings].reverse().find((m) => !m.cancelled && m.date <= context.today) ?? meetingOnOrAfter(meetings, context.today);
          const meeting: IsoDate = given ?? (await prompts.askMeeting(choices, lastHeld?.date));
          const entries: ItemEntry[] = [];
          for (;;) {
            const entry = await prompts.askEntry(choices, meeting, entries.at(-1));
            if (entry) {
              checkEntry(entry);
              entries.push(entry);
            }
            if (!entry || !(await prompts.askAnother())) break;
          }
          if (entries.length === 0) return 'Nothing recorded.';
          process.stdout.write(summary(entries, context) + '\n');
          if (!(await prompts.askSave(entries.length))) return 'Not saved.';
          const ids = await context.store.transact('record', context.actor(), (tx) => {
            requireMeeting(tx, committee, meeting);
            const added = entries.map((entry) => addEntry(tx, committee, meeting, entry, context).id);
            tx.summary = `recorded ${added.length} item(s) from the ${committee} meeting of ${meeting}: ${added.join(', ')}`;
            return added;
          });
          return `Saved ${ids.length} item(s): ${ids.join(', ')}`;
        } catch (error) {
          if (prompts.isCancel(error)) throw new ActionlogError('cancelled; nothing was saved', EXIT_CANCELLED);
          throw error;
        }
      }),
    );
}

function summary(entries: ItemEntry[], context: Parameters<typeof tableOptions>[0]): string {
  return renderTable(
    [
      { header: 'Minute', value: (e: ItemEntry) => citation({ minute: e.minute ?? null, ref: e.ref ?? null }) },
      { header: 'Item', value: (e) => e.text, flex: true },
      { header: 'Kind', value: (e) => e.category ?? '' },
      { header: 'Owner', value: (e) => e.owner ?? '—' },
      { header: 'Due', value: (e) => (e.due && parseDate(e.due) ? formatUkDate(parseDate(e.due)!) : (e.due ?? '')) },
    ],
    entries,
    tableOptions(context),
  );
}
