// Where a clause's verb is: the marks that show a predicate after its subject (a modal, "be",
// a finite verb after someone who can act, an imperative at the head).

import {
  BODY_NOUNS,
  COMMITMENT_VERBS,
  DETERMINERS,
  MODALS,
  PARTICLES,
  PREPOSITIONS,
  PRONOUNS,
  REQUEST_VERBS,
  SITTING_BODY_NOUNS,
  alternatives,
} from './lexicon.js';
import {
  couldBeVerb,
  isClose,
  isFunctionWord,
  isOpen,
  isParticiple,
  isPunctuation,
  isShouted,
  lemmaIn,
  type Token,
} from './words.js';
import { agentLike } from './agents.js';
import { DEFERRING_VERBS } from './lexiconVerbs.js';
import { inGroupName } from './groupNames.js';

export const ADVERBS = new Set([
  'also',
  'now',
  'then',
  'further',
  'therefore',
  'only',
  'still',
  'hopefully',
  'jointly',
  'again',
  'immediately',
  'first',
  'formally',
  'unanimously',
  'duly',
  'subsequently',
  'accordingly',
  'additionally',
  'similarly',
  'likewise',
  'thereafter',
  'shortly',
  'urgently',
  'personally',
  'initially',
  'separately',
  'already',
  'in',
  'turn',
]);
/**
 * An adverb of manner made from an adjective by its suffix ("retrospectively", "provisionally", "unanimously",
 * "reluctantly", "jointly" is listed above): English forms them openly, so they are read by their ending, not listed.
 * The endings are long enough that no verb shares them ("apply", "reply", "rally" and "supply" do not).
 */
const MANNER_ADVERB = /^[a-z]{3,}(?:ally|ively|ously|ately|fully|ently|antly|ibly|ably|edly|ingly)$/;
export function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || MANNER_ADVERB.test(lower);
}
export const RELATIVES = new Set(['which', 'who', 'that', 'whom', 'whose', 'where', 'when', 'as']);

/** A finite verb standing right after its subject: "oversee", "notes", "write", "NOTED". */
export function finiteAfterSubject(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || !couldBeVerb(t)) return false;
  if (isShouted(t)) return /(?:ED|ES|S)$/.test(t.text) || lemmaIn(t.text, REQUEST_VERBS) !== null;
  // ("that the Treasurer present the accounts in May": "present" with its object after it is the verb — the adjective
  // of attendance takes none, "the members present agreed …", "those present, with the Clerk, …")
  if (t.lower === 'present' && next !== undefined && OBJECT_OPENERS.has(next.lower)) return true;
  // "the Board the …" is not a verb; "members present" neither: a verb is followed by its object or a particle.
  return (
    !new RegExp(
      // (nor the plural nouns for a body's people, never verbs: "all Board members complete the training" — "members" ends
      // the subject)
      String.raw`^(?:${alternatives(['present', 'absent', 'only', 'themselves', 'itself', 'concerned', 'attending', 'listed', 'members', 'councillors', 'governors', 'trustees', 'directors', 'officers'])})$`,
    ).test(t.lower) &&
    (next === undefined || !/^(?:'s)$/.test(next.lower))
  );
}

/** The determiners that open a verb's object: a closed class ("present the plan", "present its findings"). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'our']);

/** An imperative at the head of a clause: "Receive the recommendation …", "Delegate this Council's functions …". */
export function imperativeAt(tokens: Token[]): boolean {
  const [first, second] = tokens;
  if (!first || !second || !/^[A-Za-z][a-z-]+$/.test(first.text) || DETERMINERS.has(first.lower)) return false;
  // a function word is no verb: "As a correct record", "There the …"
  if (isFunctionWord(first.lower) || PRONOUNS.has(first.lower)) return false;
  return DETERMINERS.has(second.lower) || /^(?:out|back|up|with)$/.test(second.lower);
}

export function skipAdverbs(tokens: Token[], j: number): { j: number; negated: boolean } {
  let negated = false;
  while (
    j < tokens.length &&
    (isAdverb(tokens[j].lower) ||
      tokens[j].lower === 'not' ||
      (tokens[j].lower === 'no' && tokens[j + 1]?.lower === 'longer'))
  ) {
    if (tokens[j].lower === 'not' || tokens[j].lower === 'no') negated = true;
    j++;
  }
  return { j, negated };
}

/** A verb's base form, as "to" takes it: not a plural or a third person ("circulate to members the figures"); "focus", "discuss" end in -s too. */
export function baseForm(t: Token | undefined): boolean {
  return couldBeVerb(t) && (isShouted(t!) || !/[^su]s$/.test(t!.lower));
}

/**
 * "the Trust's switch to NHS Capital Planning rules", "the Council's bid to ICB Capital Funds": capitals that run
 * on into a capitalised word are the first word of a name (as `nameBeforeVerb` reads them before a verb), not a verb
 * printed in capitals ("to NOTE the report"), so the "to" before them is a preposition.
 */
function acronymOfName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && isShouted(t) && /^[A-Z][a-z]/.test(tokens[k + 1]?.text ?? '');
}

