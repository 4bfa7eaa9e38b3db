// Updates coming back: the rows of a returned reply table (or an edited export) checked
// against the log, giving either the changes to make or, row by row, why a row cannot be
// applied. Pure: the log, today and who is writing come in. Applying the same sheet twice
// changes nothing the second time: a row that says what the log already says is no change.
import { findMeeting, meetingsOf } from './calendar.js';
import { ACCEPTED_DATE_FORMS, formatUkDate, parseDate } from './dates.js';
import { effectiveDueDate } from './due.js';
import { deferItem, updateItem, type Stamp } from './lifecycle.js';
import type { LogData } from './reportItem.js';
import { isClosed, type Due, type IsoDate, type Item, type Meeting, type Status } from './types.js';

/** One row as read from the sheet: each contract column's cell as text, null when empty or absent. */
export interface ReplyRow {
  /** Where the row is, for messages: "row 4", or "sheet jhsc, row 4". */
  where: string;
  id: string | null;
  status: string | null;
  update: string | null;
  due: string | null;
}

export interface ReplyChange {
  id: string;
  where: string;
  status?: Status;
  note?: string;
  due?: Due;
  /** Who the updates are from: the --by name, else the item's owner. */
  by: string;
}

export interface BadRow {
  where: string;
  id: string | null;
  /** Each reason in a clerk's words, saying what is accepted. */
  problems: string[];
}

export interface ReplyPlan {
  changes: ReplyChange[];
  bad: BadRow[];
  /** Rows that name an item and say what the log already says. */
  unchanged: number;
}

export interface ReplyOptions {
  /** Who the updates come from; by default each item's owner. */
  by?: string;
}

export const REPLY_STATUSES = 'open, in progress, done or dropped';

// What owners write for each status, compared without case, spaces, hyphens or underscores.
const STATUS_WORDS: Record<string, Status> = {
  open: 'open',
  inprogress: 'in-progress',
  done: 'done',
  complete: 'done',
  completed: 'done',
  dropped: 'dropped',
};

export function replyStatus(text: string): Status | null {
  return STATUS_WORDS[text.toLowerCase().replace(/[\s_-]+/g, '')] ?? null;
}

/** "A12" for "a12", "A12" or "12", as the commands read ids; null for anything else. */
export function replyItemId(text: string): string | null {
  const match = /^a?(\d{1,9})$/i.exec(text.trim());
  return match ? `A${Number(match[1])}` : null;
}

export function planReplies(
  rows: readonly ReplyRow[],
  data: LogData,
  today: IsoDate,
  options: ReplyOptions = {},
): ReplyPlan {
  const items = new Map(data.items.map((item) => [item.id, item]));
  const calendars = new Map<string, Meeting[]>();
  const calendarOf = (committee: string) =>
    calendars.get(committee) ?? calendars.set(committee, meetingsOf(data.meetings, committee)).get(committee)!;
  const seen = new Map<string, string>();
  const plan: ReplyPlan = { changes: [], bad: [], unchanged: 0 };
  for (const row of rows) {
    if (row.id === null && row.status === null && row.update === null && row.due === null) continue;
    const problems: string[] = [];
    const id = row.id === null ? null : replyItemId(row.id);
    const item = id === null ? undefined : items.get(id);
    if (row.id === null) problems.push("no ID: every row with an update needs the item's ID");
    else if (id === null) problems.push(`"${row.id}" is not an item ID (IDs look like A12)`);
    else if (!item) problems.push(`no item ${id} in the log`);
    else if (seen.has(id)) problems.push(`${id} is also on ${seen.get(id)}; give each item once`);
    if (id !== null && !seen.has(id)) seen.set(id, row.where);
    if (problems.length || !item) {
      plan.bad.push({ where: row.where, id: id ?? row.id, problems });
      continue;
    }
    const result = checkRow(row, item, calendarOf(item.committee), today);
    if (result.problems.length) plan.bad.push({ where: row.where, id: item.id, problems: result.problems });
    else if (result.change)
      plan.changes.push({ id: item.id, where: row.where, ...result.change, by: options.by ?? item.owner ?? 'owner' });
    else plan.unchanged++;
  }
  return plan;
}

