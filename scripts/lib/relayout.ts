// The same minutes laid out the way real copies of minutes differ (issue 11's metamorphic
// measure): each transformation is a pure, deterministic function of the text that keeps its
// meaning and does only what copying from a web page or a PDF, or another clerk's house style,
// really does. `npm run eval:relayout` scores every labelled file under each against its own labels.

export interface Relayout {
  name: string;
  /** The copy of minutes that looks like this. */
  copies: string;
  /** `minutes`: the numbers of the minutes' own headings, as the labels cite them (only "Minute 17" needs them). */
  apply(text: string, minutes?: readonly string[]): string;
  /**
   * What of the labels the transformation cannot keep true: `clause-refs` — a clause's printed
   * letter or number is gone (bullets), so a label citing one is matched by its words and its
   * reference is not scored.
   */
  loses?: 'clause-refs';
}

const lines = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');

// ---- line endings and spaces ----

export const windowsLineEndings = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** A web page's &nbsp;: after a number or marker, between capitalised words (names, titles), and on "empty" lines. */
export const nonBreakingSpaces = (text: string) =>
  lines(text)
    .map((line) =>
      line.trim() === ''
        ? '\u00a0'
        : line
            .replace(/^(\s*\(?[0-9a-z]{1,4}[.)]) /i, '$1\u00a0')
            .replace(/(?<=\b[A-Z][a-z]+) (?=[A-Z][a-z])/g, '\u00a0'),
    )
    .join('\n');

/** Tabs and runs of spaces between a number or marker and its text, as a PDF's hanging indent copies. */
export const tabsAfterMarkers = (text: string) =>
  lines(text)
    .map((line) =>
      line
        .replace(/^(\s*(?:\d{1,3}(?:\.\d{1,2})*[.)]?|\(\d{1,3}\)))[ \t]+(?=\S)/, '$1\t')
        .replace(/^(\s*\(?[a-z]{1,4}\))[ \t]+(?=\S)/i, '$1   '),
    )
    .join('\n');

// ---- quotes and dashes ----

export const curlyPunctuation = (text: string) =>
  text
    .replace(/(^|[\s(])"/gm, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s(])'/gm, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/ - /g, ' \u2013 ')
    .replace(/ -$/gm, ' \u2013');

export const straightPunctuation = (text: string) =>
  text
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u2013\u2014]/g, '-');

// ---- wrapping ----

/** Lines longer than `width` broken at spaces, as text copied out of a PDF of that column width. */
export function hardWrap(text: string, width: number): string {
  return lines(text)
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      return [...out, rest];
    })
    .join('\n');
}

/** A line that a web page would show as a block of its own: a numbered or lettered item, a bullet, a decision keyword. */
const OPENS_BLOCK =
  /^\s*(?:\(?[0-9a-z]{1,4}[.)]|\d{1,4}(?:[./]\d{1,4})*\s|[•·\-*–]\s|(?:resolved|agreed|decision|decided|action)\b)/i;
/** A heading: short, without a sentence's closing mark, or in capitals. */
const isHeading = (line: string) => (line.trim().length <= 60 && !/[.,;:]$/.test(line.trim())) || !/[a-z]/.test(line);

/**
 * Each paragraph on one line, as a web page shows minutes a PDF had wrapped: a line joins the one
 * before it where that one stops mid-sentence (on a word or a comma), unless a blank line, a
 * heading, a table's tab or a new numbered, lettered, bulleted or keyword block comes between them.
 */
