// Decision blocks inside a minute divided into lettered sub-items: a parish minute "FINANCE" with
// "(a) Payments …", "(b) Budget … Resolved: To defer …", "(c) Resolved: To grant …". A resolution
// printed under a sub-item is that sub-item's ("24/172(b)"), and it ends where the next sub-item
// opens: "(c)" after it is the next matter of the minute, not a clause of the resolution.
import { keywordLine } from './decisionKeywords.js';

/** A lettered sub-item opening a line: "(a) …", "a) …". */
const LETTERED = /^\(?([a-z])\)\s+\S/;

/**
 * A sub-item's own verdict: a keyword run into its words ("a) It was RESOLVED …"), "No objection", "was noted". Where
 * earlier sub-items carry one, the clerk decided them one by one.
 */
const OWN_VERDICT = /\b(?:resolved|agreed)\b|\bno\s+objections?\b|\b(?:was|were)\s+(?:noted|approved|accepted)\b/i;

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
  if (opened < 0) return romanRunOn(lines, at);
  const end = lines.findIndex((l, k) => k > at && LETTERED.exec(l.trim())?.[1] === next(letter));
  // (the sub-items are a run: "(a)" … "(b)" before it, or it is "(a)" itself)
  const before =
    letter === 'a' ||
    lines.slice(0, opened).some((l) => LETTERED.exec(l.trim())?.[1] === String.fromCharCode(letter.charCodeAt(0) - 1));
  if (!before) return romanRunOn(lines, at);
  if (opened === at) return { ref: `(${letter})`, end: end < 0 ? null : end };
  if (end >= 0) return { ref: `(${letter})`, end };
  const first = lines.findIndex((l) => LETTERED.test(l.trim()));
  const decidedOneByOne = lines.slice(first, opened).some((l) => keywordLine(l) !== null);
  // (or the keyword runs on in the last sub-item's own lines, no blank line since its letter and no verdict of its own
  // before it, after sub-items that each carry theirs: "(i) … No objection." / "(ii) … Cllr X left." / "RESOLVED to
  // object …" is (ii)'s; "(a) … No objection." / "(b) … No objection." / "RESOLVED that the comments be sent" is not)
  const runsOn =
    lines.slice(opened, at + 1).every((l) => l.trim() !== '') &&
    !lines.slice(opened, at).some((l) => OWN_VERDICT.test(l)) &&
    lines.slice(first, opened).some((l) => OWN_VERDICT.test(l));
  return decidedOneByOne || runsOn ? { ref: `(${letter})`, end: null } : null;
}

/** A small roman numeral opening a line: "(ii) …", "ii) …". */
const ROMAN = /^\(?([ivx]{1,4})\)\s+\S/;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/**
 * The same run-on in a list numbered in small romans: "(i) … No objection." / "(ii) … Cllr X left." / "RESOLVED to object
 * …" is (ii)'s — the last entry, with no blank line from its numeral to the keyword, no verdict of its own before it, and
 * every entry above it, back to "(i)", carrying one.
 */
function romanRunOn(lines: string[], at: number): { ref: string; end: null } | null {
  let opened = -1;
  for (let j = at; j >= 0 && lines[j].trim(); j--) {
    if (ROMAN.test(lines[j].trim())) {
      opened = j;
      break;
    }
  }
  if (opened < 0) return null;
  const numeral = ROMAN.exec(lines[opened].trim())![1];
  const rank = ROMANS.indexOf(numeral);
  if (rank < 1 || lines.slice(at + 1).some((l) => ROMAN.test(l.trim()))) return null;
  // the entries above, each closed by its verdict: (i) … up to the one before this
  const above = ROMANS.slice(0, rank).map((r) =>
    lines.findIndex((l, k) => k < opened && ROMAN.exec(l.trim())?.[1] === r),
  );
  if (above.some((k) => k < 0)) return null;
  const entries = above.map((k, n) => lines.slice(k, n + 1 < above.length ? above[n + 1] : opened).join(' '));
  if (!entries.every((entry) => OWN_VERDICT.test(entry))) return null;
  if (lines.slice(opened, at).some((l) => OWN_VERDICT.test(l))) return null;
  return { ref: `(${numeral})`, end: null };
}
