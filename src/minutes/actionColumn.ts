import { FULL_MONTHS, LOG_STATUS_WORDS, alternatives } from './lexicon.js';
// Layout: minutes set as a table whose right-hand column names who acts ("Minute   Item   Action /
// Lead"), copied out of a PDF with that column run into the text of the minute, mid-sentence:
// "… asked that future         PD". The column is where its head stands; a short cell there, after
// a run of spaces (or one space, where the cell is initials), is cut off its line and set under
// the sentence it stands in as an "Action: <lead>" line, as a clerk reading across the page would
// place it.

/** The head of the right-hand column: "Action / Lead", "Action", "Lead", "Action by", "Owner", "By whom". */
const HEAD = /^(?:action(?:\s*\/\s*(?:lead|owner|by))?|action\s+by|lead|owner|by\s+whom|responsible)$/i;
/**
 * A log's status cell ("Complete", "Open", "In progress") or its head ("Status", "RAG"): an action log pasted inside a
 * minute of such a page sets its last column under the page's own, but a state names no one. Left in its row, the log
 * is read as a log (its finished rows add nothing). (The states a log records are a closed few: `LOG_STATUS_WORDS`.)
 */
const STATUS_CELL = new RegExp(String.raw`^(?:status|rag|${alternatives(LOG_STATUS_WORDS)})\.?$`, 'i');
/** A cell of initials or short roles: "PD", "CFO-P / T-FRA", "CFO and ACC". */
const INITIALS_CELL = /^[A-Z][A-Z0-9-]*(?:\s*(?:\/|&|,|and)\s*[A-Z][A-Z0-9-]*)*$/;

/** Where the head line of such a table puts its last column, or null where the text shows none. */
function actionColumn(lines: string[]): { head: number; column: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = [...lines[i].matchAll(/\S+(?: \S+)*/g)];
    // (the head alone on its line, far to the right, where the minute's own column has no head: "          ACTION")
    const alone = cells.length === 1 && cells[0].index >= 40;
    if ((cells.length < 2 && !alone) || !/\s{3,}\S/.test(lines[i])) continue;
    const last = cells[cells.length - 1];
    if (HEAD.test(last[0]) && last.index >= 40 && /\s{3,}$/.test(lines[i].slice(0, last.index)))
      return { head: i, column: last.index };
  }
  return null;
}

/**
 * The cell run into a line at or past the column: after a run of spaces, or after one space where it is initials.
 * A head set over its column need not start where the cells do: "Lead" typed at the column's right edge over cells
 * starting a few places to its left ("…  tell foster      KB" under "…      Lead"). A cell that starts up to
 * SLACK places before the head, after a wide run of spaces, is the column's too.
 */
const SLACK = 6;
function cellOf(line: string, column: number): { before: string; cell: string } | null {
  for (const m of line.matchAll(/(\s+)(?=\S)/g)) {
    const start = m.index + m[1].length;
    if (start < column - 1 && (start < column - SLACK || m[1].length < 3)) continue;
    const [before, cell] = [line.slice(0, m.index).trimEnd(), line.slice(start).trim()];
    const short =
      cell.split(/\s+/).length <= 5 && cell.length <= 30 && !/^page\b/i.test(cell) && !STATUS_CELL.test(cell);
    if (before.trim() && short && (m[1].length >= 2 || INITIALS_CELL.test(cell))) return { before, cell };
  }
  return null;
}

/** A row of a calendar: a month or a day (or "TBC") in its first cell, a wide gap after it. */
const CALENDAR_ROW = new RegExp(
  String.raw`^\s*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${FULL_MONTHS}(?:\s+20\d\d)?|TBC|TBA)(?:\s{3,}|\t)\S`,
);

/** A line that opens an entry of its own: an "Action:" tag, a bullet or a clause marker. */
const NEXT_ENTRY = /^\s*(?:action\b|[•·▪*–-]\s|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s|\d{1,2}\.\s)/i;

