import { actionColumnRunIn, marginColumnRunIn, tabbedActionColumnRunIn } from './actionColumn.js';
import { splitActionTag } from './actionTags.js';
import { withoutLogNumber } from './loggedActionTag.js';
import { alignedTables } from './alignedTable.js';
import { dashedLogs } from './dashedLog.js';
import { unflattenPage } from './flattenedPage.js';
import { BROKEN_AT_HYPHEN, joinAtHyphen, knownWords } from './hyphenation.js';
import { OWNER_LABELS, alternatives } from './lexicon.js';
import { isRecordStanding, withoutCallInNotice, withoutPageLinks } from './pageNotices.js';
import { cellRowNumbers, withTargetDates } from './cellRows.js';
import { headingCells } from './headingCells.js';
import { twoColumns } from './twoColumns.js';
import { readScanned } from './scanned.js';
import { titleLike } from './headingTitle.js';
import { decimalSibling } from './decimalRuns.js';
import { reflow } from './reflow.js';
import { TICKED } from './tickedTasks.js';
// Step 1, layout: text that came out of a PDF, a web page or Word made into the lines a clerk
// would recognise — page furniture (page numbers, running headers, a browser's print header
// and footer) gone, bullets alike, a number alone on its line joined to its paragraph, and
// sentences broken by the layout rejoined.

const PAGE_FURNITURE = [
  /^\s*\d{1,3}\s*$/, // a page number alone
  /^\s*page\s+\d+(\s+of\s+\d+)?\s*$/i,
  /^\s*-\s*\d+\s*-\s*$/,
  /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/, // a rule across the page
  /^\s*\d+\s+of\s+\d+\s*$/i,
  /^\s*\d*\s*agenda item\s+\d+[a-z]?\s*\d*\s*$/i, // "5 Agenda Item 1" stamped on a pack page
  /^\s*(additional documents:|view directions|media|pdf icon)\s*$/i,
  /^\s*(?:pdf icon\s*)?pdf\s+\d+\s*kb\s*$/i, // a document's size printed under its item's title
  /^\s*\(\s*ref(?:erence)?s?\b\.?\s*:?\s*[^()]{1,40}\)\s*$/i, // "(REF: M/66;SC/41 )" under a title: the earlier minutes it follows on from
  /^.{3,100}\S\s{3,}page\s+\d+(?:\s+of\s+\d+)?\s*$/i, // a running footer: "Health Committee – 9 December 2025      Page 5"
  // A browser's print furniture: "14/01/2026, 09:12      Minutes - …" across the top, the page's address and "1/2" at the foot.
  /^\s*\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s{2,}.*)?$/i,
  /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+(?:\s+\d{1,3}\s*\/\s*\d{1,3})?\s*$/i,
];
/** "1/2" alone on a line is a page counter only on a page printed from a browser; elsewhere it may be a minute's number. */
const BROWSER_PRINT =
  /^\s*(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}|(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+\s+\d{1,3}\s*\/\s*\d{1,3}\s*$)/im;
const isPageCounter = (line: string) => {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/.exec(line);
  return m !== null && Number(m[1]) <= Number(m[2]);
};
const BULLET = /^\s*(?:[•·●▪◦■\uf0b7\uf0a7\u2022\u00b7*]|-(?=\s)|o(?=\s{2,}|\t))\s*/;
/** A line holding nothing but a minute or clause number: "45.", "(d)", "291/19", "1a", "M/140/2006:-". */
// (a date alone on its line — an action table's due cell, "14/11/2025" — is no paragraph's number)
export const MARKER_ONLY =
  /^(?!\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b)(?:\(?[a-z]{1,4}\)|[a-z]\.|[a-z]{1,4}\)|\(\d{1,4}\)|\d{1,4}(?:\.\d{1,3})+\.?|\d{1,4}[.)]|[A-Z]{0,4}\d{0,4}\/\d{1,4}(?:\/\d{1,4})?|\d+[a-z]|[ivxlc]{1,6}\.)(?:\s*:-?)?$/i; // (and a closing ":-": "M/140/2006:-")
/**
 * "PL 42" alone on its line: a minute's number with its committee's letters, as a web page prints it in a cell of its
 * own over the title ("CAB 7", "LIC 12"). The letters in capitals: a line of ordinary words is no number.
 */
