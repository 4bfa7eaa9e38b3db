// Another body's sitting told by what that body will do on a day, by a possessive before its head noun, or by words that
// say which body a lower-case noun is ("the joint committee with … would next meet on", "the regional partnership, which
// next meets on") — notes a clerk
// prints beside this body's dates ("Next meeting: … . The County Cabinet will consider the recommendation on 1 December
// and the District Cabinet on 3 December.", "The Trust's board meets on 4 November."). The day is that body's, not this
// one's: the shared rule for whose a meeting is (ownMeetings.ts) reads these after its readings of "meeting", "to the
// Committee on" and "will meet on".
import type { OwnBody } from './bodies.js';
import { namesBody } from './bodies.js';
import { BODY_NOUNS } from './lexicon.js';

const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\.?,?\s+)?`;
/** A body's name: capitalised words, "and", "of" or "&" between them ("Finance and General Purposes Committee"). */
const NAME = String.raw`(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*`;

/**
 * "The County Cabinet will consider the report on", "Full Council is to set the fees on": a body the subject of a
 * modal or "is to" and a verb, the day the one its clause ends on (no other full stop or semicolon between). The clause
 * opens a sentence, a bracket or a second clause after "and"/"that".
 */
const WILL_ACT = new RegExp(
  String.raw`(?:^|[.;(:]|\b(?:and|that)\s)\s*(?:[Tt]he\s+)?(?<np>${NAME})\s+(?:will|would|shall|is\s+to|are\s+to)\s+(?:also\s+|then\s+|next\s+|now\s+)?(?!meet\b|be\s+held\b)[a-z]+\b[^.;]{0,80}?\s+on\s+(?:the\s+)?${WEEKDAY}$`,
);

/**
 * "… on 1 December and the District Cabinet on 3 December": a second body after "and" with no verb of its own shares the
 * verb of the clause before it (a gap), and its day is its own sitting — read only where that clause has a body acting
 * with a modal (WILL_ACT), so "the next meeting on 11 January and the Panel on …" is not taken for one.
 */
const GAPPED = new RegExp(String.raw`,?\s+and\s+(?:the\s+)?(?<np>${NAME})\s+on\s+(?:the\s+)?${WEEKDAY}$`);

/**
 * "The Trust's board meets on", "the County Council's cabinet will meet on", "the Health Trust's board next meets on": a possessor
 * and a body's head noun in lower case, the subject of "meet" — the possessor's body, unless the possessor is this one.
 */
const POSSESSED_MEETS = new RegExp(
  String.raw`(?:^|[.;(:]|\b(?:that|and)\s)\s*(?:[Tt]he\s+)?(?<np>${NAME})['’]s\s+(?<noun>[a-z][\w-]*)\s+(?:(?:will|would|shall|is\s+to)\s+)?(?:also\s+|next\s+|usually\s+|normally\s+)?meets?\s+(?:next\s+|again\s+)?(?:[^.;]{0,40}?\s)?on\s+(?:the\s+)?${WEEKDAY}$`,
);

/**
 * A name whose head noun is the one this body is called by ("the Working Group will review the draft on …" in a working
 * group's minutes), or minutes that print no name for their body: the body acting may be this one under another wording,
 * and its day is left to the other rules.
 */
function sameHead(np: string, own: OwnBody): boolean {
  const head = (own.name ?? '').trim().split(/\s+/).pop()?.toLowerCase();
  return !head || np.trim().split(/\s+/).pop()!.toLowerCase() === head;
}

/** A general meeting named by its initials or in full: the subject of "will be on" is then the sitting itself. */
const GENERAL_MEETING = /^(?:AGM|EGM|(?:annual|extraordinary)\s+general\s+meeting)$/i;

/** Whether the words before a day say it is another body's sitting by what that body will do then. */
export function othersDay(near: string, own: OwnBody): boolean {
  // (a general meeting's initials are a sitting, not a body that sits: "The AGM will be on Monday 15 February" tells the
  // day of the meeting itself, as "will be held on" does — whose AGM it is, ownMeetings.ts reads)
  const other = (np: string | undefined): boolean =>
    !!np &&
    !GENERAL_MEETING.test(np.trim()) &&
    namesBody(np.trim()) &&
    !own.is(np.trim()) &&
    !own.is(np.trim().replace(/^full\s+/i, ''));
  const acts = WILL_ACT.exec(near);
  if (acts) return other(acts.groups?.np) && !sameHead(acts.groups!.np, own);
  const gap = GAPPED.exec(near);
  if (gap && other(gap.groups?.np) && WILL_ACT.test(`${near.slice(0, gap.index)} on `)) return true;
  if (describedMeets(near, own)) return true;
  const possessed = POSSESSED_MEETS.exec(near);
  if (possessed && BODY_NOUNS.has(possessed.groups!.noun.toLowerCase()) && !own.is(possessed.groups!.np.trim()))
    return true;
  return false;
}

/** The kinds of body that sit, in lower case ("the joint committee", "the regional partnership"). */
const SITTING_NOUN = String.raw`(?:committee|sub-committee|subcommittee|board|panel|cabinet|council|commission|authority|forum|group|sub-group|partnership|assembly|executive|network)`;

/**
 * "the joint committee with Harwick Borough on stroke services would next meet on", "the regional control partnership,
 * which next meets on": a body written in lower case, the subject of "meet" in a reported clause or the antecedent of a
 * relative one, with words before its noun or a phrase after it ("with …", "on …", "for …") that say which body it is.
 * Where those words are not this body's name, the sitting is that other body's. The capitalised name ("the Steering
 * Group would next meet", "Cabinet, which meets on") and the bare noun with its modifiers straight before the verb are
 * read by the rules in ownMeetings.ts; this reads what they miss: a phrase between the noun and the verb, or a relative
 * pronoun after a comma.
 */
const DESCRIBED_MEETS = new RegExp(
  String.raw`\b[Tt]he\s+(?<mods>(?:[a-z][\w-]*\s+){0,3})(?<noun>${SITTING_NOUN})(?<post>\s+(?:with|on|for|of|covering)\s+[^.;:,()]{1,60}?)?(?<rel>,\s+(?:which|that)\s+|\s+)(?:(?:will|would|shall|is\s+to)\s+)?(?:also\s+|next\s+|then\s+|usually\s+|normally\s+)?meets?\s+(?:next\s+|again\s+)?on\s+(?:the\s+)?${WEEKDAY}$`,
);

/** Words that say which sitting or how much of the body, not which body: "the full council", "the same panel". */
const NOT_WHICH = /^(?:full|whole|same|main|next|new|this|our|its|their|the|a|an|and|of|on|for|with|covering|in|to)$/i;

function describedMeets(near: string, own: OwnBody): boolean {
  const m = DESCRIBED_MEETS.exec(near);
  if (!m?.groups) return false;
  // (only where the phrase after the noun or a relative pronoun is there: the bare "the joint committee would meet" is ownMeetings.ts's)
  if (!m.groups.post && !m.groups.rel.includes(',')) return false;
  const which = `${m.groups.mods} ${m.groups.post ?? ''}`.split(/[^\w'’&-]+/).filter((w) => w && !NOT_WHICH.test(w));
  // (minutes that print no name and call their body by no noun: whose the body is, the other rules say)
  const name = own.name ?? own.head ?? '';
  if (which.length === 0 || !name) return false;
  return !which.every((w) => new RegExp(String.raw`\b${w.replace(/[^\w-]/g, '')}\b`, 'i').test(name));
}

/** The head nouns of a body named in a bracket after a day (not "Teams", a venue's "Town Hall" or "Council Offices"). */
const BODY_HEAD = /(?:^|[\s-])(?:committee|council|cabinet|board|panel|forum|group|authority|executive|commission)$/i;

/**
 * "1 December 2027 (Licensing Sub-Committee pool), 12 January 2028 and 9 March 2028": a bracket straight after a day in
 * this body's list (a time may stand between, but not a bare comma: "11 January, (…) 20 January" is the later day's), opening with another body's name — that body's sitting, a label of the
 * day as round 31's "(Council 20 January)" is a label before one. The bracket is a label, the name and a word or two: a
 * note of that body's own day, "(Full Council meets on 24 November)", says nothing of this one. This body's own name, a
 * venue ("(Council Chamber)"), the way it meets ("(Teams)") or a note ("(budget)", "(AGM)") keep the day.
 */
export function labelledAfter(after: string, own: OwnBody): boolean {
  const np = new RegExp(
    String.raw`^(?:,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?,?)?\s*\(\s*(?:the\s+)?(?<np>${NAME})(?:\s+[a-z][\w-]*){0,2}(?:\s*[–—:-]\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s*\)`,
  ).exec(after)?.groups?.np;
  return !!np && BODY_HEAD.test(np) && namesBody(np) && !own.is(np) && !own.is(np.replace(/^full\s+/i, ''));
}
