// The verb of a that-clause found by its form alone, where no modal, "be" or finite verb marks it: "(requested)
// that the enforcement team investigate", "that the threshold for a debate remain at 1,000".
import { BODY_NOUNS, CONTINUING_VERBS, DETERMINERS, HONORIFICS, PARTICLES } from './lexicon.js';
import { inGroupName } from './groupNames.js';
import { couldBeVerb, isFunctionWord, isPunctuation, type Token } from './words.js';

/**
 * After "that" a clause must follow, so its verb is the base form that ends the subject — the first word followed by
 * an object, a particle or the end, not by another noun. The index of that verb, or -1.
 */
export function subjunctiveVerb(tokens: Token[]): number {
  // ("that partners share their figures", "that local schools report their numbers": a plural needs no determiner — a
  // bare subject in small letters, whose verb then follows a plural noun and acts on their own, round 42)
  const bare = !DETERMINERS.has(tokens[0]?.lower ?? '');
  if (bare && (!/^[a-z][a-z-]*$/.test(tokens[0]?.text ?? '') || isFunctionWord(tokens[0]!.lower))) return -1;
  // ("the limit for a members' briefing stay at 40": one phrase of a preposition and its noun may qualify the
  // subject's noun — a preposition after a noun, then a determiner or a noun)
  let qualified = false;
  for (let k = bare ? 1 : 2; k < Math.min(tokens.length, 10); k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (bare && !PLURAL_NOUN.test(prev.text)) {
      if (!/^[a-z][a-z-]*$/.test(prev.text) || isFunctionWord(prev.lower)) return -1;
      continue;
    }
    if (
      !qualified &&
      k >= 2 &&
      QUALIFYING.test(prev.lower) &&
      /^[a-z][a-z-]*$/.test(tokens[k - 2].text) &&
      !isFunctionWord(tokens[k - 2].lower) &&
      // (not "of" after a noun of an act — "the addition of the contract re-tender at …": what follows is its object,
      // and the phrase names the act, with no verb of its own)
      !(prev.lower === 'of' && /(?:tion|sion|ment|al|ance|ence)$/.test(tokens[k - 2].lower))
    ) {
      qualified = true;
      if (DETERMINERS.has(t.lower)) k++;
      continue;
    }
    // ("the task and finish group report …", "the repairs and maintenance team review …": two nouns joined by "and"
    // before a head noun modify it — the word after "and" goes on with the subject, it is not its verb)
    if (
      /^(?:and|&)$/.test(prev.lower) &&
      /^[a-z][a-z-]*$/.test(tokens[k - 2].text) &&
      !isFunctionWord(tokens[k - 2].lower) &&
      /^[a-z][a-z-]*$/.test(t.text) &&
      !isFunctionWord(t.lower) &&
      /^[a-z][a-z-]*$/.test(tokens[k + 1]?.text ?? '') &&
      !isFunctionWord(tokens[k + 1]!.lower)
    )
      continue;
    if (qualified && /^[A-Z][a-z]+$/.test(prev.text) && k - 1 > 0) {
      // (a name inside the qualifying phrase: "a Council debate")
    } else if (!/^[a-z][a-z-]*$/.test(prev.text) || isFunctionWord(prev.lower)) return -1;
    if (!couldBeVerb(t) || /(?:s|ed|ing)$/.test(t.lower)) continue;
    // ("the youth services task and finish group report …": a word of a group's name is not the verb — groupNames.ts)
    if (inGroupName(tokens, k)) continue;
    const next = tokens[k + 1];
    // (a bare plural only where the verb acts on the subject's own — "share their figures": a thing that happens or
    // holds something, "future reports include …", has no "their" of its own; the shadow run's wrong kind, round 42)
    if (bare) {
      if (next?.lower === 'their') return k;
      continue;
    }
    if (
      !next ||
      isPunctuation(next) ||
      isFunctionWord(next.lower) ||
      PARTICLES.has(next.lower) ||
      /^[A-Z]/.test(next.text) ||
      // ("the fee remain unchanged": a verb of keeping takes its state after it)
      (CONTINUING_VERBS.has(t.lower) && /(?:ed|ent|ant)$/.test(next.lower))
    )
      return k;
  }
  return -1;
}

/** A plural noun in small letters: an -s that is not the ending of a singular (-ss, -us, -is: "business", "bus", "analysis"). */
const PLURAL_NOUN = /^[a-z][a-z-]*[^siu'’]s$/;

/** The prepositions that qualify a noun inside a subject ("the fee for hire", "the cost of repairs"). */
const QUALIFYING = /^(?:for|of|on|in)$/;

/**
 * "that a working party of Cllrs Ashby, Bell and Cole prepare a plan", "that a steering group comprising the Chair and
 * Cllr Dunn meet the surveyor": a body named by who sits on it — a determiner, a few words ending in a body's head noun,
 * "of" (or "comprising", "consisting of", "made up of"), then a list of names and titles in capitals joined by commas,
 * "and" or "&" — is the whole subject, and the verb is the base form in small letters after the list. Without this the
 * head noun before "of" passes for the verb ("a working | party of …"). The index of that verb, or -1.
 * (a body "of" something that is no list of people — "the Board of Trustees of the Trust approve …" — is not read
 * here: its list has no honorific or title word, so the usual readings stand)
 */
export function verbAfterMembers(tokens: Token[]): number {
  if (!DETERMINERS.has(tokens[0]?.lower ?? '')) return -1;
  // the body's name: up to six words, its last a body's head noun
  let head = -1;
  for (let k = 1; k <= 6 && k < tokens.length; k++) {
    if (!/^[A-Za-z][a-z-]*$/.test(tokens[k].text)) return -1;
    if (BODY_NOUNS.has(tokens[k].lower) && MEMBERS_OPEN.test(tokens[k + 1]?.lower ?? '')) {
      head = k;
      break;
    }
  }
  if (head < 0) return -1;
  let j = head + 2;
  if (tokens[head + 1].lower === 'consisting' || tokens[head + 1].lower === 'made') j++;
  const start = j;
  let people = false;
  for (; j < tokens.length && j < start + 24; j++) {
    const t = tokens[j];
    if (HONORIFICS.test(t.text) || HONORIFICS.test(t.text.replace(/s$/, '')) || CHAIR_AND_CLERK.test(t.text))
      people = true;
    if (/^[A-Z][\w'’-]*$/.test(t.text) || /^(?:,|and|&|the)$/.test(t.text)) continue;
    break;
  }
  const verb = tokens[j];
  if (!people || !verb || j === start || !/^[a-z]+$/.test(verb.text) || isFunctionWord(verb.lower)) return -1;
  return couldBeVerb(verb) && !/(?:s|ed|ing)$/.test(verb.lower) ? j : -1;
}

/** What opens the list of a body's members after its name. */
const MEMBERS_OPEN = /^(?:of|comprising|consisting|made)$/;

/**
 * Besides an honorific ("Cllrs", "Councillor", "Mrs"), the titles by which a body's own office-holders sit on its groups:
 * a closed class — the chair and vice-chair, the mayor, the clerk.
 */
const CHAIR_AND_CLERK = /^(?:(?:Vice-)?Chair(?:man|person)?|(?:Deputy\s+)?Mayor|Clerk)$/;
