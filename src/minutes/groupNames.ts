// A group's own name before its head noun: "the Neighbourhood Plan working party meet …", "the youth services task and
// finish group report …", "the Parish Plan project team report …". The words that name what the group is for
// ("working", "steering", "project") or the group noun itself can pass for a verb after a capitalised name, and the
// subject was cut there ("the Neighbourhood Plan" working …). A verb is followed by its object or a particle, never
// straight by the noun a group is called by and then another verb.
import { PARTICLES, PREPOSITIONS } from './lexicon.js';
import { isFunctionWord, type Token } from './words.js';

/** The nouns a group that sits within a body is called by (a closed few), in small letters as clerks print them. */
const GROUP_HEAD = /^(?:group|groups|sub-group|subgroup|party|team|panel)$/i;

/** What follows a subject's last word: its verb (a base form), a modal or "to", "be", or a bracket of its members. */
function opensPredicate(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.text === '(') return true;
  if (/^(?:to|will|would|shall|should|may|must|be|is|are|was|were|has|have|had)$/.test(t.lower)) return true;
  // (a base form, not a plural noun going on with the object: "invite group leaders" — "leaders" is no verb)
  return (
    /^[a-z][a-z-]+$/.test(t.text) &&
    !isFunctionWord(t.lower) &&
    !PARTICLES.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    !/s$/.test(t.lower)
  );
}

/**
 * Whether the token at `k` is a word of a group's name and not the clause's verb: the group noun follows it ("working
 * party", "project team", "day sub-group"), or follows "and" and one more word ("task and finish group"), or it is the
 * group noun itself — each time with the predicate opening straight after the group noun. Only from the third word:
 * a determiner or a name of two words comes first ("the Orchard Lane …"); a line that opens with one word and a group
 * noun, "Fun day sub-group (AB, CD) to meet", keeps its old reading, since read whole the action list it closes no
 * longer reads as a resolution (docs/minutes-parser.md, "Round 35: owners").
 */
export function inGroupName(tokens: Token[], k: number): boolean {
  const head = [k, k + 1, k + 3].find(
    (h) =>
      GROUP_HEAD.test(tokens[h]?.text ?? '') &&
      // ("party" is a group only as a working party: "the Christmas party take place …" is a celebration)
      (!/^party$/i.test(tokens[h].text) || tokens[h - 1]?.lower === 'working') &&
      (h !== k + 3 || /^(?:and|&)$/.test(tokens[k + 1]?.lower ?? '')) &&
      // (the group noun in small letters, or in capitals with the name before it: "Working Party", "Steering Group")
      (/^[a-z]/.test(tokens[h].text) || /^[A-Z]/.test(tokens[k].text)),
  );
  return head !== undefined && k > 1 && opensPredicate(tokens[head + 1]);
}
