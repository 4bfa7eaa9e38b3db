// Step 1 (layout), a table kept apart only by spaces: a PDF's text keeps an action log's columns as
// runs of two or more spaces ("BD25/112    Present the cancer trajectory    NW    Feb 2026"), often
// on its last page with no column heads, and a cell too long for its column wraps onto the next line
// under the same column ("            to the Board in February"). Such a run of rows is rewritten as
// a "|" table — its own heads where it has them, heads named from what the columns hold where it
// has none — so the action-table step reads it, owner and due included. Nothing is interpreted
// beyond which column is which.
import { findDates } from './dateText.js';
import { readHeads } from './tableHeads.js';
import { FINISHED_STATUS, LOG_STATUS_WORDS, MONTH_PATTERN, TABLE_HEADS, alternatives } from './lexicon.js';

type Column = keyof typeof TABLE_HEADS;
const HEADS = Object.entries(TABLE_HEADS) as [Column, RegExp][];
/** The words a heads line is given for the columns found by their contents. */
const HEAD_NAME: Record<Column, string> = {
  minute: 'Ref',
  action: 'Action',
  owner: 'Owner',
  due: 'Due',
  status: 'Status',
  raised: 'Meeting',
};

interface Cell {
  text: string;
  at: number;
}

/** A tab's column: a spreadsheet's row pasted with tabs places its cells by count, not by width. */
const TAB_STOP = 1000;

/**
 * A line's cells: words one space apart stay together; two spaces or more (or a tab) part cells. In a table whose
 * heads are parted by tabs, a row parted by tabs places each cell at its tab's column, so an empty cell ("New\t\t")
 * keeps the next one in its place.
 */
function cellsOf(line: string, tabbed = false): Cell[] {
  if (tabbed && line.includes('\t'))
    return line.split('\t').flatMap((text, k) => (text.trim() ? [{ text: text.trim(), at: k * TAB_STOP }] : []));
  const spaced = line.replace(/\t/g, '    ');
  return [...spaced.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index }));
}

const headOf = (cell: string) => HEADS.find(([, re]) => re.test(cell.replace(/[*_:]/g, '').trim()))?.[0] ?? null;

