// Step 8, dates: this meeting's own date — from its heading ("Minutes of … held on …", "At a Meeting of
// … held …"), a masthead line that is the date, a field ("Date:", "Date of decision:"), the Subject of
// an email that sends the notes — in any of the forms dateText.ts reads.
import { emailHeader } from './emailNotes.js';
import { findDates, statedIso, type DateMention } from './dateText.js';

const HEADING_LINES = [
  /^(?:minutes?|notes?|record)\s+(?:\([^()]{1,40}\)\s+)?of\s+(?:(?:a|an|the)\b|(?:[\w&'’-]+\s+){0,8}?(?:meeting|held)\b)/i, // "Minutes of a meeting of … held at the Civic Offices on Tuesday, 9 March 2027", "MINUTE of MEETING of …"
  /^(?:at\s+)?(?:a\s+)?meeting\s+(?:of\b.*\b)?held\b/i, // "At a Meeting of … held in … on Tuesday, 17 June 2025
  // (and with the part of the papers in brackets after the word: "MINUTES (PART A - PUBLIC) of the meeting … held on …")
  // (a licensing sub-committee's notice: "Date of hearing: Monday 8 May 2028", "Hearing date: …")
  /^(?:meeting|made at meeting|decided at meeting|date of (?:the )?(?:meeting|hearing)|(?:meeting|hearing) date|date of decision|date)\s*:\s*/i,
  // (a masthead's field naming when it sat: "When: Thursday 14 October", "Date and time: …", "Held: …", "Held on: …",
  // "Minutes of meeting: …")
  /^(?:when|held(?:\s+on)?|date\s+(?:and|&)\s+time|minutes\s+of\s+(?:the\s+)?meeting)\s*:\s*/i,
  // (a committee page's title, "Minutes of Harbour Panel, Tuesday, 9th November, 2027 6.00 pm - Hartwell Council",
  // "Meeting of Harbour Panel, Tuesday 9 November 2027": the body's name, a comma, then the weekday of its sitting)
  // (and a decisions page's, "Decisions - Harbour Panel, Tuesday, 9th November, 2027 6.00 pm": the kind of record, a
  // dash, then the body and the weekday of its sitting, as "Minutes - Harbour Panel, Tuesday …")
  /^(?:(?:minutes?|meeting)\s+of|(?:minutes|decisions)\s*[-–—])\s+(?:the\s+)?[A-Z][^,.]{2,100}?,\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
];
/** "Minutes – Wednesday, 19th November 2025", "Minutes · Thursday 11 September 2025": the word, a separator, the date. */
const MINUTES_DASH_DATE = /^minutes?\s*[-–—:·|]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d/i;
/** A line that is a date and little else ("Tuesday, 14 January 2025 at 7.00 pm", "10.00am 5 September 2025"), as a page's masthead prints the sitting. */
const DATE_LINE =
  /^(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}\b(?:[\s,]+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\b.*)?$/i;
const MASTHEAD_LINES = 15;
/** A weekday as typed in a hurry: "Mon", "Tues", "Weds", "Thur", "Sat." (a full stop may close it). */
const SHORT_WEEKDAY = String.raw`(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?`;
/** "Special meeting, Thursday 4 March 2027, 2pm, Main Hall", "Annual meeting of the Board, 14 May 2027": a title naming the meeting, then its date after a comma or dash. */
const MEETING_COMMA_DATE = new RegExp(
  String.raw`^(?:[A-Z][\w-]*\s+){0,2}meeting\b(?:\s+of\s+[^,–—]{1,80}?)?\s*[,–—-]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}\b`,
  'i',
);
/**
 * "Harbour Investment Committee, Tuesday, 17th November, 2026 10.00 am": a masthead line that is the body's name, a
 * comma, then the weekday and day of its sitting (a committee page's title without "Minutes of"), and nothing after but
 * the time it began.
 */
const BODY_COMMA_DATE =
  /^[A-Z][^.,:;]{2,100}?,\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}(?:[\s,]+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?\s*$/i;
const BODY_DASH_DATE = /^[^.]{3,160}?\s[-–]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d/i; // "Cabinet - Tuesday, 14th March, 2028 7.00 pm"
/**
 * Informal notes' masthead: the kind of record, a dash, then the day with its weekday shortened as typed — "Action notes –
 * Weds 14 Oct 2027, 4pm, Room 2", "Notes - Tues 9 Nov 2027, 7.30pm, hall" (the body's name may stand before the kind).
 * Only after a word naming the record: a dash and a shortened day inside a list ("KM - Sat 20 Mar …") is an errand's.
 */
const NOTES_DASH_SHORT_DATE = new RegExp(
  String.raw`^(?:[^.]{0,120}?\s)?(?:notes|action\s+notes|actions|record)\s+[-–—]\s+${SHORT_WEEKDAY},?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{4}\b`,
  'i',
);
/**
 * "Meeting minutes - Rivers Liaison Group - 8 June 2027": a title calling itself minutes, whose last part after a dash is
 * the date — and the time the sitting began may close it ("Notes and decisions – Friday 3 March 2028, 10.30 am").
 */
const MINUTES_TITLE_DATE =
  /\bminutes?\b.*\s[-–—]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\s*(?:a\.?m\.?|p\.?m\.?)))?\s*$/i;
/**
 * A heading a text converter ran into the same line as what came before ("… WARNING … MINUTES OF
 * THE BOARD MEETING held at … on 10th September 2004 PRESENT …"): "minutes of … held", not
 * after a determiner ("the minutes of the meeting held on …" approves earlier minutes).
 */
const RUN_IN_HEADING =
  /(?<!\b(?:the|these|those|its|their|previous|last)\s+)\bminutes\s+of\s+(?:the|a|an)\s+[^.]{0,160}?\bheld\b[^.]{0,160}/i;
const DATE_DASH = /^\d{1,2}\/\d{1,2}\/\d{4}\s+[-–]\s/; // a decisions list: "03/06/2025 - TITLE"

/** A line printed in two languages with a slash between ("Nos Fercher 15 Hydref 2025 / Wednesday 15 October 2025"): the whole line, then each half. */
// (a field whose label and value are both printed twice, "Dyddiad / Date: Dydd Iau, 11 Tachwedd 2027 / Thursday, 11
// November 2027": each label with its own language's value, "Dyddiad: Dydd Iau, …" and "Date: Thursday, …")
export function inEachLanguage(line: string): string[] {
  const halves = line.split(/\s+\/\s+/);
  if (halves.length === 2) return [line, ...halves.map((h) => h.trim())];
  const field = /^(?<label>[^:]{1,40}?):\s*(?<value>.+)$/.exec(halves[1] ?? '')?.groups;
  if (halves.length === 3 && field && !halves[0].includes(':') && halves[0].trim().split(/\s+/).length <= 5)
    return [line, `${halves[0].trim()}: ${field.value.trim()}`, `${field.label.trim()}: ${halves[2].trim()}`];
  return [line];
}

/** "… agreed as accurate", "… were approved", "… be confirmed": a line naming earlier minutes and then approving them. */
const APPROVED_AFTER =
  /\d{4}\b[^.;]{0,40}?\b(?:agreed|approved|confirmed|accepted|adopted|signed)\b|\b(?:were|was|be|been|are)\s+(?:\w+\s+)?(?:agreed|approved|confirmed|accepted|adopted|signed|received)\b/i;

/** The text with its bracketed asides blanked (same length, so a date found keeps its place). */
function outsideBrackets(text: string): string {
  return text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
}

/** The first numbered item's heading ("1. Apologies", "AG.41 APOLOGIES"): the masthead ends there. */
/** "Minutes of the meeting held on …", "Minutes of the last meeting held …": minutes named by no body, an item's title. */
const EARLIER_MINUTES = /^minutes\s+of\s+the\s+(?:(?:last|previous|preceding)\s+)?meeting\s+(?:held\s+)?on\b/i;
const FIRST_ITEM = /^\s*(?:\d{1,3}[./)]?|[A-Z]{1,4}\s?\d{1,3}\/\d{2})\s+[A-Z]/;

