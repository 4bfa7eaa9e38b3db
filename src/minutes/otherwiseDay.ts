// Step 8a, next meetings: two days offered as a choice, "A (if there is business), otherwise B". The first is held only
// on a condition — a day kept in case, as "reserve" or "only if" keeps one — and the day after "otherwise" is the sitting.
// Grammar only: a conditional word (a closed class of subordinators) after the first day, then "otherwise" and a day.

/** Subordinators that open a condition: the closed class "if", "unless", "should", "where", "when", "in case". */
const CONDITION = String.raw`(?:if|unless|should|where|when|in\s+case)`;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)`;
// (a full stop inside a time, "7.30pm", does not end the sentence)
const SAME_SENTENCE = String.raw`(?:[^.]|\.(?=\d))`;

/** The words after a day: a condition on it, then "otherwise" and a second day, in one sentence (a bracket's ";" too). */
const HELD_BEFORE_OTHERWISE = new RegExp(
  String.raw`^${SAME_SENTENCE}{0,60}?\b${CONDITION}\b${SAME_SENTENCE}{0,100}?[,;)]?\s*otherwise\s*,?\s+(?:on\s+)?(?:the\s+)?${WEEKDAY}?\d`,
  'i',
);

/** "… otherwise (on) (the)": the words straight before the second day of such a choice. */
export const OTHERWISE_BEFORE =
  /\botherwise\s*,?\s+(?:on\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/** Whether the day whose following words are `after` (run on over a wrapped line) is the conditional first choice. */
export function heldBeforeOtherwise(after: string): boolean {
  return HELD_BEFORE_OTHERWISE.test(after);
}
