// A matter moved to another sitting, told in the present or the future tense rather than recorded in the past: "the
// item … is deferred to the January meeting", "the item planned for December will be taken in February instead". The
// reader of matters put back (`putBack`, reportedArrangements.ts) knew the past passive and "is to be deferred" only.
// Round 43.
import { FULL_MONTHS, SLOT_PARTICIPLES, alternatives } from './lexicon.js';
import type { Reading } from './reading.js';

/** A later sitting or month the matter goes to: "to the January meeting", "in February 2027", "until the next meeting". */
const LATER_SITTING = new RegExp(
  String.raw`\b(?:to|until|till|in|at|for)\s+(?:the\s+|a\s+|its\s+)?(?:(?:next|following|future|${FULL_MONTHS})\b|${FULL_MONTHS}\s+\d{4}\b)`,
);

/** A sitting named in the words: "the January meeting", "the next meeting". */
const A_MEETING = /\bmeeting\b/i;

/** The slot the matter had before: "planned/scheduled/listed/due for December". */
const FORMER_SLOT = new RegExp(
  String.raw`\b(?:${alternatives([...SLOT_PARTICIPLES])})\s+for\s+(?:the\s+)?(?:next|${FULL_MONTHS})\b`,
);

/**
 * Whether the clause moves its subject, a matter, to a later sitting in the present or future tense:
 * - the present passive of a verb that only puts back ("is/are deferred/postponed to <later>"), read as its past is;
 * - any passive with "instead" (the closed adverb of substitution) and a later sitting or month, where either the words
 *   name a meeting or the subject carries the slot it had ("planned for December … will be taken in February
 *   instead"): the matter keeps its business and changes its time.
 * Not a negation, and not with "if"/"unless" (a move that may not happen).
 */
export function movedToLater(reading: Reading, deferringVerb: boolean): boolean {
  if (!reading.passive || reading.negated || !reading.subject) return false;
  if (/\b(?:if|unless|whether)\b/i.test(reading.text)) return false;
  const later = LATER_SITTING.test(reading.rest);
  if (!later) return false;
  // (not "is delayed/held to …": a delay reports what befell a thing, as its past does — classify.ts)
  if (deferringVerb && reading.form === 'finite' && /^(?:delay|held|hold)/i.test(reading.verb ?? '')) return false;
  if (deferringVerb && reading.form === 'finite')
    return new RegExp(String.raw`\b(?:is|are)\s+(?:now\s+)?${reading.verb}\b`, 'i').test(reading.text);
  if (!/\binstead\b/i.test(reading.rest)) return false;
  if (!(reading.form === 'finite' || reading.form === 'modal' || reading.form === 'past')) return false;
  if (reading.form === 'modal' && !/^(?:will|shall)$/i.test(reading.modal ?? '')) return false;
  return A_MEETING.test(reading.rest) || FORMER_SLOT.test(reading.subject);
}

/** The slot the matter had, with the sitting it names, cut so the due is the later sitting's: "planned for December". */
const FORMER_SLOT_PHRASE = new RegExp(
  String.raw`\s+(?:${alternatives([...SLOT_PARTICIPLES])})\s+for\s+(?:the\s+)?(?:next|following|${FULL_MONTHS})(?:\s+\d{4})?(?:\s+meeting)?\b`,
);

/** The clause told without the slot its matter had before, so the sitting it moves to is the one read as its due. */
export function withoutFormerSlot(text: string): string {
  return text.replace(FORMER_SLOT_PHRASE, '');
}