export function actionColumnRunIn(lines: string[]): string[] {
  const found = actionColumn(lines);
  if (!found) return lines;
  const { head, column } = found;
  const out: string[] = [];
  const pending: string[] = [];
  lines.forEach((line, i) => {
    const run = i > head ? cellOf(line, column) : null;
    out.push(run ? run.before : line);
    // (a dash in the cell adds when: "PD – June" names PD)
    if (run) pending.push(run.cell.split(/\s+[–—-]\s+/)[0]);
    // the cell goes under the sentence it stands in: at the line that ends it, or where the paragraph ends
    // (or before the next entry: "ACTION: …" under an entry that ends with no stop)
    // (or where the next line is the next row of a calendar, opening on its own month or day and carrying a cell of its
    // own: "March 2028     Play strategy refresh       Head of Parks" over "April 2028     Cemetery fees     Clerk" — each
    // row of a work programme's table its own lead)
    const ends =
      /[.!?;]["”’)]?\s*$/.test(out[out.length - 1]) ||
      !lines[i + 1]?.trim() ||
      NEXT_ENTRY.test(lines[i + 1]) ||
      (!!run && CALENDAR_ROW.test(lines[i + 1]) && !!cellOf(lines[i + 1], column));
    if (pending.length && ends) out.push(`Action: ${pending.splice(0).join(', ')}`);
  });
  return out;
}

/**
 * The same table typed in Word and pasted with tabs ("Minute⇥Item and discussion⇥Action by"): no column to measure,
 * but the head's last cell says what each row's last cell is. A short last cell that reads as a name or a title
 * ("Head of Pensions", "R Lyle – note to members": the part before a dash) is set under its line as "Action: <lead>".
 * A cell of initials alone stays where it stands (read there as a column of initials), and a cell that records a
 * state or a task ("Noted", "None", "Defer to June") names no one.
 */
export function tabbedActionColumnRunIn(lines: string[]): string[] {
  const head = lines.findIndex((line) => {
    const cells = line.split('\t').map((c) => c.trim());
    // (the minutes' own table — a minute, its text, who acts — not an action log, whose middle heads name the action)
    return (
      cells.length >= 2 &&
      cells[0] !== '' &&
      HEAD.test(cells[cells.length - 1]) &&
      !cells.slice(0, -1).some((c) => /\b(?:action|owner|due|status|deadline|lead)\b/i.test(c))
    );
  });
  if (head < 0) return lines;
  const width = lines[head].split('\t').length;
  return lines.flatMap((line, i) => {
    const cells = line.split('\t');
    // (only a row that reaches the last column: "Minute 4/27⇥Leaseholders" is a minute's number and title)
    if (i <= head || cells.length < width || !cells.slice(0, -1).join('').trim()) return [line];
    const cell = cells[cells.length - 1].split(/\s+[–—-]\s+/)[0].trim();
    return namesSomeone(cell) ? [cells.slice(0, -1).join('\t').trimEnd(), `Action: ${cell}`] : [line];
  });
}

/** Capitalised words, joined by the small words a title holds: "Head of Pensions", "Training and Governance Officer". */
const TITLE_CELL = /^[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|&|the|\/)\s+)*[A-Z][\w.'’-]*)*$/;
/** One word that records what became of a row, not who does it: "Noted", "Closed", "Agreed", "Ongoing". */
const STATE_WORD = /^(?:[A-Z][a-z]+(?:ed|ing)|None|Nil|N\/A|Complete|Done|Open|TBC)$/;

function namesSomeone(cell: string): boolean {
  return (
    cell.length <= 40 &&
    cell.split(/\s+/).length <= 6 &&
    /[a-z]/.test(cell) &&
    TITLE_CELL.test(cell) &&
    !STATE_WORD.test(cell)
  );
}

/**
 * The same column with no head: typed notes that set who acts against the right margin of the line that gives the
 * errand ("… raise it at the forum.            Dana"), or alone under it when the line is full. Where no head names
 * the column, its cells show it: three or more short names at one place on the page (their ends aligned, as a
 * right-aligned tab leaves them, or their starts), each after a wide gap at the end of a line of prose. Initials are
 * left to the readers of closing initials (`discussionItems.ts`), which read them where they stand.
 */
const NAME_CELL = /^[A-Z][a-z'’-]+(?:\s*(?:\/|&|,|and)\s*[A-Z][a-z'’-]+)*$/;
/** A line of prose with a cell at its end: one run of text (no inner gap of three), then a wide gap and the cell. */
const PROSE_THEN_CELL = /^(?<before>\s{0,12}\S(?:\S|\s(?!\s\s))*[a-z.,;:)'’”])(?<gap>\s{3,})(?<cell>\S(?:.*\S)?)\s*$/;
const ALONE_CELL = /^(?<gap>\s{40,})(?<cell>\S(?:.*\S)?)\s*$/;
const PROSE = /^\s{0,12}\S(?:\S|\s(?!\s\s))*$/;

export function marginColumnRunIn(lines: string[]): string[] {
  // (where a head names the column, `actionColumnRunIn` reads it)
  if (actionColumn(lines)) return lines;
  const cells = new Map<number, { before: string | null; cell: string; start: number; end: number }>();
  // (a line printed again and again is a running header — "Health Board and Care Partnership          Minutes" — not a row)
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line.trim(), (seen.get(line.trim()) ?? 0) + 1);
  lines.forEach((line, i) => {
    if ((seen.get(line.trim()) ?? 0) > 1 && !ALONE_CELL.test(line)) return;
    const m = PROSE_THEN_CELL.exec(line)?.groups;
    if (m && m.before.trim().length >= 25 && NAME_CELL.test(m.cell) && !STATE_WORD.test(m.cell)) {
      const start = m.before.length + m.gap.length;
      if (start >= 50) cells.set(i, { before: m.before, cell: m.cell, start, end: start + m.cell.length });
      return;
    }
    const a = ALONE_CELL.exec(line)?.groups;
    const above = lines[i - 1] ?? '';
    if (a && NAME_CELL.test(a.cell) && !STATE_WORD.test(a.cell) && (PROSE.test(above) || cells.has(i - 1)))
      cells.set(i, { before: null, cell: a.cell, start: a.gap.length, end: a.gap.length + a.cell.length });
  });
  // the column: the place most cells share, by their ends or by their starts
  const place = (key: 'start' | 'end') => {
    let best = { at: -1, count: 0 };
    for (const c of cells.values()) {
      const count = [...cells.values()].filter((d) => Math.abs(d[key] - c[key]) <= 2).length;
      if (count > best.count) best = { at: c[key], count };
    }
    return { key, ...best };
  };
  const column = [place('end'), place('start')].sort((a, b) => b.count - a.count)[0];
  if (column.count < 3) return lines;
  const inColumn = (k: number) => {
    const c = cells.get(k);
    return !!c && Math.abs(c[column.key] - column.at) <= 2;
  };
  const out: string[] = [];
  const pending: string[] = [];
  lines.forEach((line, i) => {
    const c = inColumn(i) ? cells.get(i)! : null;
    if (c && c.before === null) {
      // (a cell alone under a full line: the errand's line is the one above, already set out)
      pending.push(c.cell);
    } else out.push(c ? c.before! : line);
    if (c && c.before !== null) pending.push(c.cell);
    const last = out[out.length - 1] ?? '';
    const ends = /[.!?;]["”’)]?\s*$/.test(last) || !lines[i + 1]?.trim() || NEXT_ENTRY.test(lines[i + 1]);
    if (pending.length && ends) out.push(`Action: ${pending.splice(0).join(', ')}`);
  });
  return out;
}
