// What the discussion reports as arranged: a matter put back ("was deferred to the next meeting") and arrangements told in reported speech, kept apart from discussion.ts, which reads what was agreed outright.
import { namesBody } from './bodies.js';
import { classify, conditional, instruction } from './classify.js';
import { splitDecisions } from './coordination.js';
import { agentLike } from './agents.js';
import { readClause } from './grammar.js';
import { DEFERRING_VERBS, DEFERRING_WORDS, HEDGING, alternatives } from './lexicon.js';
import type { Reading } from './reading.js';
import { lemmaIn, tokenize } from './words.js';
import { putBackTo } from './carriedForward.js';
import { REASON_AFTER, agreedParts, type Context, type Said } from './agreedParts.js';
import { speakerGoesOn } from './speakerGoesOn.js';
import { movedToLater, withoutFormerSlot } from './movedInstead.js';

/** Where reported speech begins: "X advised that …", "the officer explained that …". */
const REPORTED = new RegExp(
  String.raw`^(?<who>.{2,120}?)\s+(?:${alternatives(['advised', 'said', 'stated', 'explained', 'reported', 'confirmed', 'indicated'])}|informed\s+\w+|told\s+\w+|assured\s+\w+|added|clarified|noted|(?:was|were)\s+(?:informed|told|advised|assured))\s+(?:that\s+|(?=(?:the|a|an|this|these|it|there|officers|staff)\s))(?<what>.+)$`,
  'i',
);

/** A reply in writing: "a written answer", "a full written reply", "written responses". */
const WRITTEN_REPLY = /\bwritten\s+(?:answers?|repl(?:y|ies)|responses?)\b/i;

/** A subject that points back to what the meeting already said: "items noted during the meeting", "these". */
const ANAPHORIC = new RegExp(
  String.raw`^(?:the\s+)?(?:items?|matters?|issues?|points?|topics?|suggestions?|comments?|actions?)\s+(?:${alternatives(['noted', 'raised', 'identified', 'discussed', 'mentioned', 'made', 'agreed', 'above'])})\b|^(?:these|those|the\s+above|all\s+of\s+these)\b`,
  'i',
);

/** Someone at the meeting, or an officer by title — not a body's plans: "The Trust would publish its plan". */
export function officer(np: string): boolean {
  return agentLike(tokenize(np)) && !namesBody(np) && /^(?:the\s+)?[A-Z]/.test(np);
}

/** A sitting itself, by the closed few nouns for one: "the meeting", "the session", "the hearing". */
const SITTING_PUT_BACK = /\b(?:meeting|session|sitting|hearing)$/i;

/**
 * A noun phrase cut before its post-modifiers, so its head noun ends it: "the training session booked for 5
 * May" → "the training session", "the meeting of the working group" → "the meeting" (a preposition or a
 * participle of arranging or the predicate's own auxiliary opens them: closed few) — "the hearing had been listed for …
 * and was postponed" is the sitting itself, told in the past.
 */