/** "BD25/112", "14", "4.1", "C/24/07", "A/4", "(a)": a reference, one token holding a digit. */
const REF = /^[A-Za-z]{0,8}[ ./-]?\d[\w/.()-]*$|^\(?[a-z]{1,3}\)$/;
const STATUS = new RegExp(
  String.raw`^(?:${alternatives([...LOG_STATUS_WORDS, 'red', 'amber', 'green', 'not due'])})\b`,
  'i',
);
const DUE_WORDS = new RegExp(
  String.raw`^(?:by\s+|end\s+of\s+|w/c\s+)?(?:${MONTH_PATTERN}\.?(?:\s+\d{2,4})?|q[1-4](?:\s+\d{2,4})?|(?:the\s+)?next\s+(?:\w+\s+)?meeting|(?:a\s+)?future\s+meeting|tbc|tba|asap|immediate(?:ly)?|ongoing|n\/?a|[-–—]+)$`, // (a dash of any length: "–" as Word types it)
  'i',
);
/** Initials or a short name: "NW", "JP/KL", "AB & CD", "Clerk", "Head of Estates". */
const INITIALS = /^[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*$/;

function isDue(text: string): boolean {
  if (DUE_WORDS.test(text)) return true;
  const date = findDates(text)[0];
  return (
    date !== undefined && text.split(/\s+/).length <= 6 && text.slice(0, date.index).trim().split(/\s+/).length <= 2
  );
}
const isStatus = (text: string) => STATUS.test(text) || FINISHED_STATUS.test(text);
const isOwner = (text: string) =>
  INITIALS.test(text) ||
  (text.split(/\s+/).length <= 4 && /^[A-Z]/.test(text) && !/[\d.;:£$%]/.test(text) && !isDue(text) && !isStatus(text));
const wordsIn = (text: string) => text.split(/\s+/).length;

/**
 * A cell filled to its column's edge runs into the next with one space between ("FC.114(b) Place the order", the
 * reference as wide as its column): where a word of it starts at the next column's start, it is two cells.
 */
function atEdges(cells: Cell[], starts: number[]): Cell[] {
  return cells.flatMap((cell) => {
    const edge = starts.find((s) => s > cell.at + 2 && s < cell.at + cell.text.length);
    if (edge === undefined) return [cell];
    const cut = cell.at + cell.text.slice(0, edge - cell.at + 1).lastIndexOf(' ');
    if (cut <= cell.at || Math.abs(cut + 1 - edge) > 1) return [cell];
    const [left, right] = [cell.text.slice(0, cut - cell.at), cell.text.slice(cut - cell.at + 1)];
    return [{ text: left, at: cell.at }, ...atEdges([{ text: right, at: cut + 1 }], starts)];
  });
}

/** A row's cells placed in the table's columns, by position where the cells line up, else in order. */
function place(found: Cell[], starts: number[]): string[] | null {
  const cells = found.length < starts.length ? atEdges(found, starts) : found;
  const row: string[] = starts.map(() => '');
  if (cells.length === starts.length) {
    cells.forEach((c, k) => (row[k] = c.text));
    return row;
  }
  for (const cell of cells) {
    const k = columnAt(cell.at, starts);
    if (k < 0 || row[k]) return null;
    row[k] = cell.text;
  }
  return row;
}

/** The column a cell starting at `at` stands in: the one starting there (give or take two), else the last starting before it. */
function columnAt(at: number, starts: number[]): number {
  const near = starts.findIndex((s) => Math.abs(s - at) <= 2);
  if (near >= 0) return near;
  let k = -1;
  starts.forEach((s, i) => s < at && (k = i));
  return k;
}

/** Which column is which, from the cells: the reference first, the wordiest the action, a short name the owner, a date the due. */
function columnsFrom(rows: string[][]): (Column | null)[] | null {
  const width = rows[0].length;
  const share = (k: number, test: (t: string) => boolean) => {
    const filled = rows.map((r) => r[k]).filter(Boolean);
    return filled.length ? filled.filter(test).length / filled.length : 0;
  };
  const columns: (Column | null)[] = Array.from({ length: width }, () => null);
  const words = columns.map((_, k) => {
    const filled = rows.map((r) => r[k]).filter(Boolean);
    return filled.reduce((n, t) => n + wordsIn(t), 0) / Math.max(filled.length, 1);
  });
  if (share(0, (t) => REF.test(t)) >= 0.8) columns[0] = 'minute';
  const open = () => columns.flatMap((c, k) => (c === null ? [k] : []));
  const action = open().sort((a, b) => words[b] - words[a])[0];
  if (action === undefined || words[action] < 2.5) return null;
  columns[action] = 'action';
  for (const [column, test] of [
    ['status', isStatus],
    ['due', isDue],
    ['owner', isOwner],
  ] as [Column, (t: string) => boolean][]) {
    const k = open().find((i) => i > action && share(i, test) >= 0.75);
    if (k !== undefined) columns[k] = column;
  }
  // ("A/4   KB   Replace the trough   31/05": who, then what, then when — a list may put its owners' initials before the
  // errand; only initials, so that a subject column such as "Highways" before the errand is not taken for its owner)
  const before = open().find((i) => i < action && share(i, (t) => INITIALS.test(t)) >= 0.75);
  if (!columns.includes('owner') && before !== undefined) columns[before] = 'owner';
  const named = columns.filter(Boolean).length;
  if (!columns.includes('owner') || !(columns.includes('due') || columns.includes('status'))) return null;
  return named >= width - 1 ? columns : null;
}

/** The rows from `from` on: each line of cells, and the lines under it that carry its cells on. */
function rowsFrom(lines: string[], from: number, starts: number[], tabbed: boolean) {
  const rows: { cells: string[]; lines: number[] }[] = [];
  let end = from;
  for (let k = from; k < lines.length; k++) {
    if (!lines[k].trim()) {
      if (lines[k + 1]?.trim()) continue; // one blank line between rows
      break;
    }
    // (a rule of dashes, equals signs or underscores printed under the heads is no row)
    if (k === from && rows.length === 0 && /^\s*[-=_─━]{3,}(?:[\s+|]+[-=_─━]{3,})*\s*$/.test(lines[k])) {
      end = k + 1;
      continue;
    }
    const cells = cellsOf(lines[k], tabbed);
    const indent = cells[0].at;
    // a wrapped cell: nothing in the first column, words under a later column's start
    if (rows.length && indent > starts[0] + 2 && indent >= starts[1] - 2) {
      // (a cell wraps onto the very next line; after a blank line, words indented under the log are the minute's own
      // text resuming — "The Board agreed to close the completed actions." — not more of the last row)
      if (!lines[k - 1]?.trim()) break;
      const last = rows[rows.length - 1];
      if (cells.some((c) => columnAt(c.at, starts) < 1)) break;
      for (const c of cells) {
        const at = columnAt(c.at, starts);
        last.cells[at] = `${last.cells[at]} ${c.text}`.trim();
      }
      last.lines.push(k);
      end = k + 1;
      continue;
    }
    if (cells.length < Math.min(3, starts.length) || cells.length > starts.length) break;
    const placed = place(cells, starts);
    if (!placed) break;
    rows.push({ cells: placed, lines: [k] });
    end = k + 1;
  }
  return { rows, end };
}

/** Rewrites each table kept apart by spaces as a "|" table; every other line is left as it is. */
export function alignedTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (rows under column heads of another kind — "Item  Lead officer  Meeting" — are that table's, not a log's)
    if (foreignHeads(lines[i])) {
      for (; i < lines.length && lines[i].trim(); i++) out.push(lines[i]);
      if (i < lines.length) out.push(lines[i]);
      continue;
    }
    const table = tableAt(lines, i);
    if (!table) {
      out.push(lines[i]);
      continue;
    }
    out.push(`| ${table.heads.join(' | ')} |`);
    for (const row of table.rows) out.push(`| ${row.join(' | ')} |`);
    i = table.end - 1;
  }
  return out;
}

