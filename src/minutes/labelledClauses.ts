// Decision blocks, a form of their own: some committees end each minute with lists under a lead
// ("Recommendations:", "Actions:") whose entries carry a labelled number — "R1", "R2" for what the
// committee recommends, "A1", "A2" for its actions — often counting on through the whole meeting
// rather than restarting under each minute. The label is how the entry is cited later, so it is
// the clause's reference; each entry is read as a decision, as a clause under "RESOLVED:" would be.
import type { Block } from './block.js';

/** The lead over such a list: the nouns of a record's decisions, alone on the line with a colon. */
const LEAD =
  /^(?:agreed\s+|the\s+committee'?s\s+)?(?:recommendations?|actions?|action\s+points|decisions?)(?:\s+agreed)?\s*:\s*$/i;
/** An entry: one to three capitals and a count ("R1", "A 2", "REC3", "AP4"), a mark or a run of spaces, and its words. */
const ENTRY = /^(?<label>(?<prefix>[A-Z]{1,3})\s?(?<count>\d{1,2}))(?:[.):]\s*|\s+)(?<text>\S.*)$/;

interface Entry {
  line: number;
  /** The entry's last line, where a line carries it on. */
  end: number;
  label: string;
  prefix: string;
  count: number;
  text: string;
}

/** The entries of the list a lead at line `at` opens, with any line that carries one on; none unless they count by one. */
function entriesUnder(lines: string[], at: number): Entry[] {
  const entries: Entry[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j].trim();
    if (!line) break;
    const m = ENTRY.exec(line);
    if (m?.groups) {
      entries.push({
        line: j,
        end: j,
        label: m.groups.label.replace(/\s+/g, ''),
        prefix: m.groups.prefix,
        count: Number(m.groups.count),
        text: m.groups.text.trim(),
      });
      continue;
    }
    // a line the layout left apart ("… with the Corporate" over "Parenting Board …") carries the entry on
    const last = entries[entries.length - 1];
    if (!last || /[.;]$/.test(last.text) || LEAD.test(line)) break;
    last.text += ` ${line}`;
    last.end = j;
  }
  const counted = entries.every(
    (e, k) => e.prefix === entries[0].prefix && (k === 0 || e.count === entries[k - 1].count + 1),
  );
  return entries.length && counted ? entries : [];
}

/** Whether the line at `at` leads a list of labelled entries: the record's own decisions, not a report's section. */
export function leadsLabelledList(lines: string[], at: number): boolean {
  return LEAD.test(lines[at]?.trim() ?? '') && entriesUnder(lines, at).length > 0;
}

/** The labelled lists of a minute, one block per entry cited by its label, and the lines they take. */
export function labelledClauses(lines: string[]): { blocks: Block[]; used: Set<number> } {
  const blocks: Block[] = [];
  const used = new Set<number>();
  lines.forEach((line, i) => {
    if (!LEAD.test(line.trim())) return;
    const entries = entriesUnder(lines, i);
    if (!entries.length) return;
    used.add(i);
    entries.forEach((e) => {
      const taken = Array.from({ length: e.end - e.line + 1 }, (_, d) => e.line + d);
      for (const t of taken) used.add(t);
      blocks.push({
        lines: taken,
        paragraphs: [e.text],
        paragraphRef: e.label,
        stem: '',
        confidence: 0.9,
        found: 'keyword',
      });
    });
  });
  return { blocks, used };
}
