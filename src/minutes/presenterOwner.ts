// Step 6d: a promise in the passive that names no one — "a note would be provided to members", "they would be
// circulated after the meeting" — taken on in a sentence that the officer or guest who presented the item opens ("The
// Head of Service did not have the figures to hand and agreed that …", "In reply, she confirmed that …"). The presenter
// is named by "The X presented/introduced the report", "The X updated the Panel", "The X gave an update" or a title
// "Report of the X". A resolution's bare passive ("that a further update be brought to the Board in March") is left
// with no owner: most labels give it none, even after a presenter (round 28 tried it and forty owners fell). A minute
// that names no presenter, or whose presenter is a member or the chair (who present for the body, not for a service),
// gives the passive no owner; a passive with its own agent ("by the Clerk") is owned already.
import { agentLike } from './agents.js';
import type { OwnBody } from './bodies.js';
import { cleanOwner } from './owner.js';
import { ownersOf } from './owners.js';
import type { ProposedItem } from './types.js';
import { tokenize } from './words.js';

/**
 * "The X presented/introduced the report", "The X updated the Board/Committee on …", "The X gave an update/a
 * presentation/an overview": a title or a name opening the sentence, then a verb of presenting. (The verbs of
 * presenting are a closed few; "reported" is left out, as "The Clerk reported a letter" presents no paper of their own.)
 */
const PRESENTED =
  /(?:^|\s)(?<who>The\s+[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’&()-]*)){0,8}|(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,)?\s+(?:presented|introduced|(?:updated|briefed)\s+(?:the\s+)?(?:Board|Committee|Panel|Members|members|Sub-Committee|Forum|Group)|gave\s+(?:an?\s+)?(?:verbal\s+|brief\s+)?(?:update|presentation|overview))\b/;

/** "Report of the Director of Finance": the author a report's title names. */
const REPORT_OF =
  /^\W*(?:\S+\s+)?Report\s+of\s+(?<who>the\s+[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’&()-]*)){0,8})\W*$/;

/** Those who present for the body itself, not for a service: its chair and its members. */
const FOR_THE_BODY =
  /^(?:the\s+)?(?:(?:Vice[- ])?Chair(?:man|person)?|Mayor|Leader|Members?|Councillors?|Cllr|Cabinet\s+Member|Portfolio\s+Holder|Executive\s+Member)\b|\bCouncillor\b|\bCllr\b/i;

/**
 * The passive of supplying, to come, with no agent: "be brought", "be circulated", "would be provided", "be looked
 * into". (A closed few verbs of bringing back, sending and finding out; "be noted", "be approved" are the body's own.)
 */
const SUPPLIED =
  /\b(?:be|being)\s+(brought|circulated|provided|reported|presented|submitted|shared|sent|emailed|e-mailed|supplied|forwarded|prepared|produced|made\s+available|looked\s+into|investigated|explored)\b/i;

/** An agent after the passive: "by the Clerk", "by officers" (not "by 31 March", "by the end of …", "by the next meeting"). */
const AGENT =
  /\bby\s+(?!(?:the\s+)?(?:end|start|beginning|middle|next|first|last|close|time|date|deadline)\b)(?:the\s+)?[A-Z]|\bby\s+(?:officers|members|the\s+(?:clerk|officers?|members?))\b/;

/** The one who presented the minute's item, as printed, or null where the minute names none or a member presented. */
export function presenterOf(title: string, lines: string[], own: OwnBody): string | null {
  const text = lines.join(' ').replace(/\s+/g, ' ');
  // ("Report of the X" is a line of its own, or the minute's title: in running text it is a paper's name)
  const who =
    PRESENTED.exec(text)?.groups?.who ??
    [title, ...lines].map((l) => REPORT_OF.exec(l.trim())?.groups?.who).find((w) => !!w);
  if (!who) return null;
  const owner = cleanOwner(who).replace(/^The\s/, 'the ');
  if (FOR_THE_BODY.test(owner) || own.is(owner) || !agentLike(tokenize(owner))) return null;
  return owner;
}

/** The kinds a presenter carries out: an errand, a figure to send, a paper to bring back. */
const ERRANDS = new Set<ProposedItem['category']>(['action', 'information', 'work-programme']);

/** The verb of each passive of supplying, as the one who takes it on says it: "be circulated" and "agreed to circulate". */
const BASE: Record<string, string> = {
  brought: 'bring',
  circulated: 'circulate',
  provided: 'provide',
  reported: 'report',
  presented: 'present',
  submitted: 'submit',
  shared: 'share',
  sent: 'send',
  emailed: 'email',
  'e-mailed': 'e-mail',
  supplied: 'supply',
  forwarded: 'forward',
  prepared: 'prepare',
  produced: 'produce',
  'made available': 'make available',
  'looked into': 'look into',
  investigated: 'investigate',
  explored: 'explore',
};

/**
 * Items with no owner whose words are a passive of supplying with no agent, which the presenter took on in the
 * minute's discussion ("The Head of Service did not have the figures to hand and agreed that they would be
 * circulated", "In reply, she agreed to circulate them", then "RESOLVED … that the figures be circulated to members"):
 * the presenter's errands — the resolution records what the presenter undertook. A passive no one took on is left
 * with no owner, as most labels leave it, even after a presenter (round 28 tried it and forty owners fell).
 */
export function presenterOwners(items: ProposedItem[], presenter: string | null, minuteText: string): void {
  if (!presenter) return;
  const text = minuteText.replace(/\s+/g, ' ');
  const who = presenter.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const item of items) {
    if (item.owner || !ERRANDS.has(item.category)) continue;
    const verb = SUPPLIED.exec(item.text)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (!verb || AGENT.test(item.text) || !BASE[verb]) continue;
    // (a sentence the presenter, or a pronoun for them, opens — past a fronted "In reply," — taking the same verb on)
    const tookOn = new RegExp(
      String.raw`(?:^|[.;]\s+)(?:[A-Za-z][^,.;]{0,30},\s*)?(?:(?:the\s+)?${who}|he|she|they)\b[^.;]{0,100}?\b(?:agreed|undertook|offered|promised)\s+(?:to\s+${BASE[verb]}\b|that\s+[^.;]{0,80}?\b(?:would|will)\s+be\s+${verb}\b)`,
      'i',
    );
    if (!tookOn.test(text)) continue;
    item.owner = presenter;
    item.owners = ownersOf(presenter);
  }
}
