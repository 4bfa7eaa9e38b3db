// "A later sitting": how minutes name a meeting of this body still to come — "the next meeting", "a future meeting",
// "the January meeting", "next time", "in the new year". Four readers look for one, each where it stands in its own
// sentence, so the words are kept here once and each reader's form is named below. The forms were not made one (round
// 33): each reads a different place in a sentence and they accept different things, so one pattern would change what
// is read.
import { FULL_MONTHS, MONTH_PATTERN } from './lexicon.js';

/** The words that put a sitting ahead of this one: "next", "future", "following", "later". */
export const AHEAD = String.raw`next|future|following|later`;

/** The parts of the year a matter is sent on to: "the new year", "the spring", "the summer", "the autumn". */
export const YEAR_PARTS = String.raw`the\s+new\s+year|the\s+spring|the\s+summer|the\s+autumn`;

/**
 * Narrow, for a fragment with no subject (laterFragment.ts): "the next meeting", "next time", "a future meeting", "the
 * January meeting", "in February". Only a meeting or a month: a fragment has no other sign that it looks ahead.
 */
export const LATER_SITTING_IN_FRAGMENT = new RegExp(
  String.raw`\b(?:next\s+(?:meeting|time|agenda)|(?:a|the)\s+(?:future|following|later)\s+meeting|the\s+${FULL_MONTHS}(?:\s+\d{4})?\s+meeting|(?:in|to|until|at)\s+${FULL_MONTHS}\b|meeting\s+on\s+\d)`,
  'i',
);

/**
 * After "be an item" (itemToCome.ts), the source of a pattern's tail: "on the next agenda", "at a future meeting", "for
 * the January meeting", "on the February agenda", "in January", "next time", "in the new year". It opens with the space
 * and a preposition because it follows the item directly (not another body's: "on Cabinet's agenda").
 */
export const LATER_SITTING_AFTER_ITEM = String.raw`\s+(?:(?:on|at|for|in)\s+(?:the|a|its|our)\s+(?:(?:${AHEAD}|forthcoming|${FULL_MONTHS})\s+(?:\d{4}\s+)?(?:[a-z]+\s+)?(?:meeting|agenda|session)|(?:meeting|agenda)\s+(?:in|on)\s+(?:${FULL_MONTHS}|\d))|next\s+time|(?:in|for)\s+(?:${FULL_MONTHS}|${YEAR_PARTS})\b)`;

/**
 * Wide, for a member's request with the meeting's assent (forwardRequests.ts): a later sitting or agenda — "the next
 * agenda", "next time", "a future meeting", "the February meeting", "to February", "in the new year" — or a place on
 * the programme ("the work programme", "the forward plan", "an agenda item"), which is forward business too. "A
 * standing item" names no sitting.
 */
export const LATER_SITTING_OR_PROGRAMME = new RegExp(
  String.raw`\b(?:(?:${AHEAD}|${FULL_MONTHS}(?:\s+\d{4})?)\s+(?:meeting|agenda|session|time)s?|(?:on|to)\s+the\s+(?:[\w'’-]+\s+){0,2}?agenda|work\s*(?:programme|plan)|forward\s+plan|agenda\s+item|meeting\s+(?:in|on)\s+\w+|(?:to|until|for|in)\s+(?:${FULL_MONTHS}|${YEAR_PARTS})\b)`,
  'i',
);

/**
 * Anchored, for what follows "put back to" or "carried forward until" (carriedForward.ts): "next meeting", "the next
 * meeting", "the January meeting", "Jan", "a future meeting", "the new year", "winter" — notes' shorthand, so a month
 * may be short and a season bare; not money's next year or fund ("carried forward to 2027/28", "… to reserves", which
 * committedMoney.ts reads as the year's accounts).
 */
export const LATER_SITTING_PUT_BACK_TO = new RegExp(
  String.raw`^(?:the\s+)?(?:${AHEAD}|new\s+year|spring|summer|autumn|winter|(?:a|an)\s+(?:future|later)|${MONTH_PATTERN}\b)`,
  'i',
);
