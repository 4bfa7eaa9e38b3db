// The discussion of one minute cut into paragraphs: the text after "Minutes:" that no decision block or table took,
// each with its paragraph reference, whether it is an item of a list of what was said, and an action's label above it.
import { actionRefLine } from './actionRefs.js';
import { alternatives } from './lexicon.js';
import { actionMarker, columnInitials } from './owner.js';
import { titleLike } from './headingTitle.js';
import { topicEntryAbove } from './topicEntries.js';
import { SENTENCE_THEN_INITIALS } from './reflow.js';
import { CLAUSE_START, paragraphRefs, PARAGRAPH_REF } from './paragraphs.js';
import type { Minute } from './types.js';

export interface Paragraph {
  text: string;
  ref: string | null;
  line: number;
  listed: boolean;
  /** Printed under an action's labelled reference ("Action Point 2"): the paragraph is that action. */
  labelled?: boolean;
}

/** A lead-in to a list of what was said, not decided. */
/**
 * "ii.  Mrs Roe asked about the bins": a paragraph numbered with a small roman numeral and a full stop, cited by it as
 * "(ii)". Small letters only: "I. Okafor said" opens with an initial.
 */
const ROMAN_DOT = /^([ivx]{1,4})\.\s+(?=[A-Z])/;

const SAID_LEAD = new RegExp(
  String.raw`\b(?:${alternatives(['noted', 'raised', 'made', 'discussed', 'highlighted', 'included', 'asked', 'comments', 'comment', 'points', 'point', 'issues', 'issue'])})\b[^.]{0,20}[:;-]\s*$`,
  'i',
);

const LETTERED = /^\(?([a-z])\)\s/i;
/** Whether another lettered line follows this one before a blank line: the lines between are this letter's. */
const letteredAhead = (lines: string[], i: number) => {
  for (let k = i + 1; k < lines.length && lines[k].trim(); k++) if (LETTERED.test(lines[k].trim())) return true;
  return false;
};

