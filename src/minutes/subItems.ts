// Decision blocks inside a minute divided into lettered sub-items: a parish minute "FINANCE" with
// "(a) Payments …", "(b) Budget … Resolved: To defer …", "(c) Resolved: To grant …". A resolution
// printed under a sub-item is that sub-item's ("24/172(b)"), and it ends where the next sub-item
// opens: "(c)" after it is the next matter of the minute, not a clause of the resolution.
import { keywordLine } from './decisionKeywords.js';

/** A lettered sub-item opening a line: "(a) …", "a) …". */
const LETTERED = /^\(?([a-z])\)\s+\S/;

const next = (letter: string) => String.fromCharCode(letter.charCodeAt(0) + 1);

/**
 * The sub-item a decision keyword at line `at` stands in, and the line where the next one opens: the keyword is on the
 * sub-item's own line ("(c) Resolved:"), or a sub-item lettered after it follows ("(a) …", "Resolved:", "(b) …").
 * A keyword after the last sub-item belongs to the whole minute — unless an earlier sub-item was decided under a
 * keyword of its own: then the sub-items are matters decided one by one, and the last one's resolution is its own
 * ("(a) Fees", "RESOLVED: …", "(b) Housing policy", "RESOLVED: (1) … (2) …" cites "(b)(1)").
 */
export function subItemOf(lines: string[], at: number): { ref: string; end: number | null } | null {
  let opened = -1;
  let letter = '';
  for (let j = at; j >= 0; j--) {
    const m = LETTERED.exec(lines[j].trim());
    if (m) {
      [opened, letter] = [j, m[1]];
      break;
    }
  }
  if (opened < 0) return null;
  const end = lines.findIndex((l, k) => k > at && LETTERED.exec(l.trim())?.[1] === next(letter));
  // (the sub-items are a run: "(a)" … "(b)" before it, or it is "(a)" itself)
  const before =
    letter === 'a' ||
    lines.slice(0, opened).some((l) => LETTERED.exec(l.trim())?.[1] === String.fromCharCode(letter.charCodeAt(0) - 1));
  if (!before) return null;
  if (opened === at) return { ref: `(${letter})`, end: end < 0 ? null : end };
  if (end >= 0) return { ref: `(${letter})`, end };
  const first = lines.findIndex((l) => LETTERED.test(l.trim()));
  const decidedOneByOne = lines.slice(first, opened).some((l) => keywordLine(l) !== null);
  return decidedOneByOne ? { ref: `(${letter})`, end: null } : null;
}
