// Layout, first of all: text copied out of a PDF is hard-wrapped at the page's column, so its
// line breaks fall wherever the column ran out — after a full stop or a bracket as often as
// mid-sentence. Where the document shows such a column (most of its long lines end near one
// width, and almost none run past it) and a line reached it, the break was the wrap's, not the
// writer's: the next line carries on the sentence unless it opens a block of its own. A line that
// ends a sentence is left to end it: the next sentence may open a paragraph, and every sentence is
// whole either way.
import { decimalSibling } from './decimalRuns.js';
import { keywordLine } from './decisionKeywords.js';
import { BROKEN_AT_HYPHEN, joinAtHyphen, knownWords } from './hyphenation.js';
import { MONTH_PATTERN, OWNER_LABELS, alternatives } from './lexicon.js';

/** A line that opens a block: a number, letter or numeral with its mark, a bullet, a table's tab. */
const OPENS_BLOCK =
  /^\s*(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})[.)](?:\s|$)|\((?:\d{1,4}|[a-z]{1,4})\)|\d{1,4}(?:[./]\d{1,4})*\s+[A-Z(]|[A-Z]{1,5}\s?\d{1,4}\/\d{1,4}|[•·●▪◦■*–-]\s)|\t/;
/** A date broken before its year: "… on 12 May" over "2026.". */
const endsInMonth = new RegExp(String.raw`\b${MONTH_PATTERN}$`, 'i');
/** A field's label opening a line: "Present:", "In attendance:", "Action:". */
const LABEL = /^\s*[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,2}\s*:\s/;
/** Columns set apart by runs of spaces: a table's row, or a last cell ("… reference.      JW", "…   Feb 2026"). */
const GAP = /\S {3,}\S/;
/** A resolution a web page flattened, its clauses kept apart by runs of spaces ("noted. 2.          That …"): no table. */
const FLATTENED = /(?:^|\s)\d{1,2}\.\s{3,}\S/;
/** A clause number left at a line's end after a sentence ("… be noted. 2."): the wrap fell in the run after it. */
const DANGLING = /(?:[.;:–—-]\s+|\s{3,})\d{1,2}\.$/;
/** An owner's field whose name ends the line ("… To be actioned by:"): its value was wrapped onto the next. */
const OWNER_FIELD_END = new RegExp(String.raw`\b(?:${alternatives(OWNER_LABELS)})\s*:$`, 'i');
const LAST_CELL = /\S {3,}\S+(?: \S+){0,3}$/;
/**
 * A closed sentence, then two spaces or more and initials: the owner column of a typed record ("… by Friday.  RT",
 * "… with the school.  AB/CD"), which ends the line's entry however long the line. One space is a wrapped sentence's
 * subject ("… by Friday. RT" over "said she would …").
 */
