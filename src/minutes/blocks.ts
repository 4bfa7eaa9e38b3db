// Step 3, decision blocks: where a minute records what was decided. By keyword — "RESOLVED:",
// "AGREED –", "Decision:", "THE DECISION:", "The Board resolved :-", "The Committee:-",
// "It was RESOLVED that …" inside a paragraph, "The Committee approved …" — and by layout: a
// run of two or more numbered or lettered clauses in "That …", "to …" or subjunctive form is a
// decision even when the page lost its heading. A minute printed twice (a "Decision:" copy and
// a "Minutes:" copy) gives its block once.
import type { OwnBody } from './bodies.js';
import { readClause } from './grammar.js';
import { ATTENDANCE_LINE, alternatives } from './lexicon.js';

export interface Block {
  /** Sentences on the block's lines after the resolution: the minute's text again, for the discussion. */
  rest?: string;
  /** Line indexes within the minute, for the discussion step to leave alone. */
  lines: number[];
  /** The block's paragraphs, one per line, still unsplit into clauses. */
  paragraphs: string[];
  /** The paragraph number in force where the block starts ("6.2"), if the minute numbers its paragraphs. */
  paragraphRef: string | null;
  /** The words after the keyword that every clause hangs from ("That Cabinet:"). */
  stem: string;
  /** 0.9 under a keyword, 0.8 for a decision sentence, 0.65 for a run found by its layout alone. */
  confidence: number;
  /** How the block was found. */
  found: 'keyword' | 'inline' | 'sentence' | 'layout';
  /** Owners' initials set at the end of the decision's line ("… quoting the earlier reference.        JW"). */
  initials?: string[];
}

