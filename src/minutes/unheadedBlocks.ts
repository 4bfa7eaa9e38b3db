// Decision blocks found by layout alone: a run of marked clauses in the form of decisions
// with no keyword above them (a page that lost its "Resolved:").
import { readClause } from './grammar.js';
import { SAID_NOUNS, alternatives } from './lexicon.js';
import { type Block } from './block.js';
import { CLAUSE_START } from './paragraphs.js';
import { leadSentence, notAdopted } from './notAdopted.js';
import { isRecordFieldHeading } from './recordFields.js';

/** "That the following be noted and agreed:", "That the Committee:": a stem every clause below completes. */
const DECISION_STEM = /^that\b[^.;]{0,120}:\s*-?$/i;

/** Every clause opens as only a decision does: "That …", "to …". */
const strictly = (texts: string[]) =>
  texts.every((t) => /^(?:that|to)\s/i.test(t.replace(CLAUSE_START, '').replace(/^- /, '')));

/** A lead-in to what a report proposes, not what was decided: "Recommendation:", "Members are asked to:". */
const PROPOSING_LEAD = /\b(?:recommend\w*|asked\s+to|invited\s+to|purpose|propos\w*|options?)\b/i;

/** A lead-in to a list of what was said, not decided. */
const DISCUSSION_LEAD = new RegExp(
  String.raw`\b(?:points?|issues?|comments?|matters?|questions?|following)\b[^.]{0,60}\b(?:${alternatives(['noted', 'raised', 'made', 'discussed', 'highlighted', 'included', 'asked', 'were'])})\s*[:;-]*\s*$|\b(?:noted|raised|discussed|highlighted|made|included|identified)\s*(?:that)?\s*[:;-]+\s*$|\bnoted\s+that\s*:?\s*$|\bincluded\s*:\s*$`,
  'i',
);

/** A lead-in announcing its list as what a decision says ("… setting out the following concerns:"): the list is its content. */
const SAYS_A_LIST = new RegExp(String.raw`\bthe\s+following\s+(?:${alternatives(SAID_NOUNS)})\b[^.;]*:\s*-?$`, 'i');

/**
 * A run of two or more marked clauses that read as decisions, with no keyword above them (web
 * pages and PDF copies lose "Resolved:"): a block with less confidence. A list introduced as
 * what was said ("the following points were noted:") is discussion, not decision.
 */
