// Step 8c, dates: a day a meeting of this body no longer sits — the day it was moved from ("Next
// meeting: 18 January (moved from 11 January)", "rearranged from 11 January to 18 January", "the
// meeting originally set for 11 January") or a meeting called off ("the meeting on 11 January has
// been cancelled", "will not now take place"). A paper moved between two sittings names both
// (MOVED_BETWEEN in ownMeetings.ts): only a meeting's own move leaves a day behind. Also the other way round: the day
// first, then its move or its end ("the meeting on 11 January is moved to 18 January", "… having been cancelled", "the
// meeting pencilled in for 11 January is no longer needed").
import { MOVING_PAPERS, PAPER_NOUNS, alternatives } from './lexicon.js';

const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\.?,?\s+)`;
/** The verbs that move a sitting to another day (a closed few, those that move papers and the two said only of meetings). */
const MOVING = alternatives([...MOVING_PAPERS, 'rearranged', 're-arranged', 'changed', 're-scheduled']);
/**
 * "moved from", "originally set for", "previously due on", "instead of", and a correction set off by a comma or a
 * bracket, "… on 18 January, not 11 January as printed" / "18 January (not 11 January)": the words that give the day
 * left. ("not later than", "not before" are a deadline's words, not a correction: "not" must stand straight before the day.)
 */
const LEFT_FROM = new RegExp(
  String.raw`(?:\b(?:${MOVING})\s+from|\b(?:originally|previously|formerly)\s+(?:\w+\s+){0,2}?(?:for|on)|\b(?:instead\s+of|rather\s+than)|(?:,|\(|\band)\s*not\s+(?:on\s+)?)\s*(?:the\s+)?${WEEKDAY}?$`,
  'i',
);
/**
 * "… has been cancelled", "was called off", "will not now take place", "is postponed": said of the meeting straight after
 * its day — a time, a bracket, "meeting" or ", which" may stand between, never another clause ("11 January – the
 * December meeting is cancelled" leaves 11 January standing).
 */
// (a short phrase of where the day was written or set may stand between too, a participle and its place: "the meeting on
// 11 January printed in the yearbook will not now take place", "… listed in the members' diaries has been cancelled" — a
// reduced relative of the meeting, not a clause of its own)
const AFTER_DAY = String.raw`^(?:\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s*\([^)]*\))?(?:\s+(?:[a-z]+ed|shown|set)\s+(?:in|on|at|for|by|into)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*(?:meeting\s+)?(?:,\s*which\s+)?`;
// ("having been cancelled" as an aside; "is no longer needed"; "is moved to 18 January", "had been brought forward": the
// day before the move is left, whether or not the new day is given; and a note's clipped passive with no verb before it,
// "Meeting on 11 January cancelled", "11 January – postponed"; "the meeting set for 11 January will now be held on 18 January"
// — "now" or "instead" and a new day, not a new room: "will now be held in the Annexe" keeps the day; the meeting as the
// subject of an active "move to" a day, "the meeting set for 11 January would move to 18 January", as "is moved to" says;
// "will move to the Annexe" keeps the day)
// (a sitting is called off as well by saying it is not needed — "will not be needed", "is not required", "won't be
// necessary", "will no longer be needed": the need denied of the meeting the day is, as "is no longer needed" already was)
const NOT_NEEDED = String.raw`needed|required|necessary`;
const CALLED_OFF = new RegExp(
  String.raw`${AFTER_DAY}(?:(?:(?:has|had|have|having)\s+been|is|was|were|are|be|being)\s+(?:now\s+)?(?:cancell?ed|called\s+off|postponed|abandoned|withdrawn|no\s+longer\s+(?:${NOT_NEEDED})|(?:${MOVING})(?:\s+to)?)\b|(?:[-–—:]\s*)?(?:now\s+)?(?:cancell?ed|called\s+off|postponed)\b|(?:(?:will|would|shall|is\s+to|are\s+to)\s+not|won['’]t|(?:will|would|shall)\s+no\s+longer)\s+(?:now\s+)?(?:take\s+place|go\s+ahead|be\s+(?:held|${NOT_NEEDED}))\b|(?:is|are|was|were)\s+(?:now\s+)?not\s+(?:${NOT_NEEDED})\b|(?:will|would|shall|is|are)\s+(?:now|instead)\s+(?:to\s+)?(?:be\s+held|take\s+place)\s+on\b|(?:will|would|shall|is\s+to|are\s+to)\s+(?:now\s+)?move\s+to\s+(?:${WEEKDAY})?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]|[a-z]+\s+\d{1,2}\b))`,
  'i',
);
/**
 * "the meeting set for 11 January clashes with the county show and has been moved to 18 January", "… falls in the holidays
 * and has been cancelled": a second verb of the same subject — "and" straight before "has been", no subject of its own
 * between — in the same sentence, no other day or time between ("… 11 January, and the carol service has been cancelled"
 * has a subject of its own).
 */
const AND_CALLED_OFF = new RegExp(
  String.raw`^[^.;\d]{1,80}?\band\s+(?:has|had|have)\s+(?:now\s+)?been\s+(?:now\s+)?(?:cancell?ed|called\s+off|postponed|(?:${MOVING})\s+to)\b`,
  'i',
);
const PAPER_MOVED = new RegExp(String.raw`\b(?:${alternatives(PAPER_NOUNS)})\b[^.;]{0,100}$`, 'i');

/**
 * Whether the date at `index` in `line` is a day a meeting left or a meeting called off, from the words around it. A
 * sentence broken over lines is read whole: `previous` is the line above (empty where this line opens a row of its own)
 * and `following` the line below, so "The meeting pencilled in for" / "14 December will not be needed." and "The
 * meeting on 14 December" / "has been cancelled." leave the day as they would on one line.
 */
export function leftDate(line: string, index: number, end: number, previous = '', following = ''): boolean {
  const before = previous ? `${previous} ${line.slice(0, index)}` : line.slice(0, index);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1);
  if (LEFT_FROM.test(sentence)) return !PAPER_MOVED.test(sentence);
  const after = following ? `${line.slice(end)} ${following}` : line.slice(end);
  return (CALLED_OFF.test(after) || AND_CALLED_OFF.test(after)) && !PAPER_MOVED.test(sentence);
}
