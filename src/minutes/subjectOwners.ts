// The owner's subject phrase resolved against who the minute names, once for every reader (resolution, discussion,
// action lines): a "he" or "she" that acts is the person last named as a subject before it, and a post printed beside
// the name of who holds it is that person, by the name the minutes print. The owner is still written as the minutes
// print it — no name is filled out from the attendance list (the labels keep "Ms Surname" where the sentence does).
import { readClause } from './grammar.js';
import { HONORIFIC_WORDS, OFFICE_NOUNS } from './lexicon.js';
import type { ProposedItem } from './types.js';

/** A pronoun that acts, perhaps after a fronted phrase saying what it answers ("In answer to Councillor X she"). */
const ACTING_PRONOUN = /^(?:(?:in\s+(?:answer|reply|response)|responding|replying)\b[^,]*?,?\s+)?(?<pronoun>he|she)$/i;

/** A person's name as printed: an honorific and a name, or a given name and a surname (two or three capitalised words). */
const PERSON = new RegExp(
  String.raw`^(?:(?:${HONORIFIC_WORDS})\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w'’-]+){1,2}$|^(?:${HONORIFIC_WORDS})\.?\s+[A-Z][\w'’-]+$`,
);

/** A post: a capitalised title whose head is an office noun or that says of what ("Head of Leisure", "Finance Manager"). */
function isPost(np: string): boolean {
  const words = np.replace(/^the\s+/i, '').split(/\s+/);
  if (!/^[A-Z]/.test(words[0] ?? '')) return false;
  const head =
    np
      .split(/\s+(?:of|for)\s+/i)[0]
      .trim()
      .split(/\s+/)
      .pop()
      ?.toLowerCase() ?? '';
  return OFFICE_NOUNS.includes(head) || /\s(?:of|for)\s/.test(np);
}

/** A word of a post is never a name's word: "Finance Manager" is no person, "Owen Price" is. */
const isName = (np: string, knows: (np: string) => boolean) =>
  PERSON.test(np) &&
  !isPost(np) &&
  (knows(np) || new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s`).test(np) || knows(np.split(/\s+/).pop()!));

/**
 * "The Head of Leisure, Dana Frost", "the Director for Adult Care, Owen Price": a full post (saying of or for what) and
 * the name of who holds it, side by side as one subject, are one person — the one named. Not a bare post with its
 * service after the comma ("Associate Director, Early Help", the labels' own way of writing a post), and not the name
 * first ("Owen Price, Finance Manager": the labels keep the post there as often as they drop it). The name must be one
 * the minute knows or carry an honorific — unless `person` says the subject is a person already (a "she" points to it).
 */
export function personOfPost(owner: string, knows: (np: string) => boolean, person = false): string | null {
  const parts = owner.split(/\s*,\s*/);
  if (parts.length !== 2) return null;
  const [post, name] = parts;
  if (!isPost(post) || !/\s(?:of|for)\s/.test(post)) return null;
  return (person ? PERSON.test(name) && !isPost(name) : isName(name, knows)) ? name : null;
}

/** The sentences of a minute, in order (a full stop, a semicolon or a line's end closes one). */
const sentencesOf = (text: string) => text.split(/(?<=[.;!?])\s+/).filter(Boolean);

/**
 * The subject a sentence opens with: "Ch Supt Rudd reported …", "Police – Ms Frost described …" (a topic run in before a
 * spaced dash goes), "The Finance Manager, Owen Price, introduced …".
 */
function subjectOf(sentence: string): string | null {
  const s = sentence
    .replace(/^\s*(?:\(?[a-z0-9]{1,3}[.)]|\d+(?:\.\d+)+)\s+/i, '')
    .replace(/^[^–—]{1,40}\s[–—-]\s(?=[A-Z])/, '');
  return readClause(s).subject?.trim() || null;
}

/** The person a subject names, written as printed; null where it names no person (a body, a thing, a bare post). */
function personNamed(subject: string, knows: (np: string) => boolean): string | null {
  return personOfPost(subject, knows, true) ?? (isName(subject, knows) ? subject : null);
}

/**
 * Each item of one minute whose owner is a bare "he" or "she" (after a fronted "In answer to …") takes the person last
 * named as the subject of a sentence before the item's own, in the same minute; where none is named, the owner is left.
 * A post printed beside its holder's name becomes the name.
 */
export function resolveSubjects(items: ProposedItem[], minuteText: string, knows: (np: string) => boolean): void {
  const text = minuteText.replace(/\s+/g, ' ');
  for (const item of items) {
    if (!item.owner) continue;
    const person = personOfPost(item.owner, knows);
    if (person) {
      item.owner = person;
      item.owners = undefined;
      continue;
    }
    if (!ACTING_PRONOUN.test(item.owner.trim())) continue;
    const at = text.indexOf(item.text.replace(/\s+/g, ' ').slice(0, 40));
    if (at <= 0) continue;
    const before = sentencesOf(text.slice(0, at));
    // (the last subject before it is the one it points to: a sentence with none, or with a pronoun of its own, is passed
    // over; the first that names someone decides — a body or a thing there leaves the pronoun as it was)
    for (let k = before.length - 1; k >= 0; k--) {
      const subject = subjectOf(before[k]);
      if (!subject || /^(?:he|she|they|it|this|there)$/i.test(subject)) continue;
      const who = personNamed(subject, knows);
      if (who) {
        item.owner = who;
        item.owners = undefined;
      }
      break;
    }
  }
}
