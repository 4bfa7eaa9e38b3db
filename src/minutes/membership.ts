// A change of a body's membership: "That Councillor A replace Councillor B on the Planning
// Committee", "Cllr C succeed Cllr D on the Licensing Committee", "Mrs E serve on the Standards
// Committee". Like an appointment it takes effect as it is recorded: nothing is left to do.
import { namesBody } from './bodies.js';
import { BODY_NOUNS, HONORIFIC_WORDS } from './lexicon.js';
import { lemma } from './predicate.js';
import type { Reading } from './reading.js';

/** The verbs by which a person takes a seat on a body: closed, the ways a seat changes hands. */
const TAKING_A_SEAT = new Set(['replace', 'succeed', 'substitute', 'join', 'serve', 'sit']);
/** The bodies that have seats to take, in lower case (closed: the kinds of body a member sits on). */
const SEATED_BODIES = new Set([
  'committee',
  'sub-committee',
  'subcommittee',
  'board',
  'panel',
  'group',
  'party',
  'forum',
  'partnership',
  'commission',
]);
/** A person named with an honorific: "Councillor Ahmed", "Cllr A Dunn", "Mrs Patel", "Councillor Ruth Ahmed". */
const PERSON = new RegExp(
  String.raw`^(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s*)*(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][\w'’-]+$`,
);

/**
 * A named person taking a seat on a body (a seat is on a body: its name follows the verb) — a body named in full, or one
 * of its kind in lower case ("Cllr Dunn join the steering group as a second representative", "Mrs Pike sit on the
 * working party": a seat, as on "the Planning Committee"). (Not "Cllr Dunn join the walk on Sunday": a walk is no body.)
 */
export function changesMembership(clause: Reading): boolean {
  if (!clause.subject || !PERSON.test(clause.subject.trim()) || !lemma(clause, TAKING_A_SEAT)) return false;
  const names = clause.rest.match(/(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*/g) ?? [];
  if (names.some((name) => namesBody(name))) return true;
  const seat =
    /^\s*(?:on\s+|in\s+)?the\s+(?:[a-z][\w'’-]*\s+){0,3}(?<head>[a-z][\w'’-]*)\s*(?:$|[.,;(]|\s(?:as|for|until|from|in\s+place)\b)/.exec(
      clause.rest,
    )?.groups;
  return !!seat && SEATED_BODIES.has(seat.head);
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

/** The verbs by which named people make up a body: closed, the ways a body's membership is stated. */
const MAKING_UP = new Set(['form', 'constitute', 'comprise', 'make up']);

/**
 * Named people making up a body, or added to a role or a body or taken off it — "Councillors Hale, Ory and Pim form the
 * review panel", "Cllr Dunn be added as a signatory to the bank mandate", "Mrs Patel be added to the working group",
 * "former Cllr Orme be removed as a signatory". Like an appointment it takes effect as it is recorded. (Not "Cllr Hale
 * form a view on the quotes": what is formed is no body; nor "the report be added to the agenda": no one named.)
 */
export function makesUpBody(clause: Reading): boolean {
  // ("former Cllrs Gosling and Pratt be removed": who is named may be named as they were)
  const subject = clause.subject?.trim().replace(/^(?:former|outgoing|retiring)\s+/i, '');
  if (!subject || !HOLDERS.test(subject)) return false;
  const rest = clause.rest.trim();
  const isBody = (np: string) =>
    np.split(/\s+/).some((w) => BODY_NOUNS.has(w.toLowerCase().replace(/[.,;:]+$/, ''))) && !/\bto\s+[a-z]+\b/.test(np);
  // ("… form the task group", "… make up the interview panel, with Cllr Hale as chair")
  const made = /^(?:up\s+)?the\s+(?<np>(?:[\w'’-]+\s+){0,5}[\w'’-]+)\s*(?:[,(;].*)?\.?$/.exec(rest)?.groups?.np;
  if (!clause.passive && lemma(clause, MAKING_UP) && made && isBody(made)) return true;
  // ("… be removed", "… be removed as signatories", "… be removed from the Flood Group": the seat given up, as an
  // appointment's undoing)
  if (clause.passive && /^removed$/i.test(clause.verb ?? '')) return /^(?:as\s+[a-z]|from\s+the\s+|[.;]?$)/i.test(rest);
  if (!clause.passive || !/^add(?:ed)?$/i.test(clause.verb ?? '')) return false;
  // ("… be added as a signatory", "… be added as signatories to the account"; "… be added to the Flood Group")
  if (/^as\s+(?:an?\s+|the\s+)?[a-z-]+\b/i.test(rest)) return true;
  const to = /^to\s+the\s+(?<np>(?:[\w'’-]+\s+){0,5}[\w'’-]+)\s*(?:[,(;].*)?\.?$/i.exec(rest)?.groups?.np;
  return !!to && isBody(to);
}
