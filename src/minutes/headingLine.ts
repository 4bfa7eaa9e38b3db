// One line read as a minute's heading: its number in any shape and closing mark ("17.", "(17)", "8.4", "25/08",
// "C146/1112", "ICB/26/001", "IV.", "Minute 87", an issue page's "(Item 14)"), the numbering style and the count.
import { splitTitle, titleLike, DOC_LINK } from './headingTitle.js';
import { HONORIFIC_WORDS, MONTH_PATTERN, OFFICE_NOUNS } from './lexiconNouns.js';

export interface Heading {
  /** The number as printed, without its closing mark: "17", "25/08", "C146/1112", "IV". */
  number: string | null;
  title: string;
  /** The minute's own text when it runs on from the title on the heading's line. */
  body: string;
  /** The numbering style, so that only headings of one style make a run. */
  style: string;
  /** The number that rises from one minute to the next. */
  rank: number;
  /** For "ICB 26/01" or "291/19", the other part's number: which one rises is read from the document. */
  altRank?: number;
  /** Whether the title reads as a title rather than a sentence. */
  titled: boolean;
}

const ROMAN = /^(?=[ivxlc]{1,7}$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
export function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  const chars = s.toLowerCase().split('');
  return chars.reduce((sum, ch, k) => (v[ch] < (v[chars[k + 1]] ?? 0) ? sum - v[ch] : sum + v[ch]), 0);
}

const PREFIX = String.raw`(?:(?:minute|min|item|agenda\s+item)\.?\s*(?:no\.?\s*)?)`;
/**
 * A committee's letters before its minute numbers: an abbreviation of its name, which may join two words' letters
 * with "&" as the name does ("F&GP 12/26" for a finance and general purposes committee, "P&R.40", "A&S.7").
 */
const LETTERS = String.raw`[A-Z](?:&?[A-Z]){0,4}`;
/**
 * A council year as printed before a minute's count ("26/27" in "26/27.112"): two years, the second the first's next
 * (99/00 too). The pattern takes any two pairs and `runsOn` checks them in code; another pair before a point ("25/08.3")
 * is read again without this shape (`NUMBER_BUT_YEAR_POINT`), so that it is left to the shapes below.
 */
const YEAR_POINT = String.raw`|(?<yearPoint>(?:20)?\d{2}\/\d{2}\.\d{1,4}[a-z]?)`;
function runsOn(yearPoint: string): boolean {
  const [, first, second] = /(\d{2})\/(\d{2})\./.exec(yearPoint)!;
  return (Number(first) + 1) % 100 === Number(second);
}
/** The printed number and its closing mark. Groups: the number's parts, so that its style can be told. */
const NUMBER = new RegExp(
  String.raw`^(?<prefix>${PREFIX})?(?:` +
    String.raw`\((?<paren>\d{1,4})\)` + // (17)
    YEAR_POINT + // 26/27.112: a council year, a point, the count
    String.raw`|(?<slashed>(?:${LETTERS}[.\s]?)?\d{0,4}[A-Z]?\/\d{1,4}(?:\/\d{1,4}|-\d{2}(?!\d))?|[A-Z]{1,5}\/\d{1,4}(?:\/\d{1,4})?)` + // 25/08, C146/1112, A/4, ICB/26/001, M/140/2006, 14/26-27, A.26/41, A.41/26 (a letter and a point)
    String.raw`|(?<decimal>[A-Z]{0,3}\d{1,4}\.\d{1,3})` + // 8.4, C149.1
    String.raw`|(?<spaced>[A-Z](?:&?[A-Z]){1,4}\s\d{1,4}[a-z]?)` + // PL 42, CAB 7, F&GP 41: the committee's letters, a space, the count
    String.raw`|(?<lettered>[A-Z]{1,3}\d{1,4}[a-z]?|${LETTERS}\.\d{1,4}[a-z]?)` + // C146, E121, JWC.15, PL.115
    String.raw`|(?<plain>\d{1,4}[a-z]?)` + // 17, 1a
    String.raw`|(?<roman>[IVXLC]{1,7}|[ivxlc]{1,7})(?=[.)])` + // IV.
    String.raw`|(?<letter>[A-Z])(?=[.)])` + // F. (a minute lettered in capitals)
    String.raw`)(?<close>\s*:\s*-(?=\s|$)|\s*[.):]|\s*[–—-](?=\s)|(?=\s)|(?<=\d)$)\s*(?<title>\S.*)?$`, // (a labelled "Item 3" may stand alone)
  'i',
);
/** The same without the council year: for a pair before the point that does not run on. */
const NUMBER_BUT_YEAR_POINT = new RegExp(NUMBER.source.replace(YEAR_POINT, ''), 'i');

