// What importing a set of minutes would do to one committee's log: which meetings join the
// calendar, and each proposed item with its due made concrete against that calendar.
// Pure: the proposal, the calendar and the existing items come in as data.
import { findMeeting, nextMeetingAfter } from './calendar.js';
import { addDaysIso, addMonthsIso, compareIso, MONTHS, monthOf } from './dates.js';
import { importKey, itemsByKey } from './importIdentity.js';
import { itemsCited } from './importUpdates.js';
import { isClosed, type Due, type IsoDate, type Item, type Meeting } from './types.js';

/** A due as the minutes state it, before the committee's calendar is applied. */
export type StatedDue =
  | { kind: 'next' }
  | { kind: 'future' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'meeting'; meeting: IsoDate }
  | { kind: 'month'; month: string }
  | { kind: 'within'; amount: number; unit: 'days' | 'weeks' | 'months' | 'years' }
  | null;

export interface Proposed {
  minute: string | null;
  ref: string | null;
  type: 'action' | 'work-programme';
  category: string;
  /** The lead owner. */
  owner: string | null;
  /** Everyone the decision names to act, the lead first (absent: the one owner, if any). */
  owners?: string[];
  due: StatedDue;
  text: string;
  confidence: number;
  /** Where the minutes record it: a resolution, the discussion, or an action table or log. */
  source?: ImportSource;
  /** Agreed in the discussion rather than in a resolution. */
  narrative?: boolean;
  /** The earlier minute or action this entry carries on, as the minutes cite it. */
  updates?: string;
}

