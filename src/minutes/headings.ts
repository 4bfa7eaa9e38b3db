// Step 2, headings: one grammar for the heading of a minute — a number in any style ("17.",
// "17)", "(17)", "17 ", "8.4", "25/08", "C146/1112", "A/4", "ICB/26/001", "IV.", "Minute 87"),
// a closing mark, then its title, which may run into the minute's text. The minutes' own
// headings are the longest rising run of one numbering style; a run of "1., 2." decisions
// under one minute, a capitalised sub-heading or an attendance list does not break a minute.
import type { Minute } from './types.js';
import { alternatives } from './lexicon.js';

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
/** The printed number and its closing mark. Groups: the number's parts, so that its style can be told. */
const NUMBER = new RegExp(
  String.raw`^(?<prefix>${PREFIX})?(?:` +
    String.raw`\((?<paren>\d{1,4})\)` + // (17)
    String.raw`|(?<slashed>(?:[A-Z]{1,5}\s?)?\d{0,4}[A-Z]?\/\d{1,4}(?:\/\d{1,4})?|[A-Z]{1,5}\/\d{1,4}(?:\/\d{1,4})?)` + // 25/08, C146/1112, A/4, ICB/26/001, M/140/2006
    String.raw`|(?<decimal>[A-Z]{0,3}\d{1,4}\.\d{1,3})` + // 8.4, C149.1
    String.raw`|(?<lettered>[A-Z]{1,3}\d{1,4}[a-z]?|[A-Z]{2,5}\.\d{1,4}[a-z]?)` + // C146, E121, JWC.15, PL.115
    String.raw`|(?<plain>\d{1,4}[a-z]?)` + // 17, 1a
    String.raw`|(?<roman>[IVXLC]{1,7}|[ivxlc]{1,7})(?=[.)])` + // IV.
    String.raw`)(?<close>\s*:\s*-(?=\s|$)|\s*[.):]|\s*[–—-](?=\s)|(?=\s)|(?<=\d)$)\s*(?<title>\S.*)?$`, // (a labelled "Item 3" may stand alone)
  'i',
);

/** Lines of a list of attendees or a table: not headings whatever their number. */
const NOT_TITLE_START =
  /^(?:that\b|to\s+[a-z]|the\s+(?:committee|panel|board|council|cabinet)\s+(?:noted|agreed|resolved|received|considered))/i;
const VERBISH = new RegExp(
  String.raw`\b(?:${alternatives(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'should', 'can', 'could', 'may', 'must', 'be', 'been', 'being'])})\b`,
);
const MONTH_START = new RegExp(
  String.raw`^(?:${alternatives(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])})\b`,
  'i',
);
const DOC_LINK = /\bpdf icon\b|\bPDF\s+\d+\s*KB\b/i;

/** Where a title that runs into the minute's text stops: "APOLOGIES – Received from …", "Matters Arising18.1 …". */
function splitTitle(rest: string): { title: string; body: string } {
  // an agenda pack's page reference after the title: "Minutes of the Previous Meeting   (Pages 5 - 10)"
  const text = rest
    .replace(/\s*pdf icon.*$/i, '')
    .replace(/\s+PDF\s+\d+\s*KB.*$/i, '')
    .replace(/\s*\(?\bpages?\s+\d+(?:\s*[-–]\s*\d+)?\)?\s*$/i, '')
    .trim();
  // "Matters Arising18.1 6.2 There has …", "Present:Councillors …"
  const glued = /^(?<title>[A-Z][^.:]{2,80}?[a-z)])(?<body>\d{1,3}\.\d{1,3}\s.*)$/.exec(text);
  if (glued?.groups) return { title: glued.groups.title, body: glued.groups.body };
  // "APOLOGIES FOR ABSENCE – Received …", "Police report: PC Ogilvie reported …"
  const marked = /^(?<title>[^.:;–—]{2,90}?)\s*(?:[–—]|(?<!\d):|\s-\s)\s*(?<body>\S.*)$/.exec(text);
  // (a part in capitals like the title's is the title's own: "PERFORMANCE REPORT - QUARTER 1 2025/26")
  const shouted = (t: string) => /[A-Z]{2}/.test(t) && t === t.toUpperCase();
  if (
    marked?.groups &&
    titleLike(marked.groups.title) &&
    marked.groups.body.split(/\s+/).length >= 2 &&
    !(shouted(marked.groups.title) && shouted(marked.groups.body))
  )
    return { title: marked.groups.title.trim(), body: marked.groups.body };
  return { title: text, body: '' };
}

