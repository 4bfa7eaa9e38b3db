// Undertakings in the discussion, read by clause grammar rather than by wording: wherever a clause stands in a sentence
// of the discussion — first, after a semicolon, after "and" or "but", after "that" — a clause whose subject is someone
// of this meeting (a person by name, initials the minutes give, an officer by post, the Clerk, the Chair, the members)
// and whose verb group looks forward ("will", "would", "shall", "is to", "agreed to", "undertook to", "offered to", "was
// asked to", "X to <verb>", a subjunctive after "that") is a candidate, whatever its main verb. What it proposes passes
// the structural filters: a condition, a question, a hope or a view, a negation, an agreement reported as made before,
// a quotation, another body or this body itself (whose business other readers take), a thing as subject, an errand that
// only points back ("agreed to extend it"), and (in agreedParts) a clause that only notes.
// Consulted by discussion.ts `readParts` where the wording readers found nothing (after `reportedArrangements`, and at the
// PROPOSING stop with that pattern as `opening`) since round 43; an item it gives that the minute's resolution records for
// the same person, or that a resolution elsewhere decides in the same words, is dropped in index.ts (docs/minutes-parser.md,
// "Round 43 — Undertakings wired in").
import { namesBody } from './bodies.js';
import { conditional } from './classify.js';
import { readClause } from './grammar.js';
import type { Reading } from './reading.js';
import { agreedParts, type Context, type Said } from './agreedParts.js';
import { officer } from './reportedArrangements.js';
import { HONORIFIC_WORDS, OFFICE_NOUNS, VIEW_VERBS, QUESTION_WORDS, alternatives } from './lexicon.js';
import { FULL_MONTHS } from './lexiconNouns.js';

/**
 * Where a clause may begin inside a sentence: its start, a semicolon or colon, a coordinating conjunction (closed few),
 * and the "that" that opens a reported or subjunctive clause.
 */
const CLAUSE_START = /(?:^|[;:]\s+|,?\s+(?:and|but|so|whereupon)\s+|\bthat\s+)/g;

/** The members as a whole, by the closed few nouns for them, with "all" or "the". */
const THE_MEMBERS = /^(?:all\s+|the\s+)?(?:members|councillors|governors|trustees|officers|directors)$/i;

/** The body's own membership as a whole (closed few nouns): not its officers. */
const BODY_MEMBERSHIP = /^(?:all\s+|the\s+)?(?:members|councillors|governors|trustees)$/i;

/** An errand with nothing after its verb but one lower-case word: "to follow up", "to investigate further". */
const BARE_ERRAND = /^(?:[a-z]+\b)?\s*[.;,]?\s*$/;

/** A sitting named by its month: "the March meeting", "its January 2027 meeting" (month names: a closed class). */
const MONTHS_MEETING = new RegExp(String.raw`\b${FULL_MONTHS}\s+(?:\d{4}\s+)?meeting\b`);

/** The undertakings this reader proposed, so the minute's resolutions can be checked for the same errand. */
const READ_BY_CLAUSE = new WeakSet<Said>();
export const readByClause = (said: Said): boolean => READ_BY_CLAUSE.has(said);
/** The items made of them. */
const CLAUSE_ITEMS = new WeakSet<object>();
export const markClauseItem = (item: object): void => void CLAUSE_ITEMS.add(item);
export const isClauseItem = (item: object): boolean => CLAUSE_ITEMS.has(item);

/** A word of suggesting or asking (closed), not one of a matter only discussed or raised. */
const SUGGESTING = /\b(?:suggested|proposed|mooted|recommended|queried|questioned|wondered|asked\s+(?:whether|if))\b/i;

/** A pronoun subject points back: the readers of the speaker resolve it, not this one. */
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|there|which|who)$/i;

/** The undertaking verbs whose infinitive carries the errand: "agreed to", "undertook to" (closed: verbs of committing). */
const COMMITTING = /^(?:undertook|agreed|offered|volunteered|promised|pledged)$/i;

/** Being asked, passive: "was asked to", "were requested to", "was tasked to" (closed: verbs of asking). */
const BEING_ASKED = /^(?:asked|requested|instructed|tasked|directed)$/i;

/** An agreement or request reported as made before the meeting: the pluperfect, or "already" (closed auxiliaries). */
const BEFORE_THE_MEETING =
  /\b(?:had|has|have)\s+(?:already\s+|previously\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|en|ook)\b|\balready\b/i;

