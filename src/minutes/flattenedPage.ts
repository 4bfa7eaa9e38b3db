// Part of step 1, layout: a page a text converter flattened onto one line ("… were present.
// Matters Arising 2. Matters arising were as follows: a) Paragraph 2: … b) …"). Its numbered
// paragraphs and the lettered clauses of each are found by their markers rising one by one
// through the line, as a clerk's eye finds them, and each is set on a line of its own; a short
// title between a sentence's end and a paragraph's number is that paragraph's heading.

/** A line this long holds a page, not a paragraph a clerk wrote. */
const PAGE_LENGTH = 400;

/** "2. Matters …": a paragraph number after a space, before a capital. */
const NUMBER_MARK = /(?<=\s)(\d{1,2})\.\s+(?=[A-Z(‘'"“])/g;
/** "a) Paragraph …", "(b) Para 7 …": a clause letter after a space. */
const LETTER_MARK = /(?<=\s)\(?([a-z])\)\s+(?=\S)/g;

interface Mark {
  at: number;
  value: number;
}

/** The longest run of marks, in the order printed, each one more than the last (so "3. … 12." is no run). */
function risingByOne(marks: Mark[], first?: number): Mark[] {
  let best: Mark[] = [];
  marks.forEach((start, k) => {
    if (first !== undefined && start.value !== first) return;
    const run = [start];
    for (const m of marks.slice(k + 1)) if (m.value === run[run.length - 1].value + 1) run.push(m);
    if (run.length > best.length) best = run;
  });
  return best.length >= 2 ? best : [];
}

const marksOf = (line: string, pattern: RegExp, value: (s: string) => number): Mark[] =>
  [...line.matchAll(pattern)].map((m) => ({ at: m.index, value: value(m[1]) }));

/** A title set before a paragraph's number: a few words after the last sentence's end, with no sentence of their own. */
const TITLE_BEFORE = /(?<=[.!?])\s+(?<title>[A-Z][^.!?:;]{2,60}?)\s*$/;

export function unflattenPage(line: string): string[] {
  if (line.length < PAGE_LENGTH) return [line];
  const numbers = risingByOne(marksOf(line, NUMBER_MARK, Number));
  // (a long paragraph with only "(a) … (b) …" in it is a resolution's inline clauses, which the clause splitter reads)
  if (!numbers.length) return [line];
  // letters run from "a" under one paragraph: each paragraph's clauses are cut separately
  const letters = [numbers.map((n) => n.at), [line.length]].flat();
  const cuts = new Set(numbers.map((n) => n.at));
  let from = 0;
  for (const to of letters) {
    const part = line.slice(from, to);
    for (const l of risingByOne(
      marksOf(part, LETTER_MARK, (c) => c.charCodeAt(0) - 96),
      1,
    ))
      cuts.add(from + l.at);
    from = to;
  }
  if (!cuts.size) return [line];
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  for (const at of sorted) {
    let before = line.slice(start, at).trim();
    // "… were present. Matters Arising 2. …": the title goes on its own line above its number
    const title = numbers.some((n) => n.at === at) ? TITLE_BEFORE.exec(before) : null;
    if (title?.groups && title.groups.title.split(/\s+/).length <= 8) {
      before = before.slice(0, title.index + 1).trim();
      out.push(before, title.groups.title.trim());
    } else out.push(before);
    start = at;
  }
  out.push(line.slice(start).trim());
  return out.filter(Boolean);
}