export const IMPORT_SOURCES = ['resolution', 'discussion', 'action-table'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** Where an item was read; a parser that does not say is read from `narrative`. */
export const sourceOf = (item: Pick<Proposed, 'source' | 'narrative'>): ImportSource =>
  item.source && (IMPORT_SOURCES as readonly string[]).includes(item.source)
    ? item.source
    : item.narrative
      ? 'discussion'
      : 'resolution';

export interface PlannedItem extends Proposed {
  /** Its number in the proposal (1, 2, …), as the review and `--dry-run` show it. */
  number: number;
  source: ImportSource;
  /** The due the item will be recorded with: "the next meeting" to be set, or future, where the calendar cannot place it yet. */
  recordedDue: Due;
  /** Already in the log (importIdentity.ts): the item's id, or null. */
  duplicateOf: string | null;
  /** The due as placed on the calendar, or as stated where the calendar cannot place it yet. */
  placed: ContractDue;
  /** The log's item this entry updates, when it cites one the log holds (one; else null). */
  updatesItem: string | null;
  /** Every log item its citation could name, open ones first, for the clerk to choose from. */
  updateCandidates: string[];
}

/** A resolution that only notes something, kept whole so that the review can show it. */
export interface NotedProposal {
  minute: string | null;
  ref: string | null;
  text: string;
  source?: ImportSource;
  confidence?: number;
  /** Why an entry that is no resolution proposes nothing, in the clerk's words ("reported done", "ticked as done", "fell at a vote"). */
  reason?: string;
}

export interface PlannedNoted extends NotedProposal {
  number: number;
  source: ImportSource;
  /** Already tracked (a clerk promoted it at an earlier import): the item's id, or null. */
  trackedAs: string | null;
}

/** The calendar once the meeting and the future dates found in the minutes are added. */
export function calendarWithMinutes(
  calendar: readonly Meeting[],
  committee: string,
  meeting: IsoDate,
  nextMeetings: readonly IsoDate[],
): { calendar: Meeting[]; added: IsoDate[] } {
  const added = [meeting, ...nextMeetings.filter((d) => d > meeting)].filter(
    (d, i, all) => all.indexOf(d) === i && !findMeeting(calendar, d),
  );
  const merged = [...calendar, ...added.map((date) => ({ committee, date, cancelled: false, movedTo: null }))];
  return { calendar: merged.sort((a, b) => compareIso(a.date, b.date)), added: added.sort() };
}

/** The due to record for a stated one: `next`, a month or a date as the calendar places it, future where it cannot yet. */
export function dueFor(due: StatedDue, type: Proposed['type'], calendar: readonly Meeting[], meeting: IsoDate): Due {
  if (due === null) return dueFor(type === 'action' ? { kind: 'next' } : { kind: 'future' }, type, calendar, meeting);
  switch (due.kind) {
    case 'future':
      return { kind: 'future' };
    case 'next': {
      // Not in the calendar yet: "the next meeting after this one", set when it is added.
      const next = nextMeetingAfter(calendar, meeting);
      return next ? { kind: 'meeting', meeting: next.date } : { kind: 'next', after: meeting };
    }
    case 'date':
      return onDay(due.date, calendar);
    case 'meeting':
      return onDay(due.meeting, calendar);
    case 'month': {
      const month = MONTHS.indexOf(due.month.toLowerCase() as (typeof MONTHS)[number]) + 1;
      return onDay(calendar.find((m) => m.date > meeting && monthOf(m.date) === month)?.date, calendar);
    }
    case 'within':
      return onDay(withinDeadline(meeting, due.amount, due.unit), calendar);
  }
}

/** The meeting on that day if the committee meets then, else a deadline; future when there is no day. */
function onDay(date: IsoDate | undefined, calendar: readonly Meeting[]): Due {
  if (date === undefined) return { kind: 'future' };
  return findMeeting(calendar, date) ? { kind: 'meeting', meeting: date } : { kind: 'date', date };
}

export function withinDeadline(meeting: IsoDate, amount: number, unit: 'days' | 'weeks' | 'months' | 'years'): IsoDate {
  if (unit === 'days') return addDaysIso(meeting, amount);
  if (unit === 'weeks') return addDaysIso(meeting, amount * 7);
  return addMonthsIso(meeting, unit === 'years' ? amount * 12 : amount);
}

export function planImport(
  proposed: readonly Proposed[],
  committee: string,
  meeting: IsoDate,
  calendar: readonly Meeting[],
  existing: readonly Item[],
): PlannedItem[] {
  const known = itemsByKey(existing, committee, meeting);
  const ours = existing.filter((item) => item.committee === committee);
  return proposed.map((item, index) => {
    const recordedDue = dueFor(item.due, item.type, calendar, meeting);
    const cited = item.updates ? itemsCited(item.updates, ours, meeting) : [];
    const open = cited.filter((i) => !isClosed(i));
    return {
      ...item,
      number: index + 1,
      source: sourceOf(item),
      recordedDue,
      duplicateOf: known.get(importKey(committee, meeting, item)) ?? null,
      placed: placeDue(item, recordedDue),
      // One item named, or one of those named still open: that one. Several: the clerk chooses.
      updatesItem: cited.length === 1 ? cited[0].id : open.length === 1 ? open[0].id : null,
      updateCandidates: cited.map((i) => i.id),
    };
  });
}

/** The noted resolutions, numbered on from the items, each saying whether the log already tracks it. */
export function planNoted(
  noted: readonly NotedProposal[],
  after: number,
  committee: string,
  meeting: IsoDate,
  existing: readonly Item[],
): PlannedNoted[] {
  const known = itemsByKey(existing, committee, meeting);
  return noted.map((entry, index) => ({
    ...entry,
    number: after + index + 1,
    source: sourceOf(entry as Proposed),
    trackedAs: known.get(importKey(committee, meeting, entry)) ?? null,
  }));
}

export type ContractDue =
  | { kind: 'meeting'; meeting: IsoDate }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'future' }
  | { kind: 'next' }
  | { kind: 'within'; amount: number; unit: string }
  | { kind: 'month'; month: string };

/**
 * The due as `import --dry-run --json` reports it: a meeting or date where the calendar
 * places it; `next`, `within` or a month as stated where it cannot (yet).
 */
function placeDue(item: Proposed, recorded: Due): ContractDue {
  const stated = item.due;
  if (stated?.kind === 'within') return stated;
  if (recorded.kind === 'next') return { kind: 'next' };
  if (recorded.kind === 'future' && stated?.kind === 'month') return stated;
  return recorded;
}
