import type { Command } from 'commander';
import path from 'node:path';
import type { Context } from '../context.js';
import { calendarIndex, findMeeting } from '../domain/calendar.js';
import { formatUkDate } from '../domain/dates.js';
import { calendarWithMinutes, planImport, planNoted } from '../domain/importPlan.js';
import { acceptAll, ownersOfProposed, type AcceptedItem, type Candidates } from '../domain/importReview.js';
import type { IsoDate } from '../domain/types.js';
import { usageError } from '../errors.js';
import { renderProposal } from '../render/importProposal.js';
import { renderJson } from '../render/json.js';
import { emptyStore, unknownCommittee, type ActionStore, type LogView } from '../store/index.js';
import { reviewFromFile, reviewOnTerminal, type ReviewContext } from './importReview.js';
import { saveImport } from './importSave.js';
import { meetingDate } from './options.js';
import { tableOptions } from './output.js';
import { action, ok, type Output } from './run.js';

export interface ImportOptions {
  file: string;
  committee: string;
  meeting?: string;
  dryRun?: boolean;
  yes?: boolean;
  /** An edited `--dry-run --json` proposal: save what it accepts. */
  accept?: string;
}

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
    .description(
      'read minutes (.txt, .md, .html, .docx, .pdf) and propose their actions and work-programme items for review',
    )
    .requiredOption('-c, --committee <committee>', 'the committee whose minutes these are, by its short name')
    .option('-m, --meeting <date>', "the meeting's date, when the minutes do not say it")
    .option(
      '--dry-run',
      'show what would be imported and save nothing (with --json: the proposal, to edit for --accept)',
    )
    .option('-y, --yes', 'accept every proposed item as it is, without asking (for scripts)')
    .option(
      '--accept <file>',
      'save the items of this proposal: the --dry-run --json output, edited (items removed, changed, split, merged or added; noted entries moved into items)',
    )
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ actionlog import minutes-16-june-2025.pdf --committee llr-jhsc --dry-run',
        '  $ actionlog import minutes.docx -c llr-jhsc                 # review each item on a terminal',
        '  $ actionlog import minute-53.txt -c llr-jhsc -m 2025-06-16 --yes --json',
        '  $ actionlog import minutes.pdf -c llr-jhsc --dry-run --json > proposal.json',
        '  $ actionlog import minutes.pdf -c llr-jhsc --accept proposal.json   # after editing proposal.json',
      ].join('\n'),
    )
    .action(action(runImport, ([file], flags) => ({ ...(flags as Omit<ImportOptions, 'file'>), file })));
}

function checkModes(options: ImportOptions): void {
  if (options.accept !== undefined && options.dryRun)
    throw usageError('--dry-run shows the proposal and --accept saves an edited one; give one of them');
  if (options.accept !== undefined && options.yes)
    throw usageError('--yes accepts the proposal as it is and --accept the edited one you give; give one of them');
}

/** Checked after the file is read, so that a wrong file name is the first thing a clerk hears about. */
function checkReviewPossible(options: ImportOptions, context: Context): void {
  if (!options.dryRun && !options.yes && options.accept === undefined && !context.interactive) {
    throw usageError(
      'import asks you to review each item, which needs a terminal; add --dry-run to see the proposal, --yes to accept it all, or --accept <file> for an edited --dry-run --json proposal',
    );
  }
}

