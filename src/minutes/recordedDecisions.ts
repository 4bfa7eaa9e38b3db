// Resolutions that only record — procedure, a sum set, an approval standing alone, a state from now on — read as noted; kept apart from classify.ts, which orders the tests.
import { namesBody, type OwnBody } from './bodies.js';
import { agentLike, thingSubject } from './agents.js';
import { tokenize } from './words.js';
import { afterVerb, type Reading } from './reading.js';
import { PREPOSITIONS, RECORDING_PARTICIPLES, RECORDING_VERBS, WHOLE_MEMBERSHIP, alternatives } from './lexicon.js';
import { placesIn } from './places.js';
import { conditional, lemma } from './predicate.js';
import { conditionsNamed, consulteeView, doneAtSitting, fallback, rejectedOption } from './untracked.js';

const AMEND = new Set(['amend', 'correct', 'insert', 'delete']);

/** Procedure and practice, not business: a denial, the report taken as read, a record corrected, how the members work at meetings. */
export function procedure(text: string, reading: Reading, clause: Reading, chain: Reading[]): boolean {
  // (and procedure: "the report be taken as read"; a view recorded: "to make no objection", "raised no comments")
  if (
    chain.some((c) => c.negated) ||
    /\bno\s+further\s+action\b|\btaken\s+as\s+read\b/i.test(text) ||
    (lemma(clause, new Set(['make', 'raise', 'have', 'offer'])) &&
      /^\s*no\s+(?:objections?|comments?|observations?)\b/i.test(clause.rest))
  )
    return true;
  // "The Panel had asked that …", "the Chair had agreed to …": the past perfect tells what was done before the
  // meeting, not what it decides (the auxiliary "had" before the head verb, with its subject)
  if (pastPerfect(reading)) return true;
  // "would be put into action if a lock-down came into force": nothing to do unless it happens
  if (clause.modal === 'would' && conditional(clause.text)) return true;
  // a fallback, a ruling carried out at the hearing, a consultee's observations (untracked.ts)
  // (and an option the record says was rejected: untracked.ts)
  // (and a point of a permission "subject to:" that names only its conditions: untracked.ts)
  if (
    fallback(text) ||
    doneAtSitting(text) ||
    consulteeView(clause, text) ||
    rejectedOption(text) ||
    conditionsNamed(text)
  )
    return true;
  // correcting a record or rewording a motion is procedure: "to amend Item 3 …", "agreed to amend the recommendation …"
  if (
    chain.some((c) => lemma(c, AMEND)) &&
    new RegExp(
      String.raw`\b(?:${alternatives(['item', 'minute', 'minutes', 'record', 'paragraph', 'page', 'article', 'recommendations', 'recommendation', 'motion', 'resolution', 'wording'])})\b`,
      'i',
    ).test(text)
  )
    return true;
  if (correctsRecord(text) || closesLogEntries(text)) return true;
  // "Members raise any concerns at the meeting after each report", "councillors bring questions to every meeting": the members
  // themselves told how they will work at meetings in general (not at one meeting to come) — a practice, not an item
  const theMembers = /^(?:the\s+|all\s+)?(?:[A-Z][\w-]*\s+)?(?:members|councillors|governors|trustees)$/i.test(
    reading.subject ?? '',
  );
  if (
    theMembers &&
    /\b(?:at|to|before)\s+(?:(?:the|any|a)\s+meetings?\s+(?:following|after|at\s+which)\b|(?:each|every|all|future)\s+meetings?\b)/i.test(
      text,
    )
  )
    return true;
  return false;
}

/**
 * A record put right: an earlier minute named by its number or by a part of it and "amended", "corrected", "changed" or
 * "altered" ("That Minute No. 17 be amended to show that …", "That RS.44(c) be amended …", "the name in the second
 * paragraph of minute 9 be changed from … to …"), or a correction stated as what the record "should read/say", "not" what
 * it says ("item 4 should read £4,500, not £5,400"). The minutes are mended when they are signed: nothing to track.
 * (The verbs are a closed few; a website or a policy amended is still work, for it is no record of a meeting.)
 */
