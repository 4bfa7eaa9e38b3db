// A due that names a deadline without its day: "Clerk to submit by the closing date.", "… before the closing date",
// "will send the plan by the deadline." The clerk printed the day once, earlier in the same minute — "a consultation
// closing 18th December", "closes on 27th November", "must be sent to the regulator by 1 December" — and the errand
// points back to it. Read the last such day before the item, when it is still to come.
import { findDates, firstAfter, statedIso } from './dateText.js';

/** "by the closing date", "before its deadline", "ahead of the cut-off": a deadline named by its noun alone. */
const THE_DEADLINE =
  /\b(?:by|before|ahead\s+of|in\s+time\s+for)\s+(?:the|its|their|that)\s+(?:closing\s+date|deadline|cut-?off(?:\s+date)?)\b(?<rest>[^.;]{0,40})/i;

/**
 * The words that make the date after them a deadline: "closing 18th December", "closes on", "ends on", "a deadline of",
 * "the closing date is", "responses due by", "must be sent to the CQC by", "has to be returned by".
 */
const DEADLINE_WORDS =
  /\b(?:clos(?:ing|es)(?:\s+date)?|ends|deadline|cut-?off(?:\s+date)?|due|(?:must|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\s+be\s+[a-z]+(?:ed|en|nt)\b[^.;]{0,40}?\s+by)\s+(?:(?:is|was|of|on|by)\s+)?(?:the\s+)?(?:\w+day,?\s+)?$/i;

/** The day the minute gave, before the item, to the deadline the item names by its noun — when it is still to come. */
export function deadlineNamedBefore(itemText: string, minuteText: string, meeting: string | null): string | null {
  const named = THE_DEADLINE.exec(itemText);
  // (a day of its own after the noun — "by the closing date of 31 March" — is read where the due is read)
  if (!named || findDates(named.groups?.rest ?? '').length > 0) return null;
  const itemAt = minuteText.toLowerCase().indexOf(itemText.trim().slice(0, 30).toLowerCase());
  const before = itemAt >= 0 ? minuteText.slice(0, itemAt) : minuteText;
  const deadline = findDates(before)
    .filter((d) => DEADLINE_WORDS.test(before.slice(Math.max(0, d.index - 80), d.index)))
    .pop();
  const day = deadline ? (statedIso(deadline) ?? (meeting ? firstAfter(deadline, meeting) : null)) : null;
  return day && (!meeting || day > meeting) ? day : null;
}
