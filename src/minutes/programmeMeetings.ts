// A work programme (or forward plan) printed as a table whose first column is the meeting: "Meeting
// | Item | Lead", a date at the head of each meeting's rows. Those dates are this body's coming
// meetings — the programme is the body's own agenda for them.
import { AGENDA_NOUNS } from './lexiconNouns.js';
import { findDates, type DateMention } from './dateText.js';

/** The first column's header: "Meeting", "Meeting date", "Date of meeting", "Committee date". */
const MEETING_COLUMN = /^(?:meeting(?:\s+date)?|date\s+of\s+(?:the\s+)?meeting|(?:committee|panel|board)\s+date)$/i;

/** A programme's cell saying its meeting will not sit: "Meeting cancelled", "CANCELLED", "No meeting". */
export const CALLED_OFF_ROW = /^(?:(?:meeting\s+)?(?:cancell?ed|called\s+off|not\s+required)|no\s+meeting)\b/i;

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/\s*\|\s*|\s{2,}|\t+/)
    .map((c) => c.trim())
    .filter(Boolean);

/** The meeting dates heading a programme table's rows, where the minute or the lines over the table name a programme. */
export function programmeMeetings(title: string, lines: string[]): DateMention[] {
  const found: DateMention[] = [];
  let inTable = false;
  for (const [at, line] of lines.entries()) {
    const row = cells(line);
    if (!inTable) {
      if (row.length < 3 || !MEETING_COLUMN.test(row[0])) continue;
      const above = [title, ...lines.slice(Math.max(0, at - 4), at)].join(' ');
      inTable = AGENDA_NOUNS.test(above);
      continue;
    }
    if (row.length < 2) continue;
    const date = findDates(row[0]).find((d) => d.index === 0 && d.end >= row[0].length - 1);
    // ("12 Jan 2028 | MEETING CANCELLED | –", "9 Mar | No meeting": a row that says the sitting is off holds no meeting)
    if (date && !CALLED_OFF_ROW.test(row[1])) found.push(date);
  }
  return found;
}
