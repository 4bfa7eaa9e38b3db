// This body's future business: a report, an item or a paper for its own meeting or agenda, a
// report back, a standing item, what it will itself consider — work programme, not an errand.
import { WHEN_AFTER_BY } from './agents.js';
import { type OwnBody } from './bodies.js';
import {
  CONSTITUTING_VERBS,
  FREQUENCY,
  FULL_MONTHS,
  LATER,
  RECORDING_VERBS,
  REPORTING_VERBS,
  SEASONS,
  alternatives,
} from './lexicon.js';
import type { Place } from './places.js';
import { instruction, lemma } from './predicate.js';
import type { Reading } from './reading.js';
import { lemmaIn } from './words.js';
import { consideredWith } from './consideredWith.js';

/** The verbs by which a meeting decides or weighs a matter itself (a closed few): set, fix, decide, review, consider … */
const DECIDED_THERE = new Set(['set', 'fix', 'decide', 'determine', 'review', 'consider', 'reconsider', 'revisit']);

/** The reporting verbs that move a paper before a meeting, not those by which the meeting deals with it. */
const PRESENTING_VERBS = new Set(['present', 'bring', 'report', 'submit', 'table']);

/** What a body does at its own meetings: its future business, not an errand ("submit a response", "hold a litter pick"). */
const DELIBERATING = new Set([
  'consider',
  'receive',
  'review',
  'discuss',
  'scrutinise',
  'scrutinize',
  'examine',
  'monitor',
  'oversee',
  'assure',
  'revisit',
  'reconsider',
  'debate',
  'look',
]);
/**
 * What a meeting of this body to come is given over to: "the December meeting be given over to the draft strategy", "the
 * March meeting to focus on voids", "the April meeting will be a tenants' takeover" — its business, as a work programme
 * sets it (not where or when it sits: "the March meeting be held in the library" is its calendar).
 */
export const MEETING_GIVEN_OVER = new RegExp(
  String.raw`^\s+(?:(?:to|will|would|should|shall|must)\s+)?(?:(?:be\s+)?(?:given\s+over|devoted|dedicated|set\s+aside)\s+(?:to|for)\b|(?:be\s+)?focus(?:es|ed|sed)?\s+on\b|be\s+(?:a|an)\s+(?!(?:short|brief)\b)(?:[\w'’-]+\s+){0,2}?(?:takeover|workshop|seminar|themed|theme|deep\s+dive|focus|session|meeting)\b)`,
  'i',
);
/** "the December meeting", "the April panel meeting", "the next meeting": a sitting of this body named by when it comes. */
const NAMED_SITTING = new RegExp(
  String.raw`^(?:that\s+)?(?:the\s+)?(?:${FULL_MONTHS}|next|following)\s+(?:20\d\d\s+)?(?:[A-Za-z]+\s+)?(?:meeting|session)`,
  'i',
);

/** "the December meeting be given over to …": a coming meeting of this body named, and the business it is given. */
export function meetingGivenOver(text: string): boolean {
  const sitting = NAMED_SITTING.exec(text.trim());
  return !!sitting && MEETING_GIVEN_OVER.test(text.trim().slice(sitting[0].length));
}

/** Sent to, at or before a meeting of this body, and not to another body or to another's meeting. */
function beforeThisBodyOnly(places: Place[]): boolean {
  return (
    places.some(
      (p) => (p.kind === 'own-meeting' || p.kind === 'own-body') && /^(?:to|at|before)$/.test(p.preposition),
    ) && !places.some((p) => (p.kind === 'other-body' && p.preposition === 'to') || p.kind === 'other-meeting')
  );
}

