import type { Command } from 'commander';
import path from 'node:path';
import type { Context } from '../context.js';
import { calendarIndex, findMeeting } from '../domain/calendar.js';
import { formatUkDate } from '../domain/dates.js';
import { calendarWithMinutes, importKey, planImport, type PlannedItem } from '../domain/importPlan.js';
import type { IsoDate } from '../domain/types.js';
import { itemView } from '../domain/view.js';
import { usageError } from '../errors.js';
import { unlessCancelled } from '../prompts/cancel.js';
import { itemLabel, renderProposal } from '../render/importProposal.js';
import { renderJson } from '../render/json.js';
import { emptyStore, unknownCommittee, type ActionStore, type LogView } from '../store/index.js';
import { addEntry, typedDue, type ItemEntry } from './entry.js';
import { meetingDate } from './options.js';
import { tableOptions } from './output.js';
import { action, ok, type Output } from './run.js';

export interface ImportOptions {
  file: string;
  committee: string;
  meeting?: string;
  dryRun?: boolean;
  yes?: boolean;
}

const toEntry = (item: PlannedItem): ItemEntry => ({
  text: item.text,
  minute: item.minute,
  ref: item.ref,
  type: item.type,
  category: item.category,
  owner: item.owner,
  due: item.recordedDue,
});

/** The committees, calendars and this committee's items (to tell what is already in the log); a dry run works before any log exists, against an empty one. */
async function committeeLog(store: ActionStore, committee: string, dryRun: boolean): Promise<LogView> {
  try {
    return await store.view({ committee });
  } catch (error) {
    if (dryRun && (await store.readIfPresent()) === null) return emptyStore();
    throw error;
  }
}

export function register(program: Command): void {
  program
    .command('import <file>')
    .description('read minutes (.txt, .md, .html, .docx, .pdf) and propose their actions and work-programme items for review')
    .requiredOption('-c, --committee <slug>', 'the committee whose minutes these are')
    .option('-m, --meeting <date>', "the meeting's date, when the minutes do not say it")
    .option('--dry-run', 'show what would be imported and save nothing')
    .option('-y, --yes', 'accept every proposed item without asking (for scripts)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog import minutes-16-june-2025.pdf --committee llr-jhsc --dry-run\n  $ actionlog import minutes.docx -c llr-jhsc                 # review each item on a terminal\n  $ actionlog import minute-53.txt -c llr-jhsc -m 2025-06-16 --yes --json',
    )
    .action(action(runImport, ([file], flags) => ({ ...(flags as Omit<ImportOptions, 'file'>), file })));
}

