// Step 1 (layout), an action list written as lines of dashes: "JW/26/14  Paper on credit rates – HP – 15 Jan 27",
// "A/3   Written response to the panel - Housing team (Gemma) - within 28 days". The clerk types the log's columns
// one after the other — the action's number, the task, a dash, who leads, a dash, by when — instead of a table. A run
// of such lines is rewritten as a "|" table ("Ref | Action | Owner | Due") so that the action-table step reads it as
// it reads any log: its number the action's reference, its lead and date the owner and due, each row merged with the
// sentence of the minutes it restates. Nothing is interpreted beyond which part is which.
import { findDates } from './dateText.js';
import { MONTHS } from '../domain/dates.js';
import { FINISHED_STATUS, LOG_STATUS_WORDS, MONTH_PATTERN, alternatives } from './lexicon.js';

/** "A/1", "JW/26/14", "26/31", "B-12", "Q/15", "12": an action's number, one token holding a digit. */
const REF = /^(?:[A-Z]{1,6}\s?[/.-]?)?\d{1,4}(?:[/.-]\d{1,4}){0,3}[a-z]?\.?$/;
/** The line: an optional bullet, the number, the task, and the parts a spaced dash parts. */
const LINE = /^\s*(?:[-•*]\s+)?(?<ref>\S+)\s+(?<rest>\S.*?)\s*$/;
/** A spaced dash of any length, as Word or a keyboard types it. */
const DASH = /\s+[-–—]\s+/;

/** A cell that says how the row stands ("Complete (Green)", "Open", "Carried forward"): a log of earlier actions. */
const STATUS = new RegExp(
  String.raw`^(?:${alternatives([...LOG_STATUS_WORDS, 'red', 'amber', 'green', 'not started', 'carried forward'])})\b`,
  'i',
);
const isStatus = (text: string) => STATUS.test(text) || FINISHED_STATUS.test(text);

/**
 * When, as a log's last column gives it: a date, a month, a meeting, or the few words that open a deadline ("by",
 * "before", "within", "end", "ASAP", "now", "this week", "when confirmed"). Closed: how a due cell opens.
 */
const DUE_OPENING = new RegExp(
  String.raw`^(?:by|before|after|within|end|mid|early|late|w/c|next|asap|tbc|tba|now|immediately|this|when|every|each|at|q[1-4]|${MONTH_PATTERN})\b`,
  'i',
);
export function isDue(text: string): boolean {
  if (isStatus(text) || text.split(/\s+/).length > 8) return false;
  if (DAY_MONTH.test(text)) return true;
  return DUE_OPENING.test(text) || findDates(text).length > 0 || /\b(?:meeting|mtg)\b/i.test(text);
}

/** "30/10": a day and a month, as a clerk abbreviates a date in a list (the British order). */
const DAY_MONTH = /^(?<day>[0-3]?\d)\/(?<month>[01]?\d)$/;

/** The due as a date cell reads it: "30/10" written out as "30 October"; any other due as it stands. */
export function writtenDue(text: string): string {
  const m = DAY_MONTH.exec(text.trim())?.groups;
  const month = m ? MONTHS[Number(m.month) - 1] : undefined;
  return m && month && Number(m.day) >= 1 && Number(m.day) <= 31 ? `${Number(m.day)} ${month}` : text;
}

/** Who leads: a name, initials, a team or "all councils" — a few words, no sentence, no date. */
function isOwner(text: string): boolean {
  return (
    text.split(/\s+/).length <= 6 &&
    /^(?:[A-Z]|(?:all|each|every)\b)/.test(text) &&
    !/[.;:£$%]$|[;:£$%]/.test(text) &&
    !/\d/.test(text) &&
    !isDue(text) &&
    !isStatus(text)
  );
}

/** One line as a row: its number, task, lead and due; null for a line that is not one. */
function rowOf(line: string): string[] | null {
  const m = LINE.exec(line)?.groups;
  if (!m || !REF.test(m.ref)) return null;
  const parts = m.rest.split(DASH);
  if (parts.length < 3) return null;
  const due = parts[parts.length - 1].trim();
  const owner = parts[parts.length - 2].trim();
  const task = parts.slice(0, -2).join(' – ').trim();
  if (task.split(/\s+/).length < 2 || !isOwner(owner) || !isDue(due)) return null;
  return [m.ref.replace(/\.$/, ''), task, owner, writtenDue(due)];
}

/** A head over actions of earlier meetings: what the log carries on, not what this meeting raised. */
const EARLIER_HEAD =
  /\b(?:previous|earlier|outstanding|carried|matters\s+arising|progress|review(?:ed)?|status|update[sd]?|log|last\s+meeting)\b/i;

/** Rewrites each run of two or more dashed action lines as a "|" table; every other line is left as it is. */
export function dashedLogs(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rows: string[][] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const row = rowOf(lines[j]);
      if (!row) break;
      rows.push(row);
    }
    // (two lines at least, each its own number: one such line is a sentence with dashes in it)
    if (rows.length < 2 || new Set(rows.map((r) => r[0])).size < rows.length) {
      out.push(lines[i]);
      continue;
    }
    // (a list under no head, or under one that names this meeting's actions — "New actions", "ACTION POINTS" — holds
    // the actions raised here, each numbered in the log's own series; one headed as earlier actions is their review)
    const head = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.trim());
    const raised = !EARLIER_HEAD.test(head ?? '');
    out.push(raised ? '| Ref | Action | Owner | Due | Status |' : '| Ref | Action | Owner | Due |');
    for (const row of rows) out.push(`| ${[...row, ...(raised ? ['New'] : [])].join(' | ')} |`);
    i = j - 1;
  }
  return out;
}
