// Layout: minutes set as a table whose right-hand column names who acts ("Minute   Item   Action /
// Lead"), copied out of a PDF with that column run into the text of the minute, mid-sentence:
// "… asked that future         PD". The column is where its head stands; a short cell there, after
// a run of spaces (or one space, where the cell is initials), is cut off its line and set under
// the sentence it stands in as an "Action: <lead>" line, as a clerk reading across the page would
// place it.

/** The head of the right-hand column: "Action / Lead", "Action", "Lead", "Action by", "Owner", "By whom". */
const HEAD = /^(?:action(?:\s*\/\s*(?:lead|owner|by))?|action\s+by|lead|owner|by\s+whom|responsible)$/i;
/** A cell of initials or short roles: "PD", "CFO-P / T-FRA", "CFO and ACC". */
const INITIALS_CELL = /^[A-Z][A-Z0-9-]*(?:\s*(?:\/|&|,|and)\s*[A-Z][A-Z0-9-]*)*$/;

/** Where the head line of such a table puts its last column, or null where the text shows none. */
function actionColumn(lines: string[]): { head: number; column: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = [...lines[i].matchAll(/\S+(?: \S+)*/g)];
    if (cells.length < 2 || !/\s{3,}\S/.test(lines[i])) continue;
    const last = cells[cells.length - 1];
    if (HEAD.test(last[0]) && last.index >= 40 && /\s{3,}$/.test(lines[i].slice(0, last.index)))
      return { head: i, column: last.index };
  }
  return null;
}

/** The cell run into a line at or past the column: after a run of spaces, or after one space where it is initials. */
function cellOf(line: string, column: number): { before: string; cell: string } | null {
  for (const m of line.matchAll(/(\s+)(?=\S)/g)) {
    const start = m.index + m[1].length;
    if (start < column - 1) continue;
    const [before, cell] = [line.slice(0, m.index).trimEnd(), line.slice(start).trim()];
    const short = cell.split(/\s+/).length <= 5 && cell.length <= 30 && !/^page\b/i.test(cell);
    if (before.trim() && short && (m[1].length >= 2 || INITIALS_CELL.test(cell))) return { before, cell };
  }
  return null;
}

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
    const ends = /[.!?;]["”’)]?\s*$/.test(out[out.length - 1]) || !lines[i + 1]?.trim();
    if (pending.length && ends) out.push(`Action: ${pending.splice(0).join(', ')}`);
  });
  return out;
}
