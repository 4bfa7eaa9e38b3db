// Step 3, decision blocks: where a minute records what was decided. By keyword — "RESOLVED:",
// "AGREED –", "Decision:", "THE DECISION:", "The Board resolved :-", "The Committee:-",
// "It was RESOLVED that …" inside a paragraph, "The Committee approved …" — and by layout: a
// run of two or more numbered or lettered clauses in "That …", "to …" or subjunctive form is a
// decision even when the page lost its heading. A minute printed twice (a "Decision:" copy and
// a "Minutes:" copy) gives its block once.
import type { OwnBody } from './bodies.js';
import { ATTENDANCE_LINE, OWNER_LABELS, alternatives } from './lexicon.js';
import { push, type Block } from './block.js';
import { BODY_COLON, decisionSentence, keywordLine } from './decisionKeywords.js';
import { subItemOf } from './subItems.js';
import { CLAUSE_START, PARAGRAPH_REF, paragraphRefs, sentences } from './paragraphs.js';
import { layoutBlocks } from './unheadedBlocks.js';
import { topicEntryAbove } from './topicEntries.js';
import { quotedMotions } from './quotedMotions.js';
import { sheetCopies } from './decisionSheet.js';
import { actionMarker } from './owner.js';

/** A paragraph's number before a clause mark: "8.4 (a) ", "12.3   (i) ". */
const NUMBERED_CLAUSES = new RegExp(
  String.raw`^(\s*)${PARAGRAPH_REF.source.slice(1)}(?=\(?[a-z]{1,4}\)\s|\(\d{1,2}\)\s)`,
);
/** Owners' initials standing apart at the end of a line, as a column. */
/** A titled part of a minute: its number and a short title, no sentence ("57.1 Motion 1 - Bus services"). */
const TITLED_PART = /^[A-Z]{0,3}\d{1,4}\.\d{1,3}\.?\s+[A-Z][^.;:]{1,80}$/;
const COLUMN_INITIALS = /\s{3,}(?<initials>[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*)\s*$/;
/** Lines that end a block: a reason, the start of the minutes' own copy, notes. */
const STOP =
  /^(?:reasons?(?:\s+for\s+(?:the\s+)?decision)?|minutes|publication\s+date|date\s+of\s+decision|decided\s+at\s+meeting|\(reference|accompanying\s+documents|note|supporting\s+documents|additional\s+documents|alternative\s+options|declarations?|wards?\s+affected|call[- ]in|exempt|report\s+author|contact|background\s+papers|lead\s+officer|effective\s+from|decision\s+maker|decision\s+published|made\s+at\s+meeting|subject\s+to\s+call[- ]in)\b\s*:?/i;
/** A verb in capitals opening a clause, past or present ("NOTED the …", "ASKED officers …", "RECOMMENDS that …"). */
const CAPITAL_VERB = /^[A-Z]{2,}(?:ED|S)\s+[a-z£"'‘“(]/;
/** The dates of the coming meetings under a label ("Future meetings: …", "Date of next meeting: …"): read for the dates, not a clause. */
const MEETING_DATES_LINE = /^(?:the\s+)?(?:dates?\s+of\s+)?(?:the\s+)?(?:next|future|forthcoming)\s+meetings?\s*:/i;
/** "To be actioned by: …", "Owner: …" under a resolution names who acts on it; it is not more of its last clause. */
const OWNER_LABEL_LINE = new RegExp(String.raw`^(?:${alternatives(OWNER_LABELS)})\s*:`, 'i');

const INLINE =
  /(?:^|(?<=[.!?;]\s+)|\s)(?:[Ii]t\s+was\s+(?:unanimously\s+|further\s+|also\s+)?|(?<=\band\s+)(?:unanimously\s+)?|(?<=\b(?:seconded|proposed)\b[^.]{0,80}\band\s+))?(?:RESOLVED|Resolved|resolved|AGREED(?=\s*[:–—])|Agreed(?=\s*[:–—]))(?:\s+(?:unanimously|UNANIMOUSLY))?\s*(?:[:–—-]+\s*|\s+(?=that\b|to\b|[A-Z]))(?<rest>\S.*)$/;

/** "It was moved by Councillor A and seconded by Councillor B that …", "Proposed Cllr X, seconded Cllr Y, that …" */
const MOTION =
  /(?:^|(?<=[.!?]\s+))(?:it\s+was\s+)?(?:moved|proposed)\s+(?:by\s+)?(?:[^.]{2,80}?\s+)?(?:and\s+)?(?:seconded\s+(?:by\s+)?[^.]{2,60}?\s+)?(?<carried>(?:and\s+)?(?:agreed|resolved|carried)(?:\s+(?:unanimously|by\s+\w+(?:\s+\w+)?))?\s+)?that\s+(?<rest>.+)$/i;

/**
 * A motion's words up to its "that" which carry the outcome as a heading — the keyword and its colon or dash, then a
 * clause's mark ("… seconded Cllr B and RESOLVED: a) that"): the clerk set the clauses out under the outcome, so the
 * motion has no single "that" of its own and its clauses are read one by one.
 */
function outcomeOverClauses(moved: string): boolean {
  return /\b(?:RESOLVED|AGREED|CARRIED|[Rr]esolved|[Aa]greed|[Cc]arried)\s*[:–—-]+\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s*)?that\s*$/.test(
    moved,
  );
}

/**
 * The last letter run into a paragraph before a point: "(a)" or "a)" after a sentence's end or a heading's title
 * ("Finance a) …", "… noted. (b) …"), followed by its words. A letter inside a sentence ("minute 12(b)", "option b)
 * was chosen") is a cross-reference, not a part.
 */
function runInLetter(before: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(/(?<=[.;]\s+|^[^.]*[A-Za-z]\s+)\(?([a-h]|[ivx]{1,4})\)(?:\s+(?=[A-Z0-9])|\s*$)/g))
    last = m as RegExpExecArray;
  return last;
}

/** The blocks of one minute, in order. */
export function findBlocks(printed: string[], own?: OwnBody): Block[] {
  const refs = paragraphRefs(printed);
  // ("8.4 (a) the update be noted;" / "(b) the decision … be deferred": a paragraph's number before the first of its
  // lettered clauses numbers the paragraph; the clauses are read from their own marks, under the paragraph's number)
  const lines = printed.map((line) => line.replace(NUMBERED_CLAUSES, '$1'));
  const blocks: Block[] = [];
  // (a motion's words quoted as moved are read apart: the resolution after them is the decision)
  const motions = quotedMotions(lines);
  const used = new Set<number>(motions.quoted);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || motions.quoted.has(i)) continue;
    const keyword = keywordLine(line) ?? numberedStem(line);
    if (keyword !== null) {
      // (inside a lettered sub-item of the minute, the resolution is the sub-item's and ends where the next one opens)
      const sub = subItemOf(lines, i);
      // (and a stem printed as a numbered paragraph heads clauses up to the next numbered paragraph)
      const end = sub?.end ?? (keywordLine(line) === null ? nextNumbered(lines, i) : undefined);
      const block = keywordBlock(end ? lines.slice(0, end) : lines, i, keyword, refs[i] ?? sub?.ref ?? null, printed);
      // ("8.3 AGREED:" over "8.4 (a) …": a keyword alone on its paragraph heads the clauses of the next; they are cited
      // by that paragraph's number)
      const clausesAt = block.lines.find((k) => k > i && lines[k] !== printed[k]);
      if (clausesAt !== undefined && !keyword.replace(/[:–—-]\s*-?\s*$/, '').trim() && refs[clausesAt])
        block.paragraphRef = refs[clausesAt];
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
      while (
        sentencesAfter[k] &&
        (/^actions?\b/i.test(sentencesAfter[k]) ||
          /^(?:[^/.]{2,80}\s\/\s)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s+to\s+[a-z]+\b/.test(
            sentencesAfter[k],
          ))
      )
        text += ` ${sentencesAfter[k++]}`;
      const before = line
        .replace(PARAGRAPH_REF, '')
        .slice(0, inline.index)
        .replace(/^\(?[a-z]\)\s+/i, '')
        .trim();
      const leftover = [before, sentencesAfter.slice(k).join(' ')].join(' ').trim();
      // The resolution runs to the end of its sentence, whatever line the layout breaks it on.
      while (
        !/[.!?]\s*$/.test(text) &&
        i + 1 < lines.length &&
        lines[i + 1].trim() &&
        !CLAUSE_START.test(lines[i + 1].trim()) &&
        !PARAGRAPH_REF.test(lines[i + 1].trim()) &&
        keywordLine(lines[i + 1]) === null
      ) {
        text += ` ${lines[++i].trim()}`;
        span.push(i);
      }
      // "a) 20/00598/OUT … – the Parish Council resolved to submit response …": cited by its letter where no number is printed
      // (a letter or small roman numeral closed by a full stop is the same mark: "ii.  RESOLVED that the Clerk …",
      // "b. AGREED that …" — a lower-case mark only, so that an initial ("J. Rowe proposed …") is no clause)
      // (and a letter run into the paragraph after a full stop cites what follows it up to the next letter, as parish
      // clerks run a minute's parts on: "202/26 Finance a) Payments approved. b) Grass cutting - it was RESOLVED that
      // the Clerk …" is 202/26(b); the last such letter before the keyword on its line is the resolution's)
      const letter = (runInLetter(line.slice(0, inline.index)) ??
        /^\(?([a-z]|[ivx]{1,4})\)\s/i.exec(line) ??
        /^([a-z]|[ivx]{1,4})\.\s/.exec(line))?.[1];
      // A paragraph number carried down from the line that printed it ("8.3 JOB EVALUATION" over "(a) The Committee
      // noted …" and "(b) RESOLVED that …") is the paragraph's; the letter printed on this line cites the clause
      // within it, "8.3(b)". (A number printed on the resolution's own line keeps its reading.)
      const inherited = refs[span[0]] && !PARAGRAPH_REF.test(line) && letter ? `${refs[span[0]]}(${letter})` : null;
      push(
        blocks,
        {
          lines: span,
          paragraphs: [text],
          // (or under the lettered sub-item it stands in, its letter a line above: "(d) Grant – Youth club" over
          // "Proposed …, seconded … and RESOLVED to award £500")
          paragraphRef:
            inherited ?? refs[span[0]] ?? (letter ? `(${letter})` : (subItemOf(lines, span[0])?.ref ?? null)),
          stem: '',
          confidence: 0.9,
          found: 'inline',
          rest: leftover || undefined,
        },
        used,
      );
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
    // ("Proposed Cllr A, seconded Cllr B and RESOLVED:" over "a) that …" / "b) that …": the outcome is printed as a
    // heading over marked clauses, each read by its own mark — the first clause's "that" is not the motion's)
    if (outcomeOverClauses(text.slice(motion.index, restAt))) return;
    const rest = motion.groups.rest.split(/(?<=[.!?])\s+(?=[A-Z])/)[0];
    const after = text.slice(restAt + rest.length, restAt + rest.length + 200);
    // (the outcome after the motion, or before its "that": "seconded by Cllr Reid and agreed unanimously that …")
    if (
      (!motion.groups.carried &&
        !/\b(?:carried|CARRIED|agreed|approved|in\s+favour\s+of\s+the\s+(?:motion|proposal))\b/.test(after)) ||
      /\b(?:lost|LOST|defeated|fell|not\s+carried|rejected|withdrawn)\b/.test(after)
    )
      return;
    // the lines the motion's words lie on
    const span: number[] = [];
    let at = 0;
    parts.forEach((p, k) => {
      if (at + p.length >= motion.index && at <= restAt + rest.length) span.push(i + k);
      at += p.length + 1;
    });
    push(
      blocks,
      { lines: span, paragraphs: [rest], paragraphRef: refs[i], stem: '', confidence: 0.7, found: 'inline' },
      used,
    );
  });
  // Sentences that record a decision, in paragraphs no block has taken (a sentence may run over several lines).
  for (let i = 0; i < lines.length; i++) {
    // a bullet of the discussion ("- Members requested …") is read with the discussion
    if (used.has(i) || !lines[i].trim() || /^- /.test(lines[i].trim())) continue;
    const span = [i];
    let text = lines[i].trim().replace(PARAGRAPH_REF, '');
    // (a line that closes with its owners' initials closes the item)
    while (
      i + 1 < lines.length &&
      lines[i + 1].trim() &&
      !used.has(i + 1) &&
      !/[.!?:]\s*$/.test(text) &&
      !COLUMN_INITIALS.test(lines[i]) &&
      !CLAUSE_START.test(lines[i + 1].trim()) &&
      !/^- /.test(lines[i + 1].trim())
    ) {
      text += ` ${lines[++i].trim()}`;
      span.push(i);
    }
    const owners = COLUMN_INITIALS.exec(lines[i])?.groups?.initials;
    if (owners) text = text.replace(COLUMN_INITIALS, '').replace(/\s+[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*\s*$/, '');
    const all = sentences(text);
    all.forEach((sentence, k) => {
      const initials = owners && k === all.length - 1 ? owners.split(/\s*[,/&]\s*/) : undefined;
      // "The Board agreed to ask the Pension Fund Committee to:" over "7.1 consider …; and" / "7.2 note …": a decision
      // told in a sentence that closes on a colon is the stem of the marked lines below it, as "RESOLVED that X be
      // asked to:" is — each line completes it, and a sentence after the run ("The Chair will present …") is not one
      // of them (stemOverLines)
      const below = k === all.length - 1 ? stemOverLines(lines, i, sentence, own, refs, printed) : null;
      if (below) {
        push(blocks, { ...below, lines: [...span.slice(0, -1), ...below.lines], confidence: 0.8 }, used);
        i = below.lines[below.lines.length - 1];
        return;
      }
      if (decisionSentence(sentence, own))
        push(
          blocks,
          {
            lines: span,
            paragraphs: [sentence],
            // (under an entry that only names its topic, "(4) 24/0117/FUL Mill House – rear extension.", the sentence is
            // that entry's decision, cited by its marker: topicEntries.ts)
            paragraphRef: refs[span[0]] ?? topicEntryAbove(lines, span[0]),
            stem: '',
            confidence: 0.8,
            found: 'sentence',
            initials,
          },
          used,
          false,
        );
    });
  }
  // On an "agenda and minutes" page, numbered notes before "Minutes:" are the agenda's words, not decisions — unless
  // worded as only decisions are (a decision page that lost its "Decision:" heading).
  const record = lines.findIndex((l) => /^minutes\s*:?\s*$/i.test(l.trim()));
  for (const block of layoutBlocks(lines, refs, used))
    if (record < 0 || block.lines[0] > record || block.strict) push(blocks, block, used);
  // (a "Decision:" sheet beside a minute that records its own resolution is a copy of it: decisionSheet.ts)
  // (a motion carried as quoted is cited by the titled part it stands in: "57.1 Motion 1 - …" over its "1. to ask …")
  for (const b of motions.blocks) {
    if (b.found !== 'inline' || b.paragraphRef) continue;
    const heading = lines
      .slice(0, b.lines[0])
      .reverse()
      .find((l) => PARAGRAPH_REF.test(l.trim()));
    if (heading && TITLED_PART.test(heading.trim())) {
      b.paragraphRef = refs[b.lines[0]] ?? null;
      b.titledPart = true;
    }
  }
  const all = [...blocks, ...motions.blocks];
  const copies = sheetCopies(lines, all);
  return all.map((b) => (copies.has(b) ? { ...b, copy: true } : b)).sort((a, b) => a.lines[0] - b.lines[0]);
}

