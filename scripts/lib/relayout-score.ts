// Scoring labelled minutes re-laid-out (scripts/lib/relayout.ts) against their own labels, keeping
// only what each transformation leaves true.
import type { MinutesProposal } from '../../src/minutes/index.js';
import type { LabelledFile } from './minutes-corpus.js';
import type { Relayout } from './relayout.js';
import { scoreFile, totals, type Expected, type Score, type Totals } from './score-minutes.js';

/** A clause's letter or numeral in a printed reference: "40(b)", "(a)(iii)", "4(iv)". */
const CLAUSE_LETTER = /[a-z]{1,4}\)/;

/** The labels as far as the re-laid-out text still bears them out. */
export function keptLabels(expected: Expected, relayout: Relayout): Expected {
  if (relayout.loses !== 'clause-refs') return expected;
  return {
    ...expected,
    items: expected.items.map((item) => (item.ref && CLAUSE_LETTER.test(item.ref) ? { ...item, ref: null } : item)),
  };
}

/** The minutes' own numbers as the labels cite them: "17" of "17", "17(b)" and "17/2"; not "6.2". */
export function minuteNumbers(expected: Expected): string[] {
  return expected.items.flatMap((item) => /^(\d{1,3})(?=$|\(|\/\d{1,2}$)/.exec(item.ref ?? '')?.[1] ?? []);
}

export function relayoutFigures(
  files: LabelledFile[],
  relayout: Relayout,
  parse: (text: string) => MinutesProposal,
): { figures: Totals; scores: Score[] } {
  const scores = files.map((f) =>
    scoreFile(parse(relayout.apply(f.text, minuteNumbers(f.expected))), keptLabels(f.expected, relayout)),
  );
  return { figures: totals(scores), scores };
}

/** What a file lost by being re-laid-out: items missed or added, fields gone wrong, dates lost. */
export function lossOf(before: Score, after: Score): number {
  const drop = (f: (s: Score) => number) => Math.max(0, f(before) - f(after));
  return (
    drop((s) => s.matched) +
    Math.max(0, after.proposed - after.matched - (before.proposed - before.matched)) +
    drop((s) => s.typeRight) +
    drop((s) => s.ownerRight) +
    drop((s) => s.dueRight) +
    drop((s) => s.refRight) +
    drop((s) => Number(s.meetingDateRight)) +
    drop((s) => Number(s.nextMeetingsRight))
  );
}
