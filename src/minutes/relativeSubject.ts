// The verb of a clause whose subject carries a relative clause: "That members who have not done so complete the
// training by March". The relative clause's own verb ("have … done") is not the clause's, and no "be", modal or "to"
// marks the main verb, so it is found by its form after the relative clause.
import { agentLike } from './agents.js';
import { DETERMINERS, PARTICLES, PREPOSITIONS, PRONOUNS } from './lexicon.js';
import { couldBeVerb, isParticiple, isPunctuation, type Token } from './words.js';

/**
 * "trustees who have not done so complete the course", "any councillor who has not signed the policy sign it": people
 * (a noun phrase that can act), "who", a present perfect ("have"/"has", perhaps "not", "yet", "already", then a
 * participle) — the relative clause says which of them — then the main verb: a base form followed by its object (a
 * determiner, a pronoun, "so"), a particle or a preposition. The index of that verb, or -1.
 * (only "have"/"has": "Members who had visited … said …" reports the past, and is left to the usual readings; a "be",
 * a modal or "to" after the relative clause is found by the strong anchors, which already step over it)
 */
export function verbAfterRelative(tokens: Token[]): number {
  const who = tokens.findIndex((t, k) => k > 0 && k <= 8 && t.lower === 'who');
  if (who < 1 || !agentLike(tokens.slice(0, who))) return -1;
  if (!/^(?:have|has)$/.test(tokens[who + 1]?.lower ?? '')) return -1;
  let k = who + 2;
  while (/^(?:not|yet|already|also)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!tokens[k] || !isParticiple(tokens[k].text)) return -1;
  for (k++; k < tokens.length && k < who + 14; k++) {
    const t = tokens[k];
    // (a relative clause set off by commas closes at its comma: "the Vice-Chair, who has not signed it, sign …")
    if (t.text === ',') continue;
    if (isPunctuation(t)) return -1;
    if (!couldBeVerb(t) || /(?:s|ed|ing)$/.test(t.lower)) continue;
    const next = tokens[k + 1]?.lower ?? '';
    if (DETERMINERS.has(next) || PRONOUNS.has(next) || next === 'so' || PARTICLES.has(next) || PREPOSITIONS.has(next))
      return k;
  }
  return -1;
}
