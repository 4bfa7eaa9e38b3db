// Part of step 1, layout: a word-processor table pasted as text, one cell to a line. Its header is
// the column names one under another ("No." / "Item" / "Discussion / Decision" / "Action by" /
// "Target date"); under it each row opens with its number alone on a line. Those numbers count the
// minutes, not the pages, so they are kept as the rows' headings.

/**
 * The names a minutes table gives its columns: a closed class (what a row holds — its number, its
 * matter, the record, who acts and by when), so a list.
 */
export const COLUMN =
  /^(?:no\.?|number|ref\.?|reference|item(?:\s+no\.?)?|minute(?:\s+no\.?)?|subject|title|matter|topic|agenda\s+item|discussion|decisions?|notes?|discussion\s*(?:\/|and|&)\s*(?:decisions?|resolutions?)|resolutions?|actions?|action\s+by|action\s+owner|owner|lead|responsible|by\s+whom|who|target(?:\s+date)?|due(?:\s+date)?|deadline|by\s+when|when|date|timescale)\s*:?$/i;
/** The column that carries the row's number. */
export const NUMBER_COLUMN = /^(?:no\.?|number|ref\.?|reference|item(?:\s+no\.?)?|minute(?:\s+no\.?)?)\s*:?$/i;

/** The lines (indexes) holding a row's number alone, under a header of three or more column names one per line. */
export function cellRowNumbers(lines: string[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    let end = i;
    while (end < lines.length && COLUMN.test(lines[end].trim())) end++;
    const names = lines.slice(i, end).map((l) => l.trim());
    if (names.length < 3 || !names.some((n) => NUMBER_COLUMN.test(n))) continue;
    // the rows count on from 1, one number a row: another number alone (a figure, a page) is not the next row's
    let next = 1;
    for (let k = end; k < lines.length; k++) {
      if (!/^\s*\d{1,3}\s*$/.test(lines[k])) continue;
      if (Number(lines[k]) !== next) continue;
      rows.add(k);
      next++;
    }
    if (next > 2) return rows;
    rows.clear();
    i = end;
  }
  return rows;
}

/** A target date cell as a table prints it: "30/11/26", "08.12.26", "13/11/2026". */
const DATE_CELL = /^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$/;
/** An "Action by" cell: initials or a short role ("FM", "Chair", "Board Secretary"), no sentence. */
const OWNER_CELL = /^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}$/;

/**
 * A row's "Target date" cells set after the step whose owner its "Action by" cell names: "FM to publish … users."
 * over "FM" and "30/11/26" is read "FM to publish … users, by 30/11/26." Only where the row's steps and its date
 * cells pair one for one, each step led by a name the owner cells print.
 */
export function withTargetDates(lines: string[], rows: Set<number>): string[] {
  const out = [...lines];
  const starts = [...rows].sort((a, b) => a - b);
  starts.forEach((start, r) => {
    const end = r + 1 < starts.length ? starts[r + 1] : lines.length;
    // the row's cells after its text: short lines and blanks at its foot
    let foot = end;
    while (
      foot > start + 2 &&
      (!lines[foot - 1].trim() || OWNER_CELL.test(lines[foot - 1].trim()) || DATE_CELL.test(lines[foot - 1].trim()))
    )
      foot--;
    const cells = lines
      .slice(foot, end)
      .map((l) => l.trim())
      .filter(Boolean);
    const dates = cells.filter((c) => DATE_CELL.test(c));
    const owners = new Set(cells.filter((c) => !DATE_CELL.test(c)));
    if (!dates.length || !owners.size) return;
    const steps: number[] = [];
    for (let k = start + 2; k < foot; k++) {
      const lead = /(?:^|[:;.]\s+|[–—-]\s+)(?<owner>[A-Z][\w'’&-]*)\s+to\s+[a-z]+/.exec(lines[k].trim());
      if (lead?.groups && owners.has(lead.groups.owner)) steps.push(k);
    }
    if (steps.length !== dates.length) return;
    steps.forEach((k, n) => (out[k] = `${lines[k].replace(/\.\s*$/, '')}, by ${dates[n]}.`));
  });
  return out;
}
