// Part of step 1, layout: a word-processor table pasted with its cells parted by tabs ("Minute<tab>Discussion<tab>
// Action"). Each row opens with the minute's number and title in the first cell, then the record: "5. Budget<tab>The
// Treasurer reported …<tab>Clerk to write". The first cell is the minute's heading; it is set on a line of its own
// so the headings step reads it as one, and the row's text follows under it as the minute's. Nothing else changes.
import { COLUMN, NUMBER_COLUMN } from './cellRows.js';
import { titleLike } from './headingTitle.js';
import { TABLE_HEADS } from './lexicon.js';

/** A gap between cells: a tab, or the run of spaces a tab became. */
const GAP = /\t+|\s{3,}/;
/**
 * A row's first cell, a number and a title, and the rest of the row after the gap. The number is any minute
 * reference's shape: "5", "5.", "12a", or a series' letters and a slash or point before it ("F/46", "E/40a", "P.7",
 * "26/114") — a council that keeps its minutes in a table numbers them as it numbers them anywhere.
 */
const ROW =
  /^(?<n>(?:[A-Z][A-Za-z&]{0,5}\s?[/.]\s?|\d{2,4}\/)?\d{1,4}[a-z]?[.)]?)\s+(?<title>\S(?:(?!\t|\s{3}).)*?)(?:\t+|\s{3,})(?<rest>\S.*)$/;

/** The column that holds the minute's record (an action log's header has none: its rows are tasks, not minutes). */
// ("Discussion and resolution", "Discussion / Resolution": a resolution is a decision by its other name)
const RECORD_COLUMN =
  /^(?:discussion|decisions?|resolutions?|notes?|discussion\s*(?:\/|and|&)\s*(?:decisions?|resolutions?)|record|summary)\s*:?$/i;

/**
 * The header of such a table: two or more column names on one line, parted by gaps, the first the number column
 * and another the record's.
 */
function isHeader(line: string): boolean {
  const cells = line
    .trim()
    .split(GAP)
    .map((c) => c.trim())
    .filter(Boolean);
  return (
    cells.length >= 2 &&
    NUMBER_COLUMN.test(cells[0]) &&
    cells.every((c) => COLUMN.test(c)) &&
    cells.slice(1).some((c) => RECORD_COLUMN.test(c)) &&
    GAP.test(line)
  );
}

/**
 * The columns after the record that say what is to be done, who does it and by when ("Discussion<tab>Action<tab>
 * Owner<tab>Date"): their heads, or null where the table has no action and owner columns of its own after the record.
 */
function actionCells(header: string): string[] | null {
  const cells = header
    .trim()
    .split(/\t+/)
    .map((c) => c.trim());
  const record = cells.findIndex((c) => RECORD_COLUMN.test(c));
  const after = record < 0 ? [] : cells.slice(record + 1);
  const heads = after.map((c) => (Object.entries(TABLE_HEADS).find(([, re]) => re.test(c)) ?? [null])[0]);
  return heads.includes('action') && heads.includes('owner') ? after : null;
}

/**
 * A row's last line carries its action cells after the record, parted by tabs ("… noted.<tab>Send the figures<tab>
 * KT<tab>Dec board"), and a second action of the row has an empty record before it ("<tab><tab>Book the hall<tab>SR
 * <tab>Jan"). The cells are set out as a row of an action table under the minute's text, as the action-table step
 * reads them; cells that are all dashes say the row gave no action.
 */
function withActionRows(lines: string[], heads: string[]): string[] {
  const out: string[] = [];
  let inTable = false;
  for (const line of lines) {
    const parts = line.split('\t');
    const cells = parts.slice(-heads.length).map((c) => c.trim());
    if (!line.includes('\t') || parts.length <= heads.length || !cells[0] || /^[-–—]*$/.test(cells[0])) {
      const record = line.includes('\t') && parts.length > heads.length ? parts.slice(0, -heads.length) : [line];
      out.push(record.join('\t'));
      inTable = false;
      continue;
    }
    const record = parts.slice(0, -heads.length).join('\t');
    if (record.trim()) out.push(record);
    if (!inTable) out.push(`| ${heads.join(' | ')} |`);
    out.push(`| ${cells.join(' | ')} |`);
    inTable = true;
  }
  return out;
}

export function headingCells(lines: string[]): string[] {
  const header = lines.findIndex(isHeader);
  if (header < 0) return lines;
  const out = lines.slice(0, header + 1);
  let k = header + 1;
  // the table runs to its first blank line
  for (; k < lines.length && lines[k].trim(); k++) {
    const row = ROW.exec(lines[k].trim());
    if (!row?.groups || !titleLike(row.groups.title)) {
      out.push(lines[k]);
      continue;
    }
    const { n, title, rest } = row.groups;
    out.push(`${/^\d+[a-z]?$/.test(n) ? `${n}.` : n} ${title.trim()}`, rest);
  }
  const heads = lines[header].includes('\t') ? actionCells(lines[header]) : null;
  return heads
    ? [...out.slice(0, header + 1), ...withActionRows(out.slice(header + 1), heads), ...lines.slice(k)]
    : [...out, ...lines.slice(k)];
}
