// Step 5b, classify: what a clause asks for, read from its main verb, the verb's form and
// where it sends things. Recording verbs (noted, received, approved, thanked …) → noted. A
// verb that puts a matter back → deferral. Inviting → invitation. Another body asked to act,
// or a matter sent to it → recommendation. A future meeting or the agenda of this body →
// work programme. A paper passed to the members → information. Any other instruction →
// action, with less certainty — never silently noted. Past events and reported speech are
// not decisions.
import { agentLike, askerOf } from './agents.js';
import { namesBody, type OwnBody } from './bodies.js';
import { readClause } from './grammar.js';
import { innermost } from './innermost.js';
import type { Reading } from './reading.js';
import {
  CONTINUING_VERBS,
  DEFERRING_VERBS,
  FREQUENCY,
  OFFICER_UNITS,
  SENDING_VERBS,
  STANDING_POWERS,
} from './lexicon.js';
import { placesIn, type Place } from './places.js';
import { authorOf, meetingGivenOver, workProgramme } from './workProgramme.js';
import { information, invitation, recipientName, recommendation } from './otherParties.js';
import { conditional, instruction, lemma } from './predicate.js';
import type { Category } from './types.js';
import { movedLater, movedToLaterTime } from './movedLater.js';
import { itemToCome } from './itemToCome.js';
import { withoutAmendedWording } from './amendedWording.js';
import { withoutLaterStage } from './laterStage.js';
import { attendsForThisBody, attendsMeetingHere } from './attendedElsewhere.js';
import {
  consultationRuns,
  dateAsSubject,
  datedFact,
  gerundWork,
  schedulesMeeting,
  withoutTermClause,
} from './calendar.js';
import { carriesMoneyForward, commitsMoney, movesMoney } from './committedMoney.js';
import { recordsAVote } from './votes.js';
import { recordKept } from './keptRecords.js';
import { othersTimetable } from './othersTimetable.js';
import { goesAhead } from './goesAhead.js';
import { debateRecorded, paperRecommends } from './reportedDebate.js';
import { tokenize } from './words.js';
import { changesMembership, makesUpBody, namedToRole } from './membership.js';
import { standingCondition } from './standingConditions.js';
import { matterNoted } from './matterNoted.js';
import {
  bringsItemHere,
  conditionsNamed,
  extendsTerm,
  makesInstrument,
  runsTheSitting,
  sitsInPrivate,
  withdrawsForItem,
  settledAtThisSitting,
} from './untracked.js';
import {
  approvedForPurpose,
  readsAsRecord,
  inForceFrom,
  procedure,
  recordsOnly,
  sumDecided,
  takesEffect,
} from './recordedDecisions.js';

/**
 * An addition to the work programme of the items this meeting already agreed, pointed to and not named: "the addition
 * of the items agreed at this meeting", "the inclusion of the matters raised above", "… of the items at minutes 14(b)
 * and 16(c)" (the pointers back — this meeting, above, earlier, a minute's number — are how minutes cite themselves).
 */