export function correctsRecord(text: string): boolean {
  const changed = String.raw`(?:be|is|was|were|are)\s+(?:amended|corrected|changed|altered)\b`;
  return (
    new RegExp(String.raw`\b(?:minute\s+no\.?\s*\d+|minutes?|paragraph|item)\b[^.;]{0,60}?\b${changed}`, 'i').test(
      text,
    ) ||
    new RegExp(
      String.raw`^(?:that\s+)?[A-Z]{0,5}[./]?\s?\d{1,4}(?:[./]\d{1,4})*(?:\([a-z0-9]{1,4}\))*\s+${changed}`,
      'i',
    ).test(text.trim()) ||
    /\bshould\s+(?:read|say|state|show|have\s+(?:read|said|stated|shown))\b[^.;]{0,80}?,?\s+not\b/i.test(text)
  );
}

/**
 * A clause whose verb the grammar could not place, read for the plain signs of a record rather than an instruction: it
 * ends in a recording verb's passive ("the handling of the complaint referred to and returned by the Ombudsman be
 * noted"), states a view ("The Town Council has no objection"), or tells only what had happened, in the past perfect or
 * the past passive ("the ward members affected had not been consulted", "the schemes were not appraised"). A clause
 * with a modal, an infinitive or a subjunctive "be" still instructs.
 */
