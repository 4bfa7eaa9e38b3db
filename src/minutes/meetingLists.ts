// Step 8b, dates: how a list of the body's coming meetings is laid out — the line that opens it,
// the lines that carry it on (a date first, a year, a label and then dates), and a label naming
// another body, whose dates are that body's. Used by meetingDates.ts.
import type { OwnBody } from './bodies.js';
import { namesBody } from './bodies.js';
import { NUMBER_WORDS, alternatives } from './lexicon.js';

/**
 * A line that opens a list of the body's coming meetings, however the list is then laid out (on the
 * line, with commas or semicolons, or one date a line under it): "Dates of meetings for 2026/27:",
 * "Date of next ordinary meeting:", "Future Board meetings:", "Forthcoming meetings", "The Panel
 * will meet on:", "Dates and venues for 2028 meetings", "Remaining meetings this civic year:", "Meeting dates
 * for 2028:", "The following dates were agreed for 2028:".
 * A paragraph's number or a bullet before it does not matter.
 */
const COMING = alternatives(['next', 'future', 'forthcoming', 'remaining', 'coming', 'further']);
/** (a qualifier between "meetings" and the colon: "this municipal year", "of the Panel", "in 2028", "during the year") */
const QUALIFIED = String.raw`\s+(?:this|in|of|for|during)\b[^:.;]{1,40}:`;
export const LIST_LEAD = new RegExp(
  [
    // (or a minute's reference in letters and a number, a table row's first cell: "JWC 35   Dates of future meetings   …",
    // "A/10  Dates of …", "LC.41: …")
    String.raw`^(?:[-•]\s+|\(?\d{1,3}[a-z]?[.)]?\s+|[A-Z]{1,5}(?:\s|[/.-])?\d{1,4}(?:\/\d{1,4})?[.:)]?\s+)?(?:`,
    // "Dates of meetings for 2026/27", "Date of next ordinary meeting" — not "Date of meeting:", this one's
    String.raw`(?:the\s+)?(?:dates?|times?|schedule|calendar|programme|timetable)\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?`,
    String.raw`(?:(?:[\w&'’-]+\s+){0,3}?meetings\b|(?:${COMING})\s+(?:[\w&'’-]+\s+){0,3}?meetings?\b)`,
    // "Dates and topics for 2028 meetings", "Timetable for the year's meetings:" — "for" only where the line then ends
    String.raw`|(?:the\s+)?(?:dates?|schedule|calendar|programme|timetable)\s+(?:and\s+\w+\s+)?for\s+(?:the\s+)?(?:[\w&'’/-]+\s+){0,3}?meetings\s*(?:[:(]|$)`,
    // "Future Board meetings:", "Forthcoming meetings", "Future meeting dates:", "Remaining meetings this civic year:" — and
    // what the body calls its sittings, "Future decision sessions:", "Forthcoming sittings:", notes' "Next mtg:" (an informal session's days,
    // "Future training sessions:", are still none: informalSittings.ts)
    String.raw`|(?:the\s+)?(?:${COMING})\s+(?:[\w&'’-]+\s+){0,3}?(?:meetings?|mtgs?|sessions?|sittings?)(?:\s+dates?)?\s*(?:[:(]|for\b|$|${QUALIFIED})`,
    // "Further dates: 8 May, 12 June", "Remaining dates:" — a word of what is to come and "dates" as a line's label, with its
    // colon (not "two further dates for the training"): the dates of the body's sittings, as under "Next meeting:"
    String.raw`|(?:the\s+)?(?:${COMING})\s+dates\s*:`,
    // "The Panel will meet on:"
    String.raw`|[^.]{0,60}\bmeet\s+on(?:\s+the\s+following\s+dates)?\s*:`,
    // "Meeting dates for 2028:", "It was RESOLVED to approve the following meeting dates for 2028:", "Meetings for the rest of
    // the year:" — the dates after the colon
    String.raw`|[^.]{0,80}?\bmeeting\s+dates\b[^:.]{0,40}:|meetings\s+(?:for|in|during)\s+[^:.]{1,40}:`,
    // "The following dates were agreed for the Group in 2028 (all Tuesdays, 6pm):", "That meetings be held on the following
    // dates:" — the dates the sentence announces come after its colon
    String.raw`|[^.]{0,80}?\bthe\s+following\s+(?:meeting\s+)?dates\b[^:.]{0,80}:)`,
  ].join(''),
  'i',
);
/** A line of a list under its lead-in: a date first ("Wednesday 12 May 2027 at 2pm", "- 6 July 2027"). */
// (a weekday whole or shortened, "Wednesday", "Wed", "Thu.", "Thurs", as lists of dates print it)
export const DATE_FIRST =
  /^(?:[-•]\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b/i;
/**
 * "Session 4 - Monday 11 January", "Evidence session 5: 8 February", "Meeting 3 – 08/03/27": a programme of the body's
 * numbered sittings, one a line (or run together by the page's unwrapping), each labelled by its number and dated after a
 * dash or colon. A sitting numbered in a sentence ("session 3 of the course was on …") has no such label.
 */
export const NUMBERED_SITTING = new RegExp(
  String.raw`(?:^|[).;]\s+|\s{2,})(?:[-•]\s+)?(?:(?<word>[A-Z][a-z]+)\s+(?:session|meeting|sitting)|Session|Meeting|Sitting)\s+(?:\d{1,2}|${NUMBER_WORDS.join('|')})\s*[-–—:]\s*(?:the\s+)?$`,
);
/** "2027: 26 January, 9 March", "2027 dates:", "Dates for 2027/28:": a year labelling the rest of a list of dates. */
export const YEAR_LABEL =
  /^(?:(?:dates?\s+(?:for|in)\s+)?20\d\d(?:\s*[/-]\s*(?:20)?\d\d)?(?:\s+(?:meeting\s+)?dates)?)\s*:/i;
/** "Planning Committee: Monday 23rd December", "Planning Committee – 17 January": a body named as the label of the dates after it, in a list. */
// (a qualifier in brackets may stand between the name and its mark: "Planning Committee (if required) – 6 January"; the
// nearest label before the date is the one, a spaced hyphen marking a label as a dash does)
const LABELLED =
  /((?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)(?:\s*\([^()]*\))?(?:\s*:|\s+[–—-]\s)(?:(?!\s-\s)[^:–—])*$/;

/**
 * A row of a list that a label opens — a school term, a quarter, a numbered sitting, a body — set off from its
 * dates by a colon, a dash, dot leaders, a tab, a bar or a run of spaces: "Spring term: Tuesday 11 January",
 * "Spring term 2028 – Tue 11th January", "Q3 2027/28   Tue 11 January 2028   Theme: voids", "Estates Panel ........
 * 11/01/28", "Full Council – 18 January 2028". A label is short and tells nothing: a verb in it ("the fun day is on
 * 2 May") makes the line a sentence, not a row.
 */
const ROW_LABEL =
  /^(?:[-•]\s+)?(?<label>[^\s.:;,–—|][^.:;–—|]{0,60}?)(?:\s*:\s*|\s+[-–—]\s+|\s*\.{3,}\s*|\s{2,}|\t\s*|\s*\|\s*)(?=\S)/;
/** Verbs and auxiliaries (a closed class) that make a label a clause. */
const CLAUSE_WORDS = /\b(?:will|would|shall|was|were|is|are|has|had|have|be|been|meet|meets|met|held|agreed|noted)\b/i;

/** The label a row of a list opens with, when a date follows it ("Spring term", "Estates Panel"); null for any other line. */
export function rowLabel(line: string): string | null {
  const text = line.trim();
  const row = ROW_LABEL.exec(text);
  const label = row?.groups?.label.trim();
  if (!row || !label || label.split(/\s+/).length > 8 || CLAUSE_WORDS.test(label)) return null;
  return DATE_FIRST.test(text.slice(row[0].length)) ? label : null;
}

/**
 * A list's label naming another body before the date: "Town Council: 12 April and 10 May. Planning Committee: 22 March",
 * "Full Council ........ 18/01/28". A label naming this body, or no body ("Spring term"), leaves the dates this body's.
 */
export function labelledOther(line: string, before: string, own: OwnBody): boolean {
  // (the nearest label with a colon first: a line may carry several, "Town Council: 12 April. Planning Committee: 22 March")
  const label = (LABELLED.exec(before)?.[1] ?? rowLabel(line) ?? undefined)
    ?.trim()
    .replace(/^(?:[A-Z]{2,}\s+)+(?=[A-Z][a-z])/, ''); // a heading in capitals run into the label: "DATES OF MEETINGS Town Council"
  if (label && namedMeeting(label, own)) return true;
  return !!label && namesBody(label) && !own.is(label) && !own.is(label.replace(/^(?:full|the)\s+/i, ''));
}

/**
 * "Annual Parish Meeting", "Annual Members' Meeting", "Annual Town Meeting": a meeting with a name of its own — a word
 * between "Annual" (or "Special", "Extraordinary") and "Meeting" that says whose it is — is the meeting of those it
 * names (a parish's electors, a trust's members), not a sitting of this body, as the same name in a sentence is
 * (ownMeetings.ts). "Annual General Meeting", "Special Meeting" name no one; "Annual Council Meeting" in a council's
 * minutes names this body.
 */
const NAMED_MEETING = /^(?:the\s+)?(?:Annual|Special|Extraordinary)\s+(?<name>(?:[A-Z][\w&'’-]*\s+){1,3})Meeting$/i;
const KIND_OF_SITTING = /\b(?:general|ordinary|public|full|open|statutory|budget)\b/gi;

/** A list's label that is a meeting with a name of its own, not this body's (NAMED_MEETING). */
function namedMeeting(label: string, own: OwnBody): boolean {
  const name = NAMED_MEETING.exec(label)?.groups?.name.replace(KIND_OF_SITTING, '').trim();
  return !!name && !own.is(name) && !own.is(name.replace(/['’]s?$/, ''));
}

/**
 * "Next meeting: Tuesday 2 February 2028, 5.30pm", "… Future meetings: Friday 5 March, 11 June": a line that only gives the
 * body's coming meetings (a lead, a colon, then a date first) is its calendar, read by meetingDates.ts — never an item, even
 * where a table's cell ran into it or a marker line above it took it for a decision.
 */
export function announcesMeetings(text: string): boolean {
  const lead = /(?:^|\s)(?:(?:the\s+)?date\s+of\s+(?:the\s+)?)?(?:next|future|forthcoming)\s+meetings?\s*:\s*/i.exec(
    text,
  );
  return !!lead && DATE_FIRST.test(text.slice(lead.index + lead[0].length));
}