/** "… the following recommendations to Cabinet:", "… to recommend to the Executive:": a body named as the one recommended to. */
const RECOMMENDS_TO_BODY =
  /\b(?:[Rr]ecommend(?:s|ed)?|[Rr]ecommendations?|RECOMMEND(?:S|ED)?)\s+(?:to|TO)\s+(?:the\s+)?[A-Z][^:;.]{1,60}:\s*$/;

/**
 * A decision sentence ending in "to:" or "that:" on line `i`, with the next line opening a marked clause: the block of
 * the clauses it heads (read as under a keyword line whose words end in a colon). Null where the sentence decides nothing
 * ("the following points were raised:") or no marked line follows.
 */
function stemOverLines(
  lines: string[],
  i: number,
  sentence: string,
  own: OwnBody | undefined,
  refs: (string | null)[],
  printed: string[],
): Block | null {
  // (only a stem the lines complete — its verb waits on "to:" or "that:"; "the following information be provided to
  // the Group:" names a list of things, read as it was)
  // (or one that recommends to a body what the lines say: "AGREED to make the following recommendations to Cabinet:" —
  // its clauses are what that body is asked to decide, as under "RESOLVED to RECOMMEND to Cabinet:")
  if (
    !(/\b(?:to|that)\s*:\s*$/i.test(sentence) || RECOMMENDS_TO_BODY.test(sentence)) ||
    i + 1 >= lines.length ||
    !CLAUSE_START.test(lines[i + 1].trim())
  )
    return null;
  if (!decisionSentence(sentence.replace(/\s*:\s*$/, '.'), own)) return null;
  const block = keywordBlock(lines, i, sentence, refs[i] ?? null, printed);
  return block.paragraphs.length ? { ...block, found: 'sentence' } : null;
}