export function paragraphsOf(
  minute: Minute,
  consumed: Set<number>,
  around: Map<number, string> = new Map(),
): Paragraph[] {
  const refs = paragraphRefs(minute.lines);
  // On an "agenda and minutes" page the agenda's own words come before "Minutes:".
  const record = minute.lines.findIndex((l) => /^minutes\s*:?\s*$/i.test(l.trim()));
  const out: Paragraph[] = [];
  let lastLine = -2;
  let listed = false;
  let labelledRef: string | null = null;
  let subHeading: string | null = null;
  // (a lettered sub-item of prose runs on to the next letter: "a) Members were worried about speeding." / "It was
  // agreed that the Clerk write to the police." / "b) …" — the sentence after the full stop is still the sub-item's,
  // until a blank line ends it)
  let hanging: string | null = null;
  // A table the action-table reader did not take (a work programme's "Item   Lead officer   Meeting") is no prose:
  // two lines running, each in three columns or more.
  const columns = (k: number) =>
    /\S\s{3,}\S/.test(minute.lines[k] ?? '') && (minute.lines[k].trim().match(/\S\s{2,}(?=\S)/g) ?? []).length >= 2;
  minute.lines.forEach((raw, i) => {
    const line = raw.trim();
    if (consumed.has(i) && i >= record) {
      // (a lettered clause or row the decision block took — "(c) 26/0099/FUL  Mill Barn  OBJECT." — still runs on to
      // the next letter: what the block left of it before "(d)", "Clerk to ask the Ward Member to call it in.", is
      // (c)'s. After the last letter a sentence may as well be the minute's, so only a line between two letters.)
      const taken = refs[i] ? undefined : LETTERED.exec(line)?.[1];
      if (taken && letteredAhead(minute.lines, i)) hanging = `(${taken})`;
      else if (/^(?:\(?[a-z0-9]{1,4}[.)]|\(\d{1,2}\))\s/i.test(line)) hanging = null;
    }
    if (columns(i) && (columns(i - 1) || columns(i + 1))) return;
    if (!line) hanging = null;
    if (!line) {
      if (out.length && !/[:;]\s*$/.test(out[out.length - 1].text) && !/^- /.test(minute.lines[i + 1]?.trim() ?? ''))
        listed = false;
      return;
    }
    if (around.has(i) && i >= record) {
      // (the words around a resolution on a lettered line are that letter's, as the resolution is: "b) Grant to the fete.
      // Resolved to award £350. The Clerk is to pay it once …")
      const letter = /^\(?([a-z]|[ivx]{1,4})\)\s/i.exec(line)?.[1];
      out.push({ text: around.get(i)!, ref: refs[i] ?? (letter ? `(${letter})` : null), line: i, listed: false });
      lastLine = -2;
      return;
    }
    if (consumed.has(i) || i < record) return;
    // "Action Point 2" over the action's words: the label is the reference of the action under it
    const actionRef = actionRefLine(line);
    if (actionRef) {
      labelledRef = actionRef;
      lastLine = -2;
      return;
    }
    if (labelledRef) {
      out.push({ text: line, ref: labelledRef, line: i, listed: false, labelled: true });
      labelledRef = null;
      lastLine = i;
      return;
    }
    const last = out[out.length - 1];
    const marker = /^(?:- |•\s)/.test(line) || CLAUSE_START.test(line);
    if (!marker && !CLAUSE_START.test(line) && last && !listed && !/^\(?[a-z]{1,3}\)/.test(line)) listed = false;
    if (
      last &&
      lastLine === i - 1 &&
      !/[.!?:;]\s*$/.test(last.text) &&
      !marker &&
      !/^(?:[Aa]ctions?|ACTIONS?)\b/.test(line) &&
      !actionMarker(line) &&
      !actionMarker(last.text) &&
      // (owners' initials in a column end the line they stand on, and its paragraph — a sentence closed, a gap of two
      // spaces or more and initials is that column too: "… to the March meeting.  KP / DW" over the next entry)
      !columnInitials(last.text) &&
      !SENTENCE_THEN_INITIALS.test(last.text)
    ) {
      last.text += ` ${line}`;
    } else {
      // "a) 20/00598/OUT …", "b) To confirm …", "(3) Councillor X asked …": a lettered or bracketed paragraph is cited by
      // its letter or number where no paragraph number is printed
      const letter = refs[i]
        ? null
        : (/^(?:\(?([a-z]|[ivx]{1,4})\)|\((\d{1,2})\))\s/i.exec(line) ?? ROMAN_DOT.exec(line))?.slice(1).find(Boolean);
      // "(b) Council Tax Support Scheme" over its debate: a lettered sub-heading, whose letter the paragraphs under it
      // take until the next one opens
      if (letter && /^[a-z]$/i.test(letter))
        subHeading = titleLike(line.replace(/^\(?[a-z]\)\s+/i, '')) ? `(${letter})` : null;
      const ref =
        refs[i] ??
        (letter
          ? `${letter === subHeading?.slice(1, -1) ? '' : (subHeading ?? '')}(${letter})`
          : (hanging ?? subHeading ?? topicEntryAbove(minute.lines, i)));
      if (letter && !refs[i]) hanging = /^[a-z]$/i.test(letter) ? ref : null;
      out.push({
        text: line
          .replace(PARAGRAPH_REF, '')
          .replace(/^(?:\(?(?:[a-z]|[ivx]{1,4})\)|\(\d{1,2}\))\s+/i, letter ? '' : '$&')
          .replace(ROMAN_DOT, letter ? '' : '$&'),
        ref,
        line: i,
        listed: listed && marker,
      });
    }
    if (SAID_LEAD.test(line) && !/\b(?:agreed|resolved|decided)\b/i.test(line)) listed = true;
    else if (!marker) listed = false;
    lastLine = i;
  });
  return out.flatMap(runInParts);
}

/** A letter run into a paragraph: at its start, or after a sentence's end, before the words of its part. */
const RUN_IN = /(?:^|(?<=[.;:]\s+))\(?([a-h])\)\s+(?=[A-Z0-9])/g;

/**
 * A paragraph whose parts are lettered in its run, as parish clerks write a minute's business on: "(a) Potholes on
 * Mill Lane: the Clerk to report them. (b) Bench at the green: Cllr Ferris will repair it. (c) Verges: noted." Each
 * part is a paragraph of its own, cited by its letter. Only letters that run in order (a, b, c …), two at least, so
 * that one bracketed letter after a sentence ("… as before. (b) above applies") stays the text it is.
 */
function runInParts(paragraph: Paragraph): Paragraph[] {
  if (paragraph.ref !== null && !/^\([a-h]\)$/.test(paragraph.ref)) return [paragraph];
  const marks = [...paragraph.text.matchAll(RUN_IN)];
  if (marks.length < 2) return [paragraph];
  const inOrder = marks.every((m, k) => k === 0 || m[1].charCodeAt(0) === marks[k - 1][1].charCodeAt(0) + 1);
  if (!inOrder) return [paragraph];
  const parts: Paragraph[] = [];
  const before = paragraph.text.slice(0, marks[0].index).trim();
  if (before) parts.push({ ...paragraph, text: before });
  marks.forEach((m, k) => {
    const end = marks[k + 1]?.index ?? paragraph.text.length;
    const text = paragraph.text.slice(m.index + m[0].length, end).trim();
    if (text) parts.push({ ...paragraph, text, ref: `(${m[1]})` });
  });
  return parts;
}
