// Step 4: split a block into its resolutions — (a)(b), 1. 2., a) b), (i)(ii) under a
// stem, 4.1–4.3 under "4." — each with its place as the minutes cite it ("(c)(ii)", "2",
// "4.1") and the stem it hangs from, so sub-items inherit their stem's owner.
import type { Block } from './resolutions.js';
import type { Clause } from './types.js';

type Kind = 'letter' | 'roman' | 'number' | 'decimal' | 'bullet';
const MARKER = /^(?:- )?(?:\((?<p>[a-z]{1,5}|\d{1,2})\)|(?<b>[a-z]{1,5}|\d{1,2})\)|(?<d>\d{1,2}(?:\.\d{1,2})+)\.?|(?<n>\d{1,2})\.|(?<l>[a-z])\.)(?=\s|$)(?!\s*(?:am|pm|a\.m|p\.m)\b)\s*/i;
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/i;

interface Marked {
  kind: Kind;
  token: string;
  text: string;
}

function markerOf(paragraph: string, lastLetter: string | null): Marked | null {
  const m = MARKER.exec(paragraph);
  // "- approved the capital programme;": a bullet is a clause without a printed reference.
  if (!m?.groups) return /^- \S/.test(paragraph) ? { kind: 'bullet', token: '', text: paragraph.slice(2).trim() } : null;
  const text = paragraph.slice(m[0].length).trim();
  if (m.groups.d) return { kind: 'decimal', token: m.groups.d, text };
  const token = (m.groups.p ?? m.groups.b ?? m.groups.n ?? m.groups.l).toLowerCase();
  if (/^\d+$/.test(token)) return { kind: 'number', token, text };
  // (i) after (h) is a letter; otherwise i, v, x are roman numerals.
  const followsLetter = lastLetter !== null && token.length === 1 && token.charCodeAt(0) === lastLetter.charCodeAt(0) + 1;
  if (ROMAN.test(token) && !followsLetter) return { kind: 'roman', token, text };
  return token.length === 1 ? { kind: 'letter', token, text } : null;
}

function refPart(kind: Kind, token: string): string {
  if (kind === 'bullet') return '';
  return kind === 'letter' || kind === 'roman' ? `(${token})` : token;
}

interface Node {
  depth: number;
  ref: string;
  text: string;
  children: number;
}

export function splitClauses(block: Block, minute: string | null): Clause[] {
  const kinds: Kind[] = [];
  const nodes: Node[] = [];
  const preamble: string[] = [];
  let lastLetter: string | null = null;
  for (const paragraph of block.paragraphs) {
    const marked = markerOf(paragraph, lastLetter);
    if (!marked) {
      if (nodes.length) nodes[nodes.length - 1].text += ` ${paragraph}`;
      else preamble.push(paragraph);
      continue;
    }
    if (marked.kind === 'letter') lastLetter = marked.token;
    let depth = kinds.indexOf(marked.kind);
    if (depth === -1) {
      kinds.push(marked.kind);
      depth = kinds.length - 1;
    } else kinds.length = depth + 1;
    const parent = [...nodes].reverse().find((n) => n.depth < depth);
    if (parent) parent.children++;
    const ref = marked.kind === 'decimal' ? marked.token : `${parent && parent.depth < depth ? parent.ref : ''}${refPart(marked.kind, marked.token)}`;
    nodes.push({ depth, ref, text: marked.text, children: 0 });
  }
  const stem = preamble.join(' ');
  if (!nodes.length) {
    return stem ? [{ minute, ref: block.paragraphRef, text: stem, stem: '', confidence: block.confidence }] : [];
  }
  const clauses: Clause[] = [];
  nodes.forEach((node, index) => {
    if (node.children > 0) return; // a stem: its words reach its sub-items
    const ancestors: string[] = [stem];
    for (let d = node.depth - 1, k = index - 1; d >= 0 && k >= 0; k--) {
      if (nodes[k].depth === d) {
        ancestors.splice(1, 0, nodes[k].text);
        d--;
      }
    }
    clauses.push({ minute, ref: node.ref || block.paragraphRef, text: node.text, stem: ancestors.filter(Boolean).join(' '), confidence: block.confidence });
  });
  return clauses;
}

/** "… with the addition of: (a) the libraries review; (b) …" run into one line: the words before the colon, and each entry. */
export function inlineList(text: string): { intro: string; entries: string[] } | null {
  const m = /^(?<intro>[^:]{10,}?):\s*(?=(?:\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)|(?:[a-z]|\d{1,2}|[ivx]{1,4})\))\s)/i.exec(text);
  if (!m?.groups) return null;
  const entries = text.slice(m[0].length).split(/(?:^|[;,]?\s+(?:and\s+)?)(?:\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)|(?:[a-z]|\d{1,2}|[ivx]{1,4})\))\s+/i).map((e) => e.trim()).filter(Boolean);
  return entries.length >= 2 ? { intro: m.groups.intro.trim(), entries } : null;
}
