// Step 2, headings: one grammar for the heading of a minute — a number in any style ("17.",
// "17)", "(17)", "17 ", "8.4", "25/08", "C146/1112", "A/4", "ICB/26/001", "IV.", "Minute 87"),
// a closing mark, then its title, which may run into the minute's text. The minutes' own
// headings are the longest rising run of one numbering style; a run of "1., 2." decisions
// under one minute, a capitalised sub-heading or an attendance list does not break a minute.
import type { Minute } from './types.js';
import { isReportSection, namesReceivedReport, RECORD_RESUMES, tellsReportPresented } from './reportSections.js';
import { DOC_LINK, NOT_TITLE_START, titleLike } from './headingTitle.js';
import { headingOf, type Heading } from './headingLine.js';

/** A title without a number that a web page prints for each item ("Minutes of the previous meeting pdf icon PDF 84 KB"). */
function linkedTitle(line: string): boolean {
  return (
    DOC_LINK.test(line) &&
    !/^(?:appendix|annex|annexe|attachment|enclosure|supplementary|additional)\b/i.test(line.trim())
  );
}

export { isReportSection, headingOf, type Heading };

export function splitMinutes(lines: string[]): Minute[] {
  const chosen = chooseHeadings(lines);
  // (an agenda printed above the minutes names the business the minutes then record: its lines are no record)
  const agenda = listedAbove(lines, headingCandidates(lines));
  const minutes: Minute[] = [{ number: null, title: '', lines: [] }];
  const open = (number: string | null, title: string, body?: string) =>
    minutes.push({ number, title, lines: body ? [body] : [] });
  lines.forEach((line, i) => {
    const heading = chosen.get(i);
    if (heading) return open(heading.number, heading.title, heading.body);
    if (agenda.has(i)) return;
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
        (!lines[i - 1]?.trim() && RECORD_RESUMES.test(line.trim())) ||
        // (a numbered "Report of …" minute whose first paragraph tells who presented it is minuted, not the report printed)
        (namesReceivedReport(current) && !current.lines.some((l) => l.trim()) && tellsReportPresented(line)))
    ) {
      const owner = [...minutes]
        .reverse()
        .find((m) => namesReceivedReport(m) || (!isReportSection(m.title) && (m.number !== null || m.title)));
      // (under a numbered "Report of …" minute the record is that minute's: it keeps the number, not the report's title)
      open(owner?.number ?? null, owner && namesReceivedReport(owner) ? '' : (owner?.title ?? ''));
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
  const candidates = headingCandidates(lines);
  const listed = listedAbove(lines, candidates);
  if (listed.size) candidates.splice(0, candidates.length, ...candidates.filter((c) => !listed.has(c.index)));
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
  // (a committee's letters and a space, "PL 42", count only as a run: one alone is as likely a label, "AP 4")
  if (best.length === 1 && best[0].heading.style.startsWith('spaced:')) best = [];
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
  lettered(candidates, result);
  return result;
}

/**
 * "5a  Pool cover" under "Agenda item 5 – Sports centre": a sub-minute, its number the minute's own and a letter,
 * its title a title. It heads what follows, so its items are filed as "5a", "5a(ii)". The letters need not run in
 * order (a table's rows may be printed 12b, 12c, 12a); a letter after another minute's number is not this minute's.
 */
function lettered(candidates: { index: number; heading: Heading }[], result: Map<number, Heading>): void {
  const chosen = [...result.entries()].sort((a, b) => a[0] - b[0]);
  for (const c of candidates) {
    const parts = /^(?<n>\d{1,4})(?<letter>[a-z])$/.exec(c.heading.number ?? '');
    if (!parts?.groups || result.has(c.index) || !c.heading.titled || NOT_TITLE_START.test(c.heading.title)) continue;
    const parent = [...chosen].reverse().find(([k]) => k < c.index)?.[1];
    if (parent?.number === parts.groups.n) result.set(c.index, { ...c.heading, style: parent.style });
  }
}

/** The lines that read as a minute's heading, each with its heading. */
function headingCandidates(lines: string[]): { index: number; heading: Heading }[] {
  const candidates: { index: number; heading: Heading }[] = [];
  lines.forEach((line, index) => {
    if (/^\s*-\s/.test(line) || /^\s{2,}\S/.test(line)) return; // a bullet or an indented list entry
    const heading = headingOf(line);
    if (heading && !continuesInlineList(lines, index, heading))
      candidates.push({ index, heading: titledAbove(heading, lines[index - 1], lines[index - 2]) });
  });
  return candidates;
}

/**
 * An agenda printed above the minutes ("Agenda" / "1. Apologies" / "2. Footpaths" / …): three or more numbered titles
 * one under another with nothing between them, counting up by one, whose numbers are printed again further down
 * (in any closing mark) over the minutes' own text. The list only names the business; the later headings are the
 * minutes'. The lines of such lists, to be left out of the run.
 */
function listedAbove(lines: string[], candidates: { index: number; heading: Heading }[]): Set<number> {
  const out = new Set<number>();
  const nothingBetween = (a: number, b: number) => lines.slice(a + 1, b).every((l) => !l.trim()) && b - a <= 2;
  for (let k = 0; k < candidates.length;) {
    let end = k;
    while (
      end + 1 < candidates.length &&
      nothingBetween(candidates[end].index, candidates[end + 1].index) &&
      candidates[end + 1].heading.rank === candidates[end].heading.rank + 1
    )
      end++;
    const block = candidates.slice(k, end + 1);
    k = end + 1;
    if (block.length < 3) continue;
    // (a decision's clauses, "1. notes the budget gap; 2. RECOMMENDS to Council that …; 3. asks the Director to …", whose
    // numbers restart under the next minute: sentences that open on a verb in lower case or close on a semicolon, where
    // an agenda's entries are titles, "1. Apologies", "2. To receive the minutes")
    if (block.filter((b) => clauseShaped(lines[b.index], b.heading)).length * 2 >= block.length) continue;
    // (nor a list set under a decision's keyword line: "Decision:" over "1. To approve the lease." / "2. To ask the
    // Clerk to …" is the decision's clauses, numbered from 1 again under each minute of a record of decisions; an
    // agenda is headed "Agenda" or nothing)
    if (underDecisionKeyword(lines, block[0].index)) continue;
    const later = candidates.slice(k);
    // printed again, each over text of its own (a heading with a line of text under it before the next)
    const again = block.filter((b) =>
      later.some(
        (c) =>
          c.heading.number === b.heading.number && !headingOf(lines[c.index + 1] ?? '') && !!lines[c.index + 1]?.trim(),
      ),
    );
    if (again.length >= Math.ceil(block.length * 0.6)) for (const b of block) out.add(b.index);
  }
  return out;
}

/** Whether the nearest line with text above `index` is a decision's keyword alone: "Decision:", "RESOLVED –", "AGREED". */
function underDecisionKeyword(lines: string[], index: number): boolean {
  const above = lines
    .slice(0, index)
    .reverse()
    .find((l) => l.trim());
  const line = above?.trim() ?? '';
  return DECISION_WORD.test(line) && /^[a-z]+(?:\s+(?:that|to))?\s*[:\-–—]?\s*$/i.test(line);
}

/** A numbered line worded as a clause of a decision: its text opens in lower case, or it ends on ";" or "; and". */
function clauseShaped(line: string, heading: Heading): boolean {
  return /^[a-z]/.test(heading.title) || /[;,]\s*(?:and|or)?\s*$/.test(line);
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