export function layoutBlocks(lines: string[], refs: (string | null)[], used: Set<number>): Block[] {
  const blocks: Block[] = [];
  let run: number[] = [];
  const flush = () => {
    const starts = run.filter((k) => CLAUSE_START.test(lines[k].trim()));
    const leadAt = lines.slice(0, run[0] ?? 0).findLastIndex((l) => l.trim() !== '');
    const lead = leadAt >= 0 ? lines[leadAt].trim() : '';
    // "That the following be noted and agreed:" over the clauses: a stem that decides whatever they list
    const stem = DECISION_STEM.test(lead) && !used.has(leadAt) ? lead : '';
    // The top level of the list: the kind of marker it opens with. A stem ending in ":" and bare noun phrases count for neither side.
    // ("(i)" opening a list that goes on "(ii)" is a numeral, not the letter i)
    const kindOf = (k: number) =>
      k === starts[0] &&
      /^\(?i[.)]/i.test(lines[k].trim()) &&
      starts.length > 1 &&
      markerKind(lines[starts[1]].trim()).startsWith('roman')
        ? markerKind(lines[starts[1]].trim())
        : markerKind(lines[k].trim());
    const top = starts.filter((k) => kindOf(k) === kindOf(starts[0] ?? -1));
    const read = top
      .map((k) => lines[k].trim().replace(CLAUSE_START, ''))
      .filter((text) => !/:\s*$/.test(text))
      .map((text) => decisionForm(text));
    const decisions = read.filter((r) => r === 'decision').length;
    const reports = read.filter((r) => r === 'report').length;
    // Bullets say nothing of their own: only a list every item of which is worded as a decision, two at least as only a
    // decision is ("That …", "to …", "the plan be developed", "the Clerk obtain quotes"), is one.
    const bulleted = starts.length > 0 && starts.every((k) => /^- /.test(lines[k].trim()));
    const worded = bulleted ? starts.map((k) => bulletForm(lines[k].trim().replace(/^- /, ''))) : [];
    const decided = bulleted
      ? worded.filter((w) => w === 'strict').length >= 2 && !worded.includes('report')
      : decisions >= 1 && decisions > reports;
    // What the meeting agreed, as bullets with no heading closing the minute after its discussion: a list with one
    // bullet worded only as a decision is, and no bullet tells what happened — candidates, less surely.
    const closing =
      bulleted &&
      !decided &&
      lines.slice(run[run.length - 1] + 1).every((l, k) => !l.trim() || used.has(run[run.length - 1] + 1 + k)) &&
      lines.slice(0, run[0]).some((l) => l.trim().length > 80) &&
      looselyDecided(starts.map((k) => lines[k].trim().replace(/^- /, '')));
    // ("These are not agreed and will be tested at the next session:": drafted as decisions, none decided — kept as noted)
    // (a lead that ends its sentence, "When put to the vote, the amendment fell (4 for, 7 against).", tells of a
    // motion put before the list: the clauses under it are what was then decided)
    const leadIn = leadAt >= 0 ? leadSentence(lines, leadAt) : '';
    const undecided = leadAt >= 0 && notAdopted(leadIn) && !/[.!?]["”’)]?\s*$/.test(leadIn.trim());
    // (a list under a decision record's own heading, "REASONS" or "Alternative options considered", gives the reasons or
    // the options turned down: "1. The Panel took account of …; 2. A warning would not be enough to protect residents
    // and to uphold the policy" decides nothing, whatever its infinitives)
    if (
      starts.length >= 2 &&
      (decided || closing || stem) &&
      !DISCUSSION_LEAD.test(lead) &&
      !SAYS_A_LIST.test(lead) &&
      !isRecordFieldHeading(lead)
    ) {
      blocks.push({
        lines: stem ? [leadAt, ...run] : run,
        paragraphs: mergeContinuations(run.map((k) => lines[k].trim())),
        paragraphRef: refs[run[0]],
        stem,
        confidence: decided || stem ? 0.65 : 0.5,
        found: 'layout',
        ...(undecided ? { undecided } : {}),
        strict: !!stem || (top.length >= 2 && !PROPOSING_LEAD.test(lead) && strictly(top.map((k) => lines[k].trim()))),
      });
    }
    run = [];
  };
  lines.forEach((line, i) => {
    const text = line.trim();
    if (!text) return;
    if (used.has(i)) return flush();
    // a row of a table ("10.   Fiona Myers   Interim Director …") is not a clause
    if (/\S\s{3,}\S/.test(text)) return flush();
    // a bullet list is a run of its own, unless it is the sub-list of a marked clause's stem ("… to consider:")
    const bullet = /^- /.test(text);
    const runBulleted = run.length > 0 && /^- /.test(lines[run[0]].trim());
    if (bullet && run.length && !runBulleted && !/:\s*$/.test(lines[run[run.length - 1]].trim())) flush();
    else if (!bullet && CLAUSE_START.test(text) && runBulleted) flush();
    if (CLAUSE_START.test(text)) {
      // A list opening afresh ("(a)", "1.", "(i)") after a clause that introduced nothing (no closing ":") is a new
      // list: the decisions after the points that were raised, with no keyword between them.
      const previous = run.length ? lines[run[run.length - 1]].trim() : '';
      if (run.length && opensList(text, previous) && !/[:–—-]\s*$/.test(previous)) flush();
      run.push(i);
    } else if (run.length && (/^[a-z]/.test(text) || !/[.;:]$/.test(lines[run[run.length - 1]].trim()))) run.push(i);
    else flush();
  });
  flush();
  return blocks;
}

/** A list's first marker — "(a)", "a)", "1.", "(1)", "(i)" — but not the letter "(i)" after "(h)". */
function opensList(text: string, previous: string): boolean {
  const m = /^\(?([a-z]|\d{1,2})[.)]\s/i.exec(text);
  if (!m || !/^(?:a|1|i)$/i.test(m[1])) return false;
  return !(/^i$/i.test(m[1]) && /^\(?h[.)]\s/i.test(previous));
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
  const kind = /^\d+\.\d/.test(token)
    ? 'decimal'
    : /^\d/.test(token)
      ? 'number'
      : /^[ivx]+$/i.test(token) && token.length > 1
        ? 'roman'
        : 'letter';
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
  // ("Water company: notice of the new standing charge, to be applied from May": an infinitive after a noun phrase's
  // comma says what the thing is for — an entry in a list of what was received, no one told to do anything)
  if (
    reading.form === 'infinitive' &&
    reading.subject &&
    /,\s+to\s+(?:be\s+)?\w+/.test(text) &&
    !/^(?:the|a|an)?\s*[A-Z][\w'’ -]*,\s+to\s/.test(text)
  )
    return 'neither';
  return 'decision';
}

/** A bullet's wording: only as a decision is worded ("strict"), a report of what happened, or anything else. */
function bulletForm(text: string): 'strict' | 'report' | 'other' {
  if (/^(?:that|to)\s/i.test(text)) return 'strict';
  const reading = readClause(text);
  if (reading.form === 'past' || (reading.copula && /^(?:was|were)$/i.test(reading.verb ?? ''))) return 'report';
  // (not an imperative: bullets of aims and principles — "Improve access", "Make decisions locally" — are worded so)
  if (reading.form === 'subjunctive') return 'strict';
  // "the Clerk obtain quotes": a bare verb after one who is not plural is the subjunctive of a decision ("is brought" is not)
  const bare = reading.form === 'finite' && !reading.passive && !!reading.verb && !/s$/i.test(reading.verb);
  const single =
    !!reading.subject && !/s$/i.test(reading.subject.trim()) && !/^(?:i|you|we|they)$/i.test(reading.subject);
  return bare && single ? 'strict' : 'other';
}

/**
 * Bullets that may be what was agreed: leaving out a stem ending in ":" and the noun phrases listed under it, two
 * or more bullets each in a decision's form (a present, a subjunctive, "to …"), none telling what happened, and
 * one at least worded only as a decision is.
 */
function looselyDecided(texts: string[]): boolean {
  const top: string[] = [];
  let stem = false;
  for (const text of texts) {
    if (stem && decisionForm(text) === 'neither') continue;
    stem = /:\s*$/.test(text);
    if (!stem) top.push(text);
  }
  return (
    top.length >= 2 &&
    top.every((t) => decisionForm(t) === 'decision' && bulletForm(t) !== 'report') &&
    top.some((t) => bulletForm(t) === 'strict')
  );
}

/** A clause in the form of a decision. */
export function readsAsDecision(text: string): boolean {
  return decisionForm(text) === 'decision';
}