const ADDS_ITEMS_ALREADY_MADE =
  /^\s*(?:the\s+)?(?:addition|inclusion)\s+of\s+the\s+(?:[\w-]+\s+)?(?:items|matters|topics|suggestions|actions)\b[^;]{0,80}?(?:\b(?:at|during|earlier\s+in)\s+(?:this|today['’]s|the\s+present)\s+meeting\b|\babove\b|\bearlier\b|\bminutes?\s+\d)/i;

export { conditional, instruction };

export type Kind = Category | 'noted';

export interface Decision {
  category: Kind;
  /** The clause carrying the decision, after "agreed that", "be requested to" and the like. */
  clause: Reading;
  /** Whom the decision asks, authorises or commits to act. */
  asked: string | null;
  /** The verb that names them: "requested", "invited", "authorised", "undertook". */
  askedBy: string | null;
  /** The person or body the category itself names: the invitee, the body recommended to, the author of a report. */
  named: string | null;
  /** False when an instruction fell through to "action" for want of a clearer sign. */
  certain: boolean;
  /** The clause has no verb at all (a bare noun phrase completing a stem). */
  bare: boolean;
  places: Place[];
  /** The clauses from the outermost down to \`clause\`: "asked … to invite … to attend". */
  chain: Reading[];
}

const DELEGATING = new Set(['delegate', 'authorise', 'authorize']);

/** "the proposed decision to be taken by X", "the proposed decision of X": a decision someone else is to take. */
const PROPOSED_DECISION =
  /\bendorse[sd]?\s+the\s+(?:proposed|draft)\s+decision\s+(?:to\s+be\s+taken\s+by|of)\s+(?<who>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:for|of|and|&)?\s*[A-Z][\w'’&-]*){0,7})/;
/** The verbs that take an item of business off (a closed few). */
const TAKING_OFF = new Set(['remove', 'delete', 'drop', 'withdraw']);
/** The recording verbs that take a fact as their object: noting that something will happen does not make it happen. */
const NOTING = new Set(['note', 'acknowledge', 'welcome', 'recognise', 'recognize', 'observe']);

/** "at its next meeting", "at their June meeting", "at its meeting on 4 May": a sitting given by a possessive. */
const ATS_OWN_SITTING = /^at\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|sitting|session)\b/i;

/**
 * Whether a passive names by whom it is done, and that is someone here — a person, a firm, this body — rather than
 * another body doing its own business ("by Cllr Ray", "by Greenway Landscapes Ltd": yes; "by Cabinet", "by Full
 * Council", "by Harbury District Council": no). Where another body decides, the minute notes a fact of its calendar.
 */
function byWhomHere(rest: string, own: OwnBody): boolean {
  const by = /\bby\s+([A-Z][\w'&-]*(?:\s+(?:of|and|for|the|[A-Z][\w'&-]*))*)/.exec(rest);
  if (!by) return false;
  const who = by[1].replace(/\s+(?:of|and|for|the)$/, '');
  return !namesBody(who) || own.is(who);
}

export function classify(whole: string, own: OwnBody, verbFirst = false): Decision {
  // ("approved for engagement, the survey to close on 9 March": the term's date is no instruction)
  // (and the wording quoted for an earlier minute, "… amended to read "the Panel asked for the figures to be set out by
  // ward"", is that minute's, not this clause's — amendedWording.ts)
  // (and a later stage told after the matter is sent here, "… to this Committee in May, before the scheme goes to
  // Cabinet", is not where it is sent — laterStage.ts)
  const text = withoutLaterStage(withoutAmendedWording(withoutTermClause(whole)), own);
  const reading = readClause(text, verbFirst);
  const { clause, asked, chain } = innermost(reading);
  const places = placesIn(text, own);
  const askedBy = chain.find((c) => c.asked)?.verb?.toLowerCase() ?? null;
  const decision = (category: Kind, named: string | null = null, certain = true): Decision => ({
    category,
    clause,
    asked,
    askedBy,
    named,
    certain,
    bare: reading.form === 'none',
    places,
    chain,
  });
  // "the period for compliance ends on 31 March": a term's date in a calendar (calendar.ts)
  // (and a vote recorded with its count: how members voted, not an errand — votes.ts)
  // (and a date as the subject, "Thursday 4 March is held in reserve": the calendar, not an errand — calendar.ts)
  // (and a consultation's length set or told, "the consultation run for six weeks from 1 March" — calendar.ts)
  // (and where a record left out of the minutes is kept, "(A confidential minute is kept by the Secretary.)" — keptRecords.ts)
  // (and when another body will take a matter up, "Note: the Executive will consider the charges at its meeting on 8 December":
  // that body's timetable, told — othersTimetable.ts)
  // (and a thing let go ahead, "the fete to go ahead on Saturday 10 July", naming no one to act — goesAhead.ts)
  // (and a matter closed by what the meeting did with it, "Bank reconciliation to 30 September noted.", whose first word
  // the verb-first reading of a lettered line would take for an imperative — matterNoted.ts)
  if (
    matterNoted(text) ||
    datedFact(text) ||
    consultationRuns(text) ||
    dateAsSubject(text) ||
    commitsMoney(text) ||
    recordsAVote(text) ||
    recordKept(text) ||
    othersTimetable(text, own) ||
    goesAhead(text)
  )
    return decision('noted');
  // ("Tree warden – Cllr Orme": a row of an appointments list, a role and its holder — membership.ts)
  if (namedToRole(text)) return decision('noted');
  // ("The rear yard shall not be used after 22:00": a term a licence or a grant carries, in force from now on — standingConditions.ts)
  if (standingCondition(reading, text)) return decision('noted');
  // ("Members discussed whether the hall should be let", "The report recommended that the lane be closed": the debate
  // and a paper's proposal told, not the meeting's decision — reportedDebate.ts)
  if (debateRecorded(text) || paperRecommends(text)) return decision('noted');
  if (reading.form === 'none') {
    // "the Panel's meeting in December includes a report on …", "Standard items on the agenda include reports on:"
    if (
      /\b(?:meeting|agenda|work\s*programme)\b[^.;]{0,60}\b(?:includes?|to\s+include|will\s+include|should\s+include)\b|\bstand(?:ing|ard)\s+items?\b/i.test(
        text,
      )
    )
      return decision('work-programme');
    // ("subject to the addition of the items agreed at this meeting", "… of the items at minutes 14(b) and 16(c)": the
    // items named are this meeting's own, already proposed where they were agreed — the addition points back, it adds
    // nothing new)
    if (ADDS_ITEMS_ALREADY_MADE.test(text)) return decision('noted');
    // "the audit findings and the response to the next meeting", "the addition of an item on school meals":
    // something for a meeting or the agenda of this body, without its verb
    if (
      places.some((p) => p.kind === 'own-meeting' || p.kind === 'own-agenda') ||
      /^(?:the\s+)?(?:addition|inclusion)\s+of\b/i.test(text)
    )
      return decision('work-programme');
    // ("That room hire charges rise by 3% from 1 May": a change in force from a day, whose verb the grammar missed;
    // "the councils affected had not been consulted": only what had happened; "rents remain at £48": a charge kept
    // where it is — recordedDecisions.ts; "the conditions set out in the report, with …": the conditions a permission
    // carries — untracked.ts)
    if (inForceFrom(text, reading, null) || readsAsRecord(text) || sumDecided(reading) || conditionsNamed(text))
      return decision('noted');
    // "That …" always carries a verb; one the grammar cannot find is a decision not understood, not a noting
    if (/^that\s+\S+\s+\S+/i.test(text.trim())) return decision('action', null, false);
    return decision('noted');
  }
  // ("the March meeting be a tenants' takeover": what a coming meeting is given over to, before "be a …" is read as a record)
  if (meetingGivenOver(text)) return decision('work-programme');
  // ("the play area be an item on the next agenda", "to be an agenda item in January": a matter made an item of a later
  // meeting of this body with the verb "be" — itemToCome.ts)
  if (itemToCome(text) && !reading.negated) return decision('work-programme');
  // "recommended to the Portfolio Holder that the orders be made as advertised": whatever the that-clause asks, it is
  // asked of the one the recommendation is addressed to — theirs to decide, not a record of this body's
  const addressed = chain.find((c) => /^recommend/i.test(c.verb ?? '') && c.asked && /^\s*to\s/i.test(c.rest));
  if (addressed?.asked && !addressed.negated && !reading.negated && !own.is(addressed.asked))
    return decision('recommendation', recipientName(addressed.asked));
  // "endorse the proposed decision to be taken by the Cabinet Member for Parks to close the lido", "endorses the proposed
  // decision of the Leader to …": a decision another is to take, backed by this body before it is taken — theirs to take,
  // as a recommendation to them is (pre-decision scrutiny)
  const backed = PROPOSED_DECISION.exec(text)?.groups?.who;
  if (backed && !reading.negated && !own.is(backed) && (agentLike(tokenize(backed)) || namesBody(backed)))
    return decision('recommendation', backed);
  // (and a seat on a body changing hands, or named people making up a body or added to a role, as an appointment does:
  // membership.ts)
  // (and the press and public shut out, a body extending a term of its own by deciding it: untracked.ts)
  const ownOrNone = (who: string | null) => !who || own.is(who);
  if (
    procedure(text, reading, clause, chain) ||
    changesMembership(clause) ||
    makesUpBody(clause) ||
    sitsInPrivate(clause) ||
    runsTheSitting(clause, text) ||
    bringsItemHere(clause) ||
    withdrawsForItem(clause) ||
    settledAtThisSitting(text) ||
    makesInstrument(clause) ||
    (ownOrNone(asked) && extendsTerm(clause, (who) => own.is(who)))
  )
    return decision('noted');
  // "That the Panel continue to receive the figures quarterly", "to receive the risk register at each meeting": what this
  // body will have before it at every meeting, or at a frequency, is a standing item of its work programme
  // ("The Panel received the monthly dashboard": told in the past, it is what this sitting did — no arrangement to come)
  const standing =
    (chain.some(
      (c) =>
        c.form !== 'past' && lemma(c, new Set(['receive', 'consider', 'review', 'scrutinise', 'scrutinize', 'see'])),
    ) ||
      /\bcontinu\w*\s+to\s+(?:receive|consider|review|scrutini[sz]e|see)\b/i.test(text)) &&
    FREQUENCY.test(text) &&
    !chain.some((c) => c.passive) &&
    // ("the Panel continues" read as the subject of "receive": the carrying-on verb is no part of who)
    (!reading.subject || own.is(reading.subject.replace(/\s+continu\w*$/i, '')));
  if (standing) return decision('work-programme');
  // An arrangement that carries on ("continue to liaise", "continue to be reported") is not new work.
  // (unless another body is recommended to keep it so: "Cabinet be recommended to retain the opening hours")
  // (or asked to: "the Executive be asked to keep the grant scheme open" — another body asked to keep a thing so is
  // asked to decide it, as a recommendation asks; an officer asked to carry on is still no new work)
  const recommending =
    chain.some((c) => /^recommend/i.test(c.verb ?? '')) || (!!asked && !own.is(asked) && namesBody(asked));
  if (
    (chain.some((c) => lemma(c, CONTINUING_VERBS)) || /\bcontinu(?:e|es|ing)\s+to\b/i.test(clause.text)) &&
    !recommending
  )
    return decision('noted');
  // Scheduling the body's own meetings is its calendar, not an item (calendar.ts)
  if (schedulesMeeting(clause, own)) return decision('noted');

  // (a meeting adjourned or held over pauses the meeting itself; it defers no matter — the subject's head says which, not
  // an aside after it: "the review of the tariffs, due at this meeting, be deferred" defers the review)
  const deferring = chain.find(
    (c) =>
      lemma(c, DEFERRING_VERBS) &&
      !/^(?:hold|held|holds|delay|delayed|delays)$/i.test(c.verb ?? '') &&
      !/\b(?:meeting|session|sitting)$/i.test((c.subject ?? '').split(/\s*,\s/)[0]),
  );
  // ("the unspent balance of £900 be carried forward to 2027/28": the year's money kept for the next, not a matter put back
  // — committedMoney.ts)
  if (deferring && carriesMoneyForward(deferring)) return decision('noted');
  if (deferring) return decision('deferral');
  // "the review be moved from this meeting to the January meeting": put back
  if (
    chain.some((c) => lemma(c, new Set(['move', 'carry', 'transfer', 'take']))) &&
    (/\bfrom\s+(?:this|today['’]s|the\s+present|the\s+current)\s+meeting\b/i.test(text) || movedLater(text))
  )
    return decision('deferral');
  // "the libraries review be moved to February 2027": moved to a later time with no "from" said (movedLater.ts)
  if (chain.some((c) => lemma(c, new Set(['move', 'reschedule']))) && movedToLaterTime(text))
    return decision('deferral');

  const invitee = invitation(chain, asked, clause, text);
  // ("Cllr Ray attend the hearing on behalf of the Council", "to represent the Panel": an errand run elsewhere for this
  // body, not an invitation to it; so is attending "that Cabinet meeting", below — attendedElsewhere.ts)
  if (invitee !== undefined && attendsForThisBody(text, own, places)) return decision('action');
  if (invitee !== undefined) {
    const toMeeting =
      places.some((p) => p.kind === 'own-meeting' || p.kind === 'own-body') ||
      attendsMeetingHere(text, own) ||
      /\battend\s+(?:for|at)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}items?\b/i.test(text) ||
      attendsOwnMeeting(text, own) ||
      // ("also be invited to that meeting", "… to the same meeting": the sitting the minute has just named, to which
      // one is invited as one is asked to "attend that meeting" — no one invites a guest to another body's sitting)
      /\binvit\w*\s+(?:[^.;]{1,80}?\s)?to\s+(?:that|the\s+same)\s+(?:meeting|session|sitting)\b/i.test(text);
    // ("invite the chair of the partnership to present next year's report", "… to address the Panel", "… to return when the
    // strategy is published": asked before this body)
    const toPresent =
      /\binvit\w*\s+(?:[^.;]{1,100}?\s)?to\s+(?:present|address|speak\s+to|brief|return|come\s+back|give\s+(?:a\s+|an\s+)?(?:presentation|update|briefing))\b/i.test(
        text,
      ) && !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting');
    // ("be invited to attend.", "be invited to attend the Committee in six months' time": to attend with nothing else
    // named is to attend this body — the place it meets is where its invitees come; "invited to attend the county show"
    // names another place and stays an errand)
    if (toMeeting || toPresent) return decision('invitation', invitee);
    // ("be invited to attend the evidence session on 4 May", "… the next hearing": a sitting, no other body's named,
    // whether as a place or as a possessive — "the County Council's session" is theirs;
    // "be invited back in the spring to report on the pilot": back is to this body, and one reports before it)
    // (ownerless, as below: the labels that read these forms leave the invitee out)
    const beforeThisBody =
      (/\battend\s+(?:the|its|this|a|an)\s+(?:(?![\w-]+['’]s\b)[\w-]+\s+){0,3}?(?:session|hearing|sitting)\b/i.test(
        text,
      ) ||
        /\binvited\s+back\b|\binvit\w*\s+(?:[^.;]{1,100}?\s)?to\s+report\s+(?:on|back)\b/i.test(text)) &&
      !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting');
    if (beforeThisBody) return decision('invitation', null);
    // (the invitee is not named as its owner here: most labels leave an invitation with no sender ownerless, and
    // owner.ts's reading of the invitee as owner is kept only where it was)
    if (attendsHere(chain, own)) return decision('invitation', null);
    return decision('action', null, false);
  }

  // a planner's own items moved about ("to remove item 4 …, item 8 … for the reasons in the planner"): nothing left to track
  // (and "to remove the item on the depot relocation": an item on a matter is an item of business, whatever the planner)
  if (
    ((/\bitems?\s+\d/i.test(clause.rest) &&
      /\b(?:planner|work\s*programme|work\s*plan|forward\s+plan)\b/i.test(text)) ||
      (lemma(clause, TAKING_OFF) &&
        (/^\s*(?:the\s+)?items?\s+(?:on|about|relating\s+to|concerning)\s/i.test(
          // (in the passive the item taken off is the subject: "the item on bus passes be removed as it was dealt with")
          clause.passive ? (clause.subject ?? '') : clause.rest,
        ) ||
          // (or the item named by its matter before the noun: "the road safety item be withdrawn", "to drop the
          // litter items"; "the broken items be removed from the store" is taken from no programme, agenda or plan)
          (new RegExp(
            String.raw`^\s*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+items?\s*(?:$|from\s+(?:the|its|this)\s+(?:(?:work|forward|draft)\s+)?(?:programme|plan|planner|agenda)\b)`,
            'i',
          ).test(clause.passive ? `${clause.subject ?? ''} ${clause.rest}` : clause.rest) &&
            /\bfrom\s+(?:the|its|this)\s+(?:(?:work|forward|draft)\s+)?(?:programme|plan|planner|agenda)\b/i.test(
              text,
            ))))) &&
    !places.some((p) => p.kind === 'own-meeting')
  )
    return decision('noted');
  // taken off this body's planner or agenda: nothing left to track
  if (places.some((p) => p.kind === 'own-agenda' && p.preposition === 'from')) return decision('noted');
  // "authorised to exercise the functions in the annex": power to act for the body, not a task
  if (
    chain.some((c) => lemma(c, DELEGATING)) &&
    clause.inner === null &&
    asked &&
    STANDING_POWERS.test(clause.rest) &&
    /^(?:exercise|discharge|take|make|carry)$/i.test(clause.verb ?? '')
  )
    return decision('noted');
  // a standing delegation ("delegated to the Chief Executive", "Delegate this Council's functions … to the GCRB") names no task
  if (chain.some((c) => lemma(c, DELEGATING)) && !clause.inner && lemma(clause, DELEGATING)) {
    if (STANDING_POWERS.test(clause.passive ? (clause.subject ?? '') : clause.rest.split(/\bto\b/)[0]) || !asked)
      return decision('noted');
    // "any further changes … be delegated to the Town Clerk": a piece of work given to someone
    return decision('action', null, false);
  }

  // "That the Clerk ask the County Council to repair the verge": the one told to ask runs the errand (agents.ts) — what
  // is asked is not recommended to the one asked
  const asker = askerOf(chain, (who) => own.is(who));
  const recommended = asker ? null : recommendation(chain, asked, clause, places, own);
  if (recommended) return decision('recommendation', recommended);
  // A matter moved to another body's planner is that body's business now.
  if (places.some((p) => p.kind === 'other-agenda') && !places.some((p) => p.kind === 'own-agenda'))
    return decision('noted');

  // "the Trust be asked to provide a written summary to the Committee within 28 days", "to provide it to the Panel in
  // writing": what is sent in writing reaches the members outside a meeting — information, not business at one
  // (a written report brought to a meeting is still a paper for its agenda)
  // (and "give the Committee a written breakdown": this body as the one given it)
  if (
    inWriting(clause.text) &&
    (information(clause, places, text) || (!!lemma(clause, SENDING_VERBS) && givenThisBody(clause.rest, own)))
  )
    return decision('information');
  // "AK to provide a breakdown of the waiting list to the next meeting", "to provide the numbers for the January meeting":
  // figures asked for are information for the members, even when they are to reach them by a meeting — a paper on the
  // agenda is a report or an update, not a breakdown or a set of numbers
  if (providesFigures(clause, text, own)) return decision('information');
  // "the Audit Panel be asked to review the fees at its June meeting and report to this Committee", "the Moorings
  // Trust be asked to discuss the rates at their next meeting": the possessive gives the sitting to the body asked, so the work is
  // done at another body's meeting — asked of it, as a recommendation asks, even with a report back here to follow
  const officers = !!asked && OFFICER_UNITS.has(asked.trim().split(/\s+/).pop()!.toLowerCase());
  const otherBodyAsked =
    !!asked && !asker && namesBody(asked) && !own.is(asked) && !officers && !chain.some((c) => lemma(c, DELEGATING));
  // (whose sitting "its" means is places.ts's reading, the body named last before it: "asked the ICB to present its plan
  // to the Committee at its next meeting" is this Committee's sitting, and stays its business)
  const atItsSitting = places.some(
    (p) => p.kind === 'other-meeting' && p.preposition === 'at' && ATS_OWN_SITTING.test(text.slice(p.index)),
  );
  if (otherBodyAsked && atItsSitting) return decision('recommendation', asked);
  if (workProgramme(reading, chain, clause, asked, places, own, text))
    return decision('work-programme', authorOf(text));
  // "That it be noted that the review will be conducted in parallel": a fact about the future, noted, not an instruction.
  const noting = chain.length > 1 && chain.slice(0, -1).some((c) => lemma(c, NOTING));
  // "Members noted from the photographs that containers had been placed on the field, which appeared to be used for storage":
  // a fact noted, with nothing anyone will do
  if (
    lemma(reading, NOTING) &&
    /\bthat\s/i.test(reading.rest) &&
    !/\b(?:will|would|shall|should|must|to\s+be\s+(?:brought|reported|presented|circulated|sent))\b/i.test(reading.rest)
  )
    return decision('noted');
  // (a fact in which someone is named to act keeps the errand, "… will be sent by Cllr Ray"; another body's own business
  // told so is its, not ours: "it be noted that the final scheme will be decided by Cabinet on 4 May")
  if (noting && clause.passive && clause.form === 'modal' && !byWhomHere(clause.rest, own)) return decision('noted');
  // "Members noted that the revised scheme would need to reflect the new guidance", "… that the two schemes would run
  // side by side": the same in the active, where what is to come is told of a thing — no one who can act is its
  // subject, so no one is given anything to do ("noted that the Clerk would write …" keeps its errand)
  if (
    noting &&
    clause.form === 'modal' &&
    !clause.passive &&
    !!clause.subject &&
    !agentLike(tokenize(clause.subject)) &&
    !namesBody(clause.subject)
  )
    return decision('noted');
  // (and another body's own business to come, told in the active as round 24 read it in the passive: "To note that the
  // joint committee will review the charter in the spring", "noted that the Police Authority would set its budget in
  // February" — a fact of that body's calendar, noted; this body, or someone asked, keeps the errand)
  if (
    noting &&
    clause.form === 'modal' &&
    !clause.passive &&
    !asked &&
    !!clause.subject &&
    namesBody(clause.subject) &&
    !own.is(clause.subject)
  )
    return decision('noted');

  if (information(clause, places, text)) return decision('information');
  // another body asked to act: "That the Constitution Committee be requested to …", "UHL and the CCGs be requested to consider"
  // (authority delegated to a group, or a group authorised, is work given to it: an action; asked to send members something, an information request)
  // (a team or a department of officers asked to act does the work: an action)
  if (otherBodyAsked) return decision('recommendation', asked);

  if (sumDecided(clause) || movesMoney(clause)) return decision('noted');
  if (approvedForPurpose(reading, own)) return decision('noted');
  if (recordsOnly(clause, chain, asked, own)) {
    // "APPROVED the proposed evolution of the Board, including adopting …, reviewing … and developing …"
    if (gerundWork(clause.rest)) return decision('action', null, false);
    // "delegated authority … to X" with no task named is a standing delegation.
    return decision('noted');
  }
  if (takesEffect(reading, clause, own)) return decision('noted');
  // "That the fees be set with effect from 1 April": a change that applies from a day, made by the decision (recordedDecisions.ts)
  if (inForceFrom(text, clause, asked)) return decision('noted');
  if (instruction(clause)) return decision('action', null, false);
  return decision('noted');
}

/** "in writing", "a written answer", "written answers": the manner of sending, not a paper for a meeting ("a written report"). */
function inWriting(text: string): boolean {
  return /\bin\s+writing\b|\bwritten\s+(?!reports?\b|(?:to|by|in|on|up|off|down|for|with|about)\b)[a-z]/i.test(text);
}

/**
 * An invitation to attend this body: "attend" with no object (at most a time or a purpose after it: "to attend in the
 * spring", "to attend to present the plan"), or with this body as its object ("to attend the Panel").
 */
/**
 * "be invited to attend the Panel's meeting in March", "… the Committee's next meeting": this body's meeting named with
 * its possessive is the same place as "the meeting of the Panel" (not "the Council's meeting" in a committee's minutes,
 * another body's sitting).
 */
function attendsOwnMeeting(text: string, own: OwnBody): boolean {
  const who =
    /\battend\s+(?:the\s+)?(?<who>[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&-]*){0,4})['’]s\s+(?:[\w-]+\s+){0,2}?(?:meetings?|sessions?)\b/.exec(
      text,
    )?.groups?.who;
  return !!who && own.is(who);
}

function attendsHere(chain: Reading[], own: OwnBody): boolean {
  // (only an invitation: "that Cllrs Ames and Bell attend" sends members, it invites no one; "the ambulance trust be
  // asked to attend" asks someone to come, as "be invited to attend" does)
  const attend = [...chain].reverse().find((c) => /^attend(?:s|ed|ing)?$/i.test(c.verb ?? ''));
  const asks = chain.some(
    (c) => /^invit/i.test(c.verb ?? '') || (c.passive && !!c.asked && /^(?:ask|request)/i.test(c.verb ?? '')),
  );
  if (!attend || !asks) return false;
  const rest = attend.rest.trim().replace(/[.;:,]+$/, '');
  if (
    !rest ||
    /^(?:in|within|at\s+(?:a|the)\s+(?:later|future)\s+date|when|once|after|to\s+(?!the\b|a\b|an\b)[a-z]+)\b/i.test(
      rest,
    )
  )
    return true;
  const object = /^(?:the\s+|this\s+)?(?<np>[A-Za-z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&'’-]*)*)/.exec(rest)
    ?.groups?.np;
  return !!object && own.is(object);
}

/**
 * The nouns of figures and facts asked for (a closed few: breakdown, figures, numbers, data, statistics, details, a list, a
 * note, or anything "written"), what "provide", "supply" or "share" hands over: information for the members. (Not "a
 * breakdown in the next report": a paper the body will have; nor a report or an update, which are papers for a meeting.)
 */
const FIGURES = new RegExp(
  String.raw`^\s*(?:(?:the|a|an|this|that|these|those|some|more|further|full|fuller|detailed|short|brief)\s+){0,2}(?:written\s+[a-z]+|breakdowns?|figures|numbers|data|statistics|details|list|note)\b`,
  'i',
);

function providesFigures(clause: Reading, text: string, own: OwnBody): boolean {
  if (!lemma(clause, new Set(['provide', 'supply', 'share'])) || clause.negated) return false;
  const object = clause.passive ? (clause.subject ?? '') : clause.rest;
  // (only where a meeting, or this body, is what would make it a paper: "… to the next meeting", "… for the January
  // meeting", "agreed to provide a note to the Panel" — a note given to the body reaches its members, not its agenda)
  const body = /\bto\s+(?:the\s+|this\s+)?(?<np>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)\s*[.;,]?\s*$/.exec(text)?.groups
    ?.np;
  return (
    FIGURES.test(object) &&
    (/\b(?:to|for|at|by)\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}meeting\b/i.test(text) || (!!body && own.is(body))) &&
    !/\b(?:in|into)\s+(?:the|its|their|a)\s+(?:next|future|following|subsequent)\b/i.test(text)
  );
}

/** "give the Panel a written note": this body, named first after the verb, is the one given the thing. */
function givenThisBody(rest: string, own: OwnBody): boolean {
  const first =
    /^\s*(?:the\s+|this\s+)?(?<np>[A-Za-z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)\s+(?:a|an|the|its|their|his|her|written)\b/.exec(
      rest,
    )?.groups?.np;
  return !!first && own.is(first);
}
