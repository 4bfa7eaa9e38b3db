// Step 4, clauses: a decision block cut into its clauses, each with its place as the minutes
// cite it — "(c)(ii)", "2", "4.1", "7.3(b)" — and the stem it hangs from, so that "(i)
// Extending the consultation" under "That UHL and the CCGs be requested to consider:" is read
// whole. Markers are found at the start of a line and inside one ("(a) … ; and (b) …",
// "1) …; 2) …", "RESOLVED: (1) that …"), in any style.
import type { Block } from './block.js';
import type { Clause } from './types.js';
import { SAID_NOUNS, alternatives } from './lexicon.js';
import { readClause } from './grammar.js';
import { decisionForm } from './unheadedBlocks.js';

type Kind = 'letter' | 'roman' | 'number' | 'decimal' | 'bullet' | 'sub-bullet';
const MARKER =
  /^(?:- )?(?:\((?<p>[a-z]{1,5}|\d{1,2})\)|(?<b>[a-z]{1,5}|\d{1,2})\)|(?<d>\d{1,2}(?:\.\d{1,2})+)\.?|(?<n>\d{1,2})\.|(?<l>[a-z]|[ivx]{1,5})\.)(?=\s|$)(?!\s*(?:am|pm|a\.m|p\.m)\b)\s*/i;
const ROMAN = new RegExp(
  String.raw`^(${alternatives(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'])})$`,
  'i',
);

interface Marked {
  kind: Kind;
  token: string;
  text: string;
  /** Printed with a bracket: "(2)" or "2)" rather than "2." */
  bracketed: boolean;
}

function markerOf(paragraph: string, lastLetter: string | null): Marked | null {
  const m = MARKER.exec(paragraph);
  // "- approved the capital programme;": a bullet is a clause without a printed reference.
  if (!m?.groups)
    return /^- \S/.test(paragraph)
      ? { kind: 'bullet', token: '', text: paragraph.slice(2).trim(), bracketed: false }
      : null;
  const text = paragraph.slice(m[0].length).trim();
  const bracketed = !!(m.groups.p ?? m.groups.b);
  if (m.groups.d) return { kind: 'decimal', token: m.groups.d, text, bracketed };
  const token = m.groups.p ?? m.groups.b ?? m.groups.n ?? m.groups.l;
  if (/^\d+$/.test(token)) return { kind: 'number', token, text, bracketed };
  // (i) after (h) is a letter; otherwise i, v, x are roman numerals.
  const lower = token.toLowerCase();
  const followsLetter =
    lastLetter !== null && lower.length === 1 && lower.charCodeAt(0) === lastLetter.charCodeAt(0) + 1;
  if (ROMAN.test(lower) && !followsLetter) return { kind: 'roman', token, text, bracketed };
  return lower.length === 1 ? { kind: 'letter', token, text, bracketed } : null;
}

/**
 * How a clause is cited: letters, numerals and bracketed numbers in brackets ("(A)", "(b)", "(2)"), "1." numbers bare —
 * unless nested under another clause, where every part is bracketed as references are cited ("(a)(1)", not "(a)1").
 */
function refPart(marked: Marked, nested = false): string {
  if (marked.kind === 'bullet') return '';
  return marked.kind === 'letter' ||
    marked.kind === 'roman' ||
    (marked.kind === 'number' && (marked.bracketed || nested))
    ? `(${marked.token})`
    : marked.token;
}

/** The ordinal of a marker, to check that inline markers run in order. */
function ordinal(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const t = token.toLowerCase();
  if (ROMAN.test(t) && (t.length > 1 || t === 'i')) {
    const v: Record<string, number> = { i: 1, v: 5, x: 10 };
    const chars = t.split('');
    return chars.reduce((s, c, k) => (v[c] < (v[chars[k + 1]] ?? 0) ? s - v[c] : s + v[c]), 0);
  }
  return t.charCodeAt(0) - 96;
}

// (or after a full stop where the clause opens a resolution of its own: "(a) That the report be noted. (b) That the
// Head of … be invited …" — without it the second clause stayed in the first, cited "(a)", its owner "That the Head …")
const INLINE_MARKER =
  /(?:^|(?<=[;:,]\s*(?:and\s+|or\s+)?)|(?<=\s(?:and|that|to)\s+)|(?<=^(?:that|to)\s+)|(?<=\w\.\s+)(?=\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+that\s))(?:\((?<p>[a-z]|[ivx]{1,4}|\d{1,2})\)|(?<b>[a-z]|[ivx]{1,4}|\d{1,2})\))\s+/gi;

