// Whose general meeting "the league AGM", "the county association AGM" is. Notes of clubs and associations name other
// bodies' AGMs by a word in lower case before the initials — the league the club plays in, the county body it belongs
// to — where a capitalised name ("the Trust AGM") or a possessive ("the Society's AGM") is read in ownMeetings.ts. A word
// of this body's own name ("the club AGM" in a club's minutes) or a word of order or kind ("the next AGM", "the annual
// AGM") keeps the meeting this body's; so does a bare "the AGM".
import type { OwnBody } from './bodies.js';

/** Words that say which sitting or what kind, not whose. */
const ORDER_OR_KIND =
  /^(?:next|this|our|first|last|following|previous|future|annual|special|extraordinary|ordinary|informal|formal|public|general|usual|rescheduled|postponed|adjourned|forthcoming|coming|same|new)$/i;

/** Whether the words in lower case straight before "AGM" (after "the") say it is another body's general meeting. */
export function othersDescribedAgm(beforeAgm: string, own: OwnBody): boolean {
  const m = /\b[Tt]he\s+(?<words>(?:[a-z][\w-]*\s+){1,3})$/.exec(beforeAgm);
  if (!m) return false;
  const words = m
    .groups!.words.trim()
    .split(/\s+/)
    .filter((w) => !ORDER_OR_KIND.test(w));
  if (words.length === 0) return false;
  const ownName = own.name ?? own.head ?? '';
  // (where the page prints no name for its body, nothing says the words are another's)
  if (ownName === '') return false;
  return !words.every((w) => new RegExp(String.raw`\b${w}\b`, 'i').test(ownName));
}

/**
 * "the AGM of the league on …", "the annual general meeting of the county association is on …": the body whose general
 * meeting it is, named after "of" — another's where a capitalised name is not this body's, or where words in lower case
 * (less words of order or kind) are not all in this body's printed name. "The AGM of the club" in a club's notes, and any
 * page that prints no name, keep the meeting as it was read.
 */
export function othersAgmOf(ofPhrase: string, own: OwnBody, namesBody: (np: string) => boolean): boolean {
  const np = ofPhrase.trim().replace(/^the\s+/i, '');
  if (np === '') return false;
  if (/^[A-Z]/.test(np)) return namesBody(np) && !own.is(np);
  const words = np.split(/\s+/).filter((w) => !ORDER_OR_KIND.test(w));
  if (words.length === 0 || words.some((w) => !/^[a-z][\w'’-]*$/.test(w))) return false;
  const ownName = own.name ?? own.head ?? '';
  if (ownName === '') return false;
  return !words.every((w) => new RegExp(String.raw`\b${w}\b`, 'i').test(ownName));
}