/**
 * "3. RESOLVED that the Panel:" over "(a) agree …" / "(b) recommend to Cabinet …": the resolution's stem printed as the
 * last numbered paragraph of the discussion — the number counts the paragraph, and the clauses below complete the body's
 * verb as they do under an unnumbered stem. (Only a body and its colon: "3. RESOLVED that the report be noted." is a
 * resolution inside its paragraph, read inline; "6. RESOLVED: That the Panel finds that:" opens findings.)
 */
function numberedStem(line: string): string | null {
  const unnumbered = line.replace(/^\(?\d{1,2}[.)]\s+(?=[A-Z])/, '');
  if (unnumbered === line) return null;
  const body = /^(?:RESOLVED|AGREED)\s*:?\s+(?:that\s+)?(?<body>.+:)\s*$/i.exec(unnumbered)?.groups?.body;
  return body && BODY_COLON.test(body) ? keywordLine(unnumbered) : null;
}

/** Where a numbered paragraph's clauses end: at the paragraph numbered next in the same way ("4." after "3."). */
function nextNumbered(lines: string[], i: number): number | undefined {
  const m = /^(\(?)(\d{1,2})([.)])\s/.exec(lines[i].trim());
  if (!m) return undefined;
  const next = `${m[1]}${Number(m[2]) + 1}${m[3]} `;
  const k = lines.findIndex((l, j) => j > i && l.trim().startsWith(next));
  return k < 0 ? undefined : k;
}

