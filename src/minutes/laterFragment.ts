// A matter sent on to a later meeting in a fragment with no subject, as notes and short minutes write it after what
// was (not) decided: "No decision; to be an agenda item in January.", "Item withdrawn; to be taken at the January
// meeting", ". To be discussed at the next meeting.", "…; to come back next time with a costed plan (BK)". The matter
// is the minute's own; the fragment gives its place at a later sitting of this body — forward business (work programme
// or deferral), no one's errand. Only a fragment opened by "to" where a sentence or a clause opens (its start, a
// semicolon or a colon — after a dash it was tried and left, round 31's "Left"), only with "be", "come back" or
// "return", and only with a sitting of this body named: "to be looked at again in the spring" after a proposal not
// agreed, or "to be considered when quotes are available", name none and stay as they were.
import type { OwnBody } from './bodies.js';
import { classify, type Decision } from './classify.js';
import { LATER_SITTING_IN_FRAGMENT } from './laterSitting.js';

/** "to be …", "to come back …", "to return …", "to remain open and return …", opening a sentence or a clause after ";" or ":". */
const FRAGMENT =
  /(?:^|[;:]\s*)(?<fragment>to\s+(?:be\s+[a-z]|come\s+back\b|return\b|remain\s+open\s+and\s+return\b)[^;]*)$/i;

/** The fragment and how it reads, when it sends the minute's matter to a later sitting of this body; else null. */
export function laterFragment(
  sentence: string,
  own: OwnBody,
): { text: string; decision: Decision; agent: string | null } | null {
  const fragment = FRAGMENT.exec(sentence.trim().replace(/[.]\s*$/, ''))?.groups?.fragment;
  if (!fragment || !LATER_SITTING_IN_FRAGMENT.test(fragment)) return null;
  const decision = classify(fragment, own);
  // (initials in brackets at its end, "… with a draft policy (DF)", name who brings it, as they do on an errand's line)
  const agent = /\((?<who>[A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*)\)\s*$/.exec(fragment)?.groups?.who ?? null;
  return decision.category === 'work-programme' || decision.category === 'deferral'
    ? { text: fragment, decision, agent }
    : null;
}