export const SENTENCE_THEN_INITIALS = /[a-z0-9)][.!?)] {2,}[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*\s*$/;
/** A line of two labelled fields ("Who: R. Lowe    When: by 5 May"): a record's own line, which nothing wraps onto. */
const TWO_FIELDS = /^\s*[A-Z][A-Za-z ]{0,18}:\s*\S.*?\S {2,}[A-Z][A-Za-z ]{0,18}:\s*\S/;
/** A rule across the page ("-----", "_____", "====="): it separates minutes and carries no sentence on, either way. */
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/;
/** A heading in capitals: no lower-case letter. */
const CAPITALS = (line: string) => /[A-Z]/.test(line) && !/[a-z]/.test(line);

/**
 * A heading under a full line: short, capitalised, without a sentence's end, and followed by a
 * line that does not carry it on ("Attendees" over "- A Smith (AS)"; not "Committee on 3 May" over "2026.").
 */
const isHeading = (line: string, next: string, width: number) =>
  line.trim().length < width * 0.6 &&
  /^\s*[A-Z]/.test(line) &&
  !/[.,;:!?)–—-]$/.test(line.trimEnd()) &&
  (next.trim() === '' || /^\s*(?:[A-Z(•·-]|\d)/.test(next));

/** No one wraps minutes wider than this; a document with longer typical lines is a web page. */
const WIDEST_COLUMN = 110;

/** The column a wrapped document was broken at, or null where its lines show none. */
export function wrapWidth(lines: string[]): number | null {
  const lengths = lines
    .map((l) => l.trimEnd().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length < 8) return null;
  const width = lengths[Math.floor(lengths.length * 0.95)];
  if (width > WIDEST_COLUMN || width < 30) return null;
  const long = lengths.filter((n) => n >= width / 2);
  const full = long.filter((n) => n >= width * 0.75 && n <= width + 2);
  const beyond = lengths.filter((n) => n > width + 10).length;
  return full.length >= 5 && full.length >= long.length * 0.5 && beyond <= lengths.length * 0.03 ? width : null;
}

/**
 * A copy that set a blank line after every line (a web page wrapping each line of a PDF in a paragraph): nearly every
 * line stands one blank line from the next, so a single blank line says nothing of the paragraphs.
 */
export function doubleSpaced(lines: string[]): boolean {
  const gaps: number[] = [];
  let blanks = -1;
  for (const line of lines) {
    if (line.trim() === '') {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (blanks >= 0) gaps.push(blanks);
    blanks = 0;
  }
  return gaps.length >= 8 && gaps.filter((g) => g === 1).length >= gaps.length * 0.9;
}

export function reflow(lines: string[]): string[] {
  // (a double-spaced copy shows its column on its lines alone; its single blank lines are the copy's, not the writer's)
  const doubled = doubleSpaced(lines);
  const kept = doubled ? lines.filter((l) => l.trim() !== '') : lines;
  const blankBefore = doubled ? kept.map((_, j) => j > 0) : [];
  const width = wrapWidth(kept);
  if (width === null) return lines;
  const known = knownWords(lines.join('\n'));
  const out: string[] = [];
  let physical = ''; // the line as wrapped, before any joining: whether it reached the column
  kept.forEach((line, i) => {
    const last = out.length ? out[out.length - 1].trimEnd() : '';
    const firstWord = /^\s*(\S+)/.exec(line)?.[1] ?? '';
    const wrapped =
      last !== '' &&
      line.trim() !== '' &&
      (DANGLING.test(last) ? physical.length : physical.trimEnd().length) + 1 + firstWord.length > width * 0.9 &&
      (!/(?::-?|[.!?|]["”’)]?)$/.test(last) || DANGLING.test(last) || OWNER_FIELD_END.test(last)) &&
      (!OPENS_BLOCK.test(line) || (endsInMonth.test(last) && /^\s*\d{4}\b/.test(line))) &&
      // ("6.2  recommends …;" / "6.3  delegated authority …": the next sub-item of a run, in small letters — decimalRuns.ts)
      !decimalSibling(last, line) &&
      !CAPITALS(line) &&
      (!isHeading(line, kept[i + 1] ?? '', width) || OWNER_FIELD_END.test(last)) &&
      !LABEL.test(line) &&
      !(LAST_CELL.test(physical.trimEnd()) && !FLATTENED.test(last) && !DANGLING.test(last)) &&
      !SENTENCE_THEN_INITIALS.test(physical.trimEnd()) &&
      !TWO_FIELDS.test(physical) &&
      !(GAP.test(physical) && GAP.test(line) && !FLATTENED.test(last) && !FLATTENED.test(line)) &&
      !CAPITALS(last) &&
      !RULE.test(last) &&
      !RULE.test(line) &&
      keywordLine(line.trim()) === null;
    // (the run of spaces after a dangling clause number is kept: it marks the clause)
    if (wrapped)
      out[out.length - 1] = BROKEN_AT_HYPHEN.test(last)
        ? joinAtHyphen(last, line, known)
        : `${last}${DANGLING.test(last) ? '   ' : ' '}${line.trim()}`;
    else {
      if (blankBefore[i]) out.push('');
      out.push(line);
    }
    physical = line;
  });
  return out;
}
