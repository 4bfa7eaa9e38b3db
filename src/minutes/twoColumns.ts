// Part of step 1, layout: a page set in two columns and copied out of a PDF straight across, so that each line
// holds a fragment of the left column, a run of spaces, and a fragment of the right ("record.      NPA 26/75
// FARMING …"). Where most lines of a page break at one position — the gutter — the page is read as a reader
// reads it: the left column down, then the right. Lines that run across the gutter (a title over both columns)
// stay where they are, and end the columns above them.

/** Lines a page needs before its columns are believed: a few fragments could line up by chance. */
const MIN_LINES = 12;

/** The position most lines' right-hand fragments start at, where it is most of the page's lines. */
function gutterOf(lines: string[]): number | null {
  const starts = new Map<number, number>();
  let filled = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    filled++;
    // the right fragment: after a run of two or more spaces, or the line's own indent (the left column empty there)
    const m = /^(?<left>\S.*?\S?)\s{2,}(?=\S)|^(?<indent>\s{20,})(?=\S)/.exec(line);
    if (!m) continue;
    const at = m[0].length;
    // (one gap a line: a table's rows have several)
    if ((line.slice(at).match(/\S\s{3,}\S/g) ?? []).length > 0) continue;
    starts.set(at, (starts.get(at) ?? 0) + 1);
  }
  const [at, count] = [...starts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return at >= 30 && count >= MIN_LINES && count >= filled * 0.5 ? at : null;
}

/**
 * Whether a line splits at the gutter: it ends before it, or spaces stand just before it and the right fragment
 * starts on it. (A running header or a page's foot sets its right part elsewhere: it runs across the page, and
 * the columns of the page above it are read before it.)
 */
const splitsAt = (line: string, at: number) =>
  line.trimEnd().length <= at || (/\s{2}$/.test(line.slice(0, at)) && /\S/.test(line[at] ?? ''));

export function twoColumns(lines: string[]): string[] {
  const at = gutterOf(lines);
  if (at === null) return lines;
  const out: string[] = [];
  let left: string[] = [];
  let right: string[] = [];
  const flush = () => {
    out.push(...left, '', ...right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (!line.trim()) {
      left.push('');
      right.push('');
      continue;
    }
    if (!splitsAt(line, at)) {
      // (a line across the page: a masthead, a title, a page's foot)
      if (left.some((l) => l.trim()) || right.some((l) => l.trim())) flush();
      out.push(line);
      continue;
    }
    left.push(line.slice(0, at).trimEnd());
    right.push(line.slice(at).trim());
  }
  flush();
  return out;
}