export function workProgramme(
  reading: Reading,
  chain: Reading[],
  clause: Reading,
  asked: string | null,
  places: Place[],
  own: OwnBody,
  text: string,
): boolean {
  // ("look into" is to investigate, an errand; "look at" a matter is business before a meeting)
  const investigates = !!lemma(clause, new Set(['look'])) && /^\s*into\b/i.test(clause.rest);
  const reportingVerb = !!lemma(clause, REPORTING_VERBS) && !investigates;
  // "report back to the Panel", or a report back named as a thing: "when a report back will be made to the Authority"
  const back =
    /\b(?:report(?:ed|ing|s)?|come|coming|came|brought|bring|return(?:ed|ing)?|refer(?:red)?)\s+back\b/i.test(
      clause.text,
    ) &&
    (reportingVerb || /\b(?:a|the)\s+report\s+back\b/i.test(clause.text));
  // "HM to review the signage and report back to the Board", "officers look at a trial and report back to the next
  // meeting": an errand whose own verb comes first, then its report on itself — the errand is the item, an action, even
  // when its first verb is one a meeting also uses ("review", "look at"). (Not "report back on X", whose verb is the
  // report; nor this body reviewing something itself.)
  const errandReportsBack =
    /\b(?:and|then)\s+(?:to\s+)?report(?:s|ing)?\s+back\b/i.test(clause.text) &&
    !lemma(clause, PRESENTING_VERBS) &&
    !own.is(clause.subject ?? reading.subject ?? '');
  if (places.some((p) => p.kind === 'own-agenda' && p.preposition !== 'from')) return true;
  // "That the work programme be updated to include a report on graffiti": this body's own programme changed to take a matter
  if (
    /^(?:the\s+|its\s+)?(?:forward\s+)?(?:work\s*programme|work\s*plan|forward\s+plan|agenda)$/i.test(
      clause.subject ?? '',
    ) &&
    /^to\s+(?:include|add|incorporate|cover)\b/i.test(clause.rest.trim())
  )
    return true;
  // "the group draw up a protocol to be brought to the next meeting", "prepare a plan, to be presented to the Committee in
  // December": a paper whose making is to come before this body is its future business, owned by whoever makes it
  // ("obtain quotes, to be considered at the March meeting" is still an errand: what comes is a decision, not a paper)
  const comesBefore = /\bto\s+be\s+([a-z]+)\b/i.exec(clause.rest)?.[1]?.toLowerCase();
  if (comesBefore && lemmaIn(comesBefore, PRESENTING_VERBS) && beforeThisBodyOnly(places)) return true;
  // "agreed to add an item on verge cutting", "to schedule a report on …": putting an item on the agenda
  // (or, passive, "that an item on shoplifting be added")
  const agendaThing = /^\s*(?:a|an)\s+(?:\w+\s+){0,2}(?:item|report|update|presentation|session)\b/i;
  if (
    lemma(clause, new Set(['add', 'schedule', 'programme', 'include'])) &&
    agendaThing.test(clause.passive ? (clause.subject ?? '') : clause.rest)
  )
    return true;
  // "the Committee's self-assessment be added for March 2027": a matter added, with no list named, for a month — a slot
  // in this body's programme, whatever the matter is called (not a sum or a line added to a budget, a register or a plan:
  // "£500 be added for the spring fair", "be added to the register for March")
  if (
    clause.passive &&
    lemma(clause, new Set(['add'])) &&
    !/[£$€]|\d/.test(clause.subject ?? '') &&
    new RegExp(String.raw`^\s*for\s+(?:the\s+)?${FULL_MONTHS}\b(?:\s+\d{4})?\s*(?:meeting\b)?\s*[.;]?\s*$`).test(
      clause.rest,
    )
  )
    return true;
  if (/\bstand(?:ing|ard)\s+items?\b/i.test(text)) return true;
  // a thing brought, reported, considered or scheduled at a meeting of this body — not "Clerk to chase … and report back at the next meeting";
  // "REQUESTED a further update at its meeting on 12 March": a report asked for at a meeting
  const ownMeeting = places.find(
    (p) =>
      p.kind === 'own-meeting' &&
      new RegExp(
        String.raw`^(?:${alternatives(['at', 'to', 'for', 'until', 'till', 'into', 'on', 'onto', 'in'])})$`,
      ).test(p.preposition),
  );
  // (whatever it asks to have at its own meeting — a report, a deep dive, a walk-through — is business there)
  const askedForReport =
    !!lemma(clause, new Set(['request', 'ask', 'require'])) &&
    /^\s*(?:for\s+)?(?:a|an|the|further|more)\s/i.test(clause.rest);
  if (ownMeeting && (reportingVerb || askedForReport) && !errandReportsBack) return true;
  // "the precept be set at the January meeting", "the reserves be reviewed again by this Committee in the autumn": a
  // decision this body will itself take, in the passive, at a meeting of its own or with itself as the agent — its future
  // business, not an errand. (The verbs of deciding and weighing are a closed few; "the bench be installed at the next
  // meeting" is work someone does.)
  const byOwn = /\bby\s+(?<who>(?:this\s+|the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})/.exec(clause.rest)?.groups
    ?.who;
  if (
    clause.passive &&
    clause.form !== 'past' &&
    // (a modal under another verb is reported, "it be noted that the response would be considered by the Committee")
    !(clause.form === 'modal' && chain.length > 1) &&
    lemma(clause, DECIDED_THERE) &&
    // (with only the agent, a decision's own form: "would be taken by the Committee in the new year" among the
    // points a discussion noted is a forecast)
    ((ownMeeting && ownMeeting.preposition === 'at') || (!!byOwn && own.is(byOwn) && clause.form !== 'modal'))
  )
    return true;
  // ("the donation request be considered with the budget in January": a matter taken with this body's business to come —
  // consideredWith.ts)
  if (consideredWith(text, chain, places)) return true;
  // "to hold the first evidence session at its April meeting": business at a meeting of this body
  // (and "that the confirmation hearing be held at a special meeting of the Panel": a thing held there, not the meeting itself)
  if (
    ownMeeting &&
    lemma(clause, new Set(['hold'])) &&
    !(clause.passive && /\b(?:meeting|meetings)$/i.test(clause.subject ?? ''))
  )
    return true;
  // "agreed to receive a further report on procurement in the new municipal year": a paper this body will have
  const toCome =
    clause.form !== 'past' &&
    !(clause.form === 'finite' && /ed$/i.test(clause.verb ?? '')) &&
    lemma(clause, new Set(['receive', 'consider', 'have', 'see']));
  if (
    toCome &&
    /^\s*(?:a|an)\s+(?:further\s+|follow-up\s+|progress\s+|fuller\s+|detailed\s+)?(?:report|update|presentation|briefing|paper)\b/i.test(
      clause.rest,
    ) &&
    (!clause.subject || own.is(clause.subject) || /^(?:members|councillors|governors)$/i.test(clause.subject))
  )
    return true;
  // "the recruitment report be taken in January", "a further update to come back in the spring": a paper brought at a time to come
  // ("updates on progress would be submitted in six months": the paper's head noun before what it is on)
  const paper = /\b(?:report|update|item|review|presentation|paper|briefing)s?(?:\s+(?:on|of|about|from)\b.*)?$/i.test(
    clause.subject ?? '',
  );
  const later =
    /\b(?:in|within)\s+[\w\s-]{0,20}?(?:days?|weeks?|months?|years?)(?:['’]s?\s+time)?\b/i.test(clause.text) ||
    // ("the quarterly performance report be received": a paper's name is no time it comes back)
    FREQUENCY.test(clause.subject ? clause.text.replace(clause.subject, '') : clause.text) ||
    SEASONS.test(clause.text) ||
    LATER.test(clause.text);
  if (
    paper &&
    reportingVerb &&
    !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting') &&
    (new RegExp(String.raw`\b(?:in|by|at|for)\s+${FULL_MONTHS}\b`).test(clause.rest) || later)
  )
    return true;
  // "officers monitor progress and provide update reports in six and twelve months' time", "the Director to submit
  // progress reports quarterly": reports made at a time to come, to no one else, are this body's future business
  const reports =
    /\b(?:provid|bring|submit|present|produc|giv)(?:e|es|ing)?\s+(?:[\w-]+\s+){0,3}?(?:reports?|updates?)\b(?!\s+(?:to|on)\s+(?:members|councillors|governors)\b)/i;
  if (
    reports.test(clause.text) &&
    later &&
    !places.some(
      (p) => p.kind === 'members' || (p.kind === 'other-body' && p.preposition === 'to') || p.kind === 'other-meeting',
    )
  )
    return true;
  // "that a further update be requested in one year": a paper this body asks for, at a time to come, with no one else named to decide on it
  const inTime = new RegExp(
    String.raw`\b(?:in|within)\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)(?:['’]s?\s+time)?\b`,
    'i',
  ).test(clause.rest);
  if (
    paper &&
    clause.passive &&
    lemma(clause, new Set(['request', 'require'])) &&
    !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting') &&
    (inTime ||
      SEASONS.test(clause.rest) ||
      LATER.test(clause.rest) ||
      new RegExp(String.raw`\b(?:in|by|at|for)\s+${FULL_MONTHS}\b`).test(clause.rest))
  )
    return true;
  // "a working group be set up to plan the fair and report to the Committee in March", "sets up a task group … to report
  // its findings to the meeting on 9 May": a group constituted to report to this body leaves one thing to track — its
  // report here. (Constituting verbs are a closed few; the group with no report to make is an action elsewhere.)
  if (
    lemma(clause, CONSTITUTING_VERBS) &&
    /\bto\s+(?:[^.;]{0,120}?\b(?:and|then)\s+)?(?:report|bring|present|submit)\b/i.test(clause.rest) &&
    beforeThisBodyOnly(places)
  )
    return true;
  if (
    places.some((p) => p.kind === 'own-body' && /^(?:to|before)$/.test(p.preposition)) &&
    (reportingVerb || back) &&
    !errandReportsBack
  )
    return true;
  if (back && !errandReportsBack && !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting'))
    return true;
  // "Officers report on the pilot in the spring", "the Clerk report back on the lease after the summer": a report with no
  // one named to receive it, at a time to come, is made to this body — its future business, as "report to the Committee
  // in the spring" is. (A report to someone else names them; "carry out the survey and report" keeps the errand's verb;
  // "report on the pilot by Friday" names no meeting's time.)
  if (
    lemma(clause, new Set(['report'])) &&
    !clause.passive &&
    !clause.negated &&
    clause.form !== 'past' &&
    /^\s*(?:back\s+)?on\b/i.test(clause.rest) &&
    places.every((p) => p.kind === 'own-body' || p.kind === 'own-meeting') &&
    (SEASONS.test(clause.rest) ||
      /\bafter\s+the\s+(?:spring|summer|autumn|winter|new\s+year)\b/i.test(clause.rest) ||
      /\bin\s+(?:\w+\s+){0,2}(?:months?|years?)(?:['’]s?\s+time)?\s*[.;]?$/i.test(clause.rest)) &&
    !own.is(clause.subject ?? reading.subject ?? '')
  )
    return true;
  // this body's own future business: "the Committee to consider …", "the H&WB oversee the implementation",
  // "the Board would be required to approve the final assessment in the New Year"
  const subject = clause.subject ?? reading.subject;
  const future =
    clause.form === 'modal' || chain.some((c) => c.form === 'modal' || (c.passive && /^required$/i.test(c.verb ?? '')));
  // (its business at a meeting — considering, reviewing, overseeing, approving in future — not an event it holds: "agreed to hold a litter pick")
  const business = !!lemma(clause, DELIBERATING) || (!!lemma(clause, RECORDING_VERBS) && future);
  if (subject && own.is(subject) && business && instruction(clause) && (!asked || own.is(asked))) return true;
  // "To be discussed and action agreed.": a matter left for a later meeting
  if (
    clause.form === 'infinitive' &&
    clause.passive &&
    !clause.subject &&
    lemma(clause, new Set(['discuss', 'consider', 'revisit', 'reconsider', 'debate', 'review']))
  )
    return true;
  // "reviewed again in six months", "be reconsidered in 12 months' time"
  if (
    clause.passive &&
    reportingVerb &&
    new RegExp(
      String.raw`\bin\s+(?:\d+|${alternatives(['one', 'two', 'three', 'four', 'five', 'six', 'nine', 'twelve', 'eighteen'])})\s+(?:months?|years?|weeks?)\b`,
      'i',
    ).test(clause.text)
  )
    return true;
  void chain;
  return false;
}

export /**
 * Who a report or presentation comes from: "a report … from DDES and NEAS". A day, a month or a festival after "from"
 * is when the paper leaves, not who writes it ("the update on bus shelters be moved from January to the March
 * meeting"), as after "by" (`WHEN_AFTER_BY`).
 */
function authorOf(text: string): string | null {
  const who =
    /\b(?:report|presentation|update|paper)\b[^.;]{0,120}?\bfrom\s+(?<who>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w&'’-]*|\s+[A-Z][\w&'’-]*){0,5})/.exec(
      text,
    )?.groups?.who ?? null;
  return who && !WHEN_AFTER_BY.test(who) ? who : null;
}
