// A change of a body's membership: "That Councillor A replace Councillor B on the Planning
// Committee", "Cllr C succeed Cllr D on the Licensing Committee", "Mrs E serve on the Standards
// Committee". Like an appointment it takes effect as it is recorded: nothing is left to do.
import { namesBody } from './bodies.js';
import { HONORIFIC_WORDS } from './lexicon.js';
import { lemma } from './predicate.js';
import type { Reading } from './reading.js';

/** The verbs by which a person takes a seat on a body: closed, the ways a seat changes hands. */
const TAKING_A_SEAT = new Set(['replace', 'succeed', 'substitute', 'join', 'serve', 'sit']);
/** A person named with an honorific: "Councillor Ahmed", "Cllr A Dunn", "Mrs Patel", "Councillor Ruth Ahmed". */
const PERSON = new RegExp(
  String.raw`^(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s*)*(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][\w'’-]+$`,
);

/** A named person taking a seat on a named body (a seat is on a body: its name follows the verb). */
export function changesMembership(clause: Reading): boolean {
  if (!clause.subject || !PERSON.test(clause.subject.trim()) || !lemma(clause, TAKING_A_SEAT)) return false;
  const names = clause.rest.match(/(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*/g) ?? [];
  return names.some((name) => namesBody(name));
}

/** One or more people named with honorifics, joined by commas and "and": "Cllr Hale", "Cllrs Hale, Ory and Pim". */
const PEOPLE = String.raw`(?:(?:${HONORIFIC_WORDS})s?\.?\s+)?(?:[A-Z]\.?\s*)*(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][\w'’-]+`;
const HOLDERS = new RegExp(
  String.raw`^(?:${HONORIFIC_WORDS})s?\.?\s+(?:[A-Z]\.?\s*)*(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][\w'’-]+(?:\s*(?:,|\band\b|&)\s*${PEOPLE})*\s*(?:\([^()]*\))?\s*\.?$`,
);

/**
 * A row of an appointments list: a role or a body, a colon or a dash, and the people named to it — "Tree warden – Cllr
 * Orme", "Footpaths liaison: Cllrs Hale and Pim", "Speedwatch co-ordinator - Mrs Dunn (until May)". A role and its holder
 * with no verb: the appointment is made as it is recorded. (Not "Action: Cllr Hale", an action's owner, nor a row with a
 * verb after its dash, "Verges – Cllr Hale to report".)
 */
export function namedToRole(text: string): boolean {
  const row = /^(?<role>[A-Z][^:;.–—]{1,60}?)\s*(?::|\s[–—-])\s*(?<who>.+)$/.exec(text.trim());
  if (!row?.groups) return false;
  const role = row.groups.role.trim();
  if (/^(?:actions?|owners?|leads?|by(?:\s+whom)?|who|responsible|officer|assigned(?:\s+to)?)$/i.test(role))
    return false;
  if (/\b(?:to|will|would|shall|should|must|be|is|are|was|were)\b/i.test(role)) return false;
  return HOLDERS.test(row.groups.who.trim());
}