function tableAt(lines: string[], i: number): { heads: string[]; rows: string[][]; end: number } | null {
  const tabbed = /\S\t+\S/.test(lines[i]);
  const cells = cellsOf(lines[i], tabbed);
  if (cells.length < 3 || lines[i].includes('|')) return null;
  const texts = readHeads(cells.map((c) => c.text));
  const heads = texts.map(headOf);
  const headed = heads.includes('action') && heads.includes('owner') && heads.filter((h) => h === null).length <= 1;
  const starts = cells.map((c) => c.at);
  const { rows, end } = rowsFrom(lines, headed ? i + 1 : i, starts, tabbed);
  if (rows.length < (headed ? 1 : 2)) return null;
  if (headed) return { heads: texts, rows: rows.map((r) => r.cells), end };
  const columns = columnsFrom(rows.map((r) => r.cells));
  if (!columns) return null;
  return { heads: columns.map((c) => (c ? HEAD_NAME[c] : 'Notes')), rows: rows.map((r) => r.cells), end };
}

/** A line of column heads that are not an action log's (no action or no owner column). */
function foreignHeads(line: string): boolean {
  const cells = cellsOf(line);
  const heads = readHeads(cells.map((c) => c.text)).map(headOf);
  return (
    cells.length >= 2 && heads.filter(Boolean).length >= 2 && !(heads.includes('action') && heads.includes('owner'))
  );
}
