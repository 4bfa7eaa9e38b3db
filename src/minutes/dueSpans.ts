// Step 7b: a due stated as a span from this meeting — "within six months", "in 12 months' time", "in 6- and 12-months'
// time", "a further report in six months", "deferred for three months" — except a span that belongs to someone else
// (an appeal's period, what a notice requires of another) or runs from an event still to come.
import type { StatedDue } from '../domain/importPlan.js';
import { NUMBER_WORDS } from './lexicon.js';

/** "deferred for three months", "put back for six weeks": a span the matter waits. */
const DEFERRED_FOR = new RegExp(
  `\\b(?:defer\\w*|put back|postpon\\w*)\\b[^.;]{0,40}?\\bfor\\s+(?:a\\s+(?:further\\s+)?(?:period\\s+of\\s+)?)?(\\d{1,3}|${NUMBER_WORDS.join('|')})\\s+(day|week|month|year)s?\\b`,
  'i',
);
/** "in six months' time" */
/** "in 6- and 12-months' time", "in three and six months": two periods sharing one unit, one report at each. */
export const TWO_PERIODS = new RegExp(
  `\\b(?:in|within|after)\\s+(\\d{1,3}|${NUMBER_WORDS.join('|')})-?\\s+and\\s+(\\d{1,3}|${NUMBER_WORDS.join('|')})-?\\s*(day|week|month|year)s?['’]?(?:\\s+time)?\\b`,
  'i',
);
const IN_TIME = new RegExp(
  `\\bin\\s+(\\d{1,3}|an?|${NUMBER_WORDS.join('|')})\\s+(day|week|month|year)s?['’]?\\s+time\\b`,
  'i',
);
/** "a further report in six months", "review the scheme in 12 months" — not "risen by 40% in two years". */
const IN_PERIOD = new RegExp(
  `\\b(?:review\\w*|report\\w*|return\\w*|revisit\\w*|back|update\\w*|reconsider\\w*|evaluat\\w*|assess\\w*|monitor\\w*|again)\\b[^.;]{0,60}?\\bin\\s+(\\d{1,3}|an?|${NUMBER_WORDS.join('|')})\\s+(day|week|month|year)s?\\b(?!\\s+(?:ago|earlier|before)\\b)`,
  'i',
);
/** "within five working days": a working day counts as a day. */
const WITHIN = new RegExp(
  `\\bwithin\\s+(?:the\\s+next\\s+)?(\\d{1,3}|an?|${NUMBER_WORDS.join('|')})\\s+(?:working\\s+|calendar\\s+|clear\\s+)?(day|week|month|year)s?\\b`,
  'gi',
);
/**
 * "a notice requiring the use to cease within three months", "that requires the owner to remove it within 28 days": the span
 * belongs to the verb of the one required, another party's period to comply — not the item's.
 */
const REQUIRED_OF_OTHERS = /\b(?:requiring|requires?)\s+(?!by\b)[^.;,]{1,60}?\bto\s+[^.;,]{0,60}$/i;
/** "a right of appeal … within 21 days": a period the parties have, not the one the item is due in. */
const APPEAL = /\bappeal\b[^.;]{0,80}$/i;

/** "within a fortnight", "over the next fortnight", "in a fortnight's time" — not "fortnightly", a frequency. */
const FORTNIGHT =
  /\b(?:within|over|during|in)\s+(?:a|the\s+next|the\s+coming)\s+fortnight\b(?!ly)(?!\s+(?:ago|earlier|before)\b)/i;

/**
 * "within 14 days of this decision", "within six weeks of the date of this meeting", "within a month from today": a span
 * counted from this sitting or what it decided is a span from this meeting, however it is anchored. The words that
 * point at the sitting itself are a closed few (this meeting, decision, resolution, notice, hearing; today) — a span
 * from any other event ("within a month of the scheme starting") still runs from a day to come and is not read.
 */
const FROM_THIS_SITTING =
  /^\s+(?:of|after|following|from)\s+(?:(?:the\s+)?date\s+of\s+)?(?:this|today['’]s)\s+(?:meeting|decision|resolution|notice|hearing|determination)\b|^\s+(?:of|from)\s+today\b/i;

/** The span the item is due in, as the words state it, or null. */
export function spanDue(text: string): StatedDue | null {
  const two = TWO_PERIODS.exec(text);
  const spans = [...text.matchAll(WITHIN)].filter(
    (m) => !APPEAL.test(text.slice(0, m.index)) && !REQUIRED_OF_OTHERS.test(text.slice(0, m.index)),
  );
  const after = (m: RegExpMatchArray) => text.slice(m.index! + m[0].length);
  const within: readonly string[] | null =
    (two ? [two[0], two[1], two[3]] : null) ??
    // ("… a count of repeat calls within 7 days, within three weeks of this meeting": the span anchored to this sitting
    // is the item's; an earlier bare span may be part of what is asked for)
    spans.find((m) => FROM_THIS_SITTING.test(after(m))) ??
    // ("within a week of it becoming known": a span from an event to come, not from this meeting)
    spans.find((m) => !/^\s+(?:of|after|following|from)\b/i.test(after(m))) ??
    IN_TIME.exec(text) ??
    IN_PERIOD.exec(text);
  if (within) {
    const amount = /\d/.test(within[1])
      ? Number(within[1])
      : /^an?$/i.test(within[1])
        ? 1
        : NUMBER_WORDS.indexOf(within[1].toLowerCase() as (typeof NUMBER_WORDS)[number]) + 1;
    const unit = `${within[2].toLowerCase()}s` as 'days' | 'weeks' | 'months' | 'years';
    // One year is written as the twelve months minutes more often say; longer spans keep their years.
    return amount === 1 && unit === 'years'
      ? { kind: 'within', amount: 12, unit: 'months' }
      : { kind: 'within', amount, unit };
  }
  // "within a fortnight", "over the next fortnight", "in a fortnight's time": two weeks, as English counts them
  if (FORTNIGHT.test(text)) return { kind: 'within', amount: 2, unit: 'weeks' };
  // "deferred for three months": put back for a span is due when the span ends
  const putBackFor = DEFERRED_FOR.exec(text);
  if (putBackFor) {
    const amount = /\d/.test(putBackFor[1])
      ? Number(putBackFor[1])
      : NUMBER_WORDS.indexOf(putBackFor[1].toLowerCase() as (typeof NUMBER_WORDS)[number]) + 1;
    return { kind: 'within', amount, unit: `${putBackFor[2].toLowerCase()}s` as 'days' | 'weeks' | 'months' | 'years' };
  }
  return null;
}
