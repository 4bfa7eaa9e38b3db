// Step 2: cut the text into minutes — "17. Acute and maternity reconfiguration.", "53."
// alone then its title, "25/08", "117 (18)", "C146/1112 Apologies", "291/19", markdown
// headings, moderngov "Title pdf icon PDF 80 KB" lines — so each resolution knows its minute.
import type { Minute } from './types.js';
import { isKeywordLine } from './resolutions.js';
import { tableNamesMinutes } from './actionTable.js';
import { AGREED_LIST } from './recommendations.js';

const NUMBERED = /^(?:(?:[Mm]inute|MINUTE|[Mm]in|MIN|[Ii]tem|ITEM|(?:[Aa]genda|AGENDA)\s+(?:[Ii]tem|ITEM))\.?\s*(?:[Nn]o\.?\s*)?)?(?:(?<num>\d{1,4}\s*\(\d{1,4}\)|[A-Z]{2,5}\s\d{1,4}\/\d{1,4}(?=\s)|[A-Z]{1,4}\/\d{1,4}(?=\s)|[A-Z]{1,4}\/\d{2,4}\/\d{1,4}|[A-Z]{0,3}\d{1,4}(?:\/\d{2,4})?[a-z]?)|\((?<paren>\d{1,3})\))\.?(?:\s*[:–—-])?\s+(?<title>\S.*)$/;
/** The printed number of a NUMBERED match: "87" for "Minute 87", "5" for "(5)". */
const numberOf = (groups: Record<string, string | undefined>): string => groups.num ?? groups.paren ?? '';
const MARKDOWN = /^#{1,6}\s+(?<title>.+)$/;
const DOC_LINK = /\bpdf icon\b|\bPDF\s+\d+\s*KB\s*$/i;
const DECISION_LIST = /^\d{1,2}\/\d{1,2}\/\d{4}\s+-\s+(?<title>.+?)\s+ref:\s*(?<num>\d+)/i;
const VERBS = /\b(is|are|was|were|has|have|had|will|would|should|can|could|may|must|be|been|being|includes?|provides?|confirmed|received|noted)\b/;
const CAPS_VERBS = /\b(NOTED|AGREED|RESOLVED|APPROVED|RECEIVED)\b/;
const SENTENCE_START = /^(that|to|it|there|this|these|we|our|as|in|a|an|the (committee|panel|board|cabinet|council|commission|chair\w*))\b/i;

/** The headings of a committee report's sections: what they propose is not yet decided. */
const REPORT_SECTION = /^(?:purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|recommendations?|recommendations?\s+to\s+[\w ]{3,40}|background|proposals?|(?:financial|legal|staffing|equality|environmental|risk|resource)\s+implications|implications|options(?:\s+considered)?|reasons?\s+for\s+(?:the\s+)?recommendations?|executive\s+summary|background\s+papers)\.?$/i;

export function isReportSection(title: string): boolean {
  return REPORT_SECTION.test(title.trim());
}

export function mainNumber(printed: string, yearFirst = false): number {
  // "25/045": a year, then the minute's number in that year.
  const slashed = yearFirst ? /\/(\d+)[a-z]?$/.exec(printed)?.[1] : undefined;
  return Number(slashed ?? /\d+/.exec(printed)?.[0] ?? NaN);
}