const headPhrase = (np: string): string =>
  np
    .replace(/^\(/, '')
    .replace(
      /\s+(?:of|for|on|in|at|arranged|scheduled|listed|planned|fixed|booked|due|had|has|have|was|were|is|are)\b.*$/i,
      '',
    )
    .trim();

/** A matter put back, recorded in the past tense or arranged with "be to"; null when the sentence is no such record. */
export function putBack(text: string, reading: Reading, context: Context, listed: boolean): Said[] | null {
  // "The complaints policy was deferred to the next meeting": a decision recorded in the past tense; "… is to be
  // deferred to the next meeting": the same decision as an arrangement ("be to"). The head noun, not the last word,
  // tells a matter ("the approval of the minutes of the last meeting") from the sitting itself ("the meeting was adjourned").
  const arranged =
    reading.copula && /^(?:is|are)$/i.test(reading.verb ?? '')
      ? /^to\s+be\s+(?<verb>[a-z]+ed)\b/i.exec(reading.rest)?.groups?.verb
      : undefined;
  const deferredVerb =
    arranged ?? (reading.passive && (reading.form === 'past' || reading.form === 'participle') ? reading.verb : null);
  if (
    deferredVerb &&
    // (or with its particle and no auxiliary, as notes write it: "carried forward to January", "put off to next meeting" —
    // "had been put back to the autumn" reports what someone else did)
    (lemmaIn(deferredVerb.toLowerCase(), DEFERRING_VERBS) ||
      (!arranged && reading.form === 'participle' && putBackTo(deferredVerb, reading.rest))) &&
    !listed &&
    !SITTING_PUT_BACK.test(headPhrase(reading.subject ?? ''))
  ) {
    // (a verb that only puts back — not "held", "delayed" — says what was decided, whatever a matter about minutes
    // or a "be to" reads as on its own)
    const decision = classify(text, context.own);
    if (
      decision.category !== 'deferral' &&
      DEFERRING_WORDS.test(text) &&
      !HEDGING.test(text.replace(REASON_AFTER, '')) &&
      !conditional(text.replace(REASON_AFTER, '')) &&
      !decision.clause.negated
    )
      return [{ text, decision: { ...decision, category: 'deferral' }, agent: null, confidence: 0.55 }];
    return agreedParts(text, null, 0.55, context.own);
  }
  // ("… is deferred to the January meeting", "… planned for December will be taken in February instead": the same
  // decision in the present or the future tense — movedInstead.ts)
  if (
    !listed &&
    !SITTING_PUT_BACK.test(headPhrase(reading.subject ?? '')) &&
    movedToLater(reading, !!reading.verb && !!lemmaIn(reading.verb.toLowerCase(), DEFERRING_VERBS)) &&
    !HEDGING.test(text.replace(REASON_AFTER, '')) &&
    !conditional(text.replace(REASON_AFTER, ''))
  ) {
    const decision = classify(text, context.own);
    if (!decision.clause.negated)
      return [
        {
          text: withoutFormerSlot(text),
          decision: { ...decision, category: 'deferral' },
          agent: null,
          confidence: 0.5,
        },
      ];
  }
  return null;
}

/**
 * A return to this body held back by a step that may not be reached — a time clause whose own verb is a modal of
 * possibility, "objections would come back to the Committee before the table could take effect" — tells how a process
 * runs, not a paper put on the programme. Round 42 built it to go with the reader of undertakings (undertakings.ts);
 * consulted for returns to this body since round 43, when the reader is.
 */
export const PROCESS_STEP = /\b(?:before|until|unless)\s+(?:[\w'’-]+\s+){1,6}?(?:could|can|may|might)\s+[a-z]+/i;

/** What reported speech arranges: "the officer advised that a report would come to committee on 14 November". */
export function reportedArrangements(text: string, context: Context, listed: boolean): Said[] {
  const out: Said[] = [];
  // Reported speech: "the officer advised that a report would come to committee on 14 November".
  const reported = REPORTED.exec(text);
  const speaker = reported?.groups?.who ?? null;
  // ("Members were informed that the report would be emailed to them": "them" are the members told)
  const membersTold =
    /^(?:the\s+|all\s+)?(?:members|councillors|governors)\s+(?:was|were)\s+(?:informed|told|advised|assured)\b/i.test(
      text,
    );
  const said = (reported?.groups?.what ?? text).replace(
    /\b(to|with)\s+them\b/i,
    membersTold ? '$1 Members' : '$1 them',
  );

  // "X confirmed that a written response would be sent": the speaker vouches for it, as an undertaking.
  // ("The Leader said a written reply would be sent", "… said that a full written answer would follow": a reply in
  // writing promised by the one who was asked is that speaker's undertaking, whatever the verb of saying)
  const promisedReply = !!reported && WRITTEN_REPLY.test(said) && !listed;
  const vouched = (!!reported && /\bconfirmed\s+that\b/i.test(text) && !listed) || promisedReply;
  // ("The Water Board has confirmed that the main will be relaid in May", "The District Council has advised that the
  // shelter will be reglazed": another body telling what it will do tells its own plan — nothing here is undertaken by
  // anyone at the meeting, however the minutes record their own decisions)
  const reporter = speaker?.replace(/\s+(?:has|have|had)$/i, '').trim() ?? null;
  const othersReport = !!reporter && namesBody(reporter) && !context.own.is(reporter);
  for (const found of splitDecisions(said)) {
    // ("A copy of the list is to be circulated": an arrangement in "be to" is the passive to come)
    const part = found.replace(/^(.{2,160}?)\s+(?:is|are)\s+(?=to\s+be\s+[a-z]+(?:ed|en|t)\b)/i, '$1 ');
    const clause = readClause(part);
    const future =
      (clause.form === 'modal' && /^(?:will|would|shall|should)$/.test(clause.modal ?? '')) ||
      (clause.form === 'infinitive' && clause.passive);
    if (!future || clause.negated || ANAPHORIC.test(clause.subject ?? '') || conditional(part)) continue;
    const decision = classify(part, context.own);
    // this body's business: a report to its meeting, something for its members, an invitation to it
    const ownSubject = !!clause.subject && context.own.is(clause.subject);
    const impersonal = decision.category === 'work-programme' && clause.form === 'infinitive' && !clause.subject;
    const toBody =
      ['work-programme', 'information', 'invitation', 'deferral'].includes(decision.category) &&
      (decision.places.some(
        (p) => p.kind === 'own-meeting' || p.kind === 'own-body' || p.kind === 'own-agenda' || p.kind === 'members',
      ) ||
        decision.category === 'deferral' ||
        ownSubject ||
        impersonal) &&
      // (a return held back by a step that may not be reached tells how a process runs, not a paper put on the programme)
      !PROCESS_STEP.test(part);
    // In minutes that record decisions only in the text (a parish's), "will be done" is the body's own action;
    // "would be done" is reported speech, someone else's plan.
    const informal =
      !context.formal &&
      !listed &&
      decision.category === 'action' &&
      instruction(decision.clause) &&
      decision.clause.passive &&
      (decision.clause.modal === 'will' || decision.clause.modal === 'shall' || decision.clause.form === 'infinitive');
    if (HEDGING.test(part)) continue;
    // (what is vouched for is a thing to be done, or done by someone — "the increase would fund 25 officers" is a forecast)
    const doneBySomeone =
      clause.passive ||
      (!!clause.subject &&
        (agentLike(tokenize(clause.subject)) || namesBody(clause.subject) || context.people.knows(clause.subject)));
    // "the matter would be raised with the county council by the Clerk": the one who will do it named after "by"
    const by =
      clause.passive && /^(?:will|would|shall)$/.test(clause.modal ?? '')
        ? /\bby\s+(?<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,4})\s*[.,;]?\s*$/.exec(part)
            ?.groups?.who
        : undefined;
    if (by && !toBody && (context.people.knows(by) || officer(by)) && decision.category !== 'noted' && !listed) {
      out.push({ text: part, decision, agent: by, confidence: 0.5 });
      continue;
    }
    // ("The Head of Service explained the delay and will email members the figures", "Cllr X reported a pothole and
    // will report it to the county": what the speaker told is an object, not a clause, so the modal predicate after
    // "and" has no subject of its own — it is the speaker's second verb, and the speaker's undertaking — speakerGoesOn.ts)
    // (only where what was told is an object: after "that" the told clause has a subject of its own)
    const toldObject = !!reported && !/\bthat\s+$/i.test(text.slice(0, text.length - reported.groups!.what.length));
    const goesOn = toldObject ? speakerGoesOn(speaker, part, clause, decision, context, listed || othersReport) : null;
    if (goesOn) {
      out.push({ text: part, decision, agent: goesOn, confidence: 0.5 });
      continue;
    }
    // "Ms Rowe said officers would look again at the route": an officer speaking for the officers commits them
    const onBehalf =
      !!speaker &&
      !listed &&
      !clause.passive &&
      /^(?:officers|staff)$/i.test(clause.subject ?? '') &&
      (context.people.knows(speaker) || officer(speaker)) &&
      decision.category !== 'noted';
    if (onBehalf) {
      out.push({ text: part, decision, agent: clause.subject, confidence: 0.5 });
      continue;
    }
    // (but another body's own plan, "confirmed that the County would fund a survey", "… that the Cabinet would consider it
    // on 4 May", is that body's business: the speaker reports it, no one here undertakes it)
    // ("the County", "the District": a council named by its tier alone, as parish and town minutes do — a closed class)
    const othersPlan =
      !clause.passive &&
      !!clause.subject &&
      (namesBody(clause.subject) || /^the\s+(?:County|District|Borough|City)$/.test(clause.subject.trim())) &&
      !context.own.is(clause.subject);
    if (
      toBody ||
      (!othersReport && (informal || (vouched && doneBySomeone && !othersPlan && decision.category !== 'noted')))
    ) {
      // "Councillor Harvey … confirmed that a full written response would be sent": a named member vouching owns it.
      const confirmer =
        vouched && speaker && (/^(?:the\s+)?(?:Councillor|Cllr|Mr|Mrs|Ms|Dr|Miss)\b/.test(speaker) || promisedReply)
          ? speaker.replace(/\s+(?:gave|and)\b.*$/, '').replace(/^the\s+/i, '')
          : // ("Members were informed that …": the ones told, not the one telling)
            /\b(?:was|were)\s+(?:informed|told|advised|assured)\b/i.test(text)
            ? null
            : sender(speaker, clause, decision, context, listed);
      // (a reply that "would follow" has no verb of doing: the speaker's errand all the same)
      const errand =
        promisedReply && decision.category === 'noted' ? { ...decision, category: 'action' as const } : decision;
      out.push({ text: part, decision: errand, agent: confirmer, confidence: informal ? 0.45 : 0.5 });
    }
  }
  return out;
}

/** A speaker named by a name or a title alone: "The Head of Tenancy Services", "Ms Oduya", "KS". */
const BARE_SPEAKER = /^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’.-]*){0,6}$/i;

/**
 * "The Lettings Manager said a breakdown would be sent to members": something told as to be sent to the members, in
 * the passive with no one named, is sent by the one who told it — an officer or a member at the meeting, speaking of
 * what they hold. Not a body ("the Trust said …": its plan), not a paper for the agenda, not a list of points.
 */
function sender(
  speaker: string | null,
  clause: Reading,
  decision: ReturnType<typeof classify>,
  context: Context,
  listed: boolean,
): string | null {
  if (!speaker || listed || !clause.passive || decision.category !== 'information') return null;
  const who = speaker.trim();
  if (!BARE_SPEAKER.test(who) || !/^[A-Z]/.test(who.replace(/^the\s+/i, ''))) return null;
  if (!(context.people.knows(who) || officer(who))) return null;
  return who.replace(/^the\s+/i, '');
}
