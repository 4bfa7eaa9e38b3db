// Step 5b, classify: what a clause asks for, read from its main verb, the verb's form and
// where it sends things. Recording verbs (noted, received, approved, thanked …) → noted. A
// verb that puts a matter back → deferral. Inviting → invitation. Another body asked to act,
// or a matter sent to it → recommendation. A future meeting or the agenda of this body →
// work programme. A paper passed to the members → information. Any other instruction →
// action, with less certainty — never silently noted. Past events and reported speech are
// not decisions.
import { namesBody, type OwnBody } from './bodies.js';
import { agentLike, thingSubject } from './agents.js';
import { readClause } from './grammar.js';
import { innermost } from './innermost.js';
import { afterVerb, type Reading } from './reading.js';
import {
  CONTINUING_VERBS,
  DEFERRING_VERBS,
  FULL_MONTHS,
  ING_PREPOSITIONS,
  LATER,
  OFFICER_UNITS,
  RECORDING_VERBS,
  SEASONS,
  REPORTING_VERBS,
  SENDING_TO_MEMBERS,
  SENDING_VERBS,
  STANDING_POWERS,
  PREPOSITIONS,
  alternatives,
} from './lexicon.js';
import { placesIn, type Place } from './places.js';
import type { Category } from './types.js';
import { lemmaIn, tokenize } from './words.js';

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
}

const AMEND = new Set(['amend', 'correct', 'insert', 'delete']);
/** Verbs that pass a matter on to a body: what makes it that body's to decide. */
const SENDING_ON = new Set([
  'refer',
  'submit',
  'forward',
  'escalate',
  'present',
  'report',
  'commend',
  'recommend',
  'send',
  'go',
  'pass',
  'put',
]);
const DELEGATING = new Set(['delegate', 'authorise', 'authorize']);
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
/** The recording verbs that take a fact as their object: noting that something will happen does not make it happen. */
const NOTING = new Set(['note', 'acknowledge', 'welcome', 'recognise', 'recognize', 'observe']);
const MEETS = new Set(['meet', 'convene', 'reconvene']);
const SEEKING = /\b(?:asking|seeking|inviting|requesting|requiring)\b/i;
const lemma = (r: Reading, set: ReadonlySet<string>) => (r.verb ? lemmaIn(r.verb.toLowerCase(), set) : null);

/** The noun phrase a verb acts on: "invite a representative of the FSMC to attend …" → "a representative of the FSMC". */
function objectOf(rest: string): string | null {
  const m = new RegExp(
    String.raw`^(?:the\s+|a\s+|an\s+)?[^,;:]{1,100}?(?=\s+(?:${alternatives(['to', 'as', 'for', 'from', 'on', 'at', 'in', 'with', 'who', 'which', 'that', 'and'])})\b|[,;:.]|$)`,
    'i',
  ).exec(rest.trim());
  return m ? m[0].trim() : null;
}

/** Work an approval commits to, written as a list of gerunds: "including adopting …, reviewing … and developing …". */
function gerundWork(text: string): boolean {
  const list = /\bincluding\b(.*)$/i.exec(text)?.[1] ?? '';
  const found = [
    ...list.matchAll(
      new RegExp(
        String.raw`\b([a-z]{4,}ing)\s+(?:${alternatives(['the', 'a', 'an', 'its', 'their', 'new', 'further', 'and'])})\b`,
        'gi',
      ),
    ),
  ].filter((m) => !ING_PREPOSITIONS.has(m[1].toLowerCase()));
  return found.length >= 2;
}