/** Owners' initials standing apart at the end of a line, as a column. */
const COLUMN_INITIALS = /\s{3,}(?<initials>[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*)\s*$/;

export const PARAGRAPH_REF = /^(?<ref>[A-Z]{0,3}\d{1,4}\.\d{1,3})\.?\s+/;
/** A decision keyword as a heading, allowing one slip of the keyboard ("AGRRED"). */
const KEYWORD = new RegExp(String.raw`^(?:(?:it\s+was|it\s+is)\s*:?\s*)?(?<kw>${alternatives(['resolved', 'resolution', 'agreed', 'decided', 'decisions', 'decision', 'the decision', 'determined', 'agrred', 'resloved', 'reslolved', 'agreeed', 'decison', 'outcome'])})\b`, 'i');
/** "The Board resolved :-", "The Housing Board RESOLVED to:", "Cabinet agreed:", "Following discussion, the Committee:-". */
const BODY_KEYWORD = new RegExp(String.raw`^(?:(?:following|after|having)\s+[^,]{2,60},\s+)?(?:the\s+|this\s+)?(?<body>(?:[A-Z][\w&'’-]*\s+){0,7}?(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'council', 'commission', 'sub-committee', 'authority', 'executive', 'forum', 'group', 'governors', 'members', 'trustees'])}))\s+(?:(?:also|further|then|unanimously)\s+)?(?<kw>resolved|agreed|decided|resolves|agrees|decides)\b`, 'i');
const BODY_COLON = new RegExp(String.raw`^(?:(?:following|after|having)\s+[^,]{2,60},\s+)?(?:that\s+)?(?:the\s+|this\s+)?(?:(?:[A-Z][\w&'’-]*\s+){0,7}?(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'council', 'commission', 'sub-committee', 'authority', 'governing body', 'executive', 'forum'])})|governors|members|cabinet)\s*:\s*-?\s*$`, 'i');
/** Lines that end a block: a reason, the start of the minutes' own copy, notes. */
const STOP = /^(?:reasons?(?:\s+for\s+(?:the\s+)?decision)?|minutes|publication\s+date|date\s+of\s+decision|decided\s+at\s+meeting|\(reference|accompanying\s+documents|note|supporting\s+documents|additional\s+documents|alternative\s+options|declarations?|wards?\s+affected|call[- ]in|exempt|report\s+author|contact|background\s+papers|lead\s+officer|effective\s+from|decision\s+maker|decision\s+published|made\s+at\s+meeting|subject\s+to\s+call[- ]in)\b\s*:?/i;
/** A clause marker at the start of a line: "(a)", "a)", "1.", "1)", "(1)", "i.", "(iv)", "4.1", "- ". */
export const CLAUSE_START = /^(?:- |\(?[a-z]{1,4}\)\s|\(\d{1,2}\)\s|[a-z]\.\s|[ivx]{1,5}\.\s|\d{1,2}(?:\.\d{1,2})*[.)]?\s)(?!\s*(?:am|pm|a\.m|p\.m)\b)/i;
/** A lead-in to a list of what was said, not decided. */
const DISCUSSION_LEAD = new RegExp(String.raw`\b(?:points?|issues?|comments?|matters?|questions?|following)\b[^.]{0,60}\b(?:${alternatives(['noted', 'raised', 'made', 'discussed', 'highlighted', 'included', 'asked', 'were'])})\s*[:;-]*\s*$|\b(?:noted|raised|discussed|highlighted|made|included|identified)\s*(?:that)?\s*[:;-]+\s*$|\bnoted\s+that\s*:?\s*$|\bincluded\s*:\s*$`, 'i');

/** Paragraph references ("6.3", "C149.1") in force at each line of a minute. */
export function paragraphRefs(lines: string[]): (string | null)[] {
  let current: string | null = null;
  return lines.map((line) => (current = PARAGRAPH_REF.exec(line.trim())?.groups?.ref ?? current));
}

/** What follows a decision keyword on its line: "" for a bare heading, the resolution or stem otherwise; null if the line opens no block. */
export function keywordLine(line: string): string | null {
  const text = line.replace(PARAGRAPH_REF, '').trim().replace(/^[-•]\s*/, '');
  if (BODY_COLON.test(text)) return text;
  if (/^agreed\s+agenda\s+items/i.test(text) || /^decision\s+(?:maker|status|published|details|date)\b/i.test(text)) return null;
  const m = KEYWORD.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    // "RESOLVED:", "RESOLVED –", "Resolved: -", "AGREED that …", "RESOLVED 2025/041:", "DECISION:", "AGREED" alone
    const number = /^\s*(?:no\.?\s*)?\(?\d{1,4}(?:[/.]\d{1,4})?\)?(?=\s*(?:[:–—-]|$))/i.exec(rest);
    const after = number ? rest.slice(number[0].length) : rest;
    // "AGREED the information be noted and …", "AGREED for the review to report …": the keyword in capitals, then what was agreed
    if (/^[A-Z]{5,}$/.test(m.groups!.kw) && /^\s+(?:the|for|a|an|all|any|this)\b/i.test(after) && !/^it\s/i.test(text)) return text;
    if (/^\s*(?:[:–—-]+|$)/.test(after) || /^\s+(?:that|to)\b/i.test(after) || /^\s+unanimously\b/i.test(after)) {
      // "Decision taken in the meeting …" is not a heading; "AGREED the dates" is a decision sentence, read elsewhere.
      if (/^it\s+was\s+agreed\b/i.test(text) && !/[:–—-]\s*$/.test(after)) return null;
      return after.replace(/^\s*(?:unanimously\s+)?[:–—-]*\s*/, '').trim();
    }
    return null;
  }
  const body = BODY_KEYWORD.exec(text);
  if (body) {
    // "The Panel RESOLVED to:", "The Board agreed that:", "The Board resolved :-" — a list of decisions follows.
    const rest = text.slice(body[0].length);
    if (/^\s*(?:[:–—-]+\s*)$/.test(rest) || /^\s+(?:that|to)\s*[:–—-]+\s*$/i.test(rest) || /^\s*[:–—-]+\s*$/.test(rest)) return rest.replace(/^\s*[:–—-]*\s*/, '').replace(/[:–—-]+\s*$/, '').trim();
  }
  return null;
}

