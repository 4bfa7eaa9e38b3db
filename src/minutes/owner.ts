// Step 6, owner: who is to act, as the minutes name them — the subject of the instruction in
// its forms ("That X be requested to …", "X to …", "X would …", "requested that X …", "X
// undertook to …"), an "ACTION: X" line, "– X & Y to …", initials at a line's end or in
// brackets. A decision's owner by its kind: the invitee, the body recommended to, the author
// of a report; for an action, the one asked or the subject that acts.
import type { Decision } from './classify.js';
import { lemma } from './predicate.js';
import type { Reading } from './reading.js';
import { agentLike, askerOf, bindsParty, byAgent, WHEN_AFTER_BY } from './agents.js';
import { namesBody, type OwnBody } from './bodies.js';
import { secondSubjunctiveReading } from './secondSubjunctive.js';
import type { Category } from './types.js';
import { tokenize } from './words.js';
import { bareVerb } from './actionEntries.js';
import { afterRunInTopic } from './runInTopic.js';
import { mandatedPlural } from './mandatedPeople.js';
import {
  ACTION_RECORDS,
  CONSTITUTING_VERBS,
  FULL_MONTHS,
  HONORIFIC_WORDS,
  NUMBER_WORDS,
  OFFICE_NOUNS,
  OWNER_LABELS,
  SENDING_VERBS,
  WHOLE_MEMBERSHIP,
  alternatives,
} from './lexicon.js';

/** A bracket at the end of a phrase that holds a date: a day and a month, a month and a year, or a date in figures. */
const DATED_BRACKET = new RegExp(
  String.raw`\s*\([^()]*\b(?:\d{1,2}(?:st|nd|rd|th)?\s+${FULL_MONTHS}|${FULL_MONTHS}\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\b[^()]*\)\s*$`,
);

/**
 * "authority" closing a phrase after who holds it ("the Director delegated authority", "officers full authority"): the
 * power given, not part of who acts. Not after a word in small letters that says what kind of body it is — "the local
 * authority", "each partner authority", "the highway authority" name a body (a word other than "delegated" or "full",
 * and not a plural, "officers authority", whose people hold the power).
 */
const POWER_GIVEN = /(?<!\b(?!delegated\b|full\b)[a-z]+[a-rt-z])\s+(?:(?:delegated|full)\s+)?authority$/;

