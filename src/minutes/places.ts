// Where a clause sends something: to a meeting (this body's or another's), onto this body's
// agenda or work programme, to a body ("to Cabinet", "to the Committee"), or to the members.
// The destination, more than the verb, says whether a decision is an agenda item, a
// recommendation or information.
import { bodyBefore, namesBody, type OwnBody } from './bodies.js';
import { FULL_MONTHS, alternatives } from './lexicon.js';
import { toldOfThisSitting } from './sittingNow.js';

export type PlaceKind =
  'own-meeting' | 'other-meeting' | 'own-agenda' | 'other-agenda' | 'own-body' | 'other-body' | 'members';

export interface Place {
  kind: PlaceKind;
  /** The body named, for another body's meeting or another body. */
  body: string | null;
  /** Whether a time is named with the meeting ("the next", "the June", "on 24 May"). */
  timed: boolean;
  index: number;
  preposition: string;
}

/** A word in either case at its start: the name regexes below must tell capitals from lower case. */
const either = (words: readonly string[]) =>
  `(?:${alternatives(words).replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`)})`;
// ("next month's meeting": the sitting a month on, named by its possessive as "the Panel's meeting" is by its body)
const QUALIFIER = String.raw`(?:[Nn]ext\s+month['’]s|${either(['next', 'future', 'following', 'subsequent', 'later', 'forthcoming', 'further', 'special', 'informal', 'extraordinary', 'ordinary', 'full', 'annual', 'public', 'first', 'second', 'last', 'autumn', 'spring', 'summer', 'winter', 'term'])}|${FULL_MONTHS}(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${FULL_MONTHS}(?:\s+\d{4})?|\d{4})`;
const NAMEWORD = String.raw`(?:[A-Z][\w&'’-]*|&|and|of)`;
/** "to the next meeting", "at a future Decision Session", "for the May 2023 meeting of the Committee", "to the Cabinet meeting on 24 May 2023". */
const MEETING = new RegExp(
  String.raw`\b(?<prep>${either(['to', 'at', 'for', 'until', 'till', 'into', 'on', 'onto', 'in'])})\s+(?:${either(['the', 'a', 'an', 'its', 'this', 'their', 'our', 'each', 'every'])}\s+)?(?<before>(?:(?:${QUALIFIER}|${NAMEWORD}|[A-Z][\w&'’-]*['’]s|[a-z][\w-]*(?=\s+${either(['meeting', 'session', 'sitting'])}\s+of\s))\s+){0,8}?)(?<noun>${either(['meeting', 'meetings', 'session', 'sessions', 'sitting'])})\b(?<after>\s+of\s+(?:the\s+)?(?<of>(?:[A-Z][\w&'’-]*|committee|panel|board|council|cabinet)(?:\s+(?:[A-Z][\w&'’-]*|and|&|of|committee|panel|board|council|cabinet))*))?`,
  'g',
);
const AGENDA = new RegExp(
  String.raw`\b(?<prep>${either(['to', 'on', 'in', 'into', 'onto', 'for', 'from'])})\s+(?:${either(['the', 'its', 'this', 'their'])}\s+)?(?<owner>(?:[A-Z][\w&'’-]*\s+){0,6}?(?:[A-Z][\w&'’-]*['’]s\s+)?)?(?:${either(['forward', 'future', 'draft', 'annual'])}\s+|\d{4}(?:\/\d{2,4})?\s+)*(?<noun>${either(['work'])}\s*${either(['programmes', 'programme', 'plans', 'plan'])}|${either(['workplans', 'workplan', 'forward'])}\s+${either(['plans', 'plan'])}|${either(['planners', 'planner', 'agendas', 'agenda'])}|${either(['agenda'])}\s+${either(['items', 'item'])}|${either(['business'])}\s+${either(['planner'])})\b`,
  'g',
);
/** The head nouns of the bodies a matter is sent to; plain words before one qualify it ("the constituent councils", "both district councils"). */
const BODY_HEADS = alternatives([
  'bodies',
  'authorities',
  'partners',
  'providers',
  'organisations',
  'councils',
  'trusts',
  'committee',
  'council',
  'cabinet',
  'board',
  'panel',
]);
/**
 * "the board of Riverside Hospitals Trust", "the council of Brackley Town": a body noun with "of" and an
 * organisation's name is that organisation's body (not "Board of Directors", this body's own make-up).
 */
const OF_ORGANISATION = String.raw`(?:\s+of\s+(?!(?:[Dd]irectors|[Gg]overnors|[Tt]rustees|[Mm]anagement)\b)(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w&'’-]*){0,7})?`;
/**
 * "to both Cabinets", "to both Executives": the bodies of two councils named together, as a joint
 * committee recommends to them — the quantifier says which bodies, and is part of whom the matter goes to. "both" before
 * one capitalised plural word, not joined to another by "and" or "of" ("both Cabinets that …"; "both Fenmere and
 * Oxley" is a pair, read as before).
 */
const JOINT_BODIES = String.raw`[A-Z][a-z]+s\b(?!\s+(?:and|&|of)\b)`;
const BODY = new RegExp(
  String.raw`\b(?<prep>to|before|by|with|from)\s+(?:both\s+(?!${JOINT_BODIES}))?(?<np>(?:(?:the|both|all|its|their)\s+(?:[a-z][\w-]*\s+){1,2}(?=(?:[A-Z][\w&'’()-]*\s+(?:(?:and|&|of|for|the)\s+)*){0,8}(?:(?:${BODY_HEADS})\b|[A-Z]))|the\s+|this\s+|both\s+(?=${JOINT_BODIES}))?(?:[A-Z][\w&'’()-]*\s+(?:(?:and|&|of|for|the)\s+)*){0,8}(?:(?:${BODY_HEADS})\b${OF_ORGANISATION}|[A-Z][\w&'’-]*)(?:\s+(?:bodies|authorities|partners|providers|organisations))?(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}(?:[A-Z][\w&'’-]*|bodies))?)`,
  'g',
);
const MEMBERS = new RegExp(
  String.raw`\b(?:to|with|for)\s+(?:all\s+)?(?:the\s+)?(?:${alternatives(['members', 'councillors', 'governors', 'trustees', 'board members', 'committee members', 'panel members', 'elected members', 'ward members'])})\b|\b(?:${alternatives(['provide', 'send', 'email', 'e-mail', 'brief', 'update', 'inform', 'give', 'supply', 'circulate to'])})\s+(?:all\s+)?(?:the\s+)?(?:members|councillors|governors|trustees|panel\s+members|committee\s+members|board\s+members)\b|\b(?:members|councillors|governors)\s+(?:be|to\s+be|would\s+be|will\s+be)\s+(?:provided|sent|e-?mailed|given|briefed|updated|informed|supplied|circulated)\b|\bto\s+the\s+(?:committee|panel|board|group)\s+(?:by\s+e-?mail|for\s+information)\b`,
  'i',
);

/**
 * "to the July Board", "at the October Committee": a body's sitting in a month. And "to the next Board", "to the next
 * Council of Governors": its next sitting, named by the body as a board's clerk writes it (whose body it is, this one or
 * another, as for a month: "to the next Cabinet" from a panel is Cabinet's sitting).
 */
const MONTH_BODY = new RegExp(
  String.raw`\b(?<prep>to|at|for|until)\s+(?:the|its)\s+(?:${FULL_MONTHS}(?:\s+\d{4})?|(?<next>next))\s+(?<body>${alternatives(['Board', 'Committee', 'Panel', 'Cabinet', 'Council', 'Authority', 'Commission', 'Forum', 'Sub-Committee'])}(?:\s+of\s+[A-Z][\w'’-]*)?)\b`,
  'g',
);

export function placesIn(text: string, own: OwnBody): Place[] {
  const places: Place[] = [];
  for (const m of text.matchAll(MONTH_BODY)) {
    // ("to the next Board meeting": the meeting noun follows, read below as any meeting)
    if (m.groups!.next && /^\s+(?:meeting|session|sitting)s?\b/i.test(text.slice(m.index + m[0].length))) continue;
    const mine = own.is(m.groups!.body);
    places.push({
      kind: mine ? 'own-meeting' : 'other-meeting',
      body: mine ? null : m.groups!.body,
      timed: true,
      index: m.index,
      preposition: m.groups!.prep,
    });
  }
  for (const m of text.matchAll(MEETING)) {
    const g = m.groups!;
    if (/^(?:on|in)$/i.test(g.prep) && !/\b(?:agenda|next|future|following)\b/i.test(g.before)) continue; // "in meetings with partners", "on session"
    // ("the views expressed at the meeting": the sitting these minutes record, told of — sittingNow.ts)
    if (toldOfThisSitting(text, m.index)) continue;
    const named =
      (g.of ?? '').trim() ||
      (
        g.before.match(new RegExp(String.raw`(?:[A-Z][\w&'’-]*\s+){0,6}[A-Z][\w&'’-]*(?=['’]s?\s|\s*$)`))?.[0] ?? ''
      ).trim();
    const qualifierOnly =
      new RegExp(String.raw`^(?:${QUALIFIER}\s*)+$`, 'i').test(named) ||
      (/^(?:next|future|following|full)\b/i.test(named) &&
        !namesBody(named.replace(/^(?:next|future|following)\s+/i, '')));
    // "the Panel's April meeting": the body, without its possessive or the time words around it
    const body =
      named && !qualifierOnly
        ? named
            .replace(/['’]s\b/g, '')
            .replace(new RegExp(String.raw`\b(?:${QUALIFIER})\b`, 'gi'), ' ')
            .replace(/\s+/g, ' ')
            .trim() || null
        : null;
    // "reviewed by Performance, People and Place at the March 2020 meeting": the meeting of whoever is named just before
    const by = /\bby\s+(?:the\s+)?(?<who>[A-Z][\w&'’,-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'’,-]*){0,6})\s*$/.exec(
      text.slice(Math.max(0, m.index - 80), m.index),
    )?.groups?.who;
    const withNoun = body ? `${body} ${g.noun}` : '';
    const namedBody =
      body !== null &&
      body !== '' &&
      !own.is(body) &&
      !own.is(withNoun) &&
      (namesBody(body) || /^[A-Z]{2,6}$/.test(body) || /^[A-Z]/.test(body));
    // "the recommendation to Council would be considered at its meeting": "its" stands for the body named before it
    const its =
      !body &&
      /\b(?:its|their)\s+$/i.test(
        text.slice(Math.max(0, m.index), m.index + m[0].length - g.noun.length - g.before.length),
      )
        ? bodyBefore(text.slice(0, m.index))
        : null;
    const itsOther = its !== null && !own.is(its);
    // where the page does not say whose minutes these are, "the March meeting of Area North committee" is taken as this body's
    const other = (namedBody && !(own.name === null && g.of)) || (by !== undefined && !own.is(by)) || itsOther;
    const timed =
      new RegExp(String.raw`\b${QUALIFIER}\b`, 'i').test(
        `${g.before} ${text.slice(m.index + m[0].length, m.index + m[0].length + 40)}`,
      ) ||
      /\b(?:on|in|scheduled\s+for|taking\s+place\s+on|held\s+on)\s+(?:\d|${FULL_MONTHS})/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 30),
      );
    places.push({
      kind: other ? 'other-meeting' : 'own-meeting',
      body: other ? (namedBody ? body : itsOther ? its! : (by ?? null)) : null,
      timed,
      index: m.index,
      preposition: g.prep.toLowerCase(),
    });
  }
  for (const m of text.matchAll(AGENDA)) {
    // "outlined in the planner" locates; "included in the work programme" places
    if (
      /^(?:in|on)$/i.test(m.groups!.prep) &&
      !/\b(?:includ\w*|plac\w*|put|list\w*|scheduled?|programmed?|add\w*|kept|retain\w*|remain\w*)\s+(?:\w+\s+){0,3}$/i.test(
        text.slice(Math.max(0, m.index - 40), m.index),
      )
    )
      continue;
    const owner = (m.groups!.owner ?? '').trim().replace(/['’]s$/, '');
    const other = owner !== '' && !own.is(owner) && namesBody(owner);
    places.push({
      kind: other ? 'other-agenda' : 'own-agenda',
      body: other ? owner : null,
      timed: false,
      index: m.index,
      preposition: m.groups!.prep.toLowerCase(),
    });
  }
  for (const m of text.matchAll(BODY)) {
    const np = m.groups!.np.replace(/\s+(?:on|in|at|for)$/i, '').trim();
    if (!namesBody(np) && !/^(?:the\s+)?(?:committee|council|cabinet|board|panel)$/i.test(np)) continue;
    if (places.some((p) => Math.abs(p.index - m.index) < 3)) continue;
    // ("to Panel members", "with Board members": the body names whose members, who are the place)
    if (/^\s*members\b/i.test(text.slice(m.index + m[0].length))) continue;
    // ("to the Council's open data page": a body in the possessive names whose the place is, not the place — unless the
    // place is a body of its own, "the county council's Constitution Committee")
    const after = text.slice(m.index + m[0].length);
    if (/['’]s$/.test(m.groups!.np.trim()) || /^['’]s\b/.test(after)) {
      const inner = /^(?:['’]s)?\s*(?<np>(?:[A-Z][\w&-]*\s*){1,6})/
        .exec(after.replace(/^['’]s/, ''))
        ?.groups?.np.trim();
      if (!inner || !namesBody(inner)) continue;
      places.push({
        kind: own.is(inner) ? 'own-body' : 'other-body',
        body: own.is(inner) ? null : inner,
        timed: false,
        index: m.index,
        preposition: m.groups!.prep.toLowerCase(),
      });
      continue;
    }
    // "to Committee", "to the Panel": this body; "to Cabinet", "to the Constitution Committee": another.
    places.push({
      kind: own.is(np) ? 'own-body' : 'other-body',
      body: own.is(np) ? null : np.replace(/^the\s+/i, (s) => s),
      timed: false,
      index: m.index,
      preposition: m.groups!.prep.toLowerCase(),
    });
  }
  const members = MEMBERS.exec(text);
  if (members) places.push({ kind: 'members', body: null, timed: false, index: members.index, preposition: 'to' });
  return places.sort((a, b) => a.index - b.index);
}