/** A sentence recording a decision of the body: "The Committee AGREED that …", "The Board agreed to invite …", "Members requested that …". */
export function decisionSentence(sentence: string, own?: OwnBody): boolean {
  const reading = readClause(sentence);
  if (!reading.subject || !reading.verb || reading.passive) return false;
  const subject = reading.subject.replace(/^(?:(?:following|after|having|on)\s+[^,]{2,60},\s+)/i, '');
  const deciding = new RegExp(String.raw`^(?:${alternatives(['agreed', 'resolved', 'decided', 'approved', 'noted', 'received', 'endorsed', 'supported', 'accepted', 'requested', 'asked', 'recommended', 'deferred', 'confirmed', 'welcomed', 'thanked', 'instructed', 'authorised', 'authorized', 'delegated', 'adopted', 'determined', 'invited', 'referred'])})$`, 'i').test(reading.verb);
  // the body itself or its members — not "the county council has agreed to …"
  const named = new RegExp(String.raw`^(?:the\s+|this\s+)?(?:[A-Z][\w&'’-]*\s+){0,7}?(?:${alternatives(['Committee', 'Panel', 'Board', 'Cabinet', 'Council', 'Commission', 'Sub-Committee', 'Executive Member', 'Forum', 'Group', 'Authority'])})$`).test(subject.trim()) || new RegExp(String.raw`^(?:the|this)\s+(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'council', 'commission', 'forum', 'group', 'authority'])})$`, 'i').test(subject.trim());
  const members = /^(?:(?:all\s+)?(?:[A-Z][\w&'’-]*\s+)?(?:members|governors|councillors|trustees|directors)(?:\s+present)?|cabinet)$/i.test(subject.trim());
  const body = members || (named && (!own || own.is(subject) || own.name === null || /^(?:the|this)\s+\w+$/i.test(subject.trim())));
  // "Members asked about the budget" is a question; "asked that", "asked for", "asked officers to" a request
  if (/^(?:asked|requested)$/i.test(reading.verb) && new RegExp(String.raw`^\s*(?:${alternatives(['about', 'whether', 'how', 'if', 'what', 'why', 'when', 'where', 'who', 'questions', 'question'])})\b`, 'i').test(reading.rest)) return false;
  return deciding && body;
}

const INLINE = /(?:^|(?<=[.!?;]\s+)|\s)(?:[Ii]t\s+was\s+(?:unanimously\s+|further\s+|also\s+)?|(?<=\band\s+)(?:unanimously\s+)?|(?<=\b(?:seconded|proposed)\b[^.]{0,80}\band\s+))?(?:RESOLVED|Resolved|resolved|AGREED(?=\s*[:–—])|Agreed(?=\s*[:–—]))(?:\s+(?:unanimously|UNANIMOUSLY))?\s*(?:[:–—-]+\s*|\s+(?=that\b|to\b|[A-Z]))(?<rest>\S.*)$/;

/** "It was moved by Councillor A and seconded by Councillor B that …", "Proposed Cllr X, seconded Cllr Y, that …" */
const MOTION = /(?:^|(?<=[.!?]\s+))(?:it\s+was\s+)?(?:moved|proposed)\s+(?:by\s+)?(?:[^.]{2,80}?\s+)?(?:and\s+)?(?:seconded\s+(?:by\s+)?[^.]{2,60}?\s+)?(?<carried>(?:and\s+)?(?:agreed|resolved|carried)(?:\s+(?:unanimously|by\s+\w+(?:\s+\w+)?))?\s+)?that\s+(?<rest>.+)$/i;

/** The blocks of one minute, in order. */
export function findBlocks(lines: string[], own?: OwnBody): Block[] {
  const refs = paragraphRefs(lines);
  const blocks: Block[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const keyword = keywordLine(line);
    if (keyword !== null) {
      const block = keywordBlock(lines, i, keyword, refs[i]);
      i = block.lines[block.lines.length - 1];
      if (block.paragraphs.length || block.stem) push(blocks, block, used);
      continue;
    }
    const inline = INLINE.exec(line.replace(PARAGRAPH_REF, ''));
    if (inline?.groups && !/^(?:it\s+was\s+)?resolved\s*$/i.test(line)) {
      const span = [i];
      // the resolution is its own sentence; what follows on the line is the minute's text again
      const sentencesAfter = inline.groups.rest.split(/(?<=[.!?])\s+(?=[A-Z])/);
      let text = sentencesAfter[0];
      // "… be placed in the Tuxfordian. Action – Clerk.", "… at a cost not exceeding £280. Clerk to place the order.":
      // the line that names who acts goes with its resolution; the rest is the minute's text again
      let k = 1;
      // (printed in two languages, the line gives the second after " / ": "Clerc i anfon y siec / Clerk to send the cheque.")
      while (sentencesAfter[k] && (/^actions?\b/i.test(sentencesAfter[k]) || /^(?:[^/.]{2,80}\s\/\s)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s+to\s+[a-z]+\b/.test(sentencesAfter[k]))) text += ` ${sentencesAfter[k++]}`;
      const before = line.replace(PARAGRAPH_REF, '').slice(0, inline.index).replace(/^\(?[a-z]\)\s+/i, '').trim();
      const leftover = [before, sentencesAfter.slice(k).join(' ')].join(' ').trim();
      // The resolution runs to the end of its sentence, whatever line the layout breaks it on.
      while (!/[.!?]\s*$/.test(text) && i + 1 < lines.length && lines[i + 1].trim() && !CLAUSE_START.test(lines[i + 1].trim()) && !PARAGRAPH_REF.test(lines[i + 1].trim()) && keywordLine(lines[i + 1]) === null) {
        text += ` ${lines[++i].trim()}`;
        span.push(i);
      }
      // "a) 20/00598/OUT … – the Parish Council resolved to submit response …": cited by its letter where no number is printed
      const letter = /^\(?([a-z]|[ivx]{1,4})\)\s/i.exec(line)?.[1];
      push(blocks, { lines: span, paragraphs: [text], paragraphRef: refs[span[0]] ?? (letter ? `(${letter})` : null), stem: '', confidence: 0.9, found: 'inline', rest: leftover || undefined }, used);
      continue;
    }
  }
  // A motion moved and seconded, and carried: "It was moved by Cllr A and seconded by Cllr B that … be deferred …"
  // (the motion may run over several lines of its paragraph).
  lines.forEach((line, i) => {
    if (used.has(i) || !line.trim()) return;
    let last = i;
    while (last + 1 < lines.length && last - i < 6 && lines[last + 1].trim() && !used.has(last + 1)) last++;
    const parts = lines.slice(i, last + 1).map((l) => l.trim());
    const text = parts.join(' ');
    const motion = MOTION.exec(text);
    if (!motion?.groups || motion.index >= parts[0].length) return;
    const restAt = motion.index + motion[0].length - motion.groups.rest.length;
    const rest = motion.groups.rest.split(/(?<=[.!?])\s+(?=[A-Z])/)[0];
    const after = text.slice(restAt + rest.length, restAt + rest.length + 200);
    // (the outcome after the motion, or before its "that": "seconded by Cllr Reid and agreed unanimously that …")
    if ((!motion.groups.carried && !/\b(?:carried|CARRIED|agreed|approved|in\s+favour\s+of\s+the\s+(?:motion|proposal))\b/.test(after)) || /\b(?:lost|LOST|defeated|fell|not\s+carried|rejected|withdrawn)\b/.test(after)) return;
    // the lines the motion's words lie on
    const span: number[] = [];
    let at = 0;
    parts.forEach((p, k) => {
      if (at + p.length >= motion.index && at <= restAt + rest.length) span.push(i + k);
      at += p.length + 1;
    });
    push(blocks, { lines: span, paragraphs: [rest], paragraphRef: refs[i], stem: '', confidence: 0.7, found: 'inline' }, used);
  });
  // Sentences that record a decision, in paragraphs no block has taken (a sentence may run over several lines).
  for (let i = 0; i < lines.length; i++) {
    // a bullet of the discussion ("- Members requested …") is read with the discussion
    if (used.has(i) || !lines[i].trim() || /^- /.test(lines[i].trim())) continue;
    const span = [i];
    let text = lines[i].trim().replace(PARAGRAPH_REF, '');
    // (a line that closes with its owners' initials closes the item)
    while (i + 1 < lines.length && lines[i + 1].trim() && !used.has(i + 1) && !/[.!?:]\s*$/.test(text) && !COLUMN_INITIALS.test(lines[i]) && !CLAUSE_START.test(lines[i + 1].trim()) && !/^- /.test(lines[i + 1].trim())) {
      text += ` ${lines[++i].trim()}`;
      span.push(i);
    }
    const owners = COLUMN_INITIALS.exec(lines[i])?.groups?.initials;
    if (owners) text = text.replace(COLUMN_INITIALS, '').replace(/\s+[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*\s*$/, '');
    const all = sentences(text);
    all.forEach((sentence, k) => {
      const initials = owners && k === all.length - 1 ? owners.split(/\s*[,/&]\s*/) : undefined;
      if (decisionSentence(sentence, own)) push(blocks, { lines: span, paragraphs: [sentence], paragraphRef: refs[span[0]], stem: '', confidence: 0.8, found: 'sentence', initials }, used, false);
    });
  }
  // On an "agenda and minutes" page, numbered notes before "Minutes:" are the agenda's words, not decisions.
  const record = lines.findIndex((l) => /^minutes\s*:?\s*$/i.test(l.trim()));
  for (const block of layoutBlocks(lines, refs, used)) if (record < 0 || block.lines[0] > record) push(blocks, block, used);
  return blocks.sort((a, b) => a.lines[0] - b.lines[0]);
}

function push(blocks: Block[], block: Block, used: Set<number>, exclusive = true): void {
  // A page that prints the decision twice ("Decision:" and again under "Minutes:") gives it once.
  const key = (b: Block) => b.paragraphs.join(' ').replace(/\W+/g, ' ').trim().toLowerCase();
  if (blocks.some((b) => key(b) === key(block) && key(b).length > 0)) {
    for (const k of block.lines) used.add(k);
    return;
  }
  blocks.push(block);
  if (exclusive) for (const k of block.lines) used.add(k);
}

function keywordBlock(lines: string[], i: number, rest: string, ref: string | null): Block {
  // "RESOLVED that Cabinet:" / "That:-" / "It was resolved that:": words that every clause completes.
  const stemOnly = /[:–—-]\s*-?\s*$/.test(rest) || /^(?:that|to)$/i.test(rest) || /^that\s+(?:the\s+)?[\w&'’ -]{1,60}:$/i.test(rest) || BODY_COLON.test(rest);
  const block: Block = { lines: [i], paragraphs: rest && !stemOnly ? [rest] : [], paragraphRef: ref, stem: stemOnly ? rest : '', confidence: 0.9, found: 'keyword' };
  let j = i + 1;
  let blanks = 0;
  for (; j < lines.length; j++) {
    const next = lines[j].trim();
    if (!next) {
      blanks++;
      continue;
    }
    // "RESOLVED:" over "That the Committee:": the second line is the stem of the clauses.
    if (!block.paragraphs.length && BODY_COLON.test(next.replace(/^[-•]\s*/, ''))) {
      block.stem = `${block.stem} ${next}`.trim();
      block.lines.push(j);
      continue;
    }
    if (STOP.test(next) || keywordLine(next) !== null || ATTENDANCE_LINE.test(next)) break;
    // "That:-" under "THE DECISION:" is the stem of the clauses below it.
    if (!block.paragraphs.length && /^that\s*[:–—-]+\s*$/i.test(next)) {
      block.stem = `${block.stem} ${next}`.trim();
      block.lines.push(j);
      continue;
    }
    if (ref && PARAGRAPH_REF.test(next) && PARAGRAPH_REF.exec(next)?.groups?.ref !== ref) break;
    const previous = block.paragraphs[block.paragraphs.length - 1];
    const clause = CLAUSE_START.test(next) || /^(?:- )?(?:that|to)\b/i.test(next);
    // A clause the layout broke across a blank line carries on with its noun phrase, not a new sentence.
    const continuing = previous !== undefined && !/[.!?]$/.test(previous) && (/^[a-z(]/.test(next) || blanks === 0 || (!/[;:]$/.test(previous) && !new RegExp(String.raw`^(?:${alternatives(['the', 'this', 'that', 'these', 'it', 'there', 'members', 'a', 'an', 'in', 'on', 'following', 'after'])})\b`, 'i').test(next) && blanks <= 2));
    const first = previous === undefined && (clause || /^[a-z]/.test(next) || /^[A-Z][a-z]+\s/.test(next) && blanks <= 1);
    // A block is its clauses; prose that starts a new sentence after a full stop has left it.
    if (!(clause || continuing || first || (/^[a-z]/.test(next) && blanks === 0))) break;
    if (previous !== undefined && !clause && !continuing && /[.!?]$/.test(previous) && blanks > 0) break;
    if (continuing && !clause) block.paragraphs[block.paragraphs.length - 1] = `${previous} ${next}`;
    else block.paragraphs.push(next);
    block.lines.push(j);
    blanks = 0;
  }
  return block;
}

/**
 * A run of two or more marked clauses that read as decisions, with no keyword above them (web
 * pages and PDF copies lose "Resolved:"): a block with less confidence. A list introduced as
 * what was said ("the following points were noted:") is discussion, not decision.
 */
function layoutBlocks(lines: string[], refs: (string | null)[], used: Set<number>): Block[] {
  const blocks: Block[] = [];
  let run: number[] = [];
  const flush = () => {
    const starts = run.filter((k) => CLAUSE_START.test(lines[k].trim()));
    const lead = lines.slice(0, run[0] ?? 0).reverse().find((l) => l.trim())?.trim() ?? '';
    // The top level of the list: the kind of marker it opens with. A stem ending in ":" and bare noun phrases count for neither side.
    const top = starts.filter((k) => markerKind(lines[k].trim()) === markerKind(lines[starts[0]]?.trim() ?? ''));
    const read = top.map((k) => lines[k].trim().replace(CLAUSE_START, '')).filter((text) => !/:\s*$/.test(text)).map((text) => decisionForm(text));
    const decisions = read.filter((r) => r === 'decision').length;
    const reports = read.filter((r) => r === 'report').length;
    if (starts.length >= 2 && decisions >= 1 && decisions > reports && !DISCUSSION_LEAD.test(lead)) {
      blocks.push({ lines: run, paragraphs: mergeContinuations(run.map((k) => lines[k].trim())), paragraphRef: refs[run[0]], stem: '', confidence: 0.65, found: 'layout' });
    }
    run = [];
  };
  lines.forEach((line, i) => {
    const text = line.trim();
    if (!text) return;
    if (used.has(i)) return flush();
    // a row of a table ("10.   Fiona Myers   Interim Director …") is not a clause
    if (/\S\s{3,}\S/.test(text)) return flush();
    if (CLAUSE_START.test(text) && !/^- /.test(text)) run.push(i);
    else if (run.length && (/^[a-z]/.test(text) || !/[.;:]$/.test(lines[run[run.length - 1]].trim()))) run.push(i);
    else flush();
  });
  flush();
  return blocks;
}

function mergeContinuations(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (out.length && !CLAUSE_START.test(p)) out[out.length - 1] += ` ${p}`;
    else out.push(p);
  }
  return out;
}

/** The kind of marker a clause opens with, so that sub-clauses are told from the list's own. */
export function markerKind(text: string): string {
  const m = /^(?:- )?(\(?)([a-z]{1,5}|\d{1,2}(?:\.\d{1,2})*)([.)]?)/i.exec(text);
  if (!m) return 'none';
  const token = m[2];
  const kind = /^\d+\.\d/.test(token) ? 'decimal' : /^\d/.test(token) ? 'number' : /^[ivx]+$/i.test(token) && token.length > 1 ? 'roman' : 'letter';
  return `${kind}${m[1]}${m[3]}`;
}

/**
 * The form of a clause: a decision ("That …", "to …", a subjunctive "the plan be developed", a verb first,
 * a present tense after a named subject), a report of what happened (a past tense), or neither (a noun phrase).
 */
export function decisionForm(text: string): 'decision' | 'report' | 'neither' {
  if (/^(?:that|to)\s/i.test(text)) return 'decision';
  const reading = readClause(text);
  if (reading.form === 'past' || (reading.copula && /^(?:was|were)$/i.test(reading.verb ?? ''))) return 'report';
  if (reading.form === 'none') return /\b(?:includes?|be|are|is)\b/.test(text) ? 'decision' : 'neither';
  if (reading.form === 'participle' && reading.subject) return 'report';
  return 'decision';
}

/** A clause in the form of a decision. */
export function readsAsDecision(text: string): boolean {
  return decisionForm(text) === 'decision';
}

/** Sentences of a paragraph: a full stop, then a capital or a bracket. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(])|(?<=[a-z)])\.(?=[A-Z][a-z])/).map((s) => s.trim()).filter(Boolean);
}
