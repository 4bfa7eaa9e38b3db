// A matter put back with a phrasal verb and no auxiliary, as notes write it: "Carried forward to next meeting", "Stall
// layout put back to the May meeting", "Item on the plot map put off to next meeting". The formal minute writes
// "was deferred"; notes leave out the auxiliary, and a verb of two words was not read as a predicate at all.
import { emptyReading, type Reading } from './reading.js';
import { LATER_SITTING_PUT_BACK_TO } from './laterSitting.js';
import { words } from './wordList.js';
import { isParticiple, stems, tokenize, type Token } from './words.js';

/** The phrasal verbs of putting a matter back (a closed few; "put off" only so, never alone: "put off by the cost"). */
const PUTTING_BACK = words('carry forward', 'carry over', 'put back', 'put off', 'hold over');

/** What says where a matter was put: "to" a meeting or a month, "until" one (closed few). */
const WHERE_TO = new Set(['to', 'until', 'till']);

/** "carried" + "forward to May …": a verb of putting back, its particle, and where to — a later sitting or time. */
export function putBackTo(verb: string, rest: string): boolean {
  const [particle, where, ...after] = rest.trim().split(/\s+/);
  return (
    !!particle &&
    WHERE_TO.has(where?.toLowerCase() ?? '') &&
    LATER_SITTING_PUT_BACK_TO.test(after.join(' ')) &&
    isParticiple(verb) &&
    stems(verb).some((s) => PUTTING_BACK.has(`${s} ${particle.toLowerCase()}`))
  );
}

/**
 * Whether the token at `i` is a participle that, with the particle after it, is a verb of putting back ("carried
 * forward", "put off", "put back", "held over"), and "to" or "until" a later sitting or time follows: a phrasal verb
 * so placed is a predicate, never a noun ("the carry forward" has no "to" after it).
 */
export function putBackPhrasal(tokens: Token[], i: number): boolean {
  const verb = tokens[i];
  if (!verb || !tokens[i + 1] || !tokens[i + 2]) return false;
  return putBackTo(
    verb.text,
    tokens
      .slice(i + 1, i + 6)
      .map((t) => t.text)
      .join(' '),
  );
}

/**
 * "Carried forward to next meeting – quotes awaited." opening what the notes say under a matter's heading: the participle
 * alone, its subject the heading's matter; "Stall layout put back to the May meeting": the matter named before
 * it. Read only in the discussion (a table's cell or a resolution's clause is read by its own reader), as the reading the
 * grammar gives "Deferred to next meeting", "Stall layout deferred to May".
 */
export function putBackReading(text: string, found: Reading): Reading {
  const tokens = tokenize(text);
  // (the matter's name before it: a noun phrase of at most eight words, no mark of a clause inside it)
  const at = tokens.slice(0, 9).findIndex((_t, i) => putBackPhrasal(tokens, i));
  if (at < 0 || tokens.slice(0, at).some((t) => /^[.;:!?]$/.test(t.text))) return found;
  const verb = tokens[at].text;
  const start = at === 0 ? text.indexOf(verb) : text.indexOf(` ${verb} `) + 1;
  if (start < 0) return found;
  // (a verb the grammar found stands, "The stall was put back to May" — unless the participle opens the sentence, whose
  // verb it is whatever clause comes later, "Put off to May as PS was away"; after a noun phrase, a verb found later may
  // be the clause's own, and the labels then name who does the work, so it is left to the grammar)
  if (found.verb && at > 0) return found;
  if (found.verb && text.indexOf(found.verb) <= start) return found;
  return {
    ...emptyReading(text),
    subject: at === 0 ? null : text.slice(0, start).trim(),
    verb,
    form: 'participle',
    passive: true,
    rest: text.slice(start + verb.length).trim(),
  };
}

/**
 * Whether the text opens with a matter put back and no subject, "Carried over to next time.": its matter is the
 * heading's, or what the sentence before it told.
 */
export function headPutBack(text: string): boolean {
  return putBackPhrasal(tokenize(text), 0);
}