const SPACED_NUMBER_ONLY = /^[A-Z]{2,5} \d{1,4}[a-z]?$/;
const markerOnly = (line: string) => MARKER_ONLY.test(line) || SPACED_NUMBER_ONLY.test(line);
// (and "14 – External Bodies", "10c)- Working Groups": a number and a dash open a row of a flattened log)
const STARTS_WITH_MARKER =
  /^(?:- |\d{1,3}[a-z]?\)?\s*[–—-]\s*[A-Z]|\(?[a-z]{1,4}\)\s|[a-z]\.\s|\(?[ivx]+[.)]\s|\(\d{1,4}\)\s|\d+(?:\.\d+)*[.)]\s|\d{1,3}[a-z][.)]\s+[A-Z(]|\d+(?:\.\d+)*\s+[A-Z(]|[A-Z]{0,5}\s?\d{0,4}\/\d{1,4}(?:\/\d{1,4})?\s+[A-Z(]|[IVX]{1,5}\.\s)/;
const ENDS_SENTENCE = /[.:;?!"”’'|)\]]$/;
const MONTH_START = new RegExp(
  String.raw`^(?:${alternatives(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])})\b`,
  'i',
);
/** The prepositions a date follows ("from", "by", "until"): closed class. */
const DATE_PREPOSITION = /\b(?:from|on|by|until|till|before|after|to|of)$/i;
const DATE_START = new RegExp(
  String.raw`^\d{1,2}(?:st|nd|rd|th)?\s+(?:${alternatives(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])})\b`,
  'i',
);
// (a word joined by a hyphen ends a compound, "SWITCH-ON", "sign-off": no preposition left waiting for its object)
const CARRIES_ON = new RegExp(
  String.raw`(?<![-–])\b(${alternatives(['and', 'or', 'of', 'the', 'to', 'for', 'with', 'a', 'an', 'in', 'on', 'by', 'from', 'that', 'be', 'at', 'as', 'is', 'are', 'was', 'were'])})$`,
  'i',
);

/** The nouns that cite a numbered part of a document ("paragraph (ii)", "minute 4(b)"): closed, the parts a document has. */
const CITES_A_PART = new RegExp(
  String.raw`\b(?:${alternatives(['paragraph', 'paragraphs', 'clause', 'clauses', 'sub-paragraph', 'section', 'recommendation', 'recommendations', 'resolution', 'minute', 'appendix', 'part', 'item', 'rule', 'page'])})$`,
  'i',
);

export function layout(raw: string): string {
  const lines = dropRunningHeaders(
    reflow(
      alignedTables(
        dashedLogs(
          marginColumnRunIn(
            actionColumnRunIn(
              tabbedActionColumnRunIn(
                headingCells(
                  twoColumns(
                    raw
                      .replace(/\r\n?/g, '\n')
                      .replace(/\f/g, '\n\n')
                      .replace(/[\u00a0\u2007\u202f]/g, ' ')
                      .replace(/[\u200b\ufeff\u00ad]/g, '')
                      .replace(/\*\*|__/g, '')
                      .split('\n')
                      .map(readScanned),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    )
      .flatMap(unflattenClauses)
      .flatMap(unflattenPage)
      .flatMap(splitActionTag)
      .map(withoutLogNumber)
      // markdown: "> quoted" lines, "*italic*" lines
      .map((line) =>
        line
          .replace(/^\s*>\s?/, '')
          .replace(/^(\s*)\*(?=\S)(.*\S)\*\s*$/, '$1$2')
          // (but the tab after a number alone, "31<tab>", is a table's next cell: kept for numbersBeforeCells)
          .replace(/^(\s*\d{1,3}\t)\s*$|\s+$/, (_all, cell: string | undefined) => cell ?? ''),
      ),
  );
  const printed = BROWSER_PRINT.test(raw);
  const rows = cellRowNumbers(lines);
  const counted = new Set([...countedNumbers(lines), ...rows]);
  return unwrap(
    withoutPageLinks(
      (rows.size ? withTargetDates(lines, rows) : lines)
        .map((line, i) => (counted.has(i) ? `${line.trim()}.` : line))
        // (the record's own standing as a running head or foot — "DRAFT – subject to approval …" — is no business)
        .filter(
          (line) =>
            !PAGE_FURNITURE.some((re) => re.test(line)) && !(printed && isPageCounter(line)) && !isRecordStanding(line),
        ),
    ).map(tidy),
  )
    .flatMap((line) => {
      // (a paragraph that only gave notice of the call-in period goes whole)
      const kept = withoutCallInNotice(line);
      return kept.trim() || !line.trim() ? [kept] : [];
    })
    .join('\n');
}

/**
 * A number alone on its line is a page number — unless another within eight lines counts on from
 * it or up to it ("1" over "That the report be noted.", then "2"): then it numbers the paragraph
 * after it, as "1." would. Returns those lines.
 */
function countedNumbers(lines: string[]): Set<number> {
  // (and before a clause — a sentence or its start — not a title: a brochure's numbered boxes are not paragraphs)
  const clauseAfter = (i: number) => {
    const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    return /[.;:,]$/.test(next.trim()) || next.trim().length > 60 || /^[a-z]/.test(next.trim());
  };
  const alone = lines.flatMap((l, i) => (/^\s*\d{1,3}\s*$/.test(l) && clauseAfter(i) ? [{ i, n: Number(l) }] : []));
  const near = (a: { i: number; n: number }, b: { i: number; n: number }) =>
    Math.abs(a.i - b.i) <= 8 && Math.abs(a.n - b.n) === 1 && (a.i - b.i) * (a.n - b.n) > 0;
  return new Set([
    ...alone.filter((a) => alone.some((b) => b !== a && near(a, b))).map((a) => a.i),
    ...numbersOverTitles(lines),
    ...numbersBeforeCells(lines),
  ]);
}

/**
 * "31<tab>" on its line, the item's title on the next: a web page's table row copied from a browser, its number cell
 * and then the empty cell the title sat beside — a page number has no cell after it. Two or more such, each one more
 * than the last, are the minutes' numbers.
 */
function numbersBeforeCells(lines: string[]): number[] {
  const cells = lines.flatMap((l, i) => (/^\s*\d{1,3}\t+\s*$/.test(l) ? [{ i, n: Number(l.trim()) }] : []));
  return cells.filter((a, k) => cells[k - 1]?.n === a.n - 1 || cells[k + 1]?.n === a.n + 1).map((a) => a.i);
}

/**
 * "31" on one line, "APOLOGIES FOR ABSENCE" on the next, the minute's text under it: a minute's number printed in
 * the margin beside its title in capitals, pasted one under the other. Three or more such numbers, each over a
 * title in capitals and each one more than the last, whatever the text between them, are the minutes' numbers —
 * the title on the next line, the text on the line after. (Over a title in ordinary case a number alone is still
 * read as a page's, unless a table's header says otherwise: see `cellRows.ts`.)
 */
function numbersOverTitles(lines: string[]): number[] {
  // (the title on the very next line: a brochure's numbered boxes stand apart from their words)
  const overTitle = (i: number) => {
    const title = lines[i + 1]?.trim() ?? '';
    return titleLike(title) && /[A-Z]{2}/.test(title) && title === title.toUpperCase() && !!lines[i + 2]?.trim();
  };
  const alone = lines.flatMap((l, i) => (/^\s*\d{1,3}\s*$/.test(l) && overTitle(i) ? [{ i, n: Number(l) }] : []));
  const chain = alone.filter((a, k) => alone[k - 1]?.n === a.n - 1 || alone[k + 1]?.n === a.n + 1);
  return chain.length >= 3 ? chain.map((a) => a.i) : [];
}

/**
 * A web page that flattened a resolution onto one line keeps its parts apart only by runs of
 * spaces: "Content:   Resolved –   1.      That …. 2.      That …   To be actioned by: …". Where
 * two or more numbers rising by one each stand before such a run, the line is cut at every run
 * (and before a number that follows a sentence's end); a number cut off alone rejoins its clause.
 */
const OWNER_FIELD = new RegExp(String.raw`(?<=\S)\s{3,}(?=(?:${alternatives(OWNER_LABELS)})\s*:)`, 'i');
const FLATTENED_MARKER = /(?:\s{3,}|(?<=[.;:–—-])\s+|^)(\d{1,2})\.\s{3,}(?=\S)/g;
function unflattenClauses(line: string): string[] {
  const numbers = [...line.matchAll(FLATTENED_MARKER)].map((m) => Number(m[1]));
  const rising = numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  // (an owner's field after a run of spaces — "…   To be actioned by: X" — stands on a line of its own as well)
  if (!rising) return OWNER_FIELD.test(line) ? line.split(OWNER_FIELD) : [line];
  return line
    .replace(FLATTENED_MARKER, (whole, n: string) => `\n${n}. `)
    .split(/\n|\s{3,}/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A markdown checklist: "- [ ] Clerk to write …" is an action recorded as such; "- [x] …" was
 * done before the minutes were written, so there is nothing left to track: it is marked ticked
 * (tickedTasks.ts), for the review to show as noted.
 */
// (a shared document's checkbox is the same mark: "☐" open, "☑" / "☒" ticked — a closed few glyphs)
const OPEN_TASK = /^\s*(?:[-*]\s+\[\s\]|[☐❏])\s+/;
const DONE_TASK = /^\s*(?:[-*]\s+\[[xX]\]|[☑☒])\s+/;

/**
 * A shared document's task assigned by a mention: "@Jo Bloggs (RFO) book the hall" is Jo Bloggs's errand, written
 * as the minutes write one ("Jo Bloggs (RFO) to book the hall"). A mention is a name: capitalised words, perhaps a
 * bracketed role or name after them.
 */
const ASSIGNED = /^@(?<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:\s+\([^)]{1,40}\))?\s+(?=[a-z])/;
/** A task's date chip at its end, after a dash: "… - Dec 4, 2026", "… – by 20/03/2026" — when it is due. */
const DATE_CHIP =
  /\s+[-–]\s+(?:by\s+)?(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\.?\s*$/;
/** A line marked as an action: "Action: …", "ACTIONS – …", a bullet before it allowed. */
const ACTION_LINE = /^\s*(?:[-•*]\s+)?actions?\s*[:–—-]\s*\S/i;
/** A mention anywhere else is the name it marks ("clerk@…", an address, has a word before it). */
const MENTION = /(^|[\s(])@(?=[A-Z])/g;

function tidy(raw: string): string {
  const task = OPEN_TASK.test(raw)
    ? raw.replace(OPEN_TASK, '').replace(ASSIGNED, '$<who> to ').replace(DATE_CHIP, ' by $<date>')
    : null;
  // (a line marked as an action closes on the same chip: "Action: Jo Bloggs – the hall booking – 18/12/2026")
  const line = (ACTION_LINE.test(raw) ? raw.replace(DATE_CHIP, ' by $<date>') : raw).replace(MENTION, '$1');
  if (task !== null) return `Action: ${task.replace(MENTION, '$1')}`;
  if (DONE_TASK.test(raw))
    return `${TICKED}${raw.replace(DONE_TASK, '').replace(ASSIGNED, '$<who> to ').replace(MENTION, '$1')}`;
  const bullet = BULLET.test(line) && line.replace(BULLET, '').length > 0;
  // "(i)        to remove item 4": a clause's marker and its words, one space apart
  const body = line
    .replace(BULLET, '')
    .replace(/\t+/g, '   ')
    .trimStart()
    .replace(/^((?:\d{1,3}\.)*\d{1,3}[.)]|\(?[a-z]{1,5}[.)]|\([a-z0-9]{1,5}\))\s{2,}(?=\S)/i, '$1 ');
  return bullet ? `- ${body}` : body;
}

/** Lines repeated on three or more pages of a paginated document are running headers. */
function dropRunningHeaders(lines: string[]): string[] {
  const footers = lines.flatMap((l, i) => (/^\s*page\s+\d+(?:\s+of\s+\d+)?\s*$/i.test(l) ? [i] : []));
  const counts = new Map<string, number>();
  for (const l of lines) if (l.trim().length >= 8) counts.set(l.trim(), (counts.get(l.trim()) ?? 0) + 1);
  const keyword = /^(resolved|agreed|decision|minutes:|action)/i;
  // (however few the pages: the first line after a page's footer that the document prints elsewhere too is its header)
  const afterFooter = new Set(
    footers.flatMap((f) => {
      const k = lines.findIndex((l, i) => i > f && l.trim() !== '');
      return k >= 0 && k - f <= 3 && (counts.get(lines[k].trim()) ?? 0) >= 2 ? [k] : [];
    }),
  );
  return lines.filter(
    (l, i) =>
      keyword.test(l.trim()) || (!afterFooter.has(i) && (footers.length < 2 || (counts.get(l.trim()) ?? 0) < 3)),
  );
}

/**
 * "7. Highways" over "7a Speed watch": a minute's heading and, on the next line, the first of its lettered sub-minutes,
 * the minute's own number with a letter and a title. A line opening on a figure is otherwise the rest of a date or a
 * sum broken from the line before ("… on 18 March" / "2020 at 10am"); a number that repeats the one the line above
 * opens with (after its closing mark, or with a letter of its own: "7a …" over "7b …") cites no date — it numbers.
 */
function subMinuteUnder(prev: string, line: string): boolean {
  const sub = /^(\d{1,3})[a-z]\s+[A-Z]/.exec(line.trim());
  return !!sub && new RegExp(String.raw`^${sub[1]}(?:[.)]|[a-z]?\s)`).test(prev.trim());
}

/** Rejoins what the layout broke: a number alone on its line, and sentences cut mid-way. */
function unwrap(lines: string[]): string[] {
  const known = knownWords(lines.join('\n'));
  const out: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      blanks++;
      continue;
    }
    const last = out.length ? out[out.length - 1] : null;
    if (last !== null && joins(last, line, blanks)) {
      out[out.length - 1] = BROKEN_AT_HYPHEN.test(last)
        ? joinAtHyphen(last, line, known)
        : // (a dash after a space is a dash, a line's joint as notes write it — "… kit supplier -" over "to be discussed …" — no
          // hyphen of a broken word)
          `${last.replace(/(?<=\S)-$/, '')} ${line.trim()}`;
    } else {
      if (last !== null && blanks > 0) out.push('');
      out.push(line);
    }
    blanks = 0;
  }
  return out;
}

function joins(previous: string, line: string, blanks: number): boolean {
  const prev = previous.replace(/^- /, '');
  if (line.startsWith(TICKED)) return false; // a ticked task opens a line of its own
  if (MARKER_ONLY.test(prev.trim())) return !markerOnly(line.trim());
  // ("PL 42" joins the title under it; over a sentence it is a label of its own: "AP 4" / "Seek quotes for the stile.")
  if (SPACED_NUMBER_ONLY.test(prev.trim())) return !markerOnly(line.trim()) && !ENDS_SENTENCE.test(line.trim());
  if (markerOnly(line.trim())) return false; // "4.1" alone opens a paragraph of its own
  if (prev.includes('|') && line.includes('|')) return false; // rows of a flattened table
  // "… start from" / "1 July 2026; and …": a date after its preposition, not a paragraph numbered 1
  if (blanks === 0 && DATE_PREPOSITION.test(prev) && DATE_START.test(line)) return true;
  // "… an amendment to delete paragraph" / "(ii) and insert …": a part of a document cited by its number, not a clause
  if (blanks === 0 && CITES_A_PART.test(prev) && /^\(?[a-z0-9]{1,4}\)\s+[a-z]/.test(line)) return true;
  if (STARTS_WITH_MARKER.test(line) || ENDS_SENTENCE.test(prev)) return false;
  // "7.1 consider the comments; and" / "7.2 note the concern": the next number of a run of sub-items opens its own line,
  // though it starts in small letters and the line before waits on its "and" (decimalSibling)
  if (decimalSibling(prev, line)) return false;
  if (subMinuteUnder(prev, line)) return false;
  if (blanks === 0 && /\b\d{1,2}(?:st|nd|rd|th)?$/.test(prev) && MONTH_START.test(line)) return true; // "… on 10" / "February 2026"
  if (/^[a-z]/.test(line) && (blanks <= 2 || CARRIES_ON.test(prev))) return true; // a page break mid-sentence
  // "… on 18 March" / "2020 at 10am" (but a date alone is a table's due cell, unless the line before waits for it: "… by")
  if (/^\d/.test(line) && blanks === 0 && !/^\d{1,2}\/\d{1,2}\/\d{2,4}\.?$/.test(line.trim())) return true;
  return blanks === 0 && CARRIES_ON.test(prev) && !/^[A-Z][A-Z ]+$/.test(line);
}