/**
 * Inline clauses: "(a) the report be noted; (b) the Head … provide …; and (c) …" on one line.
 * The words before the first marker are the stem of them all. Markers must run in order, two at least.
 */
export function inlineClauses(paragraph: string): { stem: string; pieces: string[] } | null {
  const found = [...paragraph.matchAll(INLINE_MARKER)];
  if (found.length < 2) return null;
  const tokenOf = (m: RegExpMatchArray) => m.groups!.p ?? m.groups!.b;
  // The run starts at 1, a or i, and rises by one each time.
  const start = found.findIndex((m) => ordinal(tokenOf(m)) === 1);
  if (start < 0) return null;
  const run = [found[start]];
  for (const m of found.slice(start + 1)) {
    if (ordinal(tokenOf(m)) === ordinal(tokenOf(run[run.length - 1])) + 1) run.push(m);
  }
  if (run.length < 2) return null;
  const stem = paragraph.slice(0, run[0].index).trim();
  const pieces = run.map((m, k) =>
    paragraph
      .slice(m.index, k + 1 < run.length ? run[k + 1].index : undefined)
      .replace(/[;,]?\s*(?:and|or)?\s*$/i, '')
      .trim(),
  );
  return { stem, pieces };
}

interface Node {
  depth: number;
  ref: string;
  text: string;
  children: number;
}

/** A stem announcing its list as what is said: "… the following comments …:", "setting out the following concerns:". */
// (or by whose they are: "the Committee's comments, as set out below, be submitted to Cabinet:", "with the Panel's
// concerns that:", "its views:" — a possessive before the noun names the list as much as "the following" does)
const SAYS_A_LIST = new RegExp(
  String.raw`\b(?:the\s+following|[A-Za-z-]+['’]s?|its|their)\s+(?:${alternatives(SAID_NOUNS)})\b[^.;]*:\s*-?$`,
  'i',
);

/** A stem that is a whole decision and announces its list as what it says. */
const saysAList = (text: string) => SAYS_A_LIST.test(text) && !!readClause(text.replace(/:\s*-?$/, '')).verb;

