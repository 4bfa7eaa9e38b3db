// The speaker's second verb: "The Head of Service explained the delay and will email members the figures", "Cllr X
// reported a pothole by the school and will report it to the county", "The Head explained the new programme and will
// bring the first data to the spring meeting". What was told is an object of the verb of telling, not a clause with a
// subject of its own, so the predicate "will/would …" after "and" has no subject but the one who spoke: it is that
// person's undertaking, as "X will …" is. Seen in the odd sets fresh 81 03, 107 08 and 127 08 (each labelled the
// speaker's). Where the told clause has a subject ("said the road would close and would reopen in June"), the split
// gives the second predicate that subject (coordination.ts), and nothing here applies.
import { namesBody } from './bodies.js';
import type { classify } from './classify.js';
import { agentLike } from './agents.js';
import type { Context } from './agreedParts.js';
import type { Reading } from './reading.js';
import { tokenize } from './words.js';

/** A speaker named by a title or a name alone, each word capitalised but the joins: "The Head of Service", "Cllr Hale". */
const NAMED_SPEAKER = /^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’.-]*){0,6}$/;

/** A modal before a verb of state or wish (closed few): no one undertakes it. */
const STATE_AFTER_MODAL =
  /^(?:will|would|shall)\s+(?:also\s+)?(?:need|have|require|like|want|prefer|expect|hope|cost|take|last|remain|welcome|be)\b/i;

/** The speaker who owns a subjectless "will/would …" predicate of what they told, or null. */
export function speakerGoesOn(
  speaker: string | null,
  part: string,
  clause: Reading,
  decision: ReturnType<typeof classify>,
  context: Context,
  excluded: boolean,
): string | null {
  if (!speaker || excluded || clause.subject || clause.passive || clause.negated) return null;
  if (clause.form !== 'modal' || !/^(?:will|would|shall)$/.test(clause.modal ?? '')) return null;
  if (decision.category === 'noted') return null;
  // (a state foretold, not a thing done: "and would need replacing", "and will have to close", "and would like to …")
  if (STATE_AFTER_MODAL.test(part)) return null;
  const who = speaker.trim();
  if (!NAMED_SPEAKER.test(who)) return null;
  // (a person at the meeting or an officer by title, not a body telling its plan: "The Trust reported a deficit and
  // would publish a recovery plan" is the Trust's business)
  if (namesBody(who) || !(context.people.knows(who) || agentLike(tokenize(who)))) return null;
  return who.replace(/^the\s+/i, '');
}
