// Resolutions that only record — procedure, a sum set, an approval standing alone, a state from now on — read as noted; kept apart from classify.ts, which orders the tests.
import { namesBody, type OwnBody } from './bodies.js';
import { agentLike, thingSubject } from './agents.js';
import { tokenize } from './words.js';
import { afterVerb, type Reading } from './reading.js';
import { PREPOSITIONS, RECORDING_VERBS, WHOLE_MEMBERSHIP, alternatives } from './lexicon.js';
import { placesIn } from './places.js';
import { conditional, lemma } from './predicate.js';
import { consulteeView, doneAtSitting, fallback } from './untracked.js';

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
  if (fallback(text) || doneAtSitting(text) || consulteeView(clause, text)) return true;
  // correcting a record or rewording a motion is procedure: "to amend Item 3 …", "agreed to amend the recommendation …"
  if (
    chain.some((c) => lemma(c, AMEND)) &&
    new RegExp(
      String.raw`\b(?:${alternatives(['item', 'minute', 'minutes', 'record', 'paragraph', 'page', 'article', 'recommendations', 'recommendation', 'motion', 'resolution', 'wording'])})\b`,
      'i',
    ).test(text)
  )
    return true;
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