/** The verbs after a modal that state a wish or a need, not a deed ("would like", "would need", "would welcome"). */
const MODAL_WISH =
  /^(?:like|love|prefer|welcome|need|want|wish|hope|expect|appreciate|be|have|seem|appear|depend|mean|remain)$/i;

/** The clause before a "that" asks or wonders, states a view or a hope: what it introduces is no one's undertaking. */
const VIEW_BEFORE = new RegExp(String.raw`\b(?:${alternatives(VIEW_VERBS)})\s+(?:that\s+)?$`, 'i');

/** A question or a condition opens just before the clause: "asked whether the Clerk would …", "once the Clerk has …". */
const QUESTION_BEFORE = new RegExp(String.raw`\b(?:${alternatives(QUESTION_WORDS)})\s+$`, 'i');

/** A post by the closed nouns for one, before any "of …": "the Clerk", "the Head of Finance", "the Project Officer". */
const A_POST = new RegExp(String.raw`\b(?:${alternatives(OFFICE_NOUNS)})\b`, 'i');

/** A person by an honorific and a capitalised name: "Cllr Hart", "Mrs R Hale". */
const A_PERSON = new RegExp(
  String.raw`^(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$`,
);

/** A council named by its tier alone, as parish and town minutes do: "the County", "the District" (a closed class). */
const A_TIER = /^the\s+(?:County|District|Borough|City|Parish|Town)$/i;

/**
 * Whether a noun phrase names someone of this meeting: a person by name, initials the minutes give, a post, the members.
 * Not this body itself (its own business is read by the readers of its decisions and work programme), not another body,
 * not a thing ("the Summer Fair would go ahead", "the home would close").
 */
export function ofThisMeeting(np: string, context: Context, reported = false): boolean {
  const who = np
    .trim()
    .replace(/^(?:also|then)\s+/i, '')
    .replace(/[,.;]+$/, '');
  if (!who || PRONOUN.test(who) || context.own.is(who) || namesBody(who) || A_TIER.test(who)) return false;
  if (THE_MEMBERS.test(who) || A_PERSON.test(who)) return true;
  if (/^[A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4})*$/.test(who))
    return context.people.knows(who) || context.people.initials.has(who);
  // (a post: its head before any "of …" is one of the closed nouns for an office, and it is written as a title)
  const head = who.replace(/\s+(?:of|for)\s.*$/i, '');
  if (A_POST.test(head) && /^(?:the\s+)?[A-Z]/.test(who) && officer(who)) return true;
  // (a member by the name the members' line gives: "Tom", "Ann Small" — not in reported speech after "that", where a bare
  // name of that line may be the body a representative came from, telling its own plan)
  if (reported) return false;
  const words = who.toLowerCase().split(/\s+/);
  return context.people.members.size > 0 && words.every((w) => context.people.members.has(w));
}

/** A purpose clause closing the errand: "so (that) it can be agreed …", "so that members could comment …" (closed modals). */
const PURPOSE_AFTER = /,?\s+so\s+(?:that\s+)?(?:\S+\s+){1,4}?(?:can|could|may|might)\s+.*$/i;

/** An errand whose object is only a pronoun points back to a request the readers of answers take: "agreed to extend it". */
const PRONOUN_ONLY = /^(?:[a-z]+\s+)?(?:it|this|that|them|these|those|so|one)\s*[.;,]?\s*$/i;

/** The forward clause a candidate reads as, its errand's words and who does it; null when the verb group is not forward. */
function forward(reading: Reading, afterThat: boolean): { what: string; agent: string | null } | null {
  if (!reading.subject || reading.negated || reading.copula) return null;
  const verb = reading.verb?.toLowerCase() ?? '';
  const agent = reading.subject;
  if (reading.form === 'modal' && /^(?:will|would|shall)$/.test(reading.modal ?? '') && !reading.passive)
    return MODAL_WISH.test(verb) ? null : { what: reading.text, agent };
  // ("X to <verb>", "X is to <verb>"; after "that" an infinitive belongs to the verb before, not to a clause of its own)
  if (reading.form === 'infinitive' && !reading.passive && !afterThat) return { what: reading.text, agent };
  if (reading.form === 'subjunctive' && !reading.passive && afterThat) return { what: reading.text, agent };
  if (reading.form === 'past' && !reading.passive && COMMITTING.test(verb) && reading.inner?.form === 'infinitive')
    return { what: reading.rest.trim(), agent };
  if (reading.form === 'past' && reading.passive && BEING_ASKED.test(verb) && reading.inner?.form === 'infinitive')
    return { what: reading.text, agent };
  return null;
}