export function classify(text: string, own: OwnBody, verbFirst = false): Decision {
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
  });
  if (reading.form === 'none') {
    // "the Panel's meeting in December includes a report on …", "Standard items on the agenda include reports on:"
    if (
      /\b(?:meeting|agenda|work\s*programme)\b[^.;]{0,60}\b(?:includes?|to\s+include|will\s+include|should\s+include)\b|\bstand(?:ing|ard)\s+items?\b/i.test(
        text,
      )
    )
      return decision('work-programme');
    // "the audit findings and the response to the next meeting", "the addition of an item on school meals":
    // something for a meeting or the agenda of this body, without its verb
    if (
      places.some((p) => p.kind === 'own-meeting' || p.kind === 'own-agenda') ||
      /^(?:the\s+)?(?:addition|inclusion)\s+of\b/i.test(text)
    )
      return decision('work-programme');
    // "That …" always carries a verb; one the grammar cannot find is a decision not understood, not a noting
    if (/^that\s+\S+\s+\S+/i.test(text.trim())) return decision('action', null, false);
    return decision('noted');
  }
  // (and procedure: "the report be taken as read"; a view recorded: "to make no objection", "raised no comments")
  if (
    chain.some((c) => c.negated) ||
    /\bno\s+further\s+action\b|\btaken\s+as\s+read\b/i.test(text) ||
    (lemma(clause, new Set(['make', 'raise', 'have', 'offer'])) &&
      /^\s*no\s+(?:objections?|comments?|observations?)\b/i.test(clause.rest))
  )
    return decision('noted');
  // "would be put into action if a lock-down came into force": nothing to do unless it happens
  if (clause.modal === 'would' && conditional(clause.text)) return decision('noted');
  // correcting a record or rewording a motion is procedure: "to amend Item 3 …", "agreed to amend the recommendation …"
  if (
    chain.some((c) => lemma(c, AMEND)) &&
    new RegExp(
      String.raw`\b(?:${alternatives(['item', 'minute', 'minutes', 'record', 'paragraph', 'page', 'article', 'recommendations', 'recommendation', 'motion', 'resolution', 'wording'])})\b`,
      'i',
    ).test(text)
  )
    return decision('noted');
  // An arrangement that carries on ("continue to liaise", "continue to be reported") is not new work.
  // (unless another body is recommended to keep it so: "Cabinet be recommended to retain the opening hours")
  const recommending = chain.some((c) => /^recommend/i.test(c.verb ?? ''));
  if (
    (chain.some((c) => lemma(c, CONTINUING_VERBS)) || /\bcontinu(?:e|es|ing)\s+to\b/i.test(clause.text)) &&
    !recommending
  )
    return decision('noted');
  // Scheduling the body's own meetings is its calendar, not an item: "agreed to meet on …", "the next meeting will be held on …".
  // (meeting someone — "meet the landowner", "meet with the SENCo" — is an errand, not the calendar)
  // ("to hold an informal evidence session", "to hold a litter pick on 7 March": a sitting or an event of its own, on its calendar)
  const meetsItself =
    (lemma(clause, MEETS) &&
      !new RegExp(
        String.raw`^\s*(?:with\b|(?:${alternatives(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'each', 'all', 'both'])})\s|[A-Z])`,
      ).test(clause.rest)) ||
    (!clause.passive && /^hold$/i.test(clause.verb ?? '') && /^\s*(?:a|an|another|its|their)\s/i.test(clause.rest));
  if (
    (meetsItself &&
      (!clause.subject || own.is(clause.subject) || /^(?:members|councillors|governors)$/i.test(clause.subject))) ||
    (/\bmeetings?$/i.test(clause.subject ?? '') &&
      new RegExp(
        String.raw`^(?:${alternatives(['held', 'take', 'takes', 'start', 'starts', 'commence', 'begin', 'close', 'be'])})$`,
        'i',
      ).test(clause.verb ?? ''))
  )
    return decision('noted');

  // (a meeting adjourned or held over pauses the meeting itself; it defers no matter)
  const deferring = chain.find(
    (c) =>
      lemma(c, DEFERRING_VERBS) &&
      !/^(?:hold|held|holds|delay|delayed|delays)$/i.test(c.verb ?? '') &&
      !/\b(?:meeting|session|sitting)$/i.test(c.subject ?? ''),
  );
  if (deferring) return decision('deferral');
  // "the review be moved from this meeting to the January meeting": put back
  if (
    chain.some((c) => lemma(c, new Set(['move', 'carry', 'transfer', 'take']))) &&
    /\bfrom\s+(?:this|today['’]s|the\s+present|the\s+current)\s+meeting\b/i.test(text)
  )
    return decision('deferral');

  const invitee = invitation(chain, asked, clause, text);
  if (invitee !== undefined) {
    const toMeeting =
      places.some((p) => p.kind === 'own-meeting' || p.kind === 'own-body') ||
      /\battend\s+(?:\w+\s+){0,3}(?:meetings?|sessions?\s+of)\b|\battend\s+(?:for|at)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}items?\b/i.test(
        text,
      );
    if (toMeeting) return decision('invitation', invitee);
    return decision('action', null, false);
  }

  // a planner's own items moved about ("to remove item 4 …, item 8 … for the reasons in the planner"): nothing left to track
  if (
    /\bitems?\s+\d/i.test(clause.rest) &&
    /\b(?:planner|work\s*programme|work\s*plan|forward\s+plan)\b/i.test(text) &&
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

  const recommended = recommendation(chain, asked, clause, places, own);
  if (recommended) return decision('recommendation', recommended);
  // A matter moved to another body's planner is that body's business now.
  if (places.some((p) => p.kind === 'other-agenda') && !places.some((p) => p.kind === 'own-agenda'))
    return decision('noted');

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
  if (noting && clause.passive && clause.form === 'modal' && !/\bby\s+[A-Z]/.test(clause.rest))
    return decision('noted');

  if (information(clause, places, text)) return decision('information');
  // another body asked to act: "That the Constitution Committee be requested to …", "UHL and the CCGs be requested to consider"
  // (authority delegated to a group, or a group authorised, is work given to it: an action; asked to send members something, an information request)
  // (a team or a department of officers asked to act does the work: an action)
  const officers = !!asked && OFFICER_UNITS.has(asked.trim().split(/\s+/).pop()!.toLowerCase());
  if (asked && namesBody(asked) && !own.is(asked) && !officers && !chain.some((c) => lemma(c, DELEGATING)))
    return decision('recommendation', asked);

  // a sum or a figure decided: "the precept be set at £61,500", "To set a precept of £16,500", "a grant of £2,000 be offered"
  const sum = /£\s?\d|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|pence|p\b)/i;
  if (
    lemma(clause, new Set(['set', 'fix'])) &&
    new RegExp(
      String.raw`^\s*(?:(?:at|to)\s+|(?:a|the|its)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:of|at)\s+)(?:£\s?\d|\d)`,
      'i',
    ).test(clause.rest)
  )
    return decision('noted');
  if (
    lemma(clause, new Set(['offer', 'give', 'make', 'award', 'pay', 'grant'])) &&
    sum.test(clause.passive ? (clause.subject ?? '') : afterVerb(clause).split(/\bto\b/)[0]) &&
    !clause.inner
  )
    return decision('noted');
  // "approves the purchase of the homes, to be let at social rent": an infinitive after the object's comma tells what the
  // thing is for — no one is sent anywhere, so the approval stands alone
  const purpose =
    lemma(reading, RECORDING_VERBS) &&
    reading.inner?.form === 'infinitive' &&
    reading.inner.passive &&
    /,\s*to\s+be\s+[a-z]+\b/i.test(reading.rest) &&
    !/\bby\s+(?:the\s+)?[A-Z]/.test(reading.inner.rest) &&
    placesIn(reading.inner.text, own).length === 0;
  if (purpose) return decision('noted');
  const recording = chain.find((c) => lemma(c, RECORDING_VERBS));
  // "the Chair to sign the lease", "the Clerk will accept the quote on our behalf": someone else told to do it is an action
  // (and "authority be delegated to the Director to approve the return": the approving is the Director's task)
  const toldToRecord =
    (!!clause.subject &&
      !own.is(clause.subject) &&
      !clause.passive &&
      (clause.form === 'infinitive' || clause.form === 'modal') &&
      /^[A-Z]/.test(clause.subject.replace(/^the\s+/i, ''))) ||
    (!!asked && !own.is(asked) && clause.form === 'infinitive' && !clause.passive);
  if (recording && !clause.inner && (lemma(clause, RECORDING_VERBS) || clause.copula) && !toldToRecord) {
    // "APPROVED the proposed evolution of the Board, including adopting …, reviewing … and developing …"
    if (gerundWork(clause.rest)) return decision('action', null, false);
    // "delegated authority … to X" with no task named is a standing delegation.
    return decision('noted');
  }
  // "The licence is suspended for three months": a decision that takes effect as it is stated, in the present
  if (
    clause.passive &&
    clause.form === 'finite' &&
    /^(?:is|are)\b/i.test(reading.text.slice((clause.subject ?? '').length).trim()) &&
    /^the\s/i.test(clause.subject ?? '')
  )
    return decision('noted');
  // "the Committee will be consulted on the plans": done to this body by others, nothing for it to do
  if (clause.passive && clause.subject && own.is(clause.subject)) return decision('noted');
  // "AGREED that the depot will open on Saturdays": a thing, in the active with a modal and no object ("open", "run for a
  // year", "move to the square"), is how things will be from now on — decided, with no one told to do anything
  // ("the contractor will repair the wall" has an object: someone doing something to something)
  const firstAfterVerb = clause.rest.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const noObject = firstAfterVerb === '' || PREPOSITIONS.has(firstAfterVerb) || /^[a-z]+ly$/.test(firstAfterVerb);
  if (clause.form === 'modal' && !clause.passive && noObject && thingSubject(clause.subject)) return decision('noted');
  if (instruction(clause)) return decision('action', null, false);
  return decision('noted');
}

