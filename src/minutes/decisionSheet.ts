// A minute printed twice on one page. An "agenda and minutes" page (modern.gov, CMIS) gives each item a
// "Decision:" sheet as well as the minute's own record under "Minutes:". The sheet restates the resolution,
// often in fewer words ("(b) Parks Manager to bring the figures to the next meeting." beside "(b) the Parks
// Manager report the waiting-list figures for all 14 sites to the next meeting"; "Recommended to Council."
// beside "… be recommended to Council on 15 April for approval"), so the words need not match clause for
// clause (reprintedDecision.ts catches the copies that do). Where the record holds a resolution of its own,
// the sheet is its copy and gives nothing; where the record only tells the discussion, the sheet is the
// decision and is read. Which record a sheet belongs to follows the page's order: a page that prints the
// sheet before "Minutes:" does so for every item, and one that prints it after, likewise.
import type { Block } from './block.js';

/** The sheet's label alone on its line: "Decision:", "DECISION". */
const SHEET = /^decisions?\s*:?\s*$/i;
/** The record's label alone on its line: "Minutes:". */
const RECORD = /^minutes\s*:?\s*$/i;

/** The blocks of `blocks` that lie in a "Decision:" sheet whose minute's record has a resolution of its own. */
export function sheetCopies(lines: string[], blocks: Block[]): Set<Block> {
  const copies = new Set<Block>();
  const sheets = lines.flatMap((l, i) => (SHEET.test(l.trim()) ? [i] : []));
  const records = lines.flatMap((l, i) => (RECORD.test(l.trim()) ? [i] : []));
  if (!sheets.length || !records.length) return copies;
  const sheetFirst = sheets[0] < records[0];
  const labels = [...sheets, ...records].sort((a, b) => a - b);
  const nextLabel = (i: number) => labels.find((l) => l > i) ?? lines.length;
  const within = (block: Block, from: number, to: number) => block.lines[0] > from && block.lines[0] < to;
  // (a resolution in the record: under a keyword or inline, with words of its own — not a sentence of the discussion
  // that reads as one, nor a bare "It was RESOLVED: -" whose clauses were the sheet's again)
  const resolves = (b: Block) =>
    (b.found === 'keyword' || b.found === 'inline') && b.paragraphs.some((p) => p.trim()) && !b.copy;
  for (const sheet of sheets) {
    const end = nextLabel(sheet);
    let record: [number, number] | null = null;
    if (sheetFirst) {
      // (the record printed right after the sheet, up to the next item's sheet)
      const at = records.find((r) => r > sheet);
      if (at !== undefined && at === end) record = [at, sheets.find((s) => s > at) ?? lines.length];
    } else {
      // (the record printed right before the sheet)
      const at = records.filter((r) => r < sheet).pop();
      if (at !== undefined && nextLabel(at) === sheet) record = [at, sheet];
    }
    if (!record) continue;
    const [from, to] = record;
    const resolution = blocks.filter((b) => resolves(b) && within(b, from, to));
    if (!resolution.length) continue;
    const inSheet = blocks.filter((b) => b.lines[0] >= sheet && b.lines[0] < end);
    // (a copy in other words still holds the resolution's matter: most of its words of substance are the record's; a
    // sheet of other decisions, "to award £18,500 to the pavilion" beside "the Head of Parks write about the footpath",
    // stands)
    const theirs = stems(resolution.flatMap((b) => [b.stem, ...b.paragraphs]).join(' '));
    const mine = [...stems(inSheet.flatMap((b) => [b.stem, ...b.paragraphs]).join(' '))];
    if (!mine.length || mine.filter((w) => theirs.has(w)).length / mine.length < 0.5) continue;
    for (const b of inSheet) copies.add(b);
  }
  return copies;
}

/** Words of substance, cut to a stem of five letters ("recommended" and "recommend" are one). */
function stems(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
      .filter(
        (w) => !/^(?:that|this|with|from|have|been|were|which|their|they|the|and|committee|agreed|resolved)$/.test(w),
      )
      .map((w) => w.slice(0, 5)),
  );
}