/** The undertakings a sentence of the discussion holds in any of its clauses, where the wording readers found none. */
export function undertakings(text: string, context: Context, listed: boolean, opening?: RegExp): Said[] {
  // (a question or a condition anywhere before is read by its own readers; none of its clauses is an undertaking)
  if (/\?\s*$/.test(text)) return [];
  for (const start of text.matchAll(CLAUSE_START)) {
    const at = start.index + start[0].length;
    const before = text.slice(0, at);
    const afterThat = /\bthat\s+$/i.test(start[0]);
    // (the clause runs to the next semicolon: what follows is another clause, read at its own start)
    const clause = text.slice(at).split(/;\s+/)[0]!.trim();
    if (!clause) continue;
    // (an "and" inside a name or a list of names joins words, not clauses: "Leicester and Rutland Health …", "the Head of
    // Law and the Chair, to agree …")
    if (/^\s+and\s+$/i.test(start[0]) && /[A-Z][\w'’)-]*\s+and\s+$/.test(before)) continue;
    // (words inside quotation marks are quoted, from an earlier minute or a paper, not undertaken here)
    if ((before.match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
    if (QUESTION_BEFORE.test(before) || VIEW_BEFORE.test(before) || conditional(before)) continue;
    const reading = readClause(afterThat ? `that ${clause}` : clause);
    const found = forward(reading, afterThat);
    if (!found || !found.agent || !ofThisMeeting(found.agent, context, afterThat || /^that\s/i.test(clause))) continue;
    // (the body's own membership "was asked to" is the meeting asked by whoever presented, to weigh its own business; the
    // meeting's errands are the ones it gives)
    if (reading.form === 'past' && reading.passive && BODY_MEMBERSHIP.test(found.agent.trim())) continue;
    // (after a suggestion, a clause set against it by "but" answers it — why it was not taken up, or what stands instead —
    // and is no errand the meeting agreed)
    if (opening && /\bbut\b/i.test(start[0]) && SUGGESTING.test(before)) continue;
    // (points a presentation made: only a person named at the meeting, not a post or the members, undertakes there)
    if (listed && !context.people.knows(found.agent)) continue;
    const head = clause.slice(0, clause.length - reading.rest.length);
    if (BEFORE_THE_MEETING.test(head) || conditional(clause)) continue;
    // (a subject set off by a comma from its verb is an item of a list or an aside, not a clause's subject)
    if (head.includes(',')) continue;
    // (where the readers stopped at a suggestion or a matter discussed, a clause that stands after it, or is it, is that
    // suggestion; a word of suggesting in the errand's object — "the proposed minimum payment" — blocks nothing)
    // (a clause after "that" is governed by the verb just before it; one after "and", "but" or a semicolon stands on its own)
    const governing = afterThat ? (before.split(/[;,]|\b(?:and|but)\b/).pop() ?? '') : '';
    if (opening?.test(`${governing}${head}`)) continue;
    if (PRONOUN_ONLY.test((reading.inner ?? reading).rest.trim())) continue;
    // (nor does an errand of a bare verb, with at most an adverb or a particle after it — "agreed to follow up": what it
    // works on is the matter raised before, not named here)
    if (BARE_ERRAND.test((reading.inner ?? reading).rest.trim())) continue;
    // (a purpose after the errand, "so it can be agreed on <date>", says why, not when: its date is not the errand's)
    found.what = found.what.replace(PURPOSE_AFTER, '');
    const said = agreedParts(found.what, found.agent.replace(/^(?:also|then)\s+/i, ''), 0.5, context.own).map((x) =>
      // (an errand for a sitting of this body named by its month — "for the March meeting" — is work for that meeting)
      x.decision.places.some((p) => p.kind === 'own-meeting') && MONTHS_MEETING.test(x.text)
        ? { ...x, decision: { ...x.decision, category: 'work-programme' as const } }
        : x,
    );
    for (const x of said) READ_BY_CLAUSE.add(x);
    if (said.length) return said;
  }
  return [];
}