export function readsAsRecord(text: string): boolean {
  const t = text.trim();
  const recorded = new RegExp(
    String.raw`\bbe\s+(?:${alternatives([...RECORDING_PARTICIPLES])})(?:\s+(?:with\s+thanks|accordingly))?\s*[.;]?$`,
    'i',
  );
  if (recorded.test(t)) return true;
  if (/^(?:that\s+)?[^;]{2,80}?\b(?:has|have)\s+no\s+(?:objections?|comments?|observations?)\b/i.test(t)) return true;
  const pastOnly =
    /\b(?:had|has|have|was|were)\s+(?:not\s+|never\s+|already\s+|originally\s+|previously\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b/i.test(
      t,
    ) && !/\b(?:be|will|shall|should|must|would|to\s+be)\s/i.test(t);
  return pastOnly;
}

/**
 * A log's row by its reference: "QS/061", "AG/26/07", "2026/118", "action 118", "A12" — and a body's initials set apart
 * by a space or written with "&" and small letters, "QSC 26/40", "QB 27/014", "R&A/204" (two capitals at least, so a
 * place's name and number, "Ward 3", "Route 12", is no row).
 */
const LOG_ROW = String.raw`(?:(?:[Aa]ctions?|[Ii]tems?|[Rr]efs?\.?)\s+)?(?:(?:[A-Z]{1,5}[/.-]?|(?=[A-Z][a-z&]?[A-Z])[A-Z][A-Za-z&]{1,5}(?:[/.-]|\s)?)\d{1,4}(?:[/.-]\d{1,4}){0,2}|\d{2,4}[/.-]\d{1,4}|\d{1,4})\b`;
/**
 * Rows of the log named by their references and closed, in either voice, whoever is the subject: "agreed to close QS/061
 * and QS/063", "That CP/19 be closed once the report has been taken", "actions 4, 7 and 9 can be closed". (A bare number
 * needs "action" before it: "to close 2 branches" closes no row.)
 */
const LOG_ROWS = String.raw`(?=[A-Z]|(?:[Aa]ctions?|[Ii]tems?|[Rr]efs?)\b|\d{2,4}[/.-])${LOG_ROW}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${LOG_ROW})*`;
/** A second recording verb after the rows closed: "agreed to close A/3 and A/7 and noted the new date for A/9". */
const NOTED_TOO = String.raw`(?:noted|received|approved)\b`;
/**
 * The passive a decision gives the rows: "be", "are", "can be", and "to be", "can now be" ("CP4 and CP5 to be closed",
 * "actions 7 and 9 can now be closed"). Removed, deleted or signed off only as the whole clause ("A14 be removed."):
 * "A14 be removed and replaced by …" has work in it.
 */
const ROWS_BE = String.raw`(?:(?:to|can|could|should|would)\s+(?:now\s+)?be|be|is|are|was|were)`;
const LOG_ROWS_CLOSED = new RegExp(
  String.raw`\bto\s+close\s+(?:both\s+)?${LOG_ROWS}(?:\s+(?:once|when|as|now)\b[^;]*|\s+and\s+${NOTED_TOO}[^;]*)?\s*[.;]?\s*$|(?:^|\b[Tt]hat\s+)${LOG_ROWS}\s+${ROWS_BE}\s+(?:closed|marked\s+(?:as\s+)?(?:complete|completed|closed|done))\b|(?:^|\b[Tt]hat\s+)${LOG_ROWS}\s+${ROWS_BE}\s+(?:removed|deleted|signed\s+off)(?:\s+from\s+the\s+(?:action\s+)?(?:log|tracker|list))?\s*[.;]?\s*$`,
);

/**
 * The lists of rows a sentence closes, in either voice: "The Board agreed to close A/3 and A/7; A/9 remains open"
 * gives "A/3 and A/7" (a row not in a list, A/9, is not closed by it).
 */
export function rowsClosedIn(sentence: string): string[] {
  const lists = new RegExp(
    String.raw`\bclose\s+(?:both\s+)?(?<active>${LOG_ROWS})|(?<passive>${LOG_ROWS})\s+(?:be|is|are|was|were|(?:can|could|should|would)\s+be)\s+(?:closed|marked\s+(?:as\s+)?(?:complete|completed|closed|done))\b`,
    'g',
  );
  return [...sentence.matchAll(lists)].map((m) => m.groups?.active ?? m.groups?.passive ?? '');
}

/**
 * The rows the log itself shows finished, taken off it in either voice with no reference: "agreed to close the
 * completed actions", "That the two completed actions be removed", "to remove all the closed actions from the tracker".
 * The rows' own status says which they are, so "completed", "closed", "finished" or "done" before them is the sign (a
 * bare "to remove the actions on parking" is an errand).
 */
const FINISHED_ROWS = String.raw`(?:the\s+|all\s+(?:the\s+)?|both\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:completed|closed|finished|done|discharged)\s+(?:actions?|entries|rows|items)`;
const FINISHED_ROWS_CLOSED = new RegExp(
  String.raw`(?:^|\bto\s+)(?:close|remove|delete|clear|discharge|sign\s+off)\s+${FINISHED_ROWS}(?:\s+(?:from|on|in)\s+(?:the\s+)?[\w\s'’-]{1,40}?)?\s*[.;]?\s*$|(?:^(?:that\s+)?|\bthat\s+)${FINISHED_ROWS}\s+(?:be|are|were|(?:can|could|should|would)\s+be)\s+(?:closed|removed|deleted|cleared|discharged|signed\s+off)\b`,
  'i',
);

/**
 * Entries of the action log closed at the meeting: "That actions AG/14 and AG/19 be closed", "actions 3 and 7 be
 * marked as complete", "the completed actions be removed from the log". The log is the record; closing a row is done
 * by deciding it. (What a row becomes is a closed few words of a log's status column.)
 */
export function closesLogEntries(text: string): boolean {
  return (
    LOG_ROWS_CLOSED.test(text) ||
    FINISHED_ROWS_CLOSED.test(text.trim()) ||
    // ("the tracker show it as closed", "the action log be updated to show both as complete": the log set to show an
    // earlier action done — the whole clause, with nothing else asked)
    /^(?:that\s+)?the\s+(?:action\s+)?(?:tracker|log|action\s+list)\s+(?:(?:be\s+(?:updated|amended)\s+to\s+)?shows?|records?)\s+(?:it|them|both|this|these|the\s+action)\s+as\s+(?:closed|complete|completed|done)\s*[.;]?\s*$/i.test(
      text.trim(),
    ) ||
    // ("agreed to close the completed actions", "to close the actions marked complete": the finished rows, none named —
    // the whole of the sentence: "… and asked the Clerk to write …" has an errand after it)
    /\bto\s+close\s+(?:all\s+)?(?:the\s+)?(?:(?:two|three|four|five|six|\d{1,2})\s+)?(?:(?:completed|finished|closed|done)\s+(?:actions|entries|rows)\b|(?:actions|entries|rows)\s+(?:marked|shown|reported)\s+(?:as\s+)?(?:complete|completed|closed|done|green)\b)\s*[.;]?\s*$/i.test(
      text,
    ) ||
    /^(?:that\s+)?(?:the\s+)?(?:(?:completed|outstanding|remaining)\s+)?(?:actions?|entries|rows?|items?\s+on\s+the\s+action\s+(?:log|tracker))\b[^.;]{0,60}?\b(?:be|are|were)\s+(?:closed|discharged|signed\s+off|marked\s+(?:as\s+)?(?:complete|completed|closed|done)|removed\s+from\s+the\s+(?:action\s+)?(?:log|tracker|list))\b/i.test(
      text.trim(),
    )
  );
}

/** A sum or a figure decided: "the precept be set at £61,500", "To set a precept of £16,500", "a grant of £2,000 be offered". */
export function sumDecided(clause: Reading): boolean {
  const sum = /£\s?\d|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|pence|p\b)/i;
  if (
    lemma(clause, new Set(['set', 'fix'])) &&
    new RegExp(
      String.raw`^\s*(?:(?:at|to)\s+|(?:a|the|its)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:of|at)\s+)(?:£\s?\d|\d)`,
      'i',
    ).test(clause.rest)
  )
    return true;
  if (
    lemma(clause, new Set(['offer', 'give', 'make', 'award', 'pay', 'grant'])) &&
    sum.test(clause.passive ? (clause.subject ?? '') : afterVerb(clause).split(/\bto\b/)[0]) &&
    !clause.inner
  )
    return true;
  // "the hire fee be increased by 4% to £52", "To reduce the allotment rent to £30 a plot": a charge or a figure changed to
  // an amount is set by the decision, as "set at £…" is (the verbs of changing an amount are a closed few). Someone named
  // to change it ("the Treasurer raise the float to £200") runs an errand. (In the active the object comes first.)
  if (
    lemma(clause, new Set(['increase', 'reduce', 'raise', 'decrease', 'lower', 'cut'])) &&
    (clause.passive || (clause.form === 'infinitive' && !clause.subject)) &&
    (/^\s*(?:[^;£\d]{0,60}?\s)?(?:(?:by|from)\s+(?:£\s?\d|\d)[^;]{0,40}?\s)?(?:to|by)\s+(?:£\s?\d|\d[\d,.]*\s*(?:%|per\s*cent|pence|p\b))/i.test(
      clause.rest,
    ) ||
      // (a figure with no unit changed from one number to another: "to increase the score of risk R7 from 9 to 12" — the
      // two numbers say it is a figure set, whatever it counts)
      /^\s*[^;]{0,80}?\bfrom\s+\d[\d,.]*\s+to\s+\d[\d,.]*(?:\s*(?:%|per\s*cent|pence|p\b))?\s*(?:$|[.;,)])/i.test(
        clause.rest,
      ))
  )
    return true;
  // "the pitch fees be held at £30", "hall hire charges be frozen at this year's level", "that the grant remain at £400 a
  // year", "it stay at the current level": a charge kept where it is, at an amount or its present level, is set by the
  // decision as "set at £…" is (the verbs of keeping an amount are a closed few). Someone named to keep it ("the Clerk
  // keep the float at £200") runs an errand, and "the fair be held at the Green" names a place, not an amount.
  const keptAt = String.raw`(?:unchanged\s+)?at\s+(?:£\s?\d|\d[\d,.]*\s*(?:%|per\s*cent|pence|p\b)|(?:the|its|their)\s+(?:current|present|existing|same|previous|\d{4}(?:\/\d{2,4})?)\s+(?:level|rate|amount|figure|charge|fee)s?\b|(?:this|last)\s+year['’]s\s+(?:level|rate|amount|figure)s?\b)`;
  const kept = lemma(clause, new Set(['hold', 'keep', 'freeze', 'frozen', 'maintain', 'remain', 'stay']));
  if (
    kept &&
    (clause.passive || ((kept === 'remain' || kept === 'stay') && !clause.copula)) &&
    // (a subject that runs through "that" is a that-clause the grammar did not open: "recommend to the Cabinet Member
    // that the fare be held at £400" asks someone else to hold it)
    !/\bthat\b/i.test(clause.subject ?? '') &&
    new RegExp(String.raw`^\s*${keptAt}`, 'i').test(afterVerb(clause))
  )
    return true;
  // "the action on the bus shelters remain open", "the item on verges stay on the log", "the opening hours remain
  // unchanged": a thing left as it stands — "remain"/"stay" and a state, with no one sent to do anything (the grammar
  // finds no verb in most of them, so the words are read; a person kept somewhere, "Cllr Ode remain on the panel", is a
  // membership and is not read here: the subject opens with a determiner; "the Clerk arrange for the hall to remain open"
  // sends someone, the infinitive is what the errand is for)
  if (
    new RegExp(
      String.raw`^(?:that\s+)?(?:the|this|these|its|their|all|any)\s(?:(?!\bthat\b)[^;:]){2,80}?(?<!\bto)\s(?:remains?|stays?)\s+(?:open|unchanged|in\s+place|on\s+the\s+(?:[\w'’-]+\s+){0,2}(?:plan|list|log|tracker|register))\s*(?:$|[.;])`,
      'i',
    ).test(clause.text.trim())
  )
    return true;
  // (the grammar may find no verb in "rents remain at £48", for "remain" is no verb it knows as a subjunctive)
  if (
    clause.form === 'none' &&
    new RegExp(String.raw`^(?:that\s+)?(?:(?!\bthat\b)[^;:]){2,80}?\s(?:remains?|stays?)\s+${keptAt}`, 'i').test(
      clause.text.trim(),
    )
  )
    return true;
  return false;
}

