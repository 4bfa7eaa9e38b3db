// An owner must be someone by its grammar: a person, a post, initials or a body. A single capitalised word that opens
// the item and is none of these — a month, "None", or a word the same minutes write elsewhere in small letters (a
// common noun: "Item …", "Subject to …", a topic before a dash) — is the sentence's first word, not who acts. A first
// name is never written in small letters, so the names of informal notes keep their owners.
import { namesBody, type OwnBody } from './bodies.js';
import type { People } from './people.js';
import { DAY_NAMES, MONTH_NAMES, OFFICE_NOUNS, PARTICIPANTS, WHOLE_MEMBERSHIP } from './lexicon.js';
import { NOTHING } from './owner.js';
import type { ProposedItem } from './types.js';

/** Whether a one-word owner is no one: the first word of the item, a word the minutes use as a common noun. */
export function namesNoOne(owner: string, text: string, whole: string, people: People, own: OwnBody): boolean {
  if (!/^[A-Z][a-z]+$/.test(owner)) return false;
  const lower = owner.toLowerCase();
  // (a month or a day names a time, wherever it stands: "by March" read as a passive's agent is the date — unless
  // it is the name of someone the minutes list, as "May" or "June" can be)
  if ((!people.knows(owner) && (MONTH_NAMES as readonly string[]).includes(lower)) || DAY_NAMES.includes(lower))
    return true;
  const first = /^[\s\-–—•*·([\d.)\]]*([A-Za-z]+)/.exec(text)?.[1];
  if (first !== owner) return false;
  if (PARTICIPANTS.has(lower) || lower === 'everybody' || OFFICE_NOUNS.includes(lower) || WHOLE_MEMBERSHIP.test(owner))
    return false;
  if (people.knows(owner) || namesBody(owner) || own.is(owner)) return false;
  if (NOTHING.test(owner)) return true;
  // (the word in small letters elsewhere in the minutes: a common noun, as no first name is written)
  return new RegExp(String.raw`(?<![\w'’-])${lower}(?![\w'’-])`).test(whole);
}

/** The item without an owner that names no one. */
export function withoutNounOwner(item: ProposedItem, whole: string, people: People, own: OwnBody): ProposedItem {
  return item.owner && namesNoOne(item.owner, item.text, whole, people, own) ? { ...item, owner: null } : item;
}
