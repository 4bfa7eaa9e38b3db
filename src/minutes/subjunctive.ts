// The verb of a that-clause found by its form alone, where no modal, "be" or finite verb marks it: "(requested)
// that the enforcement team investigate", "that the threshold for a debate remain at 1,000".
import { CONTINUING_VERBS, DETERMINERS, PARTICLES } from './lexicon.js';
import { couldBeVerb, isFunctionWord, isPunctuation, type Token } from './words.js';

/**
 * After "that" a clause must follow, so its verb is the base form that ends the subject — the first word followed by
 * an object, a particle or the end, not by another noun. The index of that verb, or -1.
 */
export function subjunctiveVerb(tokens: Token[]): number {
  if (!DETERMINERS.has(tokens[0]?.lower ?? '')) return -1;
  // ("the limit for a members' briefing stay at 40": one phrase of a preposition and its noun may qualify the
  // subject's noun — a preposition after a noun, then a determiner or a noun)
  let qualified = false;
  for (let k = 2; k < Math.min(tokens.length, 10); k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
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
    if (qualified && /^[A-Z][a-z]+$/.test(prev.text) && k - 1 > 0) {
      // (a name inside the qualifying phrase: "a Council debate")
    } else if (!/^[a-z][a-z-]*$/.test(prev.text) || isFunctionWord(prev.lower)) return -1;
    if (!couldBeVerb(t) || /(?:s|ed|ing)$/.test(t.lower)) continue;
    const next = tokens[k + 1];
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

/** The prepositions that qualify a noun inside a subject ("the fee for hire", "the cost of repairs"). */
const QUALIFYING = /^(?:for|of|on|in)$/;