/** A heading's title reads as a title: short, capitalised, with no finite verb of its own. */
export function titleLike(raw: string): boolean {
  const title = raw.trim();
  if (!/^[A-Z0-9"'‘“(&]/.test(title) || /\s{3,}/.test(title)) return false;
  if (title.split(/\s+/).length > 16 || /[,;]$/.test(title)) return false;
  if (
    new RegExp(
      String.raw`\b(?:${alternatives(['and', 'or', 'of', 'the', 'to', 'for', 'with', 'a', 'an', 'in', 'on', 'by', 'from', 'that'])})$`,
      'i',
    ).test(title)
  )
    return false;
  if (MONTH_START.test(title) || NOT_TITLE_START.test(title)) return false;
  if (title === title.toUpperCase()) return true;
  return !VERBISH.test(title) && !/\b[A-Z]{3,}ED\b/.test(title) && !/[.!?]\s+\S/.test(title);
}

/** A decisions list: "03/06/2025 - DRAFT WORKPLAN ref: 5881". */
const DECISION_LIST = /^\d{1,2}\/\d{1,2}\/\d{4}\s+-\s+(?<title>.+?)\s+ref:\s*(?<num>\d+)/i;

export function headingOf(line: string): Heading | null {
  const text = line.replace(/^#{1,6}\s+/, '').trim();
  // an issue page's "Meeting: 12/05/2022 - Climate and City Resilience Committee (Item 14)"
  const item =
    /^meeting\s*:\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*-\s*(?<title>.+?)\s*\(item\s+(?<num>[A-Z]{0,3}\d{1,4}[a-z]?)\)\s*$/i.exec(
      text,
    );
  if (item?.groups)
    return {
      number: item.groups.num,
      title: item.groups.title,
      body: '',
      style: 'meeting-item',
      rank: Number(/\d+/.exec(item.groups.num)?.[0]),
      titled: true,
    };
  const listed = DECISION_LIST.exec(text);
  if (listed?.groups)
    return {
      number: listed.groups.num,
      title: listed.groups.title,
      body: '',
      style: 'decision-list',
      rank: Number(listed.groups.num),
      titled: true,
    };
  // a date is not a minute's number ("08/03/2024 - Gloucestershire City Regions Board")
  if (/^\d{1,2}\/\d{1,2}\/\d{4}\b/.test(text)) return null;
  const m = NUMBER.exec(text);
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
  else if (g.slashed) {
    number = g.slashed.replace(/\s+/g, ' ');
    const parts = number.split('/');
    // "291/19" counts by its first part; "25/045", "ICB/26/001" and "A/4" by their last.
    const firstDigits = /\d+/.exec(parts[0])?.[0];
    const yearFirst =
      parts.length === 3 || !firstDigits || (parts[0].length <= 2 && /^\d{2}$/.test(parts[0]) && parts[1].length >= 3);
    rank = Number(/\d+/.exec(yearFirst ? parts[parts.length - 1] : parts[0])?.[0] ?? NaN);
    altRank = Number(/\d+/.exec(yearFirst ? parts[0] : parts[parts.length - 1])?.[0] ?? NaN);
    // "M/140/2006": a year printed last stays the same all meeting; the part before it is the count
    if (parts.length === 3 && /^(?:19|20)\d{2}$/.test(parts[2]) && /^\d+$/.test(parts[1]))
      [rank, altRank] = [Number(parts[1]), Number(parts[2])];
    // the shape of the number, its letters kept: "ICB n/n", "n/n", "Cn/n"
    style = `slash:${number.replace(/\d+/g, 'n')}`;
  } else if (g.decimal) {
    number = g.decimal;
    rank = Number(/\d+\.(\d+)/.exec(number)?.[1]);
    style = `decimal:${number.replace(/\.\d+$/, '')}`;
  } else if (g.lettered)
    [number, style, rank] = [
      g.lettered,
      `lettered:${/^[A-Z]+/i.exec(g.lettered)?.[0].toUpperCase()}`,
      Number(/\d+/.exec(g.lettered)?.[0]),
    ];
  else if (g.roman) {
    if (!ROMAN.test(g.roman) || g.roman !== g.roman.toUpperCase()) return null;
    [number, style, rank] = [g.roman, 'roman', romanValue(g.roman)];
  } else [number, style, rank] = [g.plain!, `plain${g.close?.trim() || ' '}`, Number(/\d+/.exec(g.plain!)?.[0])];
  // a label names the numbering ("Item 2 – …", "Item 3: …"): the closing mark may vary from one to the next
  if (g.prefix) style = `prefix:${style.replace(/^plain.*$/, 'plain')}`;
  const { title, body } = splitTitle(rawTitle);
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

/** A title without a number that a web page prints for each item ("Minutes of the previous meeting pdf icon PDF 84 KB"). */
function linkedTitle(line: string): boolean {
  return (
    DOC_LINK.test(line) &&
    !/^(?:appendix|annex|annexe|attachment|enclosure|supplementary|additional)\b/i.test(line.trim())
  );
}

/** The headings of a report a committee considered ("Purpose of report", "Background"): what follows proposes, not decides. */
const REPORT_SECTION = new RegExp(
  String.raw`^(?:purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|${alternatives(['recommendations', 'recommendation', 'background', 'introduction and background', 'introduction', 'proposals', 'proposal'])}|(?:financial|legal|staffing|equality|environmental|risk|resource)\s+implications|implications|options(?:\s+considered)?|reasons?\s+for\s+(?:the\s+)?recommendations?|executive\s+summary|background\s+papers|report\s+of\s+.+|policy\s+framework(?:\s+and\s+previous\s+decisions)?|officers?\s+to\s+contact|conclusions?)\.?$`,
  'i',
);

/** A paragraph of the minutes' own record: a motion, a decision keyword, or the meeting's people in the past tense. */
const RECORD_RESUMES =
  /^(?:(?:proposed|moved|seconded)\s+by\b|it\s+was\s+(?:proposed|moved|resolved|agreed)\b|(?:resolved|agreed|decided)\b\s*(?:[:–—-]|that\b)|(?:members|councillors|governors|the\s+(?:committee|panel|board|sub-committee|chair(?:man)?)|(?:cllr|councillor|alderman)\s+[A-Z][\w'’-]+)\s+(?:also\s+|then\s+)?[a-z]+ed\b)/i;

export function isReportSection(title: string): boolean {
  return REPORT_SECTION.test(title.trim());
}

export function splitMinutes(lines: string[]): Minute[] {
  const chosen = chooseHeadings(lines);
  const minutes: Minute[] = [{ number: null, title: '', lines: [] }];
  const open = (number: string | null, title: string, body?: string) =>
    minutes.push({ number, title, lines: body ? [body] : [] });
  lines.forEach((line, i) => {
    const heading = chosen.get(i);
    if (heading) return open(heading.number, heading.title, heading.body);
    const section = line.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
    if (isReportSection(section) && /^[A-Z]/.test(section) && !/recommendations?\s+to\b/i.test(section))
      return open(null, section);
    if (linkedTitle(line) && !chosen.size)
      return open(
        null,
        line
          .replace(/\s*pdf icon.*$/i, '')
          .replace(/\s+PDF\s+\d+\s*KB.*$/i, '')
          .trim(),
      );
    const current = minutes[minutes.length - 1];
    // … the record of the decision resumes ("Minutes:", "RESOLVED:") under its minute after a report's sections — as it
    // does at a motion ("Proposed by …", "AGREED – …") or a paragraph telling in the past what the meeting did ("Members welcomed …").
    if (
      isReportSection(current.title) &&
      (/^(?:minutes|resolved|agreed|decision)\s*:/i.test(line.trim()) ||
        (!lines[i - 1]?.trim() && RECORD_RESUMES.test(line.trim())))
    ) {
      const owner = [...minutes].reverse().find((m) => !isReportSection(m.title) && (m.number !== null || m.title));
      open(owner?.number ?? null, owner?.title ?? '');
    }
    minutes[minutes.length - 1].lines.push(line);
    // A flattened table ends each agenda item's row with a bar.
    if (/\|\s*$/.test(line) && !/^\s*\|/.test(line)) open(null, '');
  });
  return minutes.filter((m) => m.number !== null || m.title || m.lines.some((l) => l.trim()));
}

/**
 * The minutes' headings: of the numbered lines, those of the one style whose numbers rise
 * furthest through the document, title-like; then any line of that style that carries on the
 * count exactly ("3. Planning application … No objections. SD"), whatever its words.
 */
export function chooseHeadings(lines: string[]): Map<number, Heading> {
  const candidates: { index: number; heading: Heading }[] = [];
  lines.forEach((line, index) => {
    if (/^\s*-\s/.test(line) || /^\s{2,}\S/.test(line)) return; // a bullet or an indented list entry
    const heading = headingOf(line);
    if (heading && !continuesInlineList(lines, index, heading))
      candidates.push({ index, heading: titledAbove(heading, lines[index - 1], lines[index - 2]) });
  });
  const styles = [...new Set(candidates.map((c) => c.heading.style))].filter((s) => s !== 'meeting-item');
  let best: { index: number; heading: Heading }[] = [];
  for (const style of styles) {
    const titled = candidates.filter((c) => c.heading.style === style && c.heading.titled);
    // "291/19" rises by its first part, "25/045" and "ICB 26/01" by their last: whichever rises further
    const swapped = titled.map((c) => ({
      ...c,
      heading: { ...c.heading, rank: c.heading.altRank ?? c.heading.rank, altRank: c.heading.rank },
    }));
    const [first, second] = [longestRising(titled), longestRising(swapped)];
    const run = second.length > first.length ? second : first;
    if (second.length > first.length)
      for (const c of candidates)
        if (c.heading.style === style && c.heading.altRank !== undefined)
          [c.heading.rank, c.heading.altRank] = [c.heading.altRank, c.heading.rank];
    if (run.length > best.length || (run.length === best.length && run.length && run[0].index < best[0].index))
      best = run;
  }
  // A single numbered line is a heading only with the help of its title's form or a prefix ("Minute 87").
  if (best.length === 1 && !/^prefix:|^slash|^lettered|^\(n\)/.test(best[0].heading.style) && candidates.length > 3)
    best = [];
  const result = new Map(best.map((c) => [c.index, c.heading]));
  // An issue page's "Meeting: … (Item 14)" line is a heading whatever the run; the item's own "14 Title" line under it repeats it.
  for (const c of candidates.filter((c) => c.heading.style === 'meeting-item')) {
    result.set(c.index, c.heading);
    const repeat = candidates.find(
      (d) =>
        d.index > c.index &&
        d.index <= c.index + 4 &&
        d.heading.number === c.heading.number &&
        d.heading.style !== 'meeting-item',
    );
    if (repeat) result.delete(repeat.index);
  }
  if (!best.length) return result;
  const style = best[0].heading.style;
  // Headings that carry on the count though their words are a record: "3. Planning Application … No objections.SD",
  // "20/035 The members took the contractor around …". Each fills the gap next to a chosen one, rank by rank.
  const sameStyle = candidates.filter(
    (c) =>
      c.heading.style === style &&
      !result.has(c.index) &&
      !candidates.some(
        (m) =>
          m.heading.style === 'meeting-item' &&
          m.heading.number === c.heading.number &&
          c.index - m.index <= 4 &&
          c.index > m.index,
      ),
  );
  // A report printed after the minutes numbers its own paragraphs: the count does not carry on across its heading.
  const barriers = lines
    .map((l, k) => (isReportSection(l.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '')) ? k : -1))
    .filter((k) => k >= 0);
  const crosses = (a: number, b: number) => barriers.some((k) => k > Math.min(a, b) && k < Math.max(a, b));
  for (let changed = true; changed;) {
    changed = false;
    for (const c of sameStyle) {
      if (
        result.has(c.index) ||
        !/^[A-Z(]/.test(c.heading.title) ||
        NOT_TITLE_START.test(c.heading.title) ||
        /\s{3,}/.test(c.heading.title)
      )
        continue;
      const chosenSorted = [...result.entries()].sort((a, b) => a[0] - b[0]);
      const beforeAt = [...chosenSorted].reverse().find(([k]) => k < c.index);
      const afterAt = chosenSorted.find(([k]) => k > c.index);
      const [before, after] = [beforeAt?.[1], afterAt?.[1]];
      const fits = (!before || c.heading.rank > before.rank) && (!after || c.heading.rank < after.rank);
      const adjacent =
        (before && c.heading.rank === before.rank + 1 && !crosses(beforeAt![0], c.index)) ||
        (after && c.heading.rank === after.rank - 1 && !crosses(afterAt![0], c.index)) ||
        (!before && c.heading.rank === 1);
      if (fits && adjacent) {
        result.set(c.index, {
          ...c.heading,
          title: c.heading.title.split(/(?<=[.:])\s/)[0].replace(/[.:]$/, ''),
          body: c.heading.body || c.heading.title,
        });
        changed = true;
      }
    }
  }
  return result;
}

/**
 * "RESOLVED that 1) the report be noted;" over "2) Officers report back in six months.": a number
 * that follows one printed inside the line above, in the same shape, carries on that line's list
 * of clauses — it is not a minute's heading.
 */
function continuesInlineList(lines: string[], index: number, heading: Heading): boolean {
  const shape = /^\s*(\(?)\d{1,2}([.)])\s/.exec(lines[index]);
  if (!shape || !heading.number || !/^\d+$/.test(heading.number)) return false;
  const above = lines
    .slice(0, index)
    .reverse()
    .find((l) => l.trim());
  if (!above) return false;
  const previous = `${shape[1] ? '\\(' : ''}${Number(heading.number) - 1}\\${shape[2]}`;
  return new RegExp(String.raw`\S\s+${previous}\s+\S`).test(above.trim());
}

/** A keyword that heads a decision, not a minute: "RESOLVED", "Decision", "Actions". */
const DECISION_WORD = /^(?:resolved|resolutions?|agreed|decisions?|decided|recommended|recommendations?|actions?)\b/i;

/**
 * "Matters Arising" over "2. Matters arising from the minutes were as follows:": a short title on
 * the line above a numbered paragraph whose own words are a sentence is that paragraph's heading
 * (or a lead-in ending with a colon) — a layout of numbered paragraphs with their titles set above (and of a flattened page, whose
 * titles the layout sets on lines of their own). A decision keyword above a clause is no title.
 */
function titledAbove(heading: Heading, above: string | undefined, twoAbove: string | undefined): Heading {
  const title = above?.trim() ?? '';
  // (a number's words that end in a colon lead into what follows: a sentence, not a title)
  const sentence = !heading.titled || /:\s*$/.test(heading.title);
  if (!sentence || !title || NOT_TITLE_START.test(heading.title)) return heading;
  // a title stands between paragraphs, not inside a table's rows ("6.  J Edwards   Director of …" under a cell's last line)
  if (/\s{3,}|\t/.test(`${heading.title} ${heading.body}`) || (twoAbove?.trim() && !/[.!?:;]\s*$/.test(twoAbove)))
    return heading;
  if (!titleLike(title) || /:\s*$/.test(title) || DECISION_WORD.test(title) || headingOf(title)) return heading;
  if (title.split(/\s+/).length > 8) return heading;
  const body = [heading.title, heading.body].filter(Boolean).join(' ');
  return { ...heading, title, body, titled: true };
}

function longestRising<T extends { heading: Heading }>(c: T[]): T[] {
  const best = c.map(() => 1);
  const prev = c.map(() => -1);
  for (let i = 0; i < c.length; i++) {
    for (let j = 0; j < i; j++) {
      if (c[i].heading.rank > c[j].heading.rank && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  const out: T[] = [];
  let k = best.indexOf(Math.max(0, ...best));
  while (k >= 0) {
    out.unshift(c[k]);
    k = prev[k];
  }
  return out;
}