export function findMeetingDate(text: string[]): string | null {
  // (notes sent as an email: the Subject names the meeting; the Sent or Date line is only when the email went)
  const email = emailHeader(text);
  if (email?.meeting) return email.meeting;
  const lines = email ? text.map((l, k) => (email.lines.includes(k) ? '' : l)) : text;
  const mastheadEnd = lines.findIndex((line) => FIRST_ITEM.test(line));
  // ("Session 4 - Monday 11 January 2027" in a programme under the items: a name, a dash and a date there is a line of a
  // list or a running header, behind the masthead's own date line)
  let listed: string | null = null;
  for (const [k, line] of lines.entries()) {
    for (const text of inEachLanguage(
      line
        .replace(/^- /, '')
        .replace(/^#{1,6}\s+/, '')
        // (a field set in a table's cells, "| Date | 14 October 2027 |", as "Date: 14 October 2027")
        .replace(/^\|\s*([^|]{1,30}?)\s*\|\s*/, '$1: ')
        .trim(),
    )) {
      const titled =
        HEADING_LINES.some((re) => re.test(text)) ||
        MINUTES_TITLE_DATE.test(text) ||
        MINUTES_DASH_DATE.test(text) ||
        DATE_DASH.test(text);
      const bodyDash = (BODY_DASH_DATE.test(text) && !/\bminutes?\b/i.test(text)) || NOTES_DASH_SHORT_DATE.test(text);
      // (an item's title naming no body, "Minutes of the meeting held on 2 March 2028", after the masthead has printed its
      // own date line — a web page's agenda, "Cabinet" / "Tuesday, 14th March, 2028 7.00 pm" / … — names the earlier
      // minutes the item approves, as "33. Minutes of …" on a numbered line does)
      if (
        titled &&
        EARLIER_MINUTES.test(text) &&
        lines.slice(0, Math.min(k, MASTHEAD_LINES)).some((l) => DATE_LINE.test(l.trim()))
      )
        continue;
      if (!titled && bodyDash && mastheadEnd >= 0 && k > mastheadEnd) {
        const dated = findDates(text).find((d) => d.year !== null);
        listed ??= dated ? statedIso(dated) : null;
        continue;
      }
      if (!titled && !bodyDash) continue;
      // A heading broken over lines ("… Overview and Scrutiny" / "Committee held on Monday 13 January 2025")
      const around = [text, ...lines.slice(k + 1, k + 3).map((l) => l.trim())].join(' ');
      // ("Notes of the meeting of 16 May agreed as accurate": the last minutes approved under an item, not this heading)
      // (the line alone: the line under a masthead's heading may be a sentence about earlier minutes)
      if (APPROVED_AFTER.test(text.slice(0, text.search(/[.;](?:\s|$)|$/)))) continue;
      // (an aside in brackets is not when this meeting sat: "Minutes of the first meeting (after the elections held on 1
      // May 2028), held on 15 May 2028")
      // ("Minutes of the opening meeting of the Council after it was formed on 1 April 2027, held at the Library on
      // Thursday 22 April 2027": "held" governs the sitting's day; a day before it belongs to a phrase of the title)
      const held = heldOn(findDates(outsideBrackets(text)).some((d) => d.year !== null) ? text : around);
      if (held) return statedIso(held);
      const first =
        findDates(outsideBrackets(text)).find((d) => d.year !== null) ??
        (/\bheld\b|\bmeeting\b/i.test(around)
          ? (findDates(outsideBrackets(around)).find((d) => d.year !== null) ??
            findDates(around).find((d) => d.year !== null))
          : undefined);
      if (first) return statedIso(first);
    }
  }
  // No "held on" heading: the masthead's own date line, before the first numbered item.
  for (const line of lines.slice(0, MASTHEAD_LINES)) {
    // ("Extraordinary meeting, Monday 1 December 2025, 4pm": the kind of sitting, then its date line)
    const date = inEachLanguage(line.trim().replace(/^(?:[A-Z][a-z]+\s+){0,2}meeting\s*[,:–—-]\s*/i, ''))
      .filter((half) => DATE_LINE.test(half) || MEETING_COMMA_DATE.test(half) || BODY_COMMA_DATE.test(half))
      .flatMap((half) => findDates(half))
      .find((d) => d.year);
    if (date?.year) return statedIso(date);
    const fields =
      datedFieldsLine(line) ??
      (NAME_MINUTES_DATE.test(line.trim()) ? findDates(line)[0] : undefined) ??
      heldLine(line.trim());
    if (fields) return statedIso(fields);
    if (FIRST_ITEM.test(line)) break;
  }
  // Last, a heading run into its line by a text converter.
  for (const line of lines.slice(0, MASTHEAD_LINES)) {
    const runIn = RUN_IN_HEADING.exec(line);
    const date = runIn ? findDates(runIn[0]).find((d) => d.year !== null) : undefined;
    if (date) return statedIso(date);
  }
  return listed;
}

/** The first dated day after "held", when the line names another day before "held" (else the usual first day). */
function heldOn(text: string): DateMention | undefined {
  const at = /\bheld\b/i.exec(text);
  if (!at) return undefined;
  const dates = findDates(outsideBrackets(text)).filter((d) => d.year !== null);
  if (!dates.some((d) => d.index < at.index)) return undefined;
  return dates.find((d) => d.index > at.index);
}

/**
 * "📅 Oct 14, 2027 · 6:00 PM · Room 1", "Thursday, October 14, 2027 | 6pm | Library", "• 14 October 2027 · 18:00": a masthead
 * line that is the date in any order of day and month, a symbol or bullet before it, then the time and place as fields
 * after a separator. A line that runs on after the date as a sentence ("14 October was the deadline") is not one.
 */
function datedFieldsLine(line: string): DateMention | undefined {
  const text = line.replace(/^[^\p{L}\p{N}]+/u, '');
  const first = findDates(text)[0];
  if (!first || first.index !== 0 || first.year === null) return undefined;
  // (the time straight after the date is a field too: "14/10/2027 18:00", "14 October 2027 6pm")
  return /^\s*(?:$|[,·|•–—-]|at\s+\d|\d{1,2}[.:]\d{2}\b|\d{1,2}\s*(?:a\.?m|p\.?m)\b)/i.test(text.slice(first.end))
    ? first
    : undefined;
}

/**
 * "Held on Monday 30 November 2026, Council Chamber, 6.00 pm", "Held at the Civic Offices on …": a masthead line of its
 * own telling when the body sat, set apart from the title ("MINUTES OF THE AUDIT PANEL") by the authority's name or a
 * blank line, so the title's next lines never reach it. Not a matter "held over".
 */
function heldLine(line: string): DateMention | undefined {
  if (!/^held\b(?!\s+over\b)/i.test(line)) return undefined;
  return findDates(outsideBrackets(line)).find((d) => d.year !== null);
}

/** "Estates Panel minutes 14th October 2027": the body's name, the word, then the date, ending the masthead's line. */
const NAME_MINUTES_DATE =
  /^[A-Z][^.:]{2,80}?\s(?:minutes|notes)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}\s*$/i;
