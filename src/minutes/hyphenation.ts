// Layout: a word a PDF hyphenated across a line end ("meet-" / "ing", "Nov-" / "ember") is one
// word again before dates and dues are read — but a real compound broken at its hyphen
// ("follow-" / "up", "Vice-" / "Chair") keeps it. Which it is, the text itself says: the joined
// word used elsewhere in it, or a month or a function word, is a word; a particle after the hyphen
// ("follow-up", "call-in"), or two halves that are each words of the text, where the joined form
// is not, make a compound.
import { CONJUNCTIONS, DETERMINERS, MONTH_NAMES, PARTICLES, PREPOSITIONS, PRONOUNS } from './lexicon.js';

/** A hyphen at a line's end after a letter (not a spaced dash: "Item 4 -"). */
export const BROKEN_AT_HYPHEN = /[A-Za-z]-$/;

const CLOSED = [PARTICLES, PREPOSITIONS, DETERMINERS, CONJUNCTIONS, PRONOUNS];
const isClosed = (word: string) => CLOSED.some((set) => set.has(word));

/** The words and hyphenated compounds a text uses, lower-cased — leaving out the halves of a word broken at a line end. */
export function knownWords(text: string): Set<string> {
  const whole = text.replace(/[A-Za-z]+-[ \t]*\n\s*[A-Za-z]+/g, ' ');
  const found = new Set<string>();
  for (const m of whole.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
    const word = m[0].toLowerCase();
    found.add(word);
    for (const part of word.split('-')) found.add(part);
  }
  return found;
}

/** The line ending in a hyphen and the next line, as one: the word rejoined, or the compound kept. */
export function joinAtHyphen(left: string, right: string, known: Set<string>): string {
  const start = right.trimStart();
  const head = /([A-Za-z]+)-$/.exec(left)?.[1]?.toLowerCase() ?? '';
  const tail = /^([A-Za-z]+)/.exec(start)?.[1]?.toLowerCase() ?? '';
  const compound = () => `${left}${start}`;
  if (!head || !tail || /^[A-Z]/.test(start)) return compound(); // "Vice-" / "Chair", "Sub-" / "Committee"
  const joined = head + tail;
  if (known.has(`${head}-${tail}`)) return compound();
  const isWord = (w: string) => known.has(w) || isClosed(w);
  if (known.has(joined) || isClosed(joined) || (MONTH_NAMES as readonly string[]).includes(joined))
    return `${left.slice(0, -1)}${start}`;
  // "follow-up", "call-in", "roll-out": a verb and its particle make a noun; two words of the text make a compound
  if (PARTICLES.has(tail) || PREPOSITIONS.has(tail) || (isWord(head) && isWord(tail))) return compound();
  return `${left.slice(0, -1)}${start}`;
}