export async function runImport(options: ImportOptions, context: Context): Promise<Output> {
  const { file } = options;
  const given = options.meeting === undefined ? undefined : meetingDate(options.meeting, '--meeting');
  if (!options.dryRun && !options.yes && !context.interactive) {
    throw usageError('import asks you to review each item, which needs a terminal; add --dry-run to see the proposal, or --yes to accept it all');
  }
  // A dry run is a preview: it works before any log exists, against an empty calendar.
  const data = await committeeLog(context.store, options.committee, Boolean(options.dryRun));
  const noLogYet = data.committees.length === 0 && data.items.length === 0 && options.dryRun;
  if (!noLogYet && !data.committees.some((c) => c.slug === options.committee)) throw unknownCommittee(options.committee, data.committees);

  const { readMinutesFile } = await import('../minutes/readers/index.js');
  const { parseMinutes } = await import('../minutes/index.js');
  const source = await readMinutesFile(file);
  const proposal = parseMinutes(source.text, { meetingDate: given });
  const meeting: IsoDate | null = given ?? proposal.meeting.date;
  const nextMeetings = proposal.nextMeetings.filter((d) => !meeting || d > meeting);
  const name = path.basename(file);

  const calendar = calendarIndex(data.meetings).get(options.committee) ?? [];
  const merged = meeting ? calendarWithMinutes(calendar, options.committee, meeting, nextMeetings) : { calendar, added: [] };
  const planned = planImport(proposal.items, options.committee, meeting ?? '0000-00-00', merged.calendar, data.items);

  if (options.dryRun) {
    if (context.format === 'json') {
      return ok(renderJson({
        meeting: { date: meeting },
        nextMeetings,
        items: planned.map((item) => {
          const { minute, ref, type, category, owner, text, confidence, source, updates } = item;
          return { minute, ref, type, category, owner, due: item.placed, text, confidence, source: source ?? 'resolution', ...(updates ? { updates } : {}) };
        }),
        noted: proposal.noted.map(({ minute, ref, text }) => ({ minute, ref, text })),
      }));
    }
    return ok(renderProposal({ file: name, meeting, nextMeetings, items: planned, noted: proposal.noted }, tableOptions(context)));
  }
  if (!meeting) throw usageError(`could not find the meeting's date in ${name}; give it with --meeting <date>`);
  if (findMeeting(merged.calendar, meeting)?.cancelled) {
    throw usageError(`the ${options.committee} meeting of ${formatUkDate(meeting)} is cancelled in the calendar, so nothing was decided there; if it did take place, "actionlog meeting reinstate ${options.committee} ${meeting}" first`);
  }

  const fresh = planned.filter((item) => !item.duplicateOf);
  let entries = fresh.map(toEntry);
  if (!options.yes) {
    context.print(renderProposal({ file: name, meeting, nextMeetings, items: planned, noted: proposal.noted }, tableOptions(context)) + '\n\n');
    const prompts = await import('../prompts/review.js');
    // The calendar the save will use checks each edited due as it is typed, so a review is never lost to a bad due.
    const checkDue = (spec: string): string | null => {
      try {
        typedDue(spec, merged.calendar, meeting, options.committee);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    const review = fresh.map((item) => ({ label: itemLabel(item), entry: toEntry(item) }));
    const reviewed = await unlessCancelled(async () => {
      const accepted = await prompts.reviewItems(review, checkDue);
      return (await prompts.confirmImport(accepted.length, merged.added.length)) ? accepted : null;
    }, 'nothing was saved');
    if (reviewed === null) return ok('Not saved.');
    entries = reviewed;
  }

  const note = `imported from ${name} (sha256 ${source.sha256.slice(0, 16)})`;
  const result = await context.store.transact('import', context.actor(), async (tx) => {
    await tx.committee(options.committee);
    for (const date of merged.added) {
      if (!(await tx.calendar(options.committee)).some((m) => m.date === date)) await tx.putMeeting({ committee: options.committee, date, cancelled: false, movedTo: null });
    }
    // Checked again under the lock: another import of the same minutes may have landed meanwhile.
    const already = (await tx.items({ committee: options.committee })).filter((i) => i.source.meeting === meeting);
    const taken = new Set(already.map((i) => importKey(i.committee, meeting, i.source.minute, i.source.ref, i.text)));
    const added = [];
    for (const entry of entries) {
      const key = importKey(options.committee, meeting, entry.minute ?? null, entry.ref ?? null, entry.text);
      if (taken.has(key)) continue;
      taken.add(key);
      added.push(await addEntry(tx, options.committee, meeting, entry, context, note));
    }
    tx.summary = `imported ${added.length} item(s) from ${name} into ${options.committee}, meeting ${meeting}`;
    const calendarNow = await tx.calendar(options.committee);
    return { added: added.map((item) => itemView(item, calendarNow, context.today)), meetings: merged.added };
  });

  const skipped = planned.length - result.added.length;
  if (context.format === 'json') return ok(renderJson({ meeting: { date: meeting }, meetingsAdded: result.meetings, items: result.added, skipped }));
  const lines = [`Imported ${result.added.length} item(s) from ${name}: ${result.added.map((i) => i.id).join(', ') || 'none'}`];
  if (result.meetings.length) lines.push(`Added to the ${options.committee} calendar: ${result.meetings.map(formatUkDate).join(', ')}`);
  if (skipped) lines.push(`${skipped} proposed item(s) skipped (already in the log, or not accepted).`);
  return ok(lines.join('\n'));
}