/** The clauses of a block, leaves of its tree of markers, each with the stems above it. */
export function splitClauses(block: Block, minute: string | null): Clause[] {
  const kinds: Kind[] = [];
  const nodes: Node[] = [];
  const preamble: string[] = block.stem ? [block.stem] : [];
  let lastLetter: string | null = null;
  const paragraphs = bareNumbers(block.paragraphs).flatMap((raw) => {
    // "that (A) the work programme … be approved; and" — the marker after the opening "that" is the clause's own.
    const p = raw.replace(/^(?:that|to)\s+(?=\(?[a-z0-9]{1,4}\)\s)/i, '');
    const inline = inlineClauses(p);
    if (!inline) return [p];
    return inline.stem && !MARKER.test(inline.stem)
      ? [inline.stem, ...inline.pieces]
      : inline.stem
        ? [`${inline.stem}`, ...inline.pieces]
        : inline.pieces;
  });
  // Bullets all look alike: those after a bullet ending in ":" ("That X be requested to consider:") are its items,
  // until one closes with a full stop or a new decision opens ("That …", a clause with a subject and verb of its own).
  let underStem = false;
  for (const paragraph of paragraphs) {
    const marked = markerOf(paragraph, lastLetter);
    if (marked?.kind === 'bullet') {
      const last = nodes[nodes.length - 1];
      if (underStem && (/^that\b/i.test(marked.text) || ownsClause(marked.text))) underStem = false;
      else if (underStem && last && /\.\s*$/.test(last.text)) underStem = false;
      else if (!underStem && last && kinds[last.depth] === 'bullet' && /:\s*$/.test(last.text)) underStem = true;
      if (underStem) marked.kind = 'sub-bullet';
    }
    if (!marked) {
      if (nodes.length) nodes[nodes.length - 1].text += ` ${paragraph}`;
      else preamble.push(paragraph);
      continue;
    }
    if (marked.kind === 'letter') lastLetter = marked.token.toLowerCase();
    let depth = kinds.indexOf(marked.kind);
    if (depth === -1) {
      kinds.push(marked.kind);
      depth = kinds.length - 1;
    } else kinds.length = depth + 1;
    const parent = [...nodes].reverse().find((n) => n.depth < depth);
    if (parent) parent.children++;
    const ref =
      marked.kind === 'decimal'
        ? marked.token
        : `${parent && parent.depth < depth ? parent.ref : ''}${refPart(marked, !!parent && parent.depth < depth)}`;
    nodes.push({ depth, ref, text: marked.text, children: 0 });
  }
  const stem = preamble.join(' ').trim();
  const cite = (ref: string | null) => {
    // "7.3" over "(a)": the paragraph and the clause, as "7.3(a)".
    if (!ref) return block.paragraphRef;
    if (!block.paragraphRef) return ref;
    if (ref.startsWith('(')) return `${block.paragraphRef}${ref}`;
    // "1." under a lettered sub-item of the minute ("(a)"): "(a)(1)", nested as references are cited; and under a titled
    // part ("57.1 Motion 1 - …"), "57.1(1)" — the part's own number, which a bare "1" would lose
    return (block.paragraphRef.startsWith('(') || block.titledPart) && /^\d+$/.test(ref)
      ? `${block.paragraphRef}(${ref})`
      : ref;
  };
  if (!nodes.length) {
    return stem ? [{ minute, ref: block.paragraphRef, text: stem, stem: '', confidence: block.confidence }] : [];
  }
  // "That the following comments be referred to Cabinet: (a) that …; (b) that …": a stem that is a whole decision and
  // announces its list as what it says (comments, concerns, reasons) is one decision; the list is its content.
  if (saysAList(stem))
    return [
      {
        minute,
        ref: block.paragraphRef,
        text: stem,
        content: nodes.map((n) => n.text).join(' '),
        stem: '',
        confidence: block.confidence,
      },
    ];
  const clauses: Clause[] = [];
  // (the same for a clause of the resolution whose sub-items are its list: "2. That the Committee's comments, as set out
  // below, be submitted to Cabinet: (a) … should …; (b) …" — one decision, the sub-items its content)
  let listEnds = -1;
  const ancestorsOf = (index: number) => {
    const ancestors: string[] = [stem];
    for (let d = nodes[index].depth - 1, k = index - 1; d >= 0 && k >= 0; k--) {
      if (nodes[k].depth === d) {
        ancestors.splice(1, 0, nodes[k].text);
        d--;
      }
    }
    return ancestors;
  };
  nodes.forEach((node, index) => {
    if (index < listEnds) return;
    if (node.children > 0 && saysAList(node.text)) {
      let end = index + 1;
      while (end < nodes.length && nodes[end].depth > node.depth) end++;
      listEnds = end;
      const above = ancestorsOf(index);
      clauses.push({
        minute,
        ref: cite(node.ref || null),
        text: node.text,
        content: nodes
          .slice(index + 1, end)
          .map((n) => n.text)
          .join(' '),
        stem: above.filter(Boolean).join(' '),
        lead: above.length > 1 ? above[above.length - 1] : stem,
        confidence: block.confidence,
      });
      return;
    }
    if (node.children > 0) return; // a stem: its words reach its sub-items
    const ancestors = ancestorsOf(index);
    const parentText = ancestors.length > 1 ? ancestors[ancestors.length - 1] : stem;
    clauses.push({
      minute,
      ref: cite(node.ref || null),
      text: node.text,
      stem: ancestors.filter(Boolean).join(' '),
      lead: parentText,
      confidence: block.confidence,
    });
  });
  return clauses;
}

/** A clause of its own, not an item of a list: its subject and verb, worded as a decision ("the meeting in June includes …"). */
function ownsClause(text: string): boolean {
  return decisionForm(text) === 'decision' && readClause(text).form !== 'imperative';
}

/**
 * "1    The Panel NOTED …", "2    The Panel AGREED …": clauses numbered with no mark after the number, as a house
 * style or a copy that lost the dots. Two or more, rising by one, are numbered clauses ("1.", "2.").
 */
function bareNumbers(paragraphs: string[]): string[] {
  const BARE = /^(\d{1,2})\s+(?=[A-Z(])/;
  const numbers = paragraphs.flatMap((p) => {
    const m = BARE.exec(p);
    return m ? [Number(m[1])] : [];
  });
  const rising = numbers.length >= 2 && numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1);
  return rising ? paragraphs.map((p) => p.replace(BARE, '$1. ')) : paragraphs;
}