/** "… would be put into action if a lock-down came": a condition; "see if an upgrade would be needed" asks a question. */
export function conditional(text: string): boolean {
  return new RegExp(
    String.raw`\b(?<!\b(?:${alternatives(['see', 'check', 'ask', 'establish', 'know', 'find out', 'enquire', 'investigate', 'determine', 'explore', 'consider', 'whether', 'assess', 'confirm'])})\s+)if\b`,
    'i',
  ).test(text);
}

/** Whether a clause instructs: to-infinitive, imperative, subjunctive, a committing modal, a present verb after its subject. */
export function instruction(clause: Reading): boolean {
  if (clause.copula) return false;
  switch (clause.form) {
    case 'infinitive':
    case 'imperative':
    case 'subjunctive':
      return true;
    case 'modal':
      return /^(?:will|would|shall|should|must)$/.test(clause.modal ?? '');
    case 'finite':
      return true;
    case 'participle':
      return !lemmaIn((clause.verb ?? '').toLowerCase(), RECORDING_VERBS);
    default:
      return false;
  }
}

/** The invitee, if the clause invites: undefined when it does not. */
function invitation(chain: Reading[], asked: string | null, clause: Reading, text: string): string | null | undefined {
  for (const c of chain) {
    if (!c.verb || !/^invit/i.test(c.verb)) continue;
    if (c.passive) return c.subject;
    return c.asked ?? objectOf(c.rest);
  }
  // "be asked to attend", "requested that X attend"
  if (asked && clause.verb && /^attend/i.test(clause.verb)) return asked;
  if (
    clause.verb &&
    /^attend/i.test(clause.verb) &&
    clause.subject &&
    /^(?:infinitive|subjunctive|finite|modal)$/.test(clause.form)
  )
    return clause.subject;
  // "approved an invitation to be sent to the Shared Island Unit to attend the June meeting"
  const noun = /\binvitation\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?<who>[A-Z][\w&'’ -]{1,60}?)\s+to\s+attend\b/.exec(text);
  if (noun?.groups) return noun.groups.who.trim();
  if (/\binvitation\b[^.;]{0,60}\bto\s+attend\b/i.test(text)) return null;
  return undefined;
}

/** The body a clause recommends to or sends a matter to, or null. */
function recommendation(
  chain: Reading[],
  asked: string | null,
  clause: Reading,
  places: Place[],
  own: OwnBody,
): string | null {
  const other = (np: string | null | undefined): np is string => !!np && namesBody(np) && !own.is(np);
  for (const c of chain) {
    if (!c.verb || !/^recommend/i.test(c.verb)) continue;
    if (c.passive && other(c.subject)) return c.subject;
    // ("RECOMMENDS TO COUNCIL": the preposition in capitals too; the body as a name, not shouted)
    const to =
      /\b(?:to|TO)\s+(?<body>(?:the\s+|full\s+)*(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of)\s+)*){0,6}(?:[A-Z][\w&'’-]*|council|cabinet))\b/.exec(
        c.rest,
      )?.groups?.body;
    if (other(to)) return /^[A-Z\s]+$/.test(to) ? to.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : to;
    // recommended to a person who decides: "Recommends to the Mayor that …", "to the Cabinet Member for Transport"
    if (to && /^\s*to\s/.test(c.rest) && !own.is(to) && agentLike(tokenize(to))) return to;
    if (c.inner && other(c.inner.subject)) return c.inner.subject;
  }
  for (const c of chain) {
    if (c.passive && /^(?:advised|informed|notified)$/i.test(c.verb ?? '') && other(c.subject)) return c.subject;
  }
  // a matter sent to another body: "be submitted to Cabinet", "refers the final strategy to Council", "for submission to …", "the review to report to Cabinet"
  const sending =
    chain.some((c) => lemma(c, SENDING_ON)) ||
    /\bfor\s+(?:submission|referral|consideration|approval|decision|adoption)\s+(?:to|by)\s+(?:both\s+)?(?:the\s+)?[A-Z]/.test(
      clause.text,
    );
  const to = places.find((p) => p.kind === 'other-body' && p.preposition === 'to');
  // (an officer named to send a paper runs an errand — "Clerk to submit the form to the district council" —
  // unless it goes for the other body to decide)
  const errand =
    !!clause.subject &&
    !clause.passive &&
    agentLike(tokenize(clause.subject)) &&
    !namesBody(clause.subject) &&
    !/\bfor\s+(?:its\s+|their\s+)?(?:approval|decision|adoption|consideration|determination)\b/i.test(clause.text);
  if (to && sending && !errand && !places.some((p) => p.kind === 'members')) {
    // "… to be presented to Cabinet", "for submission to both the Policy and Resources Committee and the Court"
    return to.body;
  }
  void clause;
  return null;
}

function workProgramme(
  reading: Reading,
  chain: Reading[],
  clause: Reading,
  asked: string | null,
  places: Place[],
  own: OwnBody,
  text: string,
): boolean {
  const reportingVerb = !!lemma(clause, REPORTING_VERBS);
  // "report back to the Panel", or a report back named as a thing: "when a report back will be made to the Authority"
  const back =
    /\b(?:report(?:ed|ing|s)?|come|coming|came|brought|bring|return(?:ed|ing)?|refer(?:red)?)\s+back\b/i.test(
      clause.text,
    ) &&
    (reportingVerb || /\b(?:a|the)\s+report\s+back\b/i.test(clause.text));
  if (places.some((p) => p.kind === 'own-agenda' && p.preposition !== 'from')) return true;
  // "agreed to add an item on verge cutting", "to schedule a report on …": putting an item on the agenda
  // (or, passive, "that an item on shoplifting be added")
  const agendaThing = /^\s*(?:a|an)\s+(?:\w+\s+){0,2}(?:item|report|update|presentation|session)\b/i;
  if (
    lemma(clause, new Set(['add', 'schedule', 'programme', 'include'])) &&
    agendaThing.test(clause.passive ? (clause.subject ?? '') : clause.rest)
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
  if (ownMeeting && (reportingVerb || askedForReport)) return true;
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
  const paper = /\b(?:report|update|item|review|presentation|paper|briefing)s?$/i.test(clause.subject ?? '');
  if (
    paper &&
    reportingVerb &&
    !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting') &&
    (new RegExp(String.raw`\b(?:in|by|at|for)\s+${FULL_MONTHS}\b`).test(clause.rest) ||
      SEASONS.test(clause.rest) ||
      LATER.test(clause.rest))
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
  if (places.some((p) => p.kind === 'own-body' && /^(?:to|before)$/.test(p.preposition)) && (reportingVerb || back))
    return true;
  if (back && !places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting')) return true;
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

/** Who a report or presentation comes from: "a report … from DDES and NEAS". */
function authorOf(text: string): string | null {
  return (
    /\b(?:report|presentation|update|paper)\b[^.;]{0,120}?\bfrom\s+(?<who>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w&'’-]*|\s+[A-Z][\w&'’-]*){0,5})/.exec(
      text,
    )?.groups?.who ?? null
  );
}

function information(clause: Reading, places: Place[], text: string): boolean {
  // "include the capture rates in the next quarterly report": information the members will read in a paper to come
  if (
    lemma(clause, new Set(['include', 'add', 'set out', 'show'])) &&
    /\bin\s+(?:the|its|their|his|her)\s+next\s+(?:[\w-]+\s+){0,2}(?:report|update|briefing|newsletter|paper)\b/i.test(
      clause.rest,
    )
  )
    return true;
  const verb = clause.verb ? lemmaIn(clause.verb.toLowerCase(), SENDING_VERBS) : null;
  const toMembers = places.some((p) => p.kind === 'members');
  // "include Members of the Panel within its circulation of all press releases"
  if (!verb)
    return (
      (toMembers || /\b(?:members|councillors|governors)\b/i.test(text)) &&
      /\bcirculat|\bdistribut|\be-?mail|\bcopies\b/i.test(text)
    );
  if (SEEKING.test(clause.rest) && !/^(?:provide|share|circulate)$/.test(verb)) return false;
  if (SEEKING.test(clause.rest)) return false;
  if (toMembers) return true;
  // sent to someone else ("send the letter to the craftsman") is an action; with no one named, to the members
  const elsewhere =
    /\bto\s+(?:him|her|them|the\s+[a-z]|[A-Z])/.test(clause.rest) &&
    !/\bto\s+(?:the\s+)?(?:committee|panel|board)\b/i.test(clause.rest);
  if (elsewhere) return false;
  // ("update the schedule on the website" is work on a thing; "update members" informs them)
  return SENDING_TO_MEMBERS.has(verb) || /^(?:provide|share|email|e-mail|supply)$/.test(verb);
}