function keywordBlock(lines: string[], i: number, rest: string, ref: string | null, printed = lines): Block {
  // "RESOLVED that Cabinet:" / "That:-" / "It was resolved that:": words that every clause completes.
  const stemOnly =
    /[:–—-]\s*-?\s*$/.test(rest) ||
    /^(?:that|to)$/i.test(rest) ||
    /^that\s+(?:the\s+)?[\w&'’ -]{1,60}:$/i.test(rest) ||
    BODY_COLON.test(rest);
  const block: Block = {
    lines: [i],
    paragraphs: rest && !stemOnly ? [rest] : [],
    paragraphRef: ref,
    stem: stemOnly ? rest : '',
    confidence: 0.9,
    found: 'keyword',
  };
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
    // (under "The Board:", "AGREED the draft priorities;" is the body's next clause, not a resolution of its own)
    const bodyClause = block.stem !== '' && CAPITAL_VERB.test(next);
    if (
      STOP.test(next) ||
      MEETING_DATES_LINE.test(next) ||
      OWNER_LABEL_LINE.test(next) ||
      (keywordLine(next) !== null && !bodyClause) ||
      ATTENDANCE_LINE.test(next)
    )
      break;
    // "That:-" under "THE DECISION:" is the stem of the clauses below it.
    if (!block.paragraphs.length && /^that\s*[:–—-]+\s*$/i.test(next)) {
      block.stem = `${block.stem} ${next}`.trim();
      block.lines.push(j);
      continue;
    }
    // (another paragraph's number ends the block — unless the keyword stands alone over it, its clauses to come)
    const numbered = PARAGRAPH_REF.exec(printed[j].trim())?.groups?.ref;
    if (ref && numbered && numbered !== ref && (block.paragraphs.length || next === printed[j].trim())) break;
    const previous = block.paragraphs[block.paragraphs.length - 1];
    // ("NOTED the report;" / "ASKED officers to …" under "The Board:": a clause may open with its verb in capitals, as
    // the body's decisions are printed, one to a line and unmarked)
    const clause =
      CLAUSE_START.test(next) || /^(?:- )?(?:that|to)\b/i.test(next) || (block.stem !== '' && CAPITAL_VERB.test(next));
    // (entries printed bare, with no closing mark, are a list of names: a whole sentence on the next line — "The Chair
    // undertook to …" — is the minute's next business, not the last entry's wrapped words; an entry that stops on a word
    // a phrase cannot end on, "… at the", carries on)
    if (sentenceAfterBareList(block.paragraphs, lines[j - 1].trim(), next, blanks, clause)) break;
    // A clause the layout broke across a blank line carries on with its noun phrase, not a new sentence.
    // (but a paragraph ending with its own "Action:" tag is the discussion's, which the tag closes: "(b) That the Head
    // of Parks report back in May" / "" / "Bench repairs to be costed." / "Action: Clerk")
    const continuing =
      previous !== undefined &&
      !/[.!?]$/.test(previous) &&
      (/^[a-z(]/.test(next) ||
        blanks === 0 ||
        (!/[;:]$/.test(previous) &&
          !new RegExp(
            String.raw`^(?:${alternatives(['the', 'this', 'that', 'these', 'it', 'there', 'members', 'a', 'an', 'in', 'on', 'following', 'after'])})\b`,
            'i',
          ).test(next) &&
          blanks <= 2 &&
          !taggedParagraph(lines, j)));
    const first =
      previous === undefined && (clause || /^[a-z]/.test(next) || (/^[A-Z][a-z]+\s/.test(next) && blanks <= 1));
    // A block is its clauses; prose that starts a new sentence after a full stop has left it.
    if (!(clause || continuing || first || (/^[a-z]/.test(next) && blanks === 0))) break;
    if (previous !== undefined && !clause && !continuing && /[.!?]$/.test(previous) && blanks > 0) break;
    if (continuing && !clause) block.paragraphs[block.paragraphs.length - 1] = `${previous} ${next}`;
    // (an unmarked clause of the body's is read as the bullet it stands for)
    else block.paragraphs.push(bodyClause && !CLAUSE_START.test(next) ? `- ${next}` : next);
    block.lines.push(j);
    blanks = 0;
  }
  return block;
}

/** A word a phrase does not end on: an entry closing on one carries on over the line ("Waiting times at the"). */
const OPEN_END = /\b(?:the|a|an|of|to|for|and|or|in|on|at|by|with|from|its|their|his|her|our)$/i;

function sentenceAfterBareList(
  entries: string[],
  above: string,
  next: string,
  blanks: number,
  clause: boolean,
): boolean {
  return (
    blanks === 0 &&
    !clause &&
    entries.length >= 2 &&
    entries.every((entry) => !/[.!?;:,]$/.test(entry)) &&
    CLAUSE_START.test(above) &&
    !OPEN_END.test(above) &&
    /^[A-Z]/.test(next) &&
    /[.!?]$/.test(next) &&
    next.split(/\s+/).length >= 6
  );
}

/** "Action: Clerk", "ACTION – JB: check the rota", "Action by: Clerk": a line that is a tag, or opens with one. */
const TAG_LINE = /^(?:[-•*]\s+)?actions?(?:\s+by)?\s*[:–—-]\s*\S/i;

/** Whether the paragraph from line `from` to the next blank line is closed by an "Action:" tag, on a line or at its end. */
function taggedParagraph(lines: string[], from: number): boolean {
  for (let k = from; k < lines.length && lines[k].trim(); k++)
    if (TAG_LINE.test(lines[k].trim()) || actionMarker(lines[k].trim())) return true;
  return false;
}
