// Step 8d, dates: a work programme laid out by the days of the meetings it fills — each row or label opening with the
// day, the business for that meeting after it:
//   "(1) 10 January 2028 – Play strategy; pitch fees"        (numbered or lettered rows, a dash after the day)
//   " 8 March 2028 (budget meeting):" then "(a) Fees - Clerk"  (a day as the label of the entries under it)
//   "- Wednesday 8 March 2028: skate park, bowls lease"        (a bullet, the weekday, a colon)
// The programme is the body's own agenda for those sittings, so its days are this body's coming meetings, as the
// programme printed as a table already gives them (programmeMeetings.ts). The layout says it: a day opening two or more
// rows of one run, under a minute or lines that name the programme (programmeSchedule.ts reads the same rows as items).
import type { OwnBody } from './bodies.js';
import { namesBody } from './bodies.js';
import { findDates, type DateMention } from './dateText.js';
import { namesInformalSitting } from './informalSittings.js';
import { CALLED_OFF_ROW } from './programmeMeetings.js';
import { APPENDIX, ENTRY, PROGRAMME } from './programmeSchedule.js';

/** A row's own marker before its day: "(1)", "2.", "b)", "iv.", a dash or a bullet. */
const MARKER = /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-•*])\s+/i;
/**
 * What follows the day in a row: a time, an aside in brackets ("(budget meeting)"), then the mark that sets the business
 * off — a colon, a spaced dash, a tab or a wide gap — or a colon closing a label. A full stop or a verb after the day
 * makes the line a sentence ("8 March 2028 was agreed …"), not a row.
 */
const AFTER_DAY =
  /^(?:,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?(?:\s*\((?<aside>[^()]{1,40})\))?(?:\s*:\s*|\s+[–—-]\s+|\s{3,}|\t+)(?<what>.*)$/i;
/** A day held only in case ("(reserve)", "provisional", "if required"): no sitting yet. */
const IN_RESERVE = /\b(?:reserve|provisional(?:ly)?|if\s+(?:required|needed|necessary))\b/i;
/** A row whose business is a date to meet, not a meeting: "deadline for topics", "closing date", "papers due". */
const DEADLINE = /^(?:\S+\s+){0,2}?(?:deadlines?|closing\s+date|cut-?off|due\s+(?:date|by)|papers\s+due)\b/i;

/** The day a line opens with as a row of the programme, and the business after it; null for any other line. */
function dayRow(line: string): { day: DateMention; aside: string; what: string } | null {
  const text = line.trim().replace(MARKER, '');
  const day = findDates(text)[0];
  if (!day || day.index !== 0) return null;
  const after = AFTER_DAY.exec(text.slice(day.end));
  if (!after?.groups) return null;
  return { day, aside: after.groups.aside ?? '', what: after.groups.what.trim() };
}

/** The business a row opens with names another body ("20 March 2028 – Full Council"): that body's sitting. */
function othersSitting(what: string, own: OwnBody): boolean {
  const first = what.split(/\s*(?:[;,:(]|\s[–—-]\s)\s*/)[0].trim();
  return !!first && namesBody(first) && !own.is(first) && !own.is(first.replace(/^(?:full|the)\s+/i, ''));
}

/** The days of this body's coming meetings a work programme's rows open with (two rows or more in one run). */
export function programmeDays(title: string, lines: string[], own: OwnBody): DateMention[] {
  const found: DateMention[] = [];
  const named = PROGRAMME.test(title);
  for (let i = 0; i < lines.length; i++) {
    if (!dayRow(lines[i])) continue;
    // (the programme is named by the minute's title or by the lines just above its rows; not a copy in an appendix)
    if (!named && !PROGRAMME.test(lines.slice(Math.max(0, i - 3), i).join(' '))) continue;
    if (lines.slice(0, i).some((l) => APPENDIX.test(l.trim()))) continue;
    const days: DateMention[] = [];
    let rows = 0;
    let j = i;
    // (the run goes on over the rows and the entries under a day's label, to the first line that is neither)
    for (; j < lines.length; j++) {
      const row = dayRow(lines[j]);
      if (!row) {
        if (ENTRY.test(lines[j].trim())) continue;
        break;
      }
      rows++;
      const kept =
        // ("12 Jan 2028   MEETING CANCELLED": a row that says the sitting is off holds no meeting)
        !CALLED_OFF_ROW.test(row.what) &&
        !IN_RESERVE.test(`${row.aside} ${row.what}`) &&
        !DEADLINE.test(row.what) &&
        !namesInformalSitting(`${row.aside} ${row.what}`) &&
        !othersSitting(row.what, own);
      if (kept) days.push(row.day);
    }
    // (one dated line under a programme is a sentence about it; a calendar has two rows or more)
    if (rows >= 2) found.push(...days);
    i = j - 1;
  }
  return found;
}
