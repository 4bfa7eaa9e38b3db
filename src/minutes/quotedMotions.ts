// A motion quoted as it was moved: 'Councillor A moved and Councillor B seconded:' then its words in
// quotation marks, then the votes, then — on most pages — the motion again under "RESOLVED:". The
// quotation records what was moved, not what was decided: where the minute records a resolution
// after it, the resolution is the decision and the quotation gives nothing (the motion's items
// once, as resolved, not again as moved; a lost amendment's words inside it are no decision
// either). Where the motion was carried and no resolution follows, the quotation is the decision.
import type { Block } from './block.js';
import { keywordLine } from './decisionKeywords.js';

const OPENS = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+)?["“]/i;
/** A line recording a motion or an amendment moved, whose words it then quotes: 'seconded an amendment to insert: "…'. */
const MOVED_THEN_QUOTED = /\b(?:moved|seconded|proposed)\b[^"“]*\b(?:amendment|alteration|motion|words)\b[^"“]*["“]/i;
const CLOSES = /["”][.,;)]*\s*$/;
/** The outcome after a motion: carried, agreed; not lost or withdrawn. */
const CARRIED = /\b(?:carried|agreed|approved)\b/i;
/** A sub-paragraph's heading, numbered as a part of its minute: "57.2 Motion 2 - Bus services", "12.3 Library hours". */
const SUB_HEADING = /^\s*\d+\.\d+\.?\s+[A-Z]/;
const FAILED = /\b(?:lost|defeated|fell|not\s+carried|rejected|withdrawn)\b/i;

/** Lines from one that opens with a quotation mark to the one that closes it (the same line, or up to twelve on). */
function quotations(lines: string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!OPENS.test(lines[i]) && !MOVED_THEN_QUOTED.test(lines[i])) continue;
    const end = lines.findIndex((l, k) => k >= i && k - i <= 12 && CLOSES.test(l.trim()));
    if (end < 0 || lines.slice(i, end + 1).some((l) => !l.trim())) continue;
    spans.push([i, end]);
    i = end;
  }
  return spans;
}

/**
 * The quotations of a minute that no decision is read from, as blocks that give nothing (so that no
 * discussion is read there either), and the blocks of quoted motions carried with no resolution after
 * them. `quoted` holds every line of either kind, for the keyword and layout scans to leave alone.
 */
export function quotedMotions(lines: string[]): { blocks: Block[]; quoted: Set<number> } {
  const blocks: Block[] = [];
  const quoted = new Set<number>();
  const spans = quotations(lines);
  for (const [from, to] of spans) {
    const span = Array.from({ length: to - from + 1 }, (_, k) => from + k);
    // (a resolution after the next motion is that motion's: "57.1 … 'This Council resolves: 1. to ask …' … CARRIED" then
    // "57.2 …", "RESOLVED that Motion 2 be referred to Cabinet" — the first motion, carried, has none of its own; so the
    // search stops at the next sub-paragraph's heading ("57.2 Motion 2 - Bus services") or the next motion quoted — not
    // at an amendment's or an alteration's words quoted, which are of this motion)
    const nextMotion = spans.find(
      ([f]) => f > to && !/\b(?:amendments?|alterations?|words)\b/i.test(`${lines[f - 1] ?? ''} ${lines[f]}`),
    )?.[0];
    const nextPart = lines.findIndex((l, k) => k > to && SUB_HEADING.test(l));
    const until = Math.min(nextMotion ?? lines.length, nextPart < 0 ? lines.length : nextPart);
    const resolvedAfter = lines.slice(to + 1, until).some((l) => keywordLine(l) !== null);
    // (the motion's own fate: a sentence about an amendment to it — "An amendment to delete paragraph 2 was LOST." — tells
    // the amendment's, not the motion's, unless it is the motion as amended)
    const outcome = lines
      .slice(to + 1)
      .filter((l) => l.trim())
      .slice(0, 3)
      .join(' ')
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => !/\bamendments?\b/i.test(sentence) || /\b(?:as\s+amended|substantive)\b/i.test(sentence))
      .join(' ');
    // (the words inside the quotation marks: a line that records the motion before quoting it gives only the quotation)
    const words = span.map((k, n) =>
      (n === 0 ? lines[k].slice(lines[k].search(/["“]/) + 1) : lines[k]).trim().replace(/["”]([.,;)]*)$/, '$1'),
    );
    // (words quoted after "moved"/"seconded" are a motion; words quoted that no one moved — a petition, a statement —
    // are someone else's words, not the meeting's decisions)
    const moved =
      MOVED_THEN_QUOTED.test(lines[from]) ||
      /\b(?:moved|seconded|proposed|motion)\b[^.]*[:,–—-]?\s*$/i.test(lines[from - 1] ?? '');
    for (const k of span) quoted.add(k);
    if (resolvedAfter || !moved || FAILED.test(outcome) || !CARRIED.test(outcome)) {
      blocks.push({ lines: span, paragraphs: [], paragraphRef: null, stem: '', confidence: 0, found: 'quoted' });
      continue;
    }
    blocks.push({
      lines: span,
      paragraphs: words,
      paragraphRef: null,
      stem: '',
      confidence: 0.7,
      found: 'inline',
    });
  }
  return { blocks, quoted };
}