export async function runImport(options: ImportOptions, context: Context): Promise<Output> {
  const { file } = options;
  const given = options.meeting === undefined ? undefined : meetingDate(options.meeting, '--meeting');
  checkModes(options);
  // A dry run is a preview: it works before any log exists, against an empty calendar.
  const data = await committeeLog(context.store, options.committee, Boolean(options.dryRun));
  const noLogYet = data.committees.length === 0 && data.items.length === 0 && options.dryRun;
  if (!noLogYet && !data.committees.some((c) => c.slug === options.committee))
    throw unknownCommittee(options.committee, data.committees);

  const { readMinutesFile } = await import('../minutes/readers/index.js');
  const { parseMinutes } = await import('../minutes/index.js');
  const source = await readMinutesFile(file);
  checkReviewPossible(options, context);
  const proposal = parseMinutes(source.text, { meetingDate: given });
  const meeting: IsoDate | null = given ?? proposal.meeting.date;
  const nextMeetings = proposal.nextMeetings.filter((d) => !meeting || d > meeting);
  const name = path.basename(file);

  const logItems = data.items.filter((item) => item.committee === options.committee);
  const calendar = calendarIndex(data.meetings).get(options.committee) ?? [];
  const calendarWith = (dates: IsoDate[]) =>
    meeting ? calendarWithMinutes(calendar, options.committee, meeting, dates) : { calendar, added: [] };
  const merged = calendarWith(nextMeetings);
  const items = planImport(proposal.items, options.committee, meeting ?? '0000-00-00', merged.calendar, logItems);
  const candidates: Candidates = {
    items,
    noted: planNoted(proposal.noted, items.length, options.committee, meeting ?? '0000-00-00', logItems),
  };
  const view = { file: name, meeting, nextMeetings, items, noted: candidates.noted };

  if (options.dryRun)
    return ok(
      context.format === 'json'
        ? renderJson(proposalJson(meeting, nextMeetings, candidates))
        : renderProposal(view, tableOptions(context)),
    );
  if (!meeting) throw usageError(`could not find the meeting's date in ${name}; give it with --meeting <date>`);
  if (findMeeting(merged.calendar, meeting)?.cancelled) {
    throw usageError(
      `the ${options.committee} meeting of ${formatUkDate(meeting)} is cancelled in the calendar, so nothing was decided there; if it did take place, "actionlog meeting reinstate ${options.committee} ${meeting}" first`,
    );
  }

  const review: ReviewContext = { committee: options.committee, meeting, calendar: merged.calendar, logItems };
  let accepted: AcceptedItem[];
  let meetingsAdded = merged.added;
  if (options.accept !== undefined)
    ({ accepted, added: meetingsAdded } = await reviewFromFile(
      options.accept,
      candidates,
      review,
      nextMeetings,
      calendarWith,
    ));
  else if (options.yes) accepted = acceptAll(candidates);
  else {
    context.print(renderProposal(view, tableOptions(context)) + '\n\n');
    const reviewed = await reviewOnTerminal(candidates, review, merged.added.length);
    if (reviewed === null) return ok('Not saved.');
    accepted = reviewed;
  }

  const result = await saveImport(context, {
    committee: options.committee,
    meeting,
    meetings: meetingsAdded,
    accepted,
    candidates,
    note: `imported from ${name} (sha256 ${source.sha256.slice(0, 16)})`,
    file: name,
  });
  const skipped = items.filter((item) => !result.numbersSaved.has(item.number)).length;
  if (context.format === 'json')
    return ok(
      renderJson({
        meeting: { date: meeting },
        meetingsAdded: result.meetings,
        items: result.added,
        updated: result.updated,
        skipped,
      }),
    );
  const lines = [
    `Imported ${result.added.length} item(s) from ${name}: ${result.added.map((i) => i.id).join(', ') || 'none'}`,
  ];
  for (const item of result.updated) lines.push(`Added an update to ${item.id} (a note in its history).`);
  if (result.meetings.length)
    lines.push(`Added to the ${options.committee} calendar: ${result.meetings.map(formatUkDate).join(', ')}`);
  if (skipped) lines.push(`${skipped} proposed item(s) not saved (already in the log, or not accepted).`);
  return ok(lines.join('\n'));
}

/** DESIGN's `import --dry-run --json`: each item with its confidence, where it was read and its number; the noted entries whole. */
function proposalJson(meeting: IsoDate | null, nextMeetings: IsoDate[], candidates: Candidates) {
  return {
    meeting: { date: meeting },
    nextMeetings,
    items: candidates.items.map((item) => {
      const { number, minute, ref, type, category, owner, text, confidence, source } = item;
      const update = item.updates ? { updates: item.updates, updatesItem: item.updatesItem } : {};
      return {
        number,
        minute,
        ref,
        type,
        category,
        owner,
        owners: ownersOfProposed(item),
        due: item.placed,
        text,
        confidence,
        source,
        ...update,
        alreadyInLog: item.duplicateOf,
      };
    }),
    noted: candidates.noted.map(({ number, minute, ref, text, source, trackedAs, reason }) => ({
      number,
      minute,
      ref,
      text,
      source,
      // (an entry reported done or ticked off says so; a resolution read as noting needs no reason)
      ...(reason ? { reason } : {}),
      trackedAs,
    })),
  };
}
