// A report back hung on a decision by "with": "a review of the parking charges be undertaken, with the outcome
// reported back to this Committee within 12 months", "to delegate to the Director the setting up of a steering group,
// with a progress report to the Board in the summer". English makes the report an absolute phrase after the comma, but
// it is the body's own business to come, set beside the errand: two things to track — the errand, and the report at
// its meeting (the labels of the read sets keep them apart, fresh 113 04 and 123 09). Only what an errand brings back
// (its outcome, findings, results, conclusions, or a report or update, closed nouns) sent to a meeting or a body: "with
// the cap set at 2%", "with the findings of the survey attached to the response" say how the thing decided is made.
import { alternatives } from './lexicon.js';
import { MEETING_BODY_NOUNS } from './lexiconNouns.js';

/** What an errand brings back (closed). */
const BROUGHT_BACK = alternatives([
  'outcome',
  'outcomes',
  'findings',
  'result',
  'results',
  'conclusions',
  'report',
  'update',
]);

/** The participles that carry a report to a meeting (closed); none at all in "with a progress report to the Board". */
const CARRIED = alternatives(['reported', 'brought', 'presented', 'submitted']);

/**
 * Where the report comes back: this body, by its noun ("this Committee", "the Panel", "the Board"), or its next or a
 * future meeting. A report to a body named otherwise ("to Cabinet", "to the Health and Wellbeing Board") goes
 * elsewhere: not this body's business to come, and left with the decision.
 */
const TO_MEETING = String.raw`(?:back\s+)?to\s+(?:(?:this|the)\s+(?:${alternatives([...MEETING_BODY_NOUNS])})|(?:the|its|a)\s+(?:next|future|later)\s+meeting)\b`;

const ALONGSIDE = new RegExp(
  String.raw`^(?<before>.{8,}?),\s+with\s+(?<what>(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:${BROUGHT_BACK}))\s+(?:(?<done>${CARRIED})\s+)?(?<rest>${TO_MEETING}[^;]*)$`,
  'i',
);

/** The report as `reportAlongside` gives it apart: "the outcome be reported back to this Committee …". */
const SET_APART = new RegExp(
  String.raw`^(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:${BROUGHT_BACK})\s+be\s+(?:${CARRIED}|brought)\s+${TO_MEETING}`,
  'i',
);

/**
 * A report set apart from the decision it hung on. Under a stem that recommends to, or asks, another body ("AGREED to
 * RECOMMEND to the Executive that: … (3) a review be undertaken, with the outcome reported back to this Committee"),
 * the report is still this body's business, read on its own words, not the other body's.
 */
export function reportSetApart(piece: string): boolean {
  return SET_APART.test(piece.trim());
}

/** The decision and, apart, the report it sets for itself ("<what> be reported back to …"); null where there is none. */
export function reportAlongside(text: string): [string, string] | null {
  const m = ALONGSIDE.exec(text);
  if (!m?.groups) return null;
  const { before, what, done, rest } = m.groups;
  return [before, `${what} be ${done ?? 'brought'} ${rest}`];
}
