// Whether a noun phrase can act: a person, a title, a body, "officers", initials.
import { namesBody } from './bodies.js';
import {
  BE,
  BODY_NOUNS,
  DETERMINERS,
  FULL_MONTHS,
  MODALS,
  OFFICE_NOUNS,
  PARTICIPANTS,
  PRONOUNS,
  SENDING_VERBS,
  WHOLE_MEMBERSHIP,
  alternatives,
} from './lexicon.js';
import type { Reading } from './reading.js';
import { isCapitalised, isClose, isOpen, lemmaIn, tokenize, type Token } from './words.js';

/** A month's name, which a number before it makes a date, never part of a title ("by the Clerk 20 November"). */
const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b`;

/** A noun phrase that can be an agent: names, titles, "officers", "Board Members", "MP, SD". */
/**
 * `numbersInTitles` reads a number inside a title ("the Section 151 Officer") as part of it; only a resolution's own
 * subject asks for it (`finiteAnchor`), as this round's owners in resolutions were ruled.
 */
export function agentLike(tokens: Token[], numbersInTitles = false): boolean {
  if (!tokens.length || tokens.length > 16) return false;
  // "every member of the Committee", "each councillor": each of the body's people, one by one
  if (
    /^(?:each|every)$/.test(tokens[0].lower) &&
    PARTICIPANTS.has(`${tokens[1]?.lower ?? ''}s`) &&
    (tokens.length === 2 || (tokens[2].lower === 'of' && tokens.length <= 7))
  )
    return true;
  // "all members of the Board", "all trustees of the Trust": the body's people, all of them, named by the body they sit on
  if (
    tokens[0].lower === 'all' &&
    PARTICIPANTS.has(tokens[1]?.lower ?? '') &&
    tokens[2]?.lower === 'of' &&
    tokens.length <= 7 &&
    tokens.slice(3).every((t) => DETERMINERS.has(t.lower) || isCapitalised(t))
  )
    return true;
  // "each partner organisation", "every housing association", "each ward member": one by one, the bodies or the people
  // a lower-case head names (a body's kind, or the body's people)
  if (
    /^(?:each|every)$/.test(tokens[0].lower) &&
    tokens.length >= 3 &&
    tokens.length <= 5 &&
    tokens.slice(1).every((t) => /^[a-z][a-z-]*$/.test(t.text)) &&
    (BODY_NOUNS.has(tokens[tokens.length - 1].lower) || PARTICIPANTS.has(`${tokens[tokens.length - 1].lower}s`))
  )
    return true;
  // "It", "This", "They": a pronoun stands for something said before, not a name
  if (tokens.length === 1 && PRONOUNS.has(tokens[0].lower)) return false;
  // "With regard to …", "In response …": a phrase that opens with a preposition is not who acts.
  // (initials alone in capitals are a person, whatever preposition they spell: "AS to send the notice", "AT to book
  // the room" — "TO" held back: reading it exposed an even set's mis-paired line, round 41's section)
  if (
    !(tokens.length === 1 && /^(?!TO$)[A-Z]{2,3}$/.test(tokens[0].text)) &&
    new RegExp(
      String.raw`^(?:${alternatives(['with', 'in', 'for', 'on', 'at', 'by', 'from', 'following', 'after', 'before', 'during', 'under', 'regarding', 'as', 'of', 'to', 'further', 'upon'])})$`,
      'i',
    ).test(tokens[0].lower)
  )
    return false;
  let capitals = 0;
  let lower = 0;
  let depth = 0;
  let head: Token | undefined;
  for (const [k, t] of tokens.entries()) {
    if (isOpen(t)) depth++;
    else if (isClose(t)) depth = Math.max(0, depth - 1);
    if (depth > 0 || isClose(t)) continue;
    if (DETERMINERS.has(t.lower) && k === 0) continue;
    if (t.text === ',' && k > 0) continue;
    if (/^'s$/.test(t.lower)) continue;
    // A number inside a title, between two of its capitalised words, is part of the title: "the Section 151 Officer",
    // "the Tier 2 Manager", "the Block 4B Caretaker" — a post named after a statute's section or a grade, as written.
    // (a number at either end is no title's: "the Clerk 3 …", "Item 4 …"; nor one after a reference in capitals, "JWC 28
    // Budget", where a heading ran into the line before; nor a day before its month)
    if (
      numbersInTitles &&
      // (or the section's letter before it, as the post is often written: "the s151 Officer", "the S.151 Officer")
      /^(?:\d+[A-Za-z]?|[sS]\.?\d+)$/.test(t.text) &&
      k > 0 &&
      k < tokens.length - 1 &&
      (/^[A-Z][a-z]+$/.test(tokens[k - 1].text) || (/^[sS]/.test(t.text) && DETERMINERS.has(tokens[k - 1].lower))) &&
      isCapitalised(tokens[k + 1]) &&
      !new RegExp(`^${MONTH_NAME}`).test(tokens[k + 1].text)
    )
      continue;
    // ("the Clerk to the Joint Committee", "the Secretary to the Board": a post held for a body, "to" between the post
    // and the body's name in capitals — not "to" before a verb, where an instruction begins; and only the post itself,
    // its first word, an office noun of the closed few, for a capital before "to the" may be anything a paper goes to)
    if (
      t.lower === 'to' &&
      (k === 1 || (k === 2 && DETERMINERS.has(tokens[0].lower))) &&
      isCapitalised(tokens[k - 1]) &&
      OFFICE_NOUNS.includes(tokens[k - 1].lower) &&
      tokens[k + 1]?.lower === 'the' &&
      tokens[k + 2] !== undefined &&
      isCapitalised(tokens[k + 2])
    )
      continue;
    if (
      new RegExp(String.raw`^(?:${alternatives(['of', 'for', 'and', '&', 'in', 'on', 'the', 'with', 'at'])})$`).test(
        t.lower,
      ) &&
      k > 0 &&
      k < tokens.length - 1
    )
      continue;
    if (isCapitalised(t)) capitals++;
    // (a possessive names whose people or body it is: "the company's board", "the subsidiary's directors")
    else if (
      /^[a-z][a-z-]*(?:['’]s)?$/.test(t.text) &&
      !PRONOUNS.has(t.lower) &&
      !MODALS.has(t.lower) &&
      !BE.has(t.lower)
    )
      lower++;
    else return false;
    head = t;
  }
  if (!head || /['’]s$/.test(head.text)) return false;
  // Who acts is a name or a title, every word of it capitalised ("Cllr Owen", "Head of Planning"),
  // or the body's people in general words, with at most a word before them ("relevant officers", "ward members", "all members").
  // (a title in capitals that ends in one of those words is a title however long: "the Scrutiny and Democratic Officer",
  // "the Chair and the Finance and Risk Officer")
  if (PARTICIPANTS.has(head.lower) && !(isCapitalised(head) && lower === 0)) return lower <= 2 && tokens.length <= 6;
  // ("the company's board": a body in lower case, owned by a possessive — not "the board" alone, which may be a thing)
  if (BODY_NOUNS.has(head.lower) && tokens.some((t) => /^[a-z][a-z-]*['’]s$/.test(t.text)))
    return lower <= 3 && tokens.length <= 6;
  // ("Play day team (AB, CD) to price the stalls", "Garden Club working group to meet": a group named by what it is for,
  // in capitals as a list entry or a name opens, is a body by its head noun in lower case — the nouns for a group of
  // people, a closed few; not a body's other nouns, which may be things, "Notice board to go up")
  // ("Neighbourhood Plan working party": "party" names a group of people only as a working party — a party alone may be
  // a celebration)
  const workingParty = /^part(?:y|ies)$/.test(head.text) && tokens[tokens.length - 2]?.lower === 'working';
  if ((GROUP_HEADS.test(head.text) || workingParty) && capitals > 0 && lower <= 2 && capitals + lower <= 4) return true;
  return capitals > 0 && lower === 0;
}

/** The lower-case head nouns that name a group of people and nothing else (a closed few). */
const GROUP_HEADS = /^(?:team|teams|group|groups|sub-group|subgroup|sub-groups|subgroups)$/;

/** A subject that is a thing, not a person or a body: a determiner and a lower-case head ("the library", "the grant scheme", "the Hollybush Lane centre"). */
export function thingSubject(subject: string | null): boolean {
  if (!subject || !DETERMINERS.has(subject.split(/\s+/)[0]!.toLowerCase())) return false;
  const head = subject
    .replace(/\s+(?:of|for|in|at|on|with|from)\s.*$/i, '')
    .split(/\s+/)
    .pop()!;
  return (
    /^[a-z][a-z-]*$/.test(head) &&
    !PARTICIPANTS.has(head) &&
    !BODY_NOUNS.has(head) &&
    !agentLike(tokenize(subject)) &&
    !namesBody(subject)
  );
}

/**
 * "That the licence holder send the revised plan to the Police", "the applicant submit a dispersal policy": a party
 * the decision binds — a short definite noun phrase in lower case, active, passing a paper on (only someone can send
 * or submit a thing) — is told to act, and owns the errand; the one it goes to decides nothing.
 */
export function bindsParty(clause: Reading): string | null {
  const subject = clause.subject?.trim();
  if (!subject || clause.passive || clause.copula || !clause.verb) return null;
  if (!/^(?:infinitive|subjunctive|finite|modal)$/.test(clause.form)) return null;
  const verb = clause.verb.toLowerCase();
  if (!lemmaIn(verb, SENDING_VERBS) && !lemmaIn(verb, new Set(['submit', 'lodge', 'deposit']))) return null;
  const words = subject.split(/\s+/);
  const party =
    /^the$/i.test(words[0]) &&
    words.length >= 2 &&
    words.length <= 4 &&
    words.slice(1).every((w) => /^[a-z][a-z'’-]*$/.test(w) && !PRONOUNS.has(w) && !DETERMINERS.has(w));
  return party ? words.slice(1).join(' ') : null;
}

/**
 * "That the Clerk ask the County Council to repair the verge", "Cllr Lowe to request the ward member to call it in": the
 * one the decision tells to ask is who acts — the asking is their errand, and the one asked is asked by them, not by
 * this body. An instruction only (to-infinitive, subjunctive, a modal): "Cllr Lowe asked the Director …" is a report.
 * The body, or its members as a whole, asking names no asker.
 */
export function askerOf(chain: Reading[], isOwn: (np: string) => boolean): string | null {
  const asking = chain.find(
    (c) =>
      !!c.asked &&
      !c.passive &&
      /^(?:ask|request)$/i.test(c.verb ?? '') &&
      // (a base form read as a present after its subject is the subjunctive of "That Cllr Lowe ask …"; "asks" reports)
      /^(?:infinitive|subjunctive|modal|finite)$/.test(c.form),
  );
  const who = asking?.subject?.trim().replace(/^that\s+/i, '');
  if (!who || isOwn(who) || WHOLE_MEMBERSHIP.test(who) || PRONOUNS.has(who.toLowerCase())) return null;
  // ("The Committee RESOLVED to ask officers …": a subject that ends in its own past verb is the body deciding)
  if (/\s[a-z]+ed$/i.test(who)) return null;
  return agentLike(tokenize(who)) || namesBody(who) ? who : null;
}

/**
 * "be ordered by Friday", "by January", "by Easter": after a passive, "by" with a day, a month or a festival says when,
 * not who (closed: the names of days and months and the festivals the year is counted by).
 */
export const WHEN_AFTER_BY = new RegExp(
  String.raw`^(?:(?:the|each|all)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Whitsun|${FULL_MONTHS})\b`,
);

/**
 * The name or title after "by": capitalised words, joined by "of", "for", "and", "&" — or by a number inside the title
 * ("by the Section 151 Officer", "by the Tier 2 Manager"), but not a number before a month.
 */
// (a month after "for the" or "of the" says when, not whose post: "by the Clerk for the December meeting" is the Clerk)
const AGENT_NAME = String.raw`(?:the\s+|each\s+|all\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?(?!${FULL_MONTHS}\s+(?:meeting|agenda)\b)|\d+[A-Za-z]?\s+(?!${MONTH_NAME}))?[A-Z][\w&'’-]*){0,8}`;
/**
 * The agent a passive names with "by" just after its verb (the words after the verb given): a name or a title, the
 * words of a title joined by "of", "for", "and" — "signed off by the Head of Finance", "provided by the Office of the
 * Police and Crime Commissioner", "agreed by the Chair and Vice-Chair" — not a day, a month or a festival ("by Friday"),
 * nor a date or a means ("by 4 May", "by email").
 */
export function byAgent(rest: string): string | null {
  const who = new RegExp(String.raw`^\s*(?:\S+\s+){0,2}?by\s+(?<who>${AGENT_NAME})`).exec(rest)?.groups?.who;
  return who && !WHEN_AFTER_BY.test(who) ? who : (agentAfterComplement(rest) ?? null);
}

/**
 * "be sent to the Minister by the Chair", "be reported to Cabinet on 4 May by the Vice-Chair", "be told of the outcome by
 * the Clerk": the passive's complement — to or of whom, and when — comes first, then its agent. Only a complement led
 * by "to" or "of" and free of commas; the agent as `byAgent` reads it (a name or a title, not a day or a month).
 */
function agentAfterComplement(rest: string): string | null {
  const who = new RegExp(String.raw`^\s*(?:to|of)\s+[^,;:.()]{1,80}?\s+by\s+(?<who>${AGENT_NAME})`).exec(rest)?.groups
    ?.who;
  return who && !WHEN_AFTER_BY.test(who) ? who : null;
}
