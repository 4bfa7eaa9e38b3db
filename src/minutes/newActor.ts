// A second errand begun by a new actor after "and": "That the policy be adopted and the Clerk to publish it", "the
// survey be repeated in the spring, and Cllr Hale to ask the County Council for a sign", "the quotation be accepted and
// RK to arrange the work". The clerks' "X to <verb>" names who is to act and what — the same instruction that stands
// after a semicolon ("…; the Clerk to arrange a visit", read in coordination.ts) — so after "and" it opens a clause of
// its own as well: what the meeting decided, then who is to do the next thing. Not where the words before "and" end on
// a person or a body: "Cllr Hale and the Clerk to meet the contractor", "asked the Chair and the Clerk to sign" are
// two people given one errand, and a long title may hold "and" ("the Head of Parks and Open Spaces to …").
import { readClause } from './grammar.js';
import { DETERMINERS } from './lexicon.js';

/** Who may be named to act: a title or a name in capitals ("the Tree Warden", "Cllr Hale", "RK"), or officers. */
const ACTOR = String.raw`(?:(?:the\s+)?(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w'’-]*|officers|the\s+clerk)`;

/** "… and <actor> to <verb> …": the clerks' form of an instruction, its verb a word of at least three letters. */
const AND_ACTOR_TO = new RegExp(String.raw`,?\s+and\s+(?<keep>${ACTOR}\s+to\s+(?<word>[a-z]{3,})\s)`, 'g');

/** The words before "and" end on a name or a title: the actor after it is joined to that one, not a new clause. */
const ENDS_ON_NAME = /[A-Z][\w'’-]*\)?\s*$/;

/**
 * The words before "and" give a purpose with its own actor: "deferred to allow the applicant to submit a drainage
 * survey and the Drainage Officer to comment on it" — the second actor is the second object of "allow", the meeting's
 * reason, no errand of its own (the verbs of letting a thing happen, closed).
 */
const PURPOSE_WITH_ACTOR =
  /\b(?:allow|allowing|enable|enabling|permit|permitting|in\s+order\s+for|so\s+that|give\s+time\s+for)\s+[^,;]{1,80}?\bto\s+[a-z]+[^;]*$/i;

/** Where a new actor's errand starts after "and" (the index of the actor's first word). */
export function newActorPoints(text: string): number[] {
  const points: number[] = [];
  for (const m of text.matchAll(AND_ACTOR_TO)) {
    if (DETERMINERS.has(m.groups!.word)) continue;
    const before = text.slice(0, m.index);
    if (ENDS_ON_NAME.test(before) || PURPOSE_WITH_ACTOR.test(before)) continue;
    // (the words before must decide something of their own: a verb, not a list of names or a heading)
    if (!readClause(before).verb && !readClause(before, true).verb) continue;
    points.push(m.index + m[0].length - m.groups!.keep.length);
  }
  return points;
}
