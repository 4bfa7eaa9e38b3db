// Step 10b, the owner of an entry in a list of items for a coming agenda: the list names no
// verb, so who brings the item is set beside it with an infinitive — "Hall lettings policy –
// Cllr Oduya to report", "Allotment rents - the Clerk to bring the rent review", "Hall lettings
// policy (Cllr Oduya to report)", or opening it: "Cllr Oduya to report on hall lettings". A name in
// brackets after an entry ("Bus shelter repairs (Cllr Pike)") is left: the labelled sets read it
// both as who brings the item and as the member who asked for it, and the layout cannot tell.
import { agentLike } from './agents.js';
import { HONORIFIC_WORDS, OFFICE_NOUNS, alternatives } from './lexicon.js';
import { tokenize } from './words.js';

/** A name as minutes print one: "Cllr Oduya", "Mrs J Pike", "JR", or a title that can act ("the Clerk"). */
function person(who: string): boolean {
  if (/^[A-Z]{2,4}$/.test(who)) return true;
  if (new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+$`).test(who)) return true;
  return agentLike(tokenize(who));
}

const HONORED = new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+$`);
const OFFICE = new RegExp(String.raw`\b(?:${alternatives(OFFICE_NOUNS)})$`, 'i');

/** Who an agenda list's entry names to bring it, or null. */
export function listedOwner(entry: string): string | null {
  const text = entry.replace(/[.;\s]+$/, '');
  // "… – Cllr Oduya to report", "… - the Clerk to bring quotes": a dash, then someone and their infinitive
  const who = /\s[–—-]\s+(?<who>(?:the\s+)?[A-Z][^–—]*?)\s+to\s+[a-z]+\b[^–—]*$/.exec(text)?.groups?.who;
  if (who && person(who)) return who;
  // "Bus shelter repairs (Cllr Pike to bring quotes)": the same infinitive in brackets closing the entry — unlike a bare
  // name in brackets, the verb says who brings it
  const bracketed = /\((?<who>(?:the\s+)?[A-Z][^()]*?)\s+to\s+[a-z]+\b[^()]*\)$/.exec(text)?.groups?.who;
  if (bracketed && person(bracketed)) return bracketed;
  // "Cllr Pike to bring quotes for the bus shelter": an entry that is itself an instruction, someone then "to" and a verb
  const opening = /^(?<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+to\s+[a-z]+\b/.exec(text)?.groups
    ?.who;
  // (a topic can open the same way, "Repairs to …", "Changes to bring …": only initials, a name after an honorific or a
  // title ending in an office's head noun opens an instruction)
  return opening && (/^[A-Z]{2,4}$/.test(opening) || HONORED.test(opening) || OFFICE.test(opening)) ? opening : null;
}