export function joinedParagraphs(text: string): string {
  const out: string[] = [];
  for (const line of lines(text)) {
    const last = out.length ? out[out.length - 1] : '';
    const joins =
      line.trim() !== '' &&
      last.trim() !== '' &&
      !OPENS_BLOCK.test(line) &&
      !isHeading(last) &&
      /[a-z,]$/.test(last.trim()) &&
      /[a-z]/.test(line) &&
      !/\t/.test(last + line);
    if (joins) out[out.length - 1] = `${last.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}

export const blankLinesAdded = (text: string) =>
  lines(text)
    .filter((l) => l.trim() !== '')
    .join('\n\n');

export const blankLinesRemoved = (text: string) =>
  lines(text)
    .filter((l) => l.trim() !== '')
    .join('\n');

/** A printed PDF's page breaks: every `every` lines a footer "Page n of m" and the document's first line as a running header. */
export function pageBreaks(text: string, every = 25): string {
  const all = lines(text);
  const header = (all.find((l) => l.trim().length >= 8) ?? 'Minutes').trim().slice(0, 70);
  const pages = Math.ceil(all.length / every);
  const out: string[] = [];
  all.forEach((line, i) => {
    if (i > 0 && i % every === 0) out.push(`Page ${i / every} of ${pages}`, '', header);
    out.push(line);
  });
  return out.join('\n');
}

// ---- numbering of minutes and clauses ----

/** A number opening a line, "17." (alone, or before its text): the mark a house style varies. */
const LINE_NUMBER = /^(\s*)(\d{1,3})\.(?=\s|$)/;

export const numberStyle = (style: (n: string) => string) => (text: string) =>
  lines(text)
    .map((line) => line.replace(LINE_NUMBER, (_, indent: string, n: string) => `${indent}${style(n)}`))
    .join('\n');

/**
 * "17." heading a minute → "Minute 17". Which numbered lines head minutes (and which number a
 * report's paragraphs, clauses or those present) only the labels know: the headings are the run of
 * numbered lines with a title rising by one that holds most of the numbers the labels cite.
 */
export function minuteWord(text: string, minutes: readonly string[] = []): string {
  const all = lines(text);
  const cited = new Set(minutes.map(Number));
  // (a heading's title, on its line or the next: capitalised, short, no "That …" or "To …" of a clause)
  const title = (i: number) => {
    if (/\S(?:\t|\s{3,})\S/.test(all[i])) return false; // a table's row: a list of those present
    const own = all[i].replace(/^\s*\d{1,3}\.\s*/, '').trim();
    const text = own || (all.slice(i + 1).find((l) => l.trim()) ?? '').trim();
    return /^[A-Z]/.test(text) && !/^(?:That|To)\b/.test(text) && text.split(/\s+/).length <= 12;
  };
  const numbered = all.flatMap((line, i) => {
    const m = /^\s*(\d{1,3})\.(?=\s|$)/.exec(line);
    return m && title(i) ? [{ i, n: Number(m[1]) }] : [];
  });
  let best: number[] = [];
  let bestCited = 0;
  numbered.forEach((start, k) => {
    const run = [start];
    for (const c of numbered.slice(k + 1)) if (c.n === run[run.length - 1].n + 1) run.push(c);
    const hits = run.filter((c) => cited.has(c.n)).length;
    if (hits > bestCited) [best, bestCited] = [run.map((c) => c.i), hits];
  });
  const headings = new Set(best);
  return all.map((line, i) => (headings.has(i) ? line.replace(/^(\s*)(\d{1,3})\./, '$1Minute $2') : line)).join('\n');
}

/** A clause's letter or roman numeral opening a line: "(a)", "a)", "(iv)". */
const LINE_CLAUSE = /^(\s*)\(?([a-z]{1,4})\)(?=\s)/;

export const clauseStyle = (style: (letter: string) => string) => (text: string) =>
  lines(text)
    .map((line) => line.replace(LINE_CLAUSE, (_, indent: string, letter: string) => `${indent}${style(letter)}`))
    .join('\n');

// ---- decision keywords ----

/**
 * A keyword's case as another clerk writes it: a heading's "RESOLVED" ↔ "Resolved", and the verb
 * in capitals inside a sentence ("The Committee AGREED that") in lower case.
 */
export const keywordCase = (text: string) =>
  lines(text)
    .map((line) =>
      line
        .replace(/(?<=^\s*)(?:resolved|agreed|decision|decided)\b/i, (w) =>
          w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w.toUpperCase(),
        )
        .replace(/(?<=\S\s+)\b(?:RESOLVED|AGREED|DECIDED)\b/g, (w) => w.toLowerCase()),
    )
    .join('\n');

/** A keyword line's closing mark swapped: "RESOLVED:" ↔ "RESOLVED –". */
export const keywordMark = (text: string) =>
  lines(text)
    .map((line) =>
      line.replace(/^(\s*(?:resolved|agreed|decision|decided)\b)\s*(:-?|[–—-])/i, (_, word: string, mark: string) =>
        mark.startsWith(':') ? `${word} \u2013` : `${word}:`,
      ),
    )
    .join('\n');

/** The keyword lost, as web pages and PDF copies lose it: a line holding only it goes, and "RESOLVED – That …" becomes "That …". */
export const keywordDropped = (text: string) =>
  lines(text)
    .filter((line) => !/^\s*(?:resolved|agreed|decision|decided)\s*(?::-?|[–—-])?\s*$/i.test(line))
    .map((line) =>
      line.replace(
        /^(\s*)(?:resolved|agreed|decision|decided)\s*(?::-?|[–—-])?\s*(?=that\b)(t)/i,
        (_, i: string, t: string) => `${i}${t.toUpperCase()}`,
      ),
    )
    .join('\n');

export const RELAYOUTS: Relayout[] = [
  { name: 'windows-line-endings', copies: 'a file saved on Windows', apply: windowsLineEndings },
  {
    name: 'non-breaking-spaces',
    copies: "a web page's &nbsp; after numbers, in names, on empty lines",
    apply: nonBreakingSpaces,
  },
  {
    name: 'tabs-after-markers',
    copies: "a PDF's hanging indent: a tab or spaces after each number and letter",
    apply: tabsAfterMarkers,
  },
  { name: 'curly-punctuation', copies: 'a word processor: curly quotes, en dashes', apply: curlyPunctuation },
  { name: 'straight-punctuation', copies: 'plain text: straight quotes, hyphens', apply: straightPunctuation },
  { name: 'wrapped-72', copies: 'a PDF copied out at 72 columns', apply: (t) => hardWrap(t, 72) },
  { name: 'wrapped-45', copies: "a PDF's narrow column copied out at 45 columns", apply: (t) => hardWrap(t, 45) },
  {
    name: 'joined-paragraphs',
    copies: "a web page's copy of a wrapped PDF: each paragraph on one line",
    apply: joinedParagraphs,
  },
  { name: 'blank-lines-added', copies: 'a blank line between every two lines', apply: blankLinesAdded },
  { name: 'blank-lines-removed', copies: 'no blank lines at all', apply: blankLinesRemoved },
  {
    name: 'page-breaks',
    copies: 'a printed PDF: "Page n of m" and a running header every 25 lines',
    apply: (t) => pageBreaks(t),
  },
  { name: 'numbers-paren', copies: '"17)" for "17."', apply: numberStyle((n) => `${n})`) },
  { name: 'numbers-bracketed', copies: '"(17)" for "17."', apply: numberStyle((n) => `(${n})`) },
  { name: 'numbers-bare', copies: '"17 Title" for "17. Title", no mark', apply: numberStyle((n) => n) },
  { name: 'minute-word', copies: '"Minute 17" for a heading\'s "17."', apply: minuteWord },
  { name: 'clauses-paren', copies: '"a)" for "(a)"', apply: clauseStyle((l) => `${l})`) },
  { name: 'clauses-dotted', copies: '"a." for "(a)"', apply: clauseStyle((l) => `${l}.`) },
  {
    name: 'clauses-bullets',
    copies: 'bullets for lettered clauses',
    apply: clauseStyle(() => '\u2022'),
    loses: 'clause-refs',
  },
  { name: 'keyword-case', copies: 'RESOLVED ↔ Resolved', apply: keywordCase },
  { name: 'keyword-mark', copies: '"RESOLVED:" ↔ "RESOLVED –"', apply: keywordMark },
  { name: 'keyword-dropped', copies: 'a web page that lost the RESOLVED heading', apply: keywordDropped },
];