/**
 * A one-line minute that is an errand: a person or an officer, "to" and a verb, closed by a full stop ("Cllr Vane to
 * inspect …", "The Clerk to write …", "RB to order …"). A title does not close with a full stop, nor name a person and
 * a task ("Visit to the depot", "Response to consultation" name no one).
 */
const ONE_LINE_ERRAND = new RegExp(
  String.raw`^(?:(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+|(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:${OFFICE_NOUNS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})|[A-Z]{2,3})\s+to\s+[a-z]{3,}\b[^.;:]*\.$`,
);
// (in case as printed: initials are capitals and a name opens with one, so "Not to renew …" is no errand of "Not")

/** A decisions list: "03/06/2025 - DRAFT WORKPLAN ref: 5881". */
const DECISION_LIST = /^\d{1,2}\/\d{1,2}\/\d{4}\s+-\s+(?<title>.+?)\s+ref:\s*(?<num>\d+)/i;

/** A heading a web page lists with its number and title on one line, and nothing of the minute's text. */
function listedHeading(number: string, title: string, style: 'meeting-item' | 'decision-list'): Heading {
  return { number, title, body: '', style, rank: Number(/\d+/.exec(number)?.[0]), titled: true };
}

/**
 * A label printed in two languages, the number repeated either side of the slash ("Eitem 4 / Item 4:"): the second,
 * the label the grammar knows, is read. The number must be the same twice ("4 / Item 5" is a range or a reference).
 */
const BILINGUAL_LABEL = new RegExp(String.raw`^\p{L}+\s+(?<n>\d{1,4})\s*\/\s*(?=${PREFIX}\k<n>\b)`, 'iu');