/** An approval whose infinitive after the object's comma only says what the thing is for: "approves the purchase of the homes, to be let at social rent". */
export function approvedForPurpose(reading: Reading, own: OwnBody): boolean {
  // (no one is sent anywhere, so the approval stands alone)
  const purpose =
    lemma(reading, RECORDING_VERBS) &&
    reading.inner?.form === 'infinitive' &&
    reading.inner.passive &&
    /,\s*to\s+be\s+[a-z]+\b/i.test(reading.rest) &&
    !/\bby\s+(?:the\s+)?[A-Z]/.test(reading.inner.rest) &&
    placesIn(reading.inner.text, own).length === 0;
  return !!purpose;
}

/** A recording verb (noted, approved …) the body uses of itself, not one someone else is told to use. */
export function recordsOnly(clause: Reading, chain: Reading[], asked: string | null, own: OwnBody): boolean {
  const recording = chain.find((c) => lemma(c, RECORDING_VERBS));
  // "the Chair to sign the lease", "the Clerk will accept the quote on our behalf": someone else told to do it is an action
  // (and "authority be delegated to the Director to approve the return": the approving is the Director's task)
  const toldToRecord =
    (!!clause.subject &&
      !own.is(clause.subject) &&
      !clause.passive &&
      (clause.form === 'infinitive' || clause.form === 'modal') &&
      /^[A-Z]/.test(clause.subject.replace(/^the\s+/i, ''))) ||
    (!!asked && !own.is(asked) && clause.form === 'infinitive' && !clause.passive) ||
    // "That the Director, in consultation with the Chair, agree the final wording": a named officer's base form in a
    // resolution is a mandate (the subjunctive), not a record of what they do — "Cabinet approves" keeps its -s
    (!!clause.subject &&
      clause.form === 'finite' &&
      !clause.passive &&
      !own.is(clause.subject) &&
      !/s$/i.test(clause.verb ?? '') &&
      /^[A-Z]/.test(clause.subject.replace(/^the\s+/i, '')) &&
      !namesBody(clause.subject) &&
      !WHOLE_MEMBERSHIP.test(clause.subject.trim()) &&
      agentLike(tokenize(clause.subject)) &&
      // (the Chair signing the minutes is the meeting's own record)
      !/\bminutes\b/i.test(clause.rest));
  return !!recording && !clause.inner && (!!lemma(clause, RECORDING_VERBS) || clause.copula) && !toldToRecord;
}

