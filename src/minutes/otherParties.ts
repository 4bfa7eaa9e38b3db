// Who else a decision reaches: the invitee of an invitation, the body a matter is recommended or
// sent to, the members a paper goes to. Read from the clause chain and the places it names.
import { agentLike, bindsParty, byAgent } from './agents.js';
import { namesBody, type OwnBody } from './bodies.js';
import { DECIDING_MEMBER, SENDING_TO_MEMBERS, SENDING_VERBS, alternatives } from './lexicon.js';
import type { Place } from './places.js';
import { lemma } from './predicate.js';
import type { Reading } from './reading.js';
import { lemmaIn, tokenize } from './words.js';

/** Verbs that pass a matter on to a body: what makes it that body's to decide. */
const SENDING_ON = new Set([
  'refer',
  'remit', // (Scottish minutes' word for referring a matter on)
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
/** Of these, the verbs that put a matter before someone for their decision or response, not a paper in their hands. */
const REFERRING = new Set(['refer', 'remit', 'report', 'escalate']);
const SEEKING = /\b(?:asking|seeking|inviting|requesting|requiring)\b/i;
/** The noun phrase a verb acts on: "invite a representative of the FSMC to attend …" → "a representative of the FSMC". */
function objectOf(rest: string): string | null {
  const m = new RegExp(
    String.raw`^(?:the\s+|a\s+|an\s+)?[^,;:]{1,100}?(?=\s+(?:${alternatives(['to', 'as', 'for', 'from', 'on', 'at', 'in', 'with', 'who', 'which', 'that', 'and'])})\b|[,;:.]|$)`,
    'i',
  ).exec(rest.trim());
  return m ? m[0].trim() : null;
}

export /** The invitee, if the clause invites: undefined when it does not. */
function invitation(chain: Reading[], asked: string | null, clause: Reading, text: string): string | null | undefined {
  for (const c of chain) {
    if (!c.verb || !/^invit/i.test(c.verb)) continue;
    if (c.passive) return c.subject;
    // ("invite the Chief Constable to the February meeting to discuss …": whom, not where to)
    const where =
      /\s+(?:to|at|for)\s+(?:the|a|an|its|their|this|that|next)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|session|sitting)\b.*$/i;
    // (a title may hold "with" or "for": "the Cabinet Member with Responsibility for Housing")
    const whom = (c.asked ?? c.rest)
      .replace(where, '')
      .replace(/\s+(?:(?:with|for)\s+(?![A-Z])|(?:to|who|which|that|as|from|on|in|at|and)\s).*$/, '')
      .replace(/\s*[,;:.(].*$/, '')
      .trim();
    return whom || objectOf(c.rest);
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

/**
 * The one a recommendation is addressed to, as a name: what the grammar read as the addressee may run on into why and when
 * it is sent ("to Council for adoption on 3 June, to take effect …", "to the Trust Board for approval at its meeting in
 * July") — a purpose of "for" and a lower-case noun, or "at its meeting", ends the name (a title's "for" goes on in
 * capitals or with "the": "the Portfolio Holder for Leisure", "the Cabinet Member for the Environment"); and "to" said
 * again before each addressee after the first is not part of any ("to Ashby Town Council and to Kelbrook Parish Council").
 */
export function recipientName(np: string): string {
  return (
    np
      // ("the Council's Cabinet", "the Council's Audit Committee": the council's own body, known by its own name; a
      // council named by its place, "the District Council's Cabinet", keeps it)
      .replace(/^the\s+Council['’]s\s+(?=[A-Z])/, '')
      .replace(
        /\s+(?:for\s+(?:its\s+|their\s+|a\s+|an\s+)?(?!the\b)[a-z]|at\s+(?:its|their)\s+(?:next\s+)?meeting\b|on\s+\d).*$/s,
        '',
      )
      .replace(/(,|\s+and|\s+or)\s+to\s+(?=(?:the\s+)?[A-Z])/g, '$1 ')
      .trim()
  );
}

export /** The body a clause recommends to or sends a matter to, or null. */
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
    // "recommends to the Portfolio Holder for Parks that …": the grammar read whom it is addressed to, whole
    if (c.asked && /^\s*to\s/i.test(c.rest) && !own.is(c.asked)) return recipientName(c.asked);
    // ("RECOMMENDS TO COUNCIL": the preposition in capitals too; the body as a name, not shouted)
    // ("to the Cabinets of both councils": the bodies of two councils named together, their councils in small letters
    // after a plural, are whom it goes to — as "to both Cabinets", places.ts `JOINT_BODIES`)
    const to =
      /\b(?:to|TO)\s+(?<body>(?:the\s+|full\s+)*(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of)\s+)*){0,6}(?:[A-Z][\w&'’-]*|council|cabinet)(?:(?<=[a-z]s)\s+of\s+(?:both|all)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:councils|authorities|partners|organisations|trusts)\b)?)\b/.exec(
        c.rest,
      )?.groups?.body;
    // (the bodies of both councils are whom their plural names: "the Cabinets of both councils")
    const whose = to?.replace(/\s+of\s+(?:both|all)\s.*$/, '');
    if (other(to)) return /^[A-Z\s]+$/.test(to) ? to.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : to;
    // recommended to a person who decides: "Recommends to the Mayor that …", "to the Cabinet Member for Transport"
    if (to && whose && /^\s*to\s/.test(c.rest) && !own.is(to) && agentLike(tokenize(whose))) return to;
    if (c.inner && other(c.inner.subject)) return c.inner.subject;
  }
  for (const c of chain) {
    if (c.passive && /^(?:advised|informed|notified)$/i.test(c.verb ?? '') && other(c.subject)) return c.subject;
    // "That a recommendation be made to Cabinet that …", "… be submitted to the Portfolio Holder for Parks to …": the
    // noun of recommending made or sent to someone, in the passive — the one it is made to decides it
    if (
      c.passive &&
      /^(?:an?\s+|the\s+following\s+|these\s+)?recommendations?$/i.test((c.subject ?? '').trim()) &&
      /^(?:made|submitted|sent|put|forwarded|referred)$/i.test(c.verb ?? '')
    ) {
      const to = /^\s*to\s+(?<who>(?:the\s+)?[A-Z][\w&'’-]*(?:,?\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*){0,7})/.exec(
        c.rest,
      )?.groups?.who;
      if (to && !own.is(to) && (namesBody(to) || agentLike(tokenize(to)))) return recipientName(to);
    }
  }
  // a matter sent to another body: "be submitted to Cabinet", "refers the final strategy to Council", "for submission to …", "the review to report to Cabinet"
  const sending =
    chain.some((c) => lemma(c, SENDING_ON)) ||
    /\bfor\s+(?:submission|referral|consideration|approval|decision|adoption)\s+(?:to|by)\s+(?:both\s+)?(?:the\s+)?[A-Z]/.test(
      clause.text,
    );
  // (or to that body's sitting: "be submitted to the Cabinet meeting on 12 May" — the body that sits decides on it;
  // not a matter only reported there, "a summary be reported to the next meeting of the Council", which it hears)
  const passedOn = chain.some((c) => lemma(c, SENDING_ON) && !/^report/i.test(c.verb ?? ''));
  const to = places.find(
    (p) =>
      (p.kind === 'other-body' || (p.kind === 'other-meeting' && p.body !== null && passedOn)) &&
      p.preposition === 'to',
  );
  // (an officer named to send a paper runs an errand — "Clerk to submit the form to the district council" —
  // unless it goes for the other body to decide)
  // (so is an officer asked to send it: "That the Clerk be asked to send the response to the District Council")
  // (or one a passive names as its agent: "the response be agreed by the Chair and sent to the ICB")
  const sender =
    clause.subject && !clause.passive ? clause.subject : (asked ?? (clause.passive ? byAgent(clause.rest) : null));
  const errand =
    !!sender &&
    (agentLike(tokenize(sender)) || (sender === clause.subject && !!bindsParty(clause))) &&
    !namesBody(sender) &&
    !/\bfor\s+(?:its\s+|their\s+)?(?:approval|decision|adoption|consideration|determination)\b/i.test(clause.text);
  if (to && sending && !errand && !places.some((p) => p.kind === 'members')) {
    // "… to be presented to Cabinet", "for submission to both the Policy and Resources Committee and the Court"
    return to.body;
  }
  // passed on to a member who decides alone, as to a body: "be passed to the Portfolio Holder for Parks for a reply"
  // (a paper sent or forwarded to them is delivered, not referred: someone sends it — unless what goes is this body's
  // own view for them to weigh: "the Panel's comments be forwarded to the Cabinet Member for Parks", "… for
  // consideration")
  const member =
    (chain.some((c) => lemma(c, REFERRING)) || (chain.some((c) => lemma(c, SENDING_ON)) && ownViewPassedOn(clause))) &&
    !errand
      ? new RegExp(
          String.raw`\bto\s+(?:the\s+)?(?<who>${DECIDING_MEMBER}(?:\s+(?:for|with\s+responsibility\s+for)\s+[A-Z][\w&'’-]*(?:,?\s+(?:and\s+|&\s+|of\s+|the\s+)*[A-Z][\w&'’-]*){0,6})?)`,
        ).exec(clause.text)?.groups?.who
      : undefined;
  if (member) return member;
  void clause;
  return null;
}

/**
 * What is passed on is the body's own view, for the one it goes to to weigh: its subject names comments, views, concerns
 * or findings ("the Committee's comments on the bus review", "the following comments"), or it goes "for consideration"
 * or "for a response". A report or a letter sent on is a paper delivered, not this.
 */
function ownViewPassedOn(clause: Reading): boolean {
  return (
    (clause.passive &&
      /^(?:the\s+|these\s+|its\s+|their\s+)?(?:following\s+)?(?:[\w'’-]+['’]s?\s+)?(?:comments|views|concerns?|observations|feedback|findings)\b/i.test(
        (clause.subject ?? '').trim(),
      )) ||
    /\bfor\s+(?:(?:his|her|their|its)\s+)?(?:consideration|comment|a\s+response|response)\b/i.test(clause.text)
  );
}

export function information(clause: Reading, places: Place[], text: string): boolean {
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
  // ("the licence holder provide the footage to the Police": a party bound by the decision, sending to someone, not the members)
  if (bindsParty(clause)) return false;
  // sent to someone else ("send the letter to the craftsman") is an action; with no one named, to the members
  const elsewhere =
    /\bto\s+(?:him|her|them|the\s+[a-z]|[A-Z])/.test(clause.rest) &&
    !/\bto\s+(?:the\s+)?(?:committee|panel|board)\b/i.test(clause.rest);
  if (elsewhere) return false;
  // ("update the schedule on the website" is work on a thing; "update members" informs them)
  return SENDING_TO_MEMBERS.has(verb) || /^(?:provide|share|email|e-mail|supply)$/.test(verb);
}
