// A day members gather that is no meeting of the body: a strategy day, a development session, a
// workshop or seminar (no quorum, no minutes, no decisions), or a sitting the minutes say is "not a
// formal meeting". Clerks do not carry such days as the body's next meetings.
import type { DateMention } from './dateText.js';
import { alternatives } from './lexicon.js';

// (a closed class: the few names bodies give their informal sittings — away and strategy days, development, training and
// briefing sessions, workshops, seminars, and a visit or meeting on a site, "with a site visit at 5pm on 10 January")
const INFORMAL_SITTINGS = [
  'strategy day',
  'away day',
  'away-day',
  'awayday',
  'development day',
  'development session',
  'training session',
  'briefing session',
  'workshop',
  'seminar',
  'site visit',
  'site meeting',
];
const SITTING = new RegExp(
  String.raw`\b(?:(?<informal>${alternatives(INFORMAL_SITTINGS)})s?|meetings?|sittings?)\b`,
  'gi',
);
/** "(not a formal Board meeting)", "which is not a meeting of the Panel". */
const NOT_A_MEETING = /\bnot\s+(?:a|an)\s+(?:[\w&'’-]+\s+){0,3}?meeting\b/i;
/** The same said in a bracket of the label before a day: "Walk round (not a business meeting): 25 January". */
const NOT_A_MEETING_LABEL = /\(\s*not\s+(?:a|an)\s+(?:[\w&'’-]+\s+){0,3}?meeting\s*\)[^()]*$/i;

/** Whether the date stands for an informal sitting: the sitting named nearest before it in its sentence, or the words after it deny it is a meeting. */
export function informalSittingAt(before: string, line: string, d: DateMention): boolean {
  // (a sentence may chain two sittings: "a briefing at 6.30pm followed by the Panel at 7pm on 6 March" — the Panel's date)
  const clause = before
    .slice(before.search(/(?:[^.;]|\.(?=\d))*$/))
    .split(/\b(?:followed\s+(?:immediately\s+)?by|preceded\s+by|then|and\s+then)\b/i)
    .pop()!;
  // ("Briefing (not a formal meeting): 25 January": a label's own bracket denies it is a meeting before the day)
  if (NOT_A_MEETING_LABEL.test(clause)) return true;
  const nearest = [...clause.matchAll(SITTING)].pop();
  if (nearest?.groups?.informal) return true;
  const after = line.slice(d.end).split(/[.;](?!\d)/)[0];
  return NOT_A_MEETING.test(after);
}

/** Whether a row's words name an informal sitting ("workshop on the play strategy", "Site visit – depot"): no meeting of the body. */
export function namesInformalSitting(text: string): boolean {
  return [...text.matchAll(SITTING)].some((m) => !!m.groups?.informal);
}
