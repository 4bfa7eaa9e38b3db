// "the views expressed at the meeting", "the comments made at this meeting", "the questions not answered at the
// meeting": a past participle that qualifies a noun, then "at" a meeting with no time of its own, tells what happened
// at the sitting these minutes record. It is no meeting to come that the clause sends anything to ("submit a response
// reflecting the views expressed at the meeting" is an errand, not business for a later meeting). Plain English: a
// reduced relative clause ("the views [that were] expressed at the meeting") describes its noun; a verb of the clause
// itself has its auxiliary before it ("be considered at the meeting", "to be reported at the meeting").
import { BE, HAVE, MODALS } from './lexicon.js';
import { isParticiple } from './words.js';

/** "at the meeting", "at this meeting", "at today's meeting", and nothing after that dates it. */
const AT_THIS_SITTING =
  /^(?:at|during)\s+(?:the|this|today['’]s)\s+meeting\b(?!\s+(?:of|on|in|held|scheduled|to\s+be)\b)/i;

/** Whether the meeting at `index` (the place's preposition) is the sitting a participle before it tells of. */
export function toldOfThisSitting(text: string, index: number): boolean {
  if (!AT_THIS_SITTING.test(text.slice(index))) return false;
  const words = text
    .slice(Math.max(0, index - 60), index)
    .trim()
    .split(/\s+/);
  const participle = words.at(-1)?.toLowerCase() ?? '';
  const before = (words.at(-2) ?? '').toLowerCase().replace(/^not$/, words.at(-3)?.toLowerCase() ?? '');
  if (!isParticiple(participle)) return false;
  // ("be considered at the meeting", "have been raised at the meeting", "to be tabled at the meeting": the clause's own verb)
  return !(BE.has(before) || HAVE.has(before) || MODALS.has(before) || before === 'to' || before === '');
}