/** The first unambiguous mark of a predicate: a modal, "be", "is/are/was/were", "has been", "X to <verb>", "undertook to". */
export function strongAnchor(tokens: Token[]): number {
  let depth = 0;
  // "the timeframe by which a plan was to be returned … had been omitted": a relative clause takes the first predicate after it.
  let relative = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOpen(t)) depth++;
    if (isClose(t)) depth = Math.max(0, depth - 1);
    if (depth > 0 || isPunctuation(t)) continue;
    const before = tokens.slice(0, i);
    const prev = tokens[i - 1];
    if (/^(?:which|who|whom|whose)$/.test(t.lower)) {
      relative = true;
      continue;
    }
    if (
      relative &&
      (MODALS.has(t.lower) ||
        new RegExp(String.raw`^(?:${alternatives(['be', 'is', 'are', 'was', 'were', 'has', 'have', 'had'])})$`).test(
          t.lower,
        ))
    ) {
      relative = false;
      // skip this predicate's own words ("was to be returned")
      while (
        i + 1 < tokens.length &&
        (/^(?:to|be|been|being|not)$/.test(tokens[i + 1].lower) || isParticiple(tokens[i + 1].text))
      )
        i++;
      continue;
    }
    if (RELATIVES.has(prev.lower) && prev.lower !== 'as') continue;
    // ("the May 2026 Board session": a month, not the modal)
    if (MODALS.has(t.lower) && t.text === t.lower) return i;
    // "The Model ICB blueprint to be circulated": "to be" after its subject.
    if (t.lower === 'to' && tokens[i + 1]?.lower === 'be') return i;
    if (t.lower === 'be') return i;
    // "did not wish", "does not": an auxiliary
    if (/^(?:do|does|did)$/.test(t.lower) && (tokens[i + 1]?.lower === 'not' || couldBeVerb(tokens[i + 1]))) return i;
    if (/^(?:is|are|was|were)$/.test(t.lower)) {
      if (before.some((b) => RELATIVES.has(b.lower) && b.lower !== 'that' && b.lower !== 'as')) continue;
      return i;
    }
    if (
      /^(?:has|have|had)$/.test(t.lower) &&
      (isParticiple(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.lower === 'been')
    )
      return i;
    if (t.lower === 'to' && agentLike(before) && baseForm(tokens[i + 1])) return i;
    // "The revised charter to come back to the Panel before it is signed": a thing's instruction, when no other predicate follows
    // (not "in response to managing risks", nor "agreed after discussion to accept": a gerund, or a verb already passed)
    if (
      t.lower === 'to' &&
      baseForm(tokens[i + 1]) &&
      !acronymOfName(tokens, i + 1) &&
      !/ing$/.test(tokens[i + 1].lower) &&
      DETERMINERS.has(tokens[0].lower) &&
      !before.slice(2).some((b) => /ed$/.test(b.lower)) &&
      !laterPredicate(tokens, i + 2)
    )
      return i;
    // (only someone can undertake or agree to act: a short definite noun phrase before it is its subject — "the applicant agreed to …")
    const someone =
      before.length >= 2 &&
      before.length <= 4 &&
      /^(?:the|each|every|both)$/.test(before[0].lower) &&
      before.slice(1).every((b) => /^[A-Za-z][a-z'’-]*$/.test(b.text) && !PRONOUNS.has(b.lower));
    if (COMMITMENT_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'to' && (agentLike(before) || someone)) return i;
    // "Estimates requested for the work", "Minutes approved": a bare noun then a participle ("The progress made in …" is a noun phrase)
    // (a figure's thousands comma is a part of the figure, not a mark between words: "request for £2,000 deferred to …",
    // the matter of a run-in list entry, has three words before its participle, as "request for £900 deferred" has.
    // Only for a matter put back: a sum "received", "spent" or "approved" so is an account of money, and taking those
    // as items added extras in both halves)
    const figureCommas = lemmaIn(t.text, DEFERRING_VERBS)
      ? before.filter((_b, k) => thousandsComma(tokens, k)).length
      : 0;
    if (
      i - 2 * figureCommas <= 3 &&
      isParticiple(t.text) &&
      !/ed$/.test(prev.lower) &&
      !DETERMINERS.has(tokens[0].lower) &&
      before.every(
        (b, k) => (!isPunctuation(b) || (figureCommas > 0 && thousandsComma(tokens, k))) && !DETERMINERS.has(b.lower),
      ) &&
      (i === tokens.length - 1 ||
        new RegExp(
          String.raw`^(?:${alternatives(['for', 'by', 'to', 'as', 'and', 'at', 'with', 'subject', 'unanimously', 'in'])})$`,
        ).test(tokens[i + 1].lower))
    )
      return i;
  }
  return -1;
}

/** Whether the token at `k` is the comma inside a figure, "2,000" or "£12,500.50" (no space on either side). */
function thousandsComma(tokens: Token[], k: number): boolean {
  const [prev, comma, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return (
    comma?.text === ',' &&
    !!prev &&
    !!next &&
    /^\d{1,3}$/.test(prev.text) &&
    /^\d{3}(?:[.,]\d+)?$/.test(next.text) &&
    prev.end === comma.start &&
    comma.end === next.start
  );
}

/** A modal or a form of "be" later in the clause, outside a subordinate clause ("before it is signed"). */
export function laterPredicate(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (
      !(MODALS.has(tokens[k].lower) && tokens[k].text === tokens[k].lower) &&
      !/^(?:is|are|was|were|be)$/.test(tokens[k].lower)
    )
      continue;
    const lead = tokens.slice(Math.max(from, k - 3), k).map((t) => t.lower);
    if (
      !lead.some((w) =>
        new RegExp(
          String.raw`^(?:${alternatives(['before', 'after', 'when', 'until', 'once', 'if', 'unless', 'because', 'while', 'whilst', 'which', 'who', 'that', 'so', 'as'])})$`,
        ).test(w),
      )
    )
      return true;
  }
  return false;
}

/** A verb known only by standing after a subject that can act: "the H&WB oversee …", "officers circulate …". */
export function finiteAnchor(tokens: Token[]): number {
  for (let i = 1; i < Math.min(tokens.length, 24); i++) {
    // "the Assistant Director (Education and Inclusion) circulate …": a bracket belongs to the subject
    if (isOpen(tokens[i])) {
      let depth = 0;
      for (; i < tokens.length; i++) {
        if (isOpen(tokens[i])) depth++;
        else if (isClose(tokens[i]) && --depth === 0) break;
      }
      continue;
    }
    if (isPunctuation(tokens[i]) && tokens[i].text !== ',') return -1;
    // a lone capitalised word opening the clause may be an adjective ("Standard items", "Further reports"), not a name
    // ("Cabinet approves the plan", "Council notes the report": a body named alone, its verb in -s, then its object)
    // (a body's head noun alone may go on with a preposition: "Council writes to the Agency", as NI minutes word it)
    // (and after "that", in the subjunctive: "recommends that Cabinet approve the formula", a base form and its object)
    const bodyAlone =
      /^[A-Z][a-z]+$/.test(tokens[0].text) &&
      ((/[a-z]s$/.test(tokens[1].lower) &&
        (DETERMINERS.has(tokens[2]?.lower ?? '') ||
          (BODY_NOUNS.has(tokens[0].lower) && PREPOSITIONS.has(tokens[2]?.lower ?? '')))) ||
        (BODY_NOUNS.has(tokens[0].lower) &&
          /^[a-z]+$/.test(tokens[1].text) &&
          DETERMINERS.has(tokens[2]?.lower ?? '')));
    if (
      i === 1 &&
      !bodyAlone &&
      !(
        new RegExp(
          String.raw`^(?:${alternatives(['officers', 'members', 'councillors', 'governors', 'trustees', 'everyone', 'staff'])})$`,
          'i',
        ).test(tokens[0].text) || /^[A-Z]{2,4}$/i.test(tokens[0].text)
      )
    )
      continue;
    // "The Board also requested …": an adverb between the subject and its verb
    const verb = isAdverb(tokens[i].lower) && tokens[i].lower !== 'in' ? i + 1 : i;
    // ("the Neighbourhood Plan working party meet …": a word of a group's name is not the verb — groupNames.ts)
    if (inGroupName(tokens, verb)) continue;
    // ("That the Section 151 Officer update the strategy": a number inside the title is part of the subject)
    if (
      (agentLike(tokens.slice(0, i), true) || (sittingBody(tokens.slice(0, i)) && recommendsAt(tokens, verb))) &&
      finiteAfterSubject(tokens[verb], tokens[verb + 1])
    )
      return verb;
  }
  return -1;
}

/**
 * "The committee RECOMMENDED to the Board that …", "this panel endorsed the policy and recommended it to Cabinet": a body that sits, named
 * in small letters after its article, is who recommends, as "The Committee" is — many typists do not capitalise it. (Only
 * the article and the noun: "the group of residents" or "the solar panel" is no such name; and not the nouns that in
 * small letters as often name another organisation, "the council" — `SITTING_BODY_NOUNS`.) Only for recommending: a
 * body can pass a matter to another only by deciding to, whereas "the committee asked …", "the committee agreed …" in
 * notes whose errands stand in "Action:" lines tell the discussion that led to them, and stay unread as before.
 */
const recommends = (t: Token | undefined) => !!t && /^recommend(?:s|ed)?$/i.test(t.text);
/** The verb recommends, or a verb coordinated with it does: "the committee NOTED the report and RECOMMENDED to …". */
function recommendsAt(tokens: Token[], verb: number): boolean {
  return recommends(tokens[verb]) || tokens.some((t, k) => k > verb && recommends(t) && tokens[k - 1].lower === 'and');
}

function sittingBody(tokens: Token[]): boolean {
  return tokens.length === 2 && /^(?:the|this)$/i.test(tokens[0].text) && SITTING_BODY_NOUNS.has(tokens[1].text);
}

/**
 * An aside set off by commas between a subject and its verb ("the Chair, on behalf of the Panel, writes …",
 * "Mr Lee, as safety governor, would inspect …", "the group, in discussion with the police, develop …") is
 * not part of either: it is blanked (kept as spaces, so that positions in the text still hold).
 */
// (a list of capitalised words inside the aside is part of it — "in consultation with the Cabinet Member for Children,
// Families and Education," — so the aside closes at a comma before a word in small letters, as the verb or "to" opens)
const ASIDE = new RegExp(
  String.raw`^([^,;:()]{1,60}?),(\s+(?:${alternatives([...PREPOSITIONS])})\s[^,;:()]{1,100}?(?:,\s+[A-Z][^,;:()]{0,60}?)*,)(?=\s+[a-z])`,
);
/** So is a bracket listing who sits on the subject: "the budget working group (Cllrs Ash, Bell and Cole) meet …". */
const MEMBERS_ASIDE =
  /^([^,;:()]{1,60}?)(\s*\((?:Cllrs?|Councillors?|Messrs|Mr|Mrs|Ms|Miss|Dr)\.?\s[^()]{1,100}\))(?=\s+[a-z])/;
export function withoutAside(text: string): string {
  const m = ASIDE.exec(text);
  if (m) return m[1] + ' ' + ' '.repeat(m[2].length) + text.slice(m[0].length);
  const listed = MEMBERS_ASIDE.exec(text);
  return listed ? listed[1] + ' '.repeat(listed[2].length) + text.slice(listed[0].length) : text;
}

/**
 * In a that-clause, the base form that ends its subject before a "to be …" saying what the thing is for ("the
 * group draw up a protocol to be brought to …", "the Clerk prepare a survey to be reported …"): a plain verb
 * after a noun, followed by its object, a particle or a preposition. -1 where there is none before `limit`.
 */
export function baseVerbBefore(tokens: Token[], limit: number): number {
  if (!DETERMINERS.has(tokens[0]?.lower ?? '') && !/^[A-Z]/.test(tokens[0]?.text ?? '')) return -1;
  for (let k = 1; k < limit; k++) {
    const [prev, t, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
    if (isPunctuation(prev)) return -1;
    if (isFunctionWord(prev.lower) || !couldBeVerb(t) || /(?:s|ed|ing)$/.test(t.lower)) continue;
    if (next && (DETERMINERS.has(next.lower) || PARTICLES.has(next.lower) || PREPOSITIONS.has(next.lower))) return k;
  }
  return -1;
}