/** A heading's title reads as a title, not a sentence or a table row. */
export function titleLike(raw: string): boolean {
  const title = raw.replace(DOC_LINK, '').replace(/\s*pdf icon.*$/i, '').trim();
  if (!/^[A-Z0-9"'‘“(&]/.test(title) || /\s{3,}/.test(title)) return false;
  if (title.split(/\s+/).length > 16 || /[,;:]$/.test(title)) return false;
  if (/\b(and|or|of|the|to|for|with|a|an|in|on|by|from|that)$/i.test(title)) return false;
  if (/^(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(title)) return false;
  if (title === title.toUpperCase()) return !isKeywordLine(title);
  return !SENTENCE_START.test(title) && !VERBS.test(title) && !CAPS_VERBS.test(title);
}

export function segment(lines: string[]): Minute[] {
  const headings = chooseHeadings(lines);
  const minutes: Minute[] = [{ number: null, title: '', lines: [] }];
  const open = (number: string | null, title: string, body?: string) =>
    minutes.push({ number, title: title.replace(DOC_LINK, '').replace(/\s*pdf icon.*$/i, '').trim(), lines: body ? [body] : [] });
  lines.forEach((line, i) => {
    const heading = headings.get(i);
    if (heading) return open(heading.number, heading.title, heading.body);
    // A report's own sections ("2. Recommendations") hold proposals, not decisions.
    const section = line.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
    if (section !== line.trim() || /^[A-Z]/.test(section)) {
      // "Recommendations to Cabinet" that the members have just agreed are theirs, not a report's.
      const agreedHere = /^recommendations?\s+to\b/i.test(section) && minutes[minutes.length - 1].lines.some((l) => AGREED_LIST.test(l));
      if (isReportSection(section) && !agreedHere) return open(null, section);
    }
    // … until the record of the decision resumes ("Minutes:", "RESOLVED:") under its minute.
    const current = minutes[minutes.length - 1];
    if (isReportSection(current.title) && (isKeywordLine(line) || /^minutes:\s*$/i.test(line.trim()))) {
      const owner = [...minutes].reverse().find((m) => !isReportSection(m.title) && (m.number !== null || m.title));
      open(owner?.number ?? null, owner?.title ?? '');
    }
    // An action table whose rows name their minutes belongs to none of them.
    if (tableNamesMinutes(line.trim())) open(null, 'Action table');
    minutes[minutes.length - 1].lines.push(line);
    // A flattened table ends each agenda item's row with a bar.
    // A markdown table ("| Action | Lead |") opens and closes its rows with bars, and stays whole.
    if (/\|\s*$/.test(line) && !/^\s*\|/.test(line)) open(null, '');
  });
  return minutes.filter((m) => m.number !== null || m.title || m.lines.some((l) => l.trim()));
}

/**
 * Minute numbers rise through the document; a list of attendees or a report's paragraphs
 * may also be numbered. The longest rising run of title-like headings is the minutes'.
 */
function chooseHeadings(lines: string[]): Map<number, Heading> {
  const found: { index: number; heading: Heading }[] = [];
  const fixed = new Map<number, Heading>();
  lines.forEach((line, index) => {
    const heading = strictHeading(line);
    if (heading?.number) found.push({ index, heading });
    else if (heading) fixed.set(index, heading);
  });
  // "291/19" counts by its first part, "25/045" (year first) by its second: whichever rises further.
  const numberFirst = found.map((c) => ({ ...c, n: mainNumber(c.heading.number!) }));
  const byYear = found.map((c) => ({ ...c, n: mainNumber(c.heading.number!, true) }));
  const [first, second] = [longestRising(numberFirst), longestRising(byYear)];
  const yearFirst = second.size > first.size;
  const candidates = yearFirst ? byYear : numberFirst;
  const chosen = yearFirst ? second : first;
  const result = new Map<number, Heading>(candidates.filter((_, k) => chosen.has(k)).map((c) => [c.index, c.heading]));
  for (const [i, h] of fixed) result.set(i, h);
  // Community-council style: "3. Planning application … No objections. SD" — the item and
  // its record on one line, numbered in turn after the minute before.
  let last = NaN;
  let decision = false;
  lines.forEach((line, index) => {
    const chosenHere = result.get(index);
    if (chosenHere) {
      if (chosenHere.number) last = mainNumber(chosenHere.number, yearFirst);
      decision = false;
      return;
    }
    if (isKeywordLine(line)) decision = true;
    const numbered = NUMBERED.exec(line);
    if (!numbered?.groups || decision) return;
    const n = mainNumber(numberOf(numbered.groups), yearFirst);
    const title = numbered.groups.title;
    const inTurn = Number.isNaN(last) ? n === 1 : n === last + 1;
    if (inTurn && /^[A-Z]/.test(title) && !/^That\b/.test(title) && !/\s{3,}/.test(title) && !isReportSection(title)) {
      result.set(index, { number: numberOf(numbered.groups), title, body: title });
      last = n;
    }
  });
  return result;
}

function longestRising(c: { n: number; heading: Heading }[]): Set<number> {
  const best: number[] = c.map(() => 1);
  const prev: number[] = c.map(() => -1);
  for (let i = 0; i < c.length; i++) {
    for (let j = 0; j < i; j++) {
      const rises = c[i].n > c[j].n || (c[i].n === c[j].n && /[a-z]$/.test(c[i].heading.number ?? ''));
      if (rises && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  const chosen = new Set<number>();
  let k = best.indexOf(Math.max(0, ...best));
  while (k >= 0) {
    chosen.add(k);
    k = prev[k];
  }
  return chosen;
}

interface Heading {
  number: string | null;
  title: string;
  /** Set when the heading line also holds the minute's record. */
  body?: string;
}

function strictHeading(line: string): Heading | null {
  const listed = DECISION_LIST.exec(line);
  if (listed?.groups) return { number: listed.groups.num, title: listed.groups.title };
  const md = MARKDOWN.exec(line);
  if (md?.groups) {
    const inner = NUMBERED.exec(md.groups.title);
    return inner?.groups ? { number: numberOf(inner.groups), title: inner.groups.title } : { number: null, title: md.groups.title };
  }
  const numbered = NUMBERED.exec(line);
  if (numbered?.groups) {
    const title = numbered.groups.title;
    // A long "title" holds the minute's record too ("3. Planning application … No objections. SD").
    const record = title.split(/\s+/).length >= 8 || /[.)]\s+\S/.test(title) ? title : undefined;
    if (isReportSection(title)) return null; // a report's section, set apart below
    return titleLike(title) || DOC_LINK.test(title) ? { number: numberOf(numbered.groups), title, body: record } : null;
  }
  // A linked paper opens an item, unless it is an appendix listed under the item's own papers.
  if (DOC_LINK.test(line) && !/^(?:appendix|annex|annexe|attachment|enclosure|supplementary|additional)\b/i.test(line.trim())) return { number: null, title: line };
  const letters = line.replace(/[^A-Za-z]/g, '');
  const lower = line.replace(/[^a-z]/g, '').length;
  if (/^[A-Z]/.test(line) && letters.length >= 12 && lower <= letters.length * 0.1 && line.trim().split(/\s+/).length >= 3 && !isKeywordLine(line)) {
    return { number: null, title: line };
  }
  return null;
}