/** A noun phrase as an owner: without "that", "both", a consultee, or a possessive's owner ("their Member, Mrs June Fox" → Mrs June Fox). */
export function cleanOwner(phrase: string): string {
  let p = phrase
    .replace(/[|*]/g, ' ')
    // "During the debate members agreed that the Head of Estates": what reports the decision is not who it names
    .replace(/^.*\b[a-z]+ed\s+that\s+(?=\S)/i, '')
    // ("both the Clerk and the Chair": "both" before a pair is not a name — but "both Cabinets", the bodies of two councils
    // named together, keeps it: it says which bodies, places.ts `JOINT_BODIES`)
    .replace(/^\s*(?:that|and|but|either|both(?!\s+[A-Z][a-z]+s$))\s+/i, '')
    // a subject never opens with a preposition: a fronted phrase before it is where or what it is about, "On
    // 25/0312/FUL the Clerk", "For the bench the Clerk" (the prepositions of place and matter are a closed few)
    .replace(
      /^\s*(?:On|In|At|For|Under|Regarding|Re)\s+(?:the\s+)?(?:(?!the\b|The\b)\S+\s+){1,3}(?=[Tt]he\s+[A-Z])/,
      '',
    )
    // a bracketed aside before the subject is the minute's note, not a name: "(Cllr A having left the room.) The Clerk"
    .replace(/^\s*\([^()]*\)\s*(?=[A-Z])/, '')
    // a fronted adverb is not part of the subject: "Thereafter, the Committee", "Finally, officers"
    .replace(/^\s*[A-Z][a-z]+,\s+(?=\S)/, '')
    .replace(
      /,?\s*(?:in consultation with|working with|together with|in liaison with|supported by|with the support of)\b.*$/i,
      '',
    )
    .replace(/,?\s+(?:who|which|whose)\b.*$/i, '')
    .replace(/^representatives\s+(?:from|of)\s+/i, '')
    // (the power given, not who holds it — but not "the local authority": POWER_GIVEN)
    .replace(POWER_GIVEN, '')
    // a verb of undertaking read into the subject of the infinitive after it is not part of the name: "…; the Chair
    // agreed to arrange this" → the Chair ("X undertook to …", "X offered to …" alike — a closed few)
    .replace(/\s+(?:agreed|undertook|offered|promised|volunteered)$/, '')
    // a floating quantifier after the subject is not part of its name: "the county and the district councils each be
    // asked to …", "X and Y both be invited …" (a closed few)
    .replace(/\s+(?:each|both)$/i, '')
    // a time of day in brackets after a name says when they came or went, never part of it: "Cllr A (arrived 7.40pm)",
    // "Mr B (left at 20:15)"
    .replace(/\s*\([^()]*\b\d{1,2}(?:[.:]\d{2}\s*(?:am|pm)?|\s*(?:am|pm))\b[^()]*\)\s*$/i, '')
    // a date in brackets after a name says when that body meets or when someone begins, never who: "the Audit Committee
    // (meeting 14 January 2027) to: …", "the Clerk (from 1 January)" — as a time of day does
    .replace(DATED_BRACKET, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  p = afterRunInTopic(p);
  // "Fun day sub-group (AB, CD, EF)": who sits on a group, in brackets after its name, is not the name — the group acts
  // (as a group "of Cllrs A, B and C" does, `groupName`)
  const members = /^(?<body>.+?)\s*\((?:[A-Z]{2,3}\s*(?:,|&|\band\b)\s*)*[A-Z]{2,3}\)$/.exec(p)?.groups?.body;
  if (members && namesBody(members)) p = members;
  // ("Members (AB, CD) to research the options", "officers (EF) to draft it": the body's people in general, then the
  // initials of which of them — the initials are who acts, as a list after "Cllrs" is)
  const which =
    /^(?:the\s+)?(?:members|councillors|governors|trustees|officers)\s*\((?<who>(?:[A-Z]{2,3}\s*(?:,|&|\band\b)\s*)*[A-Z]{2,3})\)$/i.exec(
      p,
    )?.groups?.who;
  if (which) p = which.replace(/\s*(?:,|&|\band\b)\s*/g, ', ');
  const parts = p.split(/\s*,\s*/).filter(Boolean);
  // "their Member, Mrs June Fox": the appositive names the person.
  // ("the contractor, Verdant Services,": a common noun, then the name it stands for)
  if (
    parts.length > 1 &&
    (/^(?:their|its|his|her|our|the\s+[a-z]+['’]s)\b/i.test(parts[0]) ||
      (/^(?:the|a|an|our|its|their)\s+[a-z][a-z'’ -]*$/.test(parts[0]) && /^[A-Z]/.test(parts[1])))
  )
    p = parts.slice(1).join(', ');
  // ("The Leader, Councillor Garside, agreed to …", "The Portfolio Holder for Environment, Councillor Carver, undertook
  // to …": a member who holds a post is named as the member — the labels of fresh 71 01 and 127 01 take the councillor,
  // three of three; an officer's name beside a post is left as it was, the labels split on it)
  else if (
    parts.length === 2 &&
    /^[Tt]he\s+[A-Z]/.test(parts[0]) &&
    /^(?:Councillor|Cllr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$/.test(parts[1])
  )
    p = parts[1];
  return p;
}

/** The subject of a clause, when it is someone who can act (not a thing, not this body). */
function actingSubject(decision: Decision, own: OwnBody, c = decision.clause): string | null {
  if (!c.subject || c.passive || c.copula) return null;
  // ("That the licence holder send the revised plan to the Police": a party the decision binds)
  const party = bindsParty(c);
  if (party) return party;
  // ("The September meeting take place …": "meeting" read as the verb is the noun its "subject" qualifies — a meeting acts for no one)
  if (/^meetings?$/i.test(c.verb ?? '')) return null;
  // ("That a working party of Cllrs A, B and C prepare a response": the body named by who sits on it acts, by its name)
  const group = groupName(c.subject);
  if (group !== c.subject.trim() && namesBody(group) && !own.is(group)) return cleanOwner(group);
  // "a presentation on waste crime, the Clerk to invite a representative": who acts follows the comma
  const whole = cleanOwner(c.subject);
  // (a number inside a title is part of it: "That the Section 151 Officer update …")
  // ("Grit bins – Cllr Ames will check the levels", "Hall roof: the Clerk to get quotes": a topic run in before a colon or
  // a spaced dash is the line's label, and who acts follows it, as after a comma)
  const subject = agentLike(tokenize(whole), true) ? whole : cleanOwner(c.subject.split(/,\s+|:\s+|\s[-–—]\s/).pop()!);
  if (
    !subject ||
    own.is(subject) ||
    new RegExp(
      String.raw`^(?:${alternatives(['it', 'this', 'they', 'he', 'she', 'there', 'which', 'who', 'we', 'all'])})$`,
      'i',
    ).test(subject) ||
    (/^members$/i.test(subject) && !bindsMembers(c))
  )
    return null;
  // (or a body, however quantified: "each partner organisation would nominate …")
  if (!agentLike(tokenize(subject), true) && !namesBody(subject) && !mandatedPlural(c, subject)) return null;
  // "The Behaviour Policy will come to the spring meeting": a thing that comes is not its own author.
  // (a body or a person returning with its findings is: "the ICB return to the Panel in June")
  // (but a person named with an honorific acts whatever the verb: "That Cllr Hale take photographs of the flooding")
  if (
    !namesBody(subject) &&
    !/^(?:the\s+)?[A-Z]{2,6}$/.test(subject) &&
    !holdsOffice(subject) &&
    !new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+[A-Z]`).test(subject) &&
    new RegExp(
      String.raw`^(?:${alternatives(['come', 'comes', 'go', 'goes', 'return', 'returns', 'be', 'take', 'takes'])})$`,
      'i',
    ).test(c.verb ?? '')
  )
    return null;
  return subject;
}

/**
 * "That members complete the training modules by March", "Members to send their availability to the Clerk before the
 * next meeting": a task laid on the members binds each of them, and they are the ones who act (round 43). Only the grammar of a mandate — the
 * subjunctive, a to-infinitive, or a bare verb in the present after the subject; never a modal or a past ("members
 * would visit …", "Members agreed …", "Members asked that …"), which report what the body did or will do.
 */
function bindsMembers(c: Reading): boolean {
  if (c.passive || c.copula || c.negated || c.modal) return false;
  const mandate =
    c.form === 'subjunctive' || c.form === 'infinitive' || (c.form === 'finite' && !/(?:s|ed)$/i.test(c.verb ?? ''));
  // (and only a task each of them must have done by a time — "by 31 March", "before the next meeting": a mandate on the
  // whole membership with no such limit is the body's own stance or business, "That members support the campaign")
  return mandate && MEMBERS_DEADLINE.test(c.rest);
}

/** A limit by which a task is done: "by"/"before" and a date, a month, the end of a period or a meeting. */
const MEMBERS_DEADLINE = new RegExp(
  String.raw`\b(?:by|before)\s+(?:the\s+)?(?:\d|end\b|next\b|(?:${FULL_MONTHS})\b|[a-z]+\s+meeting\b)`,
  'i',
);

/**
 * Who is to act, as the minutes name them. A unit of this body named with it ("the Panel's Complaints
 * Sub-Committee") is named without it, as its own members call it.
 */
export function ownerOf(decision: Decision, category: Category, own: OwnBody): string | null {
  const owner = namedOwner(decision, category, own);
  // ("Members agreed to add an item on …": the members asking for the body's own business are the body — no owner)
  if (category === 'work-programme' && owner && WHOLE_MEMBERSHIP.test(owner)) return null;
  const unit = owner ? /^(?:the\s+)?(?<body>[^,]+?)['’]s\s+(?<unit>[A-Z].*)$/.exec(owner)?.groups : undefined;
  // ("recommended to the Council's Cabinet", "the Council's Shareholder and Trusts Committee": "the Council" unnamed is the
  // one council the minutes take as known, as their own body is — its unit is named without it. Another body's post
  // keeps its owner: "the ICB's Head of Primary Care", "the Trust's Medical Director")
  return unit && (own.is(unit.body) || THE_COUNCIL.test(owner!)) ? unit.unit : owner;
}

/**
 * "the Council" alone, with "the": not a council by its name, nor another tier by its kind ("the County Council's
 * Highways Team" in a parish's or a district's minutes is another body's unit, and keeps its name).
 */
const THE_COUNCIL = /^[Tt]he\s+Council['’]s\s/;

function namedOwner(decision: Decision, category: Category, own: OwnBody): string | null {
  switch (category) {
    case 'invitation': {
      // "the Clerk be asked to invite …", "the Secretary should invite …": an invitation someone is named to send is
      // theirs to send (the labelled sets agree on this; where no sender is named they differ — the invitee or no one)
      const sender = inviter(decision, own);
      if (sender) return sender;
      // "a representative of the FSMC": someone not yet named — then whoever is asked to send the invitation, if anyone
      if (decision.named && !/^(?:a|an|any|one)\s/i.test(decision.named.trim())) return cleanOwner(decision.named);
      if (decision.asked && !/^invit/i.test(decision.askedBy ?? '') && !own.is(decision.asked))
        return cleanOwner(decision.asked);
      // "the Clerk to invite a representative": whoever sends the invitation
      return /^invit/i.test(decision.clause.verb ?? '') ? actingSubject(decision, own) : null;
    }
    case 'recommendation':
      // ("That the Harbour Master submit the revised plan to the Agency for approval": someone the decision names, sending
      // a paper on, runs the errand — the body it goes to only decides on it, as with a passive's agent)
      return sender(decision, own) ?? (decision.named ? cleanOwner(decision.named) : null);
    case 'deferral':
      return null;
    case 'work-programme': {
      const asked = decision.asked ? cleanOwner(decision.asked) : null;
      if (asked && !own.is(asked)) return asked;
      // ("the return be reported by the Head of Finance to the next meeting": the passive's agent brings it)
      const agent =
        decision.clause.passive && /^\s*by\s/.test(decision.clause.rest) ? passiveAgent(decision, own) : null;
      // ("a working group be set up to … report to the Committee in March": the group made to report brings it)
      return (
        actingSubject(decision, own) ??
        agent ??
        createdToAct(decision.clause) ??
        (decision.named ? cleanOwner(decision.named) : null)
      );
    }
    default: {
      // "That Cllr Lowe ask the ward member to call it in": who asks acts (agents.ts)
      const asker = askerOf(decision.chain, (who) => own.is(who));
      if (asker) return cleanOwner(asker);
      // "Panel substitute Members would be invited to attend the training": the invited are not the ones who act
      const invited = /^invit/i.test(decision.askedBy ?? '');
      // ("the response be agreed by the Chair and sent to the ICB": the one the passive names as its agent acts; the
      // body it goes to only receives it)
      const agent = passiveAgent(decision, own);
      if (agent && decision.clause.passive && /^\s*(?:(?:to|of)\s[^,;:.()]*?\s)?by\s/.test(decision.clause.rest))
        return agent;
      const asked = decision.asked && !invited ? cleanOwner(decision.asked) : null;
      if (asked && !own.is(asked)) return asked;
      // ("That members visit the depot, to be arranged by the Clerk": the members taking part are the body itself; the
      // one named to arrange the visit sees to it)
      const subject = actingSubject(decision, own);
      const arranger = subject && WHOLE_MEMBERSHIP.test(subject) ? arrangedBy(decision.clause.text) : null;
      return (
        arranger ??
        subject ??
        agent ??
        setUpBy(decision.clause) ??
        createdToAct(decision.clause) ??
        grantedTo(decision.clause, own) ??
        arrangedBy(decision.clause.text) ??
        outerInstruction(decision, own) ??
        secondSubject(decision, own)
      );
    }
  }
}

/**
 * "the Director of Resources would return in March with a plan", "the Chief Finance Officer return in
 * December with the options": a title whose head is an office (lexicon's closed OFFICE_NOUNS) names a person, who comes
 * back to report — not a paper that comes ("the Local Plan will return to the Committee").
 */
function holdsOffice(subject: string): boolean {
  const head =
    subject
      .split(/\s+of\s+/)[0]
      .trim()
      .split(/\s+/)
      .pop()
      ?.toLowerCase() ?? '';
  return OFFICE_NOUNS.includes(head);
}

/** An instruction's verb: to-infinitive, subjunctive, modal, or a base form after its subject ("That the Clerk send …"). */
const instructs = (c: Reading) =>
  /^(?:infinitive|subjunctive|modal)$/.test(c.form) || (c.form === 'finite' && !/s$/i.test(c.verb ?? ''));

/**
 * "The Scrutiny Officer to request a briefing from the Trust, to be circulated to members": the passive the grammar read
 * last says what becomes of the object; whoever the instruction around it names is the one who sees to it.
 * Not a request reported in the past ("Cllr Ames asked that the figures be circulated") — only an instruction.
 */
function outerInstruction(decision: Decision, own: OwnBody): string | null {
  if (!decision.clause.passive || decision.chain.length < 2) return null;
  const outer = decision.chain[decision.chain.length - 2];
  return instructs(outer) ? actingSubject(decision, own, outer) : null;
}

/**
 * "That a task group be set up, and the Scrutiny Officer seek nominations for it": a passive that names no one, joined
 * to a second clause with its own subject — who that subject is acts on the decision (secondSubjunctive.ts).
 */
function secondSubject(decision: Decision, own: OwnBody): string | null {
  const second = decision.clause.passive ? secondSubjunctiveReading(decision.clause.text) : null;
  return second ? actingSubject(decision, own, second) : null;
}

/** Who the decision names to send a paper on: the active subject of a verb of sending or submitting. */
function sender(decision: Decision, own: OwnBody): string | null {
  const c = decision.clause;
  if (c.passive || !instructs(c) || !(lemma(c, SENDING_VERBS) || lemma(c, SUBMITTING))) return null;
  return actingSubject(decision, own);
}

/** Submitting a paper to a body, besides the verbs of sending (as `bindsParty` reads them). */
const SUBMITTING = new Set(['submit', 'lodge', 'deposit']);

/** The agent a passive names with "by" ("by the Office of the Police and Crime Commissioner"), as an owner. */
function passiveAgent(decision: Decision, own: OwnBody): string | null {
  if (!decision.clause.passive) return null;
  const by = byAgent(decision.clause.rest);
  // ("the operation of the new rules be reviewed by the Committee in six months": the body itself is never the owner)
  return by && !own.is(cleanOwner(by)) ? cleanOwner(by) : null;
}

/**
 * Who sends the invitation the clause makes: the subject of "invite" in the active ("the Clerk will invite …"), or the
 * one asked to do the inviting ("the Clerk was asked to invite X to attend …") — not the invitee asked to attend.
 */
function inviter(decision: Decision, own: OwnBody): string | null {
  const k = decision.chain.findIndex((c) => /^invit/i.test(c.verb ?? '') && !c.passive);
  if (k < 0) return null;
  const asking = decision.chain[k - 1];
  const asked = asking && !/^invit/i.test(asking.verb ?? '') ? asking.asked : null;
  // (the members agreeing to invite are the body inviting: no sender named)
  if (asked && !own.is(asked) && !WHOLE_MEMBERSHIP.test(cleanOwner(asked))) return cleanOwner(asked);
  return actingSubject(decision, own, decision.chain[k]);
}

/**
 * "That a briefing be held for members in March, to be arranged by the Scrutiny Officer": a passive infinitive after
 * the comma says how the thing is done, and its "by" who does it (not a day, a month or a festival: that is when).
 * The infinitive may have its own subject, an absolute phrase: "…, the visit to be arranged by the Clerk", "…, with
 * terms of reference to be agreed by the Chair" (a few words, lower case, after an optional "with" and determiner).
 */
function arrangedBy(text: string): string | null {
  const who = (
    new RegExp(
      String.raw`,\s*(?:with\s+)?(?:(?:its|their|the)\s+)?(?:[a-z]+\s+){0,3}?(?:to\s+be|being)\s+[a-z]+(?:ed|en|t)\s+by\s+${ARRANGER}`,
    ).exec(text) ?? ARRANGED.exec(text)
  )?.groups?.who;
  return who && !WHEN_AFTER_BY.test(who) && agentLike(tokenize(who)) ? cleanOwner(who) : null;
}

/**
 * Who is named to arrange: a title or a name in capitals, or the officers at large ("to be arranged by officers") —
 * the body's staff, named in lower case as the clerks write them (a closed few).
 */
const ARRANGER = String.raw`(?<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w'’-]*){0,5}|(?:the\s+)?officers\b)`;

/**
 * "…, arranged by the Finance Officer", "a visit to be organised by officers": a verb of arranging (a closed few) names
 * who sees to the thing wherever it stands, its participle after a comma with no "to be" too — unlike other verbs,
 * whose bare participle after a comma tells what was done before ("the strategy, approved by Cabinet in June").
 */
const ARRANGED = new RegExp(
  String.raw`(?:,\s*|\s(?:to\s+be|being)\s+)(?:arranged|organised|organized|convened|co-ordinated|coordinated|facilitated)\s+by\s+${ARRANGER}`,
);

/**
 * "That the interview panel be given delegated authority to appoint", "the Head of Legal be granted authority to sign": the
 * passive of giving someone a power names as its subject the one who now holds it and acts.
 */
function grantedTo(c: Reading, own: OwnBody): string | null {
  if (!c.passive || !c.subject || !/^(?:given|granted)$/i.test(c.verb ?? '')) return null;
  if (!/^\s*(?:(?:delegated|full)\s+)?(?:authority|powers?|responsibility|permission)\s+to\s+[a-z]/i.test(c.rest))
    return null;
  const who = cleanOwner(c.subject);
  return who && !own.is(who) && (agentLike(tokenize(who)) || namesBody(who)) ? who : null;
}

/**
 * "That a review group be formed to look at the charges, with terms of reference to be settled by the Vice-Chair": the
 * body set up does its task later; the one the absolute phrase names to settle how it is set up acts now, and the labels
 * of four sets name them. Only for verbs of constituting a body (otherwise `createdToAct` reads the body itself).
 */
function setUpBy(c: Reading): string | null {
  return lemma(c, CONSTITUTING_VERBS) ? (arrangedBy(c.text) ?? withOneToAct(c.text)) : null;
}

/**
 * "That a review group be formed, with the Policy Officer to draw up its terms of reference": the same absolute phrase
 * in the active — "with" and who, then a to-infinitive — names the one who acts now, as its passive ("with terms of
 * reference to be agreed by X") does. Not a passive ("with a report to be brought …", read above), nor a thing ("with
 * the aim to …"): who follows "with" must be able to act.
 */
function withOneToAct(text: string): string | null {
  const who = /,\s*with\s+(?<who>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5}?)\s+to\s+(?!be\b)[a-z]+/.exec(
    text,
  )?.groups?.who;
  return who && agentLike(tokenize(who)) ? cleanOwner(who) : null;
}

/**
 * "sets up a working group (Cllrs A and B) to review the rents", "That a task group be established to review …": the
 * body constituted to do a task is the one that does it (the infinitive's understood subject is the body).
 */
function createdToAct(c: Reading): string | null {
  if (!lemma(c, CONSTITUTING_VERBS)) return null;
  // ("be set up to plan …", "be set up, made up of Cllrs A, B and C, to report …": the particle and an aside on who sits
  // on it come before the infinitive)
  const np = c.passive
    ? /^\s*(?:up\b)?\s*(?:,[^.;:]*?,\s*)?to\s+(?!be\b)[a-z]/.test(c.rest)
      ? c.subject
      : null
    : (/^\s*(?:up\s+)?(?<np>(?:a|an|the)\s+[^;:,]*?)\s+to\s+[a-z]/.exec(c.rest)?.groups?.np ?? null);
  const body = np ? groupName(np) : null;
  return body && namesBody(body) ? cleanOwner(body) : null;
}

/**
 * A body named by who sits on it is named without them: "an Events Working Group of Cllrs A, B and C", "a group
 * comprising the Chair and Cllr D", "a review panel (Cllrs E and F)" → its name, without the indefinite article.
 * Nor is its size part of its name: "a working group of five members of the Committee", "the Precept Working Group of
 * four members (Cllrs …)" → the group.
 */
function groupName(np: string): string {
  return np
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(GROUP_SIZE, '')
    .replace(
      /,?\s+(?:of|comprising|consisting\s+of|made\s+up\s+of)\s+(?:the\s+)?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|(?:Vice-)?Chair(?:man|person)?)\b.*$/,
      '',
    )
    .replace(/^(?:a|an)\s+/i, '')
    .trim();
}

/**
 * How many sit on a group, after its name: "of five members", "of 4 councillors", "comprising six governors" — a number
 * (a figure or a closed class of number words) and the people it counts (the body's members in general, a closed few),
 * with whatever follows ("… of the Committee", a bracket naming them).
 */
const GROUP_SIZE = new RegExp(
  String.raw`,?\s+(?:of|comprising|consisting\s+of|made\s+up\s+of)\s+(?:${alternatives([...NUMBER_WORDS])}|\d{1,2})\s+(?:${alternatives(['members', 'councillors', 'governors', 'trustees', 'officers', 'directors'])})\b.*$`,
  'i',
);

/**
 * "The domain name expires on 28th February; the Clerk will renew it before then": a fact about a thing, then after the
 * semicolon who will act on it — the one who acts owns the step.
 */
export function stepAfterFact(text: string, own: OwnBody): string | null {
  // (reported, the modal is "would": "… be held in May; the Operations Manager would arrange the venue"; an infinitive
  // after a comma names who sees to it as an instruction does: "That members visit the pool, the Secretary to arrange
  // the visit"; and after a semicolon one who takes it on: "…; the Chair agreed to arrange this")
  const who =
    /(?:;|,(?=\s+(?:the\s+)?[A-Z][\w'’ -]*?\s+to\s+[a-z]))\s+(?<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,4})\s+(?:will|shall|would|to|(?:agreed|undertook|offered)\s+to)\s+(?!be\b)[a-z]/.exec(
      text,
    )?.groups?.who;
  return who && agentLike(tokenize(who)) && !own.is(who) ? cleanOwner(who) : null;
}

const INITIALS = String.raw`[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*`;

/**
 * "(b) A working group to meet before the spring – Dr Ambrose to convene it.": after a spaced dash closing the clause,
 * one named to do the step that makes it happen ("X to <verb>") owns it — as "– X to …" does in the discussion.
 */
export function dashedAssignee(text: string): string | null {
  const who =
    /\s[–—-]\s+(?<who>(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\s+[A-Z][\w'’-]+|[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4}))\s+to\s+[a-z]+\b[^–—]*$/.exec(
      text,
    )?.groups?.who;
  return who && !/\s-\s/.test(text.slice(text.lastIndexOf(who))) && agentLike(tokenize(who)) ? cleanOwner(who) : null;
}

/** "Action – Clerk.", "Action  :  Acting Chief Executive", "ACTION: RG", "Action RG", "Action 4.01 Clerk", "ACTION: Jim / Alasdair". */
/** "Owner: Jo Bright", "To be actioned by: Director of Public Health" on a line of its own. */
const OWNER_LINE = new RegExp(
  String.raw`^(?:${alternatives(OWNER_LABELS)})\s*:\s*(?<named>[A-Z][\w ,&'’./-]{0,80}?)\s*\.?\s*$`,
  'i',
);

/** A verb, then a determiner of its object (a closed class) or a particle: how an imperative opens, never a name. */
const IMPERATIVE_LEAD =
  /^[A-Z][a-z]+\s+(?:the|a|an|all|any|this|these|those|that|their|its|our|his|her|each|every|some|up|out|back|round|forward)\b/;

/** The words for nothing at all (a closed class): "Action: None", "Actions: nil", "Action: N/A". */
export const NOTHING = /^(?:none|nil|n\/a|nothing|no\s+(?:further\s+)?actions?)\b/i;

/** What opens a heading's words after "Actions": a preposition or a participle (closed classes). */
const HEADING_WORD = new RegExp(
  String.raw`^(?:${alternatives(['from', 'of', 'for', 'at', 'in', 'to', 'since', 'arising', 'agreed', 'outstanding', 'carried', 'completed', 'raised', 'taken'])})\b`,
  'i',
);

/** A due closing an action line after its owner: "by 3 November 2026", "– by 4 December", "by 30/11/2026". */
const DUE_TAIL =
  /\s+(?:[-–—]\s+)?by\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}\s*\/\s*\d{1,2}\b)[\w ,/]*$/;

/** An action tag's owner, where it stands in the text, the resolution's clauses it cites, and the due after the owner. */
export interface ActionMarker {
  owner: string;
  index: number;
  clauses?: string[];
  /** "by 4 December": when the tag says the action is due (read by the due steps as any "by" phrase). */
  due?: string;
}

export function actionMarker(text: string): ActionMarker | null {
  // ("ACTION: PA – by 4 December": an owner and a due after a spaced dash of any length — the due is the tag's, and the
  // owner is read as if the tag ended before it)
  const tail = DUE_TAIL.exec(text);
  const marker = ownerTag(text) ?? (tail ? ownerTag(text.slice(0, tail.index)) : null);
  return marker && tail && !marker.clauses ? { ...marker, due: tail[0].replace(/^\s*[-–—]?\s*/, '') } : marker;
}

function ownerTag(text: string): ActionMarker | null {
  // ("ACTION: Treasurer (ii) and (iv)": the clauses of the resolution above that the owner carries out — they say which
  // of its decisions the line is about, not who acts)
  const cited = CITED_CLAUSES.exec(text);
  if (cited) {
    const marker = ownerTag(text.slice(0, cited.index));
    return marker && { ...marker, clauses: [...cited[0].matchAll(/\(([^)]+)\)/g)].map((c) => `(${c[1]})`) };
  }
  const m =
    OWNER_LINE.exec(text) ??
    new RegExp(
      String.raw`(?:^|[.;)]\s*|\s{2,}|\s(?=(?:Actions?|ACTIONS?)\s*[:–—-]))(?:Actions?|ACTIONS?)(?:\s+(?:by|point))?(?:\s+\d{1,3}(?:\.\d{1,3})*)?\s*(?:[:–—-]\s*(?<named>[A-Z][\w ,&'’./-]{0,80}?)|\s+(?<bare>(?:${INITIALS}|ALL|All|[A-Z][a-z]+(?:\s*[/&,]\s*[A-Z][a-z]+)*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})))\s*\.?\s*$`,
    ).exec(text);
  // ("ACTION: MO - by 3 November 2026", "ACTION: PA – by 4 December": the date after the owner, a dash before it or not,
  // is when the action is due, not part of who does it)
  const owner = (m?.groups?.named ?? m?.groups?.bare)?.replace(DUE_TAIL, '');
  // "ACTION: RP to circulate …", "ACTION: JS - report to the next meeting": the action itself, not an owner.
  if (!owner || /\s(?:to|will|would|should|shall)\s+[a-z]|\s[-–—]\s/.test(owner) || owner.split(/\s+/).length > 8)
    return null;
  // "ACTIONS FROM THIS MEETING", "ACTIONS ARISING", "Actions agreed at this meeting": a heading over the table of
  // actions, not an owner — a name or a title never opens with a preposition or a participle
  // (but initials are a person, whatever word they spell: "ACTION: AT")
  if (HEADING_WORD.test(owner.trim()) && !/^[A-Z]{2,3}$/.test(owner.trim())) return null;
  // "Officers noted members' comments." under "Action:" is a sentence, not a name; "ACTION TABLE" a heading.
  if (/\b[a-z]{3,}ed\b/.test(owner) || ACTION_RECORDS.test(owner.trim())) return null;
  // "Actions: Start the procurement." is the action itself, an imperative: a verb and its object's determiner, where a
  // name or a title goes on in capitals or with "of"/"and" ("Head of Waste Services", "Clerk and Chair")
  if (IMPERATIVE_LEAD.test(owner.trim())) return null;
  // ("ACTIONS: DO mend the gate": initials and a bare verb are the errand with its owner, as notes write it)
  const lead = /^[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*\s+(?<verb>[a-z][a-z'-]+)\b/.exec(owner.trim());
  if (lead && bareVerb(lead.groups!.verb)) return null;
  // ("Actions: None." says there is nothing to do: no one to own it)
  if (NOTHING.test(owner.trim())) return null;
  return { owner: cleanOwner(owner).replace(/\s*\/\s*/g, ' / '), index: m!.index };
}

/** A list of a resolution's clause letters closing a line: "(ii) and (iv)", "(a), (c)", "(3)". */
const CLAUSE = String.raw`\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)`;
const CITED_CLAUSES = new RegExp(String.raw`\s+${CLAUSE}(?:\s*(?:,|and|&)\s*${CLAUSE})*\s*\.?\s*$`);

/** Initials closing an item's line name its owners: "… was broken. MP, SD", "… for the December meeting.   RT". */
export function trailingInitials(text: string): string[] {
  const m = new RegExp(String.raw`(?:[.)]\s*|\s{3,})(?<initials>${INITIALS})\s*$`).exec(text);
  return m?.groups ? m.groups.initials.split(/\s*[,&]\s*/) : [];
}

/** Initials set apart at the line's end by a run of spaces, as an "Action by" column: "… before the next meeting;   JP / HM". */
export function columnInitials(text: string): { initials: string[]; index: number } | null {
  const m = new RegExp(String.raw`\s{3,}(?<initials>${INITIALS})\s*$`).exec(text);
  return m?.groups ? { initials: m.groups.initials.split(/\s*[,/&]\s*/), index: m.index } : null;
}

/**
 * Initials in brackets, or after a dash, closing an action line: "Pothole on Mill Lane to be reported (JS)",
 * "Chase the bus company – JS". Not a councillor's initials after their name, nor an acronym spelt out just
 * before it ("Clinical Commissioning Group (CCG)").
 */
export function closingInitials(text: string): { initials: string[]; index: number } | null {
  const m = new RegExp(String.raw`(?:\s*\((?<bracket>${INITIALS})\)|\s+[–—-]\s*(?<dash>${INITIALS}))\s*\.?\s*$`).exec(
    text,
  );
  const found = m?.groups?.bracket ?? m?.groups?.dash;
  if (!m || !found) return null;
  const body = text.slice(0, m.index).trim();
  const initials = found.split(/\s*[,/&]\s*/);
  const capitals = (body.match(/\b[A-Z][\w'’-]*/g) ?? []).map((w) => w[0]).join('');
  if (
    initials.some((i) => capitals.endsWith(i)) ||
    /\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+\s*$/.test(body) ||
    /\b(?:Proposed|Seconded)\b/i.test(body.slice(-40))
  )
    return null;
  return { initials, index: m.index };
}