const DAY_MONTH_YEAR = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}\.?,?\s+(?:19|20)\d{2}\b`, 'i');

export function headingOf(line: string): Heading | null {
  const text = line
    .replace(/^#{1,6}\s+/, '')
    .trim()
    .replace(BILINGUAL_LABEL, '');
  // an issue page's "Meeting: 12/05/2022 - Climate and City Resilience Committee (Item 14)"
  const item =
    /^meeting\s*:\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*-\s*(?<title>.+?)\s*\(item\s+(?<num>[A-Z]{0,3}\d{1,4}[a-z]?)\)\s*$/i.exec(
      text,
    );
  if (item?.groups) return listedHeading(item.groups.num, item.groups.title, 'meeting-item');
  const listed = DECISION_LIST.exec(text);
  if (listed?.groups) return listedHeading(listed.groups.num, listed.groups.title, 'decision-list');
  // a date is not a minute's number ("08/03/2024 - Gloucestershire City Regions Board")
  if (/^\d{1,2}\/\d{1,2}\/\d{4}\b/.test(text)) return null;
  // nor a day before its month and year ("26 January 2027 at 6pm" under "Date of next meeting", "3rd March 2027 –
  // budget workshop" in a list of dates): the year makes it a date, whatever follows
  if (DAY_MONTH_YEAR.test(text)) return null;
  let m = NUMBER.exec(text);
  if (m?.groups?.yearPoint && !runsOn(m.groups.yearPoint)) m = NUMBER_BUT_YEAR_POINT.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const rawTitle = (g.title ?? '').trim();
  // "3. That the report be noted" is a clause; "1.  Councillor S Harvey   Portfolio Holder" a table row.
  if (!rawTitle && !g.prefix) return null;
  let number: string;
  let style: string;
  let rank: number;
  let altRank: number | undefined;
  if (g.paren) [number, style, rank] = [g.paren, '(n)', Number(g.paren)];
  else if (g.yearPoint) {
    // "26/27.112": the council year (April to March) stays the same all meeting and the number after the point rises
    const [, first, count] = /^(?:20)?(\d{2})\/\d{2}\.(\d+)/.exec(g.yearPoint)!;
    [number, style, rank] = [g.yearPoint, 'year-point', Number(count)];
    altRank = Number(first);
  } else if (g.slashed) {
    number = g.slashed.replace(/\s+/g, ' ');
    const parts = number.split('/');
    // "291/19" counts by its first part; "25/045", "ICB/26/001" and "A/4" by their last.
    const firstDigits = /\d+/.exec(parts[0])?.[0];
    // "14/26-27": a council year printed last ("26-27", April to March) stays the same all meeting
    const yearRange = /^\d{2}-\d{2}$/.test(parts[parts.length - 1]);
    const yearFirst =
      !yearRange &&
      (parts.length === 3 ||
        !firstDigits ||
        (parts[0].length <= 2 && /^\d{2}$/.test(parts[0]) && parts[1].length >= 3));
    rank = Number(/\d+/.exec(yearFirst ? parts[parts.length - 1] : parts[0])?.[0] ?? NaN);
    altRank = Number(/\d+/.exec(yearFirst ? parts[0] : parts[parts.length - 1])?.[0] ?? NaN);
    // "H/12/27": a committee's letter, the count and the year — the letters carry no number, so the other candidate
    // is the middle part; whether it or the last part rises is read from the document ("ICB/26/041" rises last)
    if (parts.length === 3 && !firstDigits && /^\d+$/.test(parts[1])) altRank = Number(parts[1]);
    // "M/140/2006": a year printed last stays the same all meeting; the part before it is the count
    if (parts.length === 3 && /^(?:19|20)\d{2}$/.test(parts[2]) && /^\d+$/.test(parts[1]))
      [rank, altRank] = [Number(parts[1]), Number(parts[2])];
    // the shape of the number, its letters kept: "ICB n/n", "n/n", "Cn/n"
    style = `slash:${number.replace(/\d+/g, 'n')}`;
  } else if (g.decimal) {
    number = g.decimal;
    rank = Number(/\d+\.(\d+)/.exec(number)?.[1]);
    style = `decimal:${number.replace(/\.\d+$/, '')}`;
  } else if (g.spaced) {
    // (the letters in capitals, as a committee's are printed: "On 12 May …" is a sentence, "NHS 111 …" a service — a
    // style of its own, so that a lone line of capitals and a number never makes a heading by itself)
    const letters = /^[A-Z&]+/i.exec(g.spaced)![0];
    if (letters !== letters.toUpperCase()) return null;
    [number, style, rank] = [g.spaced.replace(/\s+/, ' '), `spaced:${letters}`, Number(/\d+/.exec(g.spaced)?.[0])];
  } else if (g.lettered)
    [number, style, rank] = [
      g.lettered,
      `lettered:${/^[A-Z&]+/i.exec(g.lettered)?.[0].toUpperCase()}`,
      Number(/\d+/.exec(g.lettered)?.[0]),
    ];
  else if (g.roman && /^[ivx]+$/.test(g.roman) && /^[.)]$/.test(g.close?.trim() ?? '')) {
    // Minutes numbered in small roman numerals ("i.   Welcome", "iv) Agreeing the approach", as some boards' and
    // partnerships' notes number their items): a style of its own, and only with a title — "ii. That the report be
    // noted" and "iii) NOTED the survey" are clauses of a minute, read by clauses.ts
    if (!ROMAN.test(g.roman) || !titleLike(splitTitle(rawTitle).title)) return null;
    [number, style, rank] = [g.roman, 'roman-small', romanValue(g.roman)];
  } else if (g.roman && g.roman.length > 1) {
    if (!ROMAN.test(g.roman) || g.roman !== g.roman.toUpperCase()) return null;
    [number, style, rank] = [g.roman, 'roman', romanValue(g.roman)];
  } else if (g.roman || g.letter) {
    // One capital: a roman numeral ("I.", "V.") or a minute lettered in capitals ("A. Apologies" … "H. Dog fouling",
    // as some town councils and park authorities letter their business). Both are one style, counted as numerals
    // with the letter's place in the alphabet as the other count: which one rises is read from the document, so "I."
    // opens a roman run and is the ninth minute of a lettered one.
    const one = (g.roman ?? g.letter)!;
    if (one !== one.toUpperCase()) return null;
    [number, style, rank] = [one, 'roman', ROMAN.test(one) ? romanValue(one) : NaN];
    altRank = one.charCodeAt(0) - 64;
  } else [number, style, rank] = [g.plain!, `plain${g.close?.trim() || ' '}`, Number(/\d+/.exec(g.plain!)?.[0])];
  // a label names the numbering ("Item 2 – …", "Item 3: …"): the closing mark may vary from one to the next
  if (g.prefix) style = `prefix:${style.replace(/^plain.*$/, 'plain')}`;
  const { title, body } = splitTitle(rawTitle);
  // "P/98  Cllr Vane to inspect the stile and report back.": a minute of one line, its errand where a title would be —
  // the line is the minute's record as well as its heading, so that its errand is read
  if (!body && ONE_LINE_ERRAND.test(title)) return { number, title, body: title, style, rank, altRank, titled: true };
  const titled = titleLike(title) || DOC_LINK.test(rawTitle);
  // "Minute 4 The letter was approved. MP will send it.": the prefix makes a heading of it, but words that
  // do not read as a title are the minute's own record, as under a plain number that carries the count on
  const record = !!g.prefix && !!title && !titled;
  return {
    number,
    title: record ? title.split(/(?<=[.:])\s/)[0].replace(/[.:]$/, '') : title,
    body: record ? body || title : body,
    style,
    rank,
    altRank,
    titled: titled || !!g.prefix,
  };
}
