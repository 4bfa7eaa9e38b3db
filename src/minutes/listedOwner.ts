// Step 10b, the owner of an entry in a list of items for a coming agenda: the list names no
// verb, so who brings the item is set beside it with an infinitive — "Hall lettings policy –
// Cllr Oduya to report", "Allotment rents - the Clerk to bring the rent review". A name in
// brackets after an entry ("Bus shelter repairs (Cllr Pike)") is left: the labelled sets read it
// both as who brings the item and as the member who asked for it, and the layout cannot tell.
import { agentLike } from './agents.js';
import { HONORIFIC_WORDS } from './lexicon.js';
import { tokenize } from './words.js';

/** A name as minutes print one: "Cllr Oduya", "Mrs J Pike", "JR", or a title that can act ("the Clerk"). */
function person(who: string): boolean {
  if (/^[A-Z]{2,4}$/.test(who)) return true;
  if (new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+$`).test(who)) return true;
  return agentLike(tokenize(who));
}

/** Who an agenda list's entry names to bring it, or null. */
export function listedOwner(entry: string): string | null {
  const text = entry.replace(/[.;\s]+$/, '');
  // "… – Cllr Oduya to report", "… - the Clerk to bring quotes": a dash, then someone and their infinitive
  const who = /\s[–—-]\s+(?<who>(?:the\s+)?[A-Z][^–—]*?)\s+to\s+[a-z]+\b[^–—]*$/.exec(text)?.groups?.who;
  return who && person(who) ? who : null;
}
