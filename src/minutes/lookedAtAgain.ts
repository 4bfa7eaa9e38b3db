// A proposal the meeting did not adopt, then a fragment with no subject that puts the idea off: "… was not agreed; to
// be looked at again with next year's budget", "Not agreed - …. To be looked at again in the spring.", "No decision; to
// be reconsidered once …". Nothing was decided, and the fragment names no one and no sitting: it says only that the idea
// may come back, which a clerk does not track (read sets label none of these). A fragment that names a sitting of this
// body ("to be looked at again at the next meeting") is forward business, read in laterFragment.ts, and stays; so does a
// clause with its own subject after the refusal ("… not agreed; the Clerk will bring costed options").
import { LATER_SITTING_IN_FRAGMENT } from './laterSitting.js';

/** "to be looked at again", "to be considered again", "to be revisited", "to be reconsidered": the idea taken up again, by no one. */
const TAKEN_UP_AGAIN =
  /^[\s;:,.–—-]*to\s+be\s+(?:(?:looked\s+at|considered|discussed|raised|explored|reviewed)\s+again|revisited|reconsidered)\b/i;

/** The sentence (or the one before) says the proposal was not adopted: not agreed, lost, fell, no seconder, no decision. */
const NOT_ADOPTED =
  /\bnot\s+(?:agreed|carried|adopted|supported|approved)\b|\bno\s+decision\b|\b(?:was|were)\s+(?:lost|defeated|withdrawn)\b|\bfell\b|\bno\s+seconder\b/i;

/** Whether the text read is only that fragment, after a refusal in its sentence or the sentence before. */
export function putOffIdea(text: string, sentence: string, previous: string | null): boolean {
  if (!TAKEN_UP_AGAIN.test(text) || LATER_SITTING_IN_FRAGMENT.test(text)) return false;
  // (the refusal comes before the fragment: "agreed; to be looked at again" after it is no refusal)
  const at = sentence.indexOf(text.replace(/^[\s;:,.–—-]+/, '').slice(0, 12));
  const before = at >= 0 ? sentence.slice(0, at) : sentence;
  return NOT_ADOPTED.test(before) || NOT_ADOPTED.test(previous ?? '');
}
