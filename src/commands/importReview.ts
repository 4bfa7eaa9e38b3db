// The clerk's say over an import: the review on a terminal, or an edited proposal from a file.
// Both give the accepted items (domain/importReview.ts) that importSave.ts saves.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatUkDate } from '../domain/dates.js';
import { dueFor } from '../domain/importPlan.js';
import {
  acceptedFromJson,
  asProposed,
  editedMeetingDates,
  promoted,
  type AcceptedItem,
  type Candidates,
} from '../domain/importReview.js';
import type { IsoDate, Item, Meeting } from '../domain/types.js';
import { citation } from '../domain/view.js';
import { usageError } from '../errors.js';
import { unlessCancelled } from '../prompts/cancel.js';
import { acceptedLabel, checks } from '../render/importProposal.js';
import { terminalSafe } from '../render/sanitize.js';
import { typedDue } from './entry.js';

export interface ReviewContext {
  committee: string;
  meeting: IsoDate;
  /** The calendar the save will use (the log's, with the meetings the minutes add). */
  calendar: Meeting[];
  /** The committee's items in the log, for the updates an entry may be. */
  logItems: readonly Item[];
}

/** What a due as typed says is wrong with it against the calendar the save will use, or null. */
function dueProblem(spec: string, review: ReviewContext): string | null {
  try {
    typedDue(spec, review.calendar, review.meeting, review.committee);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The due an edit question offers: the proposal's, placed on the calendar, as a clerk would type it. */
function dueDefault(item: AcceptedItem, review: ReviewContext): string {
  if (typeof item.due === 'string') return item.due;
  const due = dueFor(item.due, item.type, review.calendar, review.meeting);
  if (due.kind === 'future' || due.kind === 'next') return due.kind;
  return formatUkDate(due.kind === 'date' ? due.date : due.meeting);
}

/** Asks on the terminal; null when the clerk says not to save. */
export async function reviewOnTerminal(
  candidates: Candidates,
  review: ReviewContext,
  meetingsAdded: number,
): Promise<AcceptedItem[] | null> {
  const prompts = await import('../prompts/review.js');
  const byId = new Map(review.logItems.map((item) => [item.id, item]));
  const logLine = (id: string) => {
    const item = byId.get(id);
    const cite = item ? citation(item.source) : '';
    return terminalSafe(
      item
        ? `${id} (${cite ? `${cite}, ` : ''}${item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text})`
        : id,
    );
  };
  const setup = {
    items: candidates.items
      .filter((item) => !item.duplicateOf)
      .map((item) => ({
        item: asProposed(item),
        flags: checks(item).join('; '),
        updates: item.updateCandidates.map((id) => ({ id, label: logLine(id) })),
      })),
    noted: candidates.noted
      .filter((n) => !n.trackedAs)
      .map((n) => ({
        item: promoted(n),
        label: terminalSafe(`${citation(n) ? `${citation(n)} ` : ''}${n.text}${n.reason ? ` (${n.reason})` : ''}`),
      })),
    describe: acceptedLabel,
    dueDefault: (item: AcceptedItem) => dueDefault(item, review),
    checkDue: (spec: string) => dueProblem(spec, review),
  };
  return unlessCancelled(async () => {
    const accepted = await prompts.reviewImport(setup);
    const updates = accepted.filter((a) => a.updatesItem).length;
    return (await prompts.confirmImport(accepted.length - updates, updates, meetingsAdded)) ? accepted : null;
  }, 'nothing was saved');
}

/** The calendar the save will use for a set of later meeting dates, and the dates it adds. */
export type CalendarWith = (nextMeetings: IsoDate[]) => { calendar: Meeting[]; added: IsoDate[] };

/**
 * The accepted items of an edited `--dry-run --json` proposal, and the meeting dates it adds
 * (its own `nextMeetings`, where it gives them); a usage error for a file it cannot take.
 */
export async function reviewFromFile(
  file: string,
  candidates: Candidates,
  review: ReviewContext,
  found: IsoDate[],
  calendarWith: CalendarWith,
): Promise<{ accepted: AcceptedItem[]; added: IsoDate[] }> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw usageError(
      `--accept: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}; give the --dry-run --json proposal, edited`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw usageError(
      `--accept: ${name} is not JSON (${(error as Error).message}); give the --dry-run --json proposal, edited`,
    );
  }
  const merged = calendarWith(editedMeetingDates(document, name, review.meeting, found));
  const accepted = acceptedFromJson(document, name, candidates, new Set(review.logItems.map((item) => item.id)));
  for (const [index, item] of accepted.entries()) {
    const problem =
      typeof item.due === 'string' && !item.updatesItem
        ? dueProblem(item.due, { ...review, calendar: merged.calendar })
        : null;
    if (problem) throw usageError(`${name}: item ${index + 1}: ${problem}`);
  }
  return { accepted, added: merged.added };
}