/** A decision that takes effect as it is stated, or is done to this body by others: nothing for anyone to do. */
export function takesEffect(reading: Reading, clause: Reading, own: OwnBody): boolean {
  // "The licence is suspended for three months": in the present, it takes effect as it is stated
  if (
    clause.passive &&
    clause.form === 'finite' &&
    /^(?:is|are)\b/i.test(reading.text.slice((clause.subject ?? '').length).trim()) &&
    /^the\s/i.test(clause.subject ?? '')
  )
    return true;
  // "the Committee will be consulted on the plans": done to this body by others, nothing for it to do
  if (clause.passive && clause.subject && own.is(clause.subject)) return true;
  // "AGREED that the depot will open on Saturdays": a thing, in the active with a modal and no object ("open", "run for a
  // year", "move to the square"), is how things will be from now on — decided, with no one told to do anything
  // ("the contractor will repair the wall" has an object: someone doing something to something)
  const firstAfterVerb = clause.rest.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const noObject = firstAfterVerb === '' || PREPOSITIONS.has(firstAfterVerb) || /^[a-z]+ly$/.test(firstAfterVerb);
  if (clause.form === 'modal' && !clause.passive && noObject && thingSubject(clause.subject)) return true;
  return false;
}

const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
/** A day as minutes print it: "1 April 2027", "1st of April", "April 1st, 2027", "01/04/27". */
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}(?:\s+\d{4})?|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})`;
/**
 * The words that say from when a change applies — a closed set of English idioms: "with effect from", "backdated to",
 * "comes into effect/force", "takes effect", a date fronted before the change ("From 1 April 2027, the fee be …"), a
 * rate changed "by 4% from" a day, and a day after a closing comma (", from 1 June 2027.").
 */
const IN_FORCE = new RegExp(
  [
    String.raw`\bwith\s+effect\s+from\b`,
    String.raw`\bbackdated\s+to\b`,
    String.raw`\b(?:comes?|coming|came)\s+into\s+(?:effect|force|operation)\b`,
    String.raw`\btakes?\s+effect\b`,
    String.raw`^(?:that\s*,?\s*)?from\s+${DAY}\s*,`,
    String.raw`\bby\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+(?:from|as\s+from|with\s+effect\s+from)\s+${DAY}`,
    String.raw`,\s*(?:from|as\s+from)\s+${DAY}\s*[.;]?\s*$`,
  ].join('|'),
  'i',
);

/**
 * A change the resolution makes by being passed, stated with the day it applies from and no one told to make it: "That
 * the fees in Appendix C be set with effect from 1 April", "That, from 1 April, the interment fee be increased by 4%",
 * "That room hire charges rise by 3% from 1 May", "the pay award be applied, backdated to 1 April". The day is when the
 * change applies, not a deadline for anyone: nothing is left to track. (Someone named to make it — "That the Finance
 * Officer apply the fees with effect from …" — has an errand; a term that starts on the day — "re-tendered for a period
 * of three years from 1 April" — is a contract still to let; the next sentence's "Clerk to write to tenants" is read on
 * its own.)
 */
export function inForceFrom(text: string, clause: Reading, asked: string | null): boolean {
  // (the idiom in a clause of time is when something else happens: "be advertised before they take effect")
  const main = text.replace(/\b(?:before|when|once|until|after|as\s+soon\s+as)\s+[^,;]*/gi, '');
  if (!IN_FORCE.test(main) || asked) return false;
  if (
    new RegExp(
      String.raw`\bfor\s+(?:a\s+(?:further\s+)?(?:period|term)\s+of\s+)?[\w-]+\s+(?:years?|months?|weeks?)\s+from\b`,
      'i',
    ).test(text)
  )
    return false;
  // (an agent after "by": "be applied by the Finance Officer from …" names who does it)
  if (/\bby\s+(?:the\s+)?[A-Z][a-z]/.test(text)) return false;
  // (in the passive the subject is the thing changed; in the active it must not be someone who acts)
  const subject = clause.subject?.replace(/^(?:that\s*,?\s*)?from\s+[^,]+,\s*/i, '').trim();
  return clause.passive || !subject || !agentLike(tokenize(subject));
}

/** "X had recommended …", "X had already agreed …": the head verb in the past perfect, after its subject. */
function pastPerfect(reading: Reading): boolean {
  if (!reading.subject || !reading.verb || reading.form !== 'past') return false;
  // (a "had" inside a clause the subject holds, "a report on how the cap had affected …", is not the main verb's)
  // (nor one after a comma, "the Director write to X, as the Chair had suggested": the subject is a short noun phrase)
  if (
    /\b(?:how|that|which|who|whom|whether|what|when|where|why|if|because|since)\b|,/i.test(reading.subject) ||
    reading.subject.trim().split(/\s+/).length > 6
  )
    return false;
  const at = reading.text.indexOf(reading.verb);
  return (
    at > 0 && /\bhad\s+(?:[a-z]+ly\s+|not\s+|also\s+|since\s+|already\s+|just\s+)?$/i.test(reading.text.slice(0, at))
  );
}
