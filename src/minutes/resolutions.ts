// Step 3: find where a minute records its decisions — "RESOLVED:", "RESOLVED –",
// "Resolved: -", "AGREED:", "Decision:", "The Board resolved :-", "It was Resolved: that …"
// inside a paragraph, and sentences such as "The Committee AGREED that …" — and hand
// back the paragraphs of each block, still unsplit.
import { actionMarker } from './owner.js';

/** A line that opens a block of resolutions (with any words after the keyword), its own number aside ("RESOLVED 2025/041"). */
const BLOCK = /^(?:it was\s*:?\s*(?=resolved|decided))?(?:the\s+[a-z][\w&'’ -]{0,50}?\s+|[a-z][\w&'’ -]{0,50}?\s+(?=resolved|agreed|decided))?(resolved|agreed|decided|decisions?)(?!\s+(?:maker|status|published|details|agenda))\b(?:\s+(?:no\.?\s*)?\(?\d{1,4}(?:[/.]\d{1,4})?\)?(?=\s*(?:[:–—-]|$)))?\s*(?<rest>(?:[:–—-]+|\s+(?=that\b|to\b)|$).*)$/i;
/** "It was resolved that …", the motion's form "Proposed by Cllr X, seconded by Cllr Y, and resolved that …", and "… discussed attendance. Agreed: …". */
const INLINE = /\b(?:[Ii]t was\s+)?(?:RESOLVED|Resolved|(?<=(?:[Ii]t was|\band)\s+(?:unanimously\s+)?)resolved|(?<=[.!?]\s+)(?:AGREED|Agreed)(?=\s*[:–—]))\s*(?:[:–—-]+|\s(?=that\b|to\b))\s*(?<rest>.+)$/;
const DECIDING_BODY = /^(?:(?:Following|After|Having|On)\s+[^,]{2,40},\s+)?(?:[Tt]he|This)\s+(?:[A-Z][\w&'’-]*\s+){0,7}?(?:Committee|Panel|Board|Cabinet|Council|Commission|Sub-Committee|Executive Member|Forum|Group|Authority|Members)\s+(?:also\s+|further\s+|then\s+|unanimously\s+)?(?:AGREED|agreed|RESOLVED|resolved|approved|APPROVED|noted|NOTED|received|endorsed|supported|accepted|decided|requested|REQUESTED|asked|ASKED|recommended|DECIDED|RECOMMENDED|DEFERRED|deferred)\b/;
/** "… asked that the Board receive a presentation … at a future meeting. This was AGREED.": the request, once agreed, is the decision. */
const AGREED_REQUEST = /^(?:[Tt]his|[Ww]hich)\s+was\s+(?:agreed|AGREED|approved|APPROVED|supported|accepted)\.?$/;
const REQUEST = /\b(?:asked|requested)\s+that\s+(?<what>.+)$/;
/** "Governors agreed that …", "Members resolved to …", "Members requested that …": a body named without "The". */
const DECIDING_MEMBERS = /^(?:Governors|Members|Councillors|Trustees|Directors|Board members|Committee members)\s+(?:also\s+|further\s+|then\s+|unanimously\s+)?(?:AGREED|agreed|RESOLVED|resolved|approved|APPROVED|decided|DECIDED|(?:requested|REQUESTED|asked|ASKED)\s+(?=that\b|for\b))\b/;
const PASSIVE_RECORD = /\b(?:were|was|be|are)\s+(?:agreed|approved|confirmed|adopted|accepted|taken as read)\b/i;
const STOP = /^(reason|reasons|minutes|publication date|date of decision|decided at meeting|\(reference|accompanying documents|note)\b/i;
export const PARAGRAPH_REF = /^(?<ref>[A-Z]{0,3}\d{1,4}\.\d{1,3})\.?\s+/;
const CLAUSE_START = /^(?:- )?(?:\(?[a-z]{1,4}\)|\(\d{1,2}\)|[a-z]\.|\d{1,2}(?:\.\d{1,2})*[.)]?)(?=\s|$)(?!\s*(?:am|pm|a\.m|p\.m)\b)/i;
const DECISION_VERB = /^(?:to\s+[a-z]+|receive|note|agree|approve|endorse|delegate|authorise|request|ask|refer|recommend|provide|consider|confirm|adopt|support|instruct|defer)\b/i;

/** "The Board:" / "RESOLVED that the Committee:" over a list of what it decided. */
const BODY_COLON = /^(?:(?:The|This)\s+(?:[A-Z][\w&'’-]*\s+){0,7}?(?:Committee|Panel|Board|Cabinet|Council|Commission|Sub-Committee|Authority|Governing Body|Executive)|Governors|Members)\s*:\s*$/;

export function isKeywordLine(line: string): boolean {
  const text = line.replace(PARAGRAPH_REF, '').trim();
  if (BODY_COLON.test(text)) return true;
  if (/^agreed agenda items/i.test(text)) return false;
  const m = BLOCK.exec(text);
  if (!m) return false;
  // "The Board resolved :-" opens a block; "The Committee agreed the membership" does not.
  // "It was agreed that the Officer would …" is the discussion's, not a resolution.
  if (/^it was\s+agreed\b/i.test(text)) return false;
  // "The Panel RESOLVED to:", "The Board agreed that:" — the list of what it decided follows.
  return /^(it was|resolved|agreed|decided|decisions?)\b/i.test(text) || /^[:–—-]/.test(m.groups?.rest ?? '') || /^\s+(?:that|to)\s*[:–—-]?\s*$/i.test(m.groups?.rest ?? '');
}

export interface Block {
  /** Line indexes within the minute, for the narrative step to leave alone. */
  lines: number[];
  paragraphs: string[];
  paragraphRef: string | null;
  confidence: number;
}

/** Paragraph references ("6.3", "C149.1") in force at each line of a minute. */
export function paragraphRefs(lines: string[]): (string | null)[] {
  let current: string | null = null;
  return lines.map((line) => (current = PARAGRAPH_REF.exec(line)?.groups?.ref ?? current));
}

export function findBlocks(lines: string[]): Block[] {
  const refs = paragraphRefs(lines);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.replace(PARAGRAPH_REF, '').trim();
    if (isKeywordLine(line)) {
      const rest = BODY_COLON.test(text) ? '' : (BLOCK.exec(text)?.groups?.rest ?? '').replace(/^[\s:–—-]+/, '').trim();
      const block: Block = { lines: [i], paragraphs: rest ? [rest] : [], paragraphRef: refs[i], confidence: 0.9 };
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j].trim();
        if (!next) continue;
        if (STOP.test(next) || isKeywordLine(next)) break;
        // "7.2 Cabinet RESOLVED to: 1. … 2. …" ends where the next numbered paragraph ("7.3 Reasons …") begins.
        if (block.paragraphRef && PARAGRAPH_REF.test(lines[j])) break;
        const previous = block.paragraphs[block.paragraphs.length - 1];
        // A clause continues until its sentence ends; a new one starts with its number.
        const accepted = CLAUSE_START.test(next) || /^(?:- )?(that|to)\b/i.test(next) || /^[a-z]/.test(next) || !previous || !/[.!?]$/.test(previous);
        // "… ACTION: Clerk" closes its resolution, full stop or not.
        if (!accepted || (previous && actionMarker(previous) && !CLAUSE_START.test(next))) break;
        block.paragraphs.push(next);
        block.lines.push(j);
      }
      if (block.paragraphs.length) blocks.push(block);
      i = j - 1;
      continue;
    }
    const inline = INLINE.exec(text);
    if (inline?.groups) {
      // The resolution runs on to the end of its sentence, whatever line the layout breaks it on.
      const block: Block = { lines: [i], paragraphs: [inline.groups.rest], paragraphRef: refs[i], confidence: 0.9 };
      while (!/[.!?]\s*$/.test(block.paragraphs[0]) && !actionMarker(block.paragraphs[0]) && !isKeywordLine(lines[i + 1] ?? '') && i + 1 < lines.length && lines[i + 1].trim() && !CLAUSE_START.test(lines[i + 1].trim()) && !PARAGRAPH_REF.test(lines[i + 1])) {
        block.paragraphs[0] += ` ${lines[++i].trim()}`;
        block.lines.push(i);
      }
      blocks.push(block);
      continue;
    }
    // A paragraph wrapped over several lines is read whole, so a sentence broken by the layout stays one.
    const span = [i];
    let whole = text;
    while (!/[.!?:]\s*$/.test(whole) && continues(lines[span[span.length - 1] + 1])) {
      span.push(span[span.length - 1] + 1);
      whole += ` ${lines[span[span.length - 1]].trim()}`;
    }
    const parts = sentences(whole);
    const found = blocks.length;
    for (const [k, sentence] of parts.entries()) {
      // "The Board requested that … ACTION: KD" — the owner's line goes with the decision.
      const owned = k + 1 < parts.length && actionMarker(parts[k + 1])?.index === 0 ? `${sentence} ${parts[k + 1]}` : sentence;
      const request = AGREED_REQUEST.test(sentence) && k > 0 ? REQUEST.exec(parts[k - 1])?.groups?.what : undefined;
      if (request) blocks.push({ lines: [i], paragraphs: [request], paragraphRef: refs[i], confidence: 0.8 });
      // "- Members requested that …": a decision made in a bulleted discussion point.
      const plain = sentence.replace(/^- /, '');
      if (((DECIDING_BODY.test(plain) || DECIDING_MEMBERS.test(plain)) && !/welcomed to the meeting/i.test(sentence)) || (PASSIVE_RECORD.test(sentence) && /\bminutes?\b|record\b/i.test(sentence))) {
        blocks.push({ lines: [i], paragraphs: [owned], paragraphRef: refs[i], confidence: 0.8 });
      }
    }
    for (const block of blocks.slice(found)) block.lines = [...span];
    i = span[span.length - 1];
  }
  return blocks.length ? blocks : unheadedLists(lines, refs);
}

/**
 * Some published pages lose the "Resolved:" heading: a run of lettered or numbered
 * clauses that read as the rest of a resolution ("(b) the Panel's meeting in December
 * includes …", "1.2. To provide …") is taken as one, with less confidence.
 */
function unheadedLists(lines: string[], refs: (string | null)[]): Block[] {
  const blocks: Block[] = [];
  let run: number[] = [];
  const flush = () => {
    const starts = run.filter((i) => CLAUSE_START.test(lines[i]));
    const reads = starts.filter((i) => {
      const words = lines[i].replace(/^(?:- )?\S+\s*/, '');
      return /^[a-z]/.test(words) || DECISION_VERB.test(words);
    });
    if (starts.length >= 2 && reads.length * 2 > starts.length) {
      blocks.push({ lines: run, paragraphs: run.map((i) => lines[i].trim()), paragraphRef: refs[run[0]], confidence: 0.65 });
    }
    run = [];
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    if (CLAUSE_START.test(line.trim()) || (run.length && /^[a-z]/.test(line.trim()))) run.push(i);
    else flush();
  });
  flush();
  return blocks;
}

/** A line that carries on the paragraph before it: not blank, not a new clause, heading or resolution. */
function continues(line: string | undefined): boolean {
  const next = line?.trim();
  return !!next && !CLAUSE_START.test(next) && !isKeywordLine(line!) && !INLINE.test(next) && !PARAGRAPH_REF.test(line!) && !STOP.test(next) && !actionMarker(next);
}

export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(])/).map((s) => s.trim()).filter(Boolean);
}
