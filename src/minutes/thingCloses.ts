// Step 7c: a closing day told of the thing the item works on — "prepare a bid to the fund, which closes on 29 January",
// "carry out the consultation, which is to close on 20 November", "consult the parishes on the draft, the consultation
// to end on 29 January", "prepare the bid (deadline 30 November)", "submit an application to the winter round (closing
// 15 January)". The day hangs on a noun phrase after the instruction's verb — what the work is for — and the work is
// due before that thing shuts: it is the item's deadline. Decided by where the clause stands, not by the noun: the
// closing clause must close the sentence (a relative clause on the subject, "the lease, which ends on 31 March, be
// renewed", is followed by the main verb; "…, which expires on 31 March, and report to the January meeting" sends the
// work on to a meeting), and the verb must be one of ending, still to come (a thing that starts or opened, "the scheme,
// which starts on 1 April", tells when something else happens). A line that reports work done ("has set up the survey
// (closes 30 November)") sets nothing due.
import type { DateMention } from './dateText.js';

/** The verbs of a thing coming to its end, in the forms a relative or an absolute clause gives them. */
const ENDING = String.raw`(?:close|closes|closing|end|ends|ending|expire|expires|expiring|shut|shuts|shutting)`;
/** "on" and a weekday that may stand between the verb and the day. */
const ON_DAY = String.raw`(?:on\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;

/** ", which closes on", "which is to close on", "which is due to end on", "which will close on": a relative clause. */
const RELATIVE = new RegExp(
  String.raw`(?:,\s*|\s)which\s+(?:is\s+(?:due\s+)?to\s+|will\s+|is\s+)?${ENDING}\s+${ON_DAY}$`,
  'i',
);
/** ", the consultation to close on", ", the comment period ending on", ", closing on": an absolute clause after a comma. */
const ABSOLUTE = new RegExp(
  String.raw`,\s*(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){1,2}?)?(?:to\s+(?:close|end|expire)|closing|ending|expiring)\s+${ON_DAY}$`,
  'i',
);
/** "(deadline 30 November)", "(deadline for copy 30 Nov)", "(closing 15 January)", "(closing date: 4 May)": in brackets. */
const BRACKETED = new RegExp(
  String.raw`\(\s*(?:deadline(?:\s+(?:for|of)\s+(?:[\w'’-]+\s+){1,2}?)?|closing(?:\s+date)?|closes|ends)\s*(?:is\s+|:\s*)?${ON_DAY}$`,
  'i',
);
/** What may follow the day and still close the sentence: a year the mention left out, a bracket, the stop. */
const CLOSES_SENTENCE = /^\s*(?:20\d\d)?\s*\)?\s*[.;]?\s*$/;
/** Work reported done, or a past event: "has set up", "was launched", "had been sent". */
const REPORTED_DONE = /\b(?:has|have|had|was|were)\s+(?:been\s+)?[a-z]+(?:ed|en|t|up)\b/i;

/** Whether the day `mention` stands in is the closing day of the thing the item's work is for. */
export function closingOfWorkedThing(text: string, mention: DateMention): boolean {
  const before = text.slice(Math.max(0, mention.index - 160), mention.index);
  if (!CLOSES_SENTENCE.test(text.slice(mention.end))) return false;
  const told = RELATIVE.exec(before) ?? ABSOLUTE.exec(before) ?? BRACKETED.exec(before);
  if (!told) return false;
  // (the sentence the clause hangs on, up to the clause: no report of work done)
  const sentence =
    before
      .slice(0, told.index)
      .split(/[.!?]\s+(?=[A-Z])/)
      .pop() ?? '';
  return !REPORTED_DONE.test(sentence);
}