type Fields = Pick<ReplyChange, 'status' | 'note' | 'due'>;

function checkRow(
  row: ReplyRow,
  item: Item,
  calendar: readonly Meeting[],
  today: IsoDate,
): { problems: string[]; change: Fields | null } {
  const problems: string[] = [];
  const change: Fields = {};
  if (row.status !== null) {
    const status = replyStatus(row.status);
    if (status === null) problems.push(`Status "${row.status}" is not one of ${REPLY_STATUSES}`);
    else if (status !== item.status) change.status = status;
  }
  const note = row.update?.trim();
  if (note && !item.history.some((entry) => entry.note?.trim() === note)) change.note = note;
  if (row.due !== null) {
    const due = dueFrom(row.due, calendar);
    if (due === null) problems.push(`Due "${row.due}" is not a date; use ${ACCEPTED_DATE_FORMS}, or "future"`);
    else if (!sameDue(due, item, calendar)) {
      const date = effectiveDueDate(due, calendar);
      if (date !== null && date < item.source.meeting)
        problems.push(
          `Due ${formatUkDate(date)} is before the meeting that decided ${item.id} (${formatUkDate(item.source.meeting)})`,
        );
      else if (date !== null && date < today)
        problems.push(
          `Due ${formatUkDate(date)} has already passed (today is ${formatUkDate(today)}); give a date still to come`,
        );
      else change.due = due;
    }
  }
  const status = change.status ?? item.status;
  if (change.due && (status === 'done' || status === 'dropped')) {
    problems.push(`a Due is for open or in-progress items, and this row makes ${item.id} ${status}; leave Due empty`);
  }
  if (change.status === 'dropped' && !note) problems.push(`dropping ${item.id} needs the reason in Update`);
  const changes = Object.keys(change).length > 0;
  if (changes && isClosed(item)) {
    const what = item.signedOff ? `${item.status} and signed off` : item.status;
    problems.push(
      `${item.id} is ${what}; a returned sheet does not change a closed item (reopen it with "actionlog update ${item.id} --status open" first)`,
    );
  }
  return { problems, change: changes ? change : null };
}

/** "future", or a date: that committee's meeting if it meets that day, else a deadline. */
function dueFrom(text: string, calendar: readonly Meeting[]): Due | null {
  if (text.trim().toLowerCase() === 'future') return { kind: 'future' };
  const date = parseDate(text);
  if (date === null) return null;
  return findMeeting(calendar, date) ? { kind: 'meeting', meeting: date } : { kind: 'date', date };
}

/** The due the item has, or the date its business is actually taken (after a rearrangement). */
function sameDue(due: Due, item: Item, calendar: readonly Meeting[]): boolean {
  if (JSON.stringify(due) === JSON.stringify(item.due)) return true;
  const date = effectiveDueDate(due, calendar);
  return date !== null && due.kind !== 'future' && date === effectiveDueDate(item.due, calendar);
}

/**
 * The item with the change made: a later due is a deferral (kept with the original due,
 * the update as its reason), an earlier one a plain change; then the status and the note.
 */
export function applyReply(item: Item, change: ReplyChange, calendar: readonly Meeting[], at: string): Item {
  const stamp: Stamp = { at, by: change.by };
  let next = item;
  if (change.due) {
    const from = effectiveDueDate(item.due, calendar);
    const to = effectiveDueDate(change.due, calendar);
    const later = to === null || (from !== null && to > from);
    next = later
      ? deferItem(next, change.due, change.note ?? null, stamp)
      : updateItem(next, { due: change.due }, null, stamp);
  }
  // A deferral carries the note as its reason: it is not written twice.
  const noteTaken = next.deferrals.length > item.deferrals.length;
  return updateItem(next, { status: change.status }, noteTaken ? null : (change.note ?? null), stamp);
}
