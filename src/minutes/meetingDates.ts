// Step 8: the committee's future meetings — a "Dates of meetings" minute, "Date of next
// meeting", "the next meeting … on 18 March 2020" (this meeting's own date is read in
// meetingDate.ts). A year left out is the first such day after the meeting; a date before the
// meeting is never a next meeting.
import type { Minute } from './types.js';
export { findMeetingDate } from './meetingDate.js';
import type { OwnBody } from './bodies.js';
import { whoseMeeting } from './ownMeetings.js';
import { isReportSection } from './headings.js';
import { DATE_FIRST, LIST_LEAD, NUMBERED_SITTING, YEAR_LABEL, labelledOther, rowLabel } from './meetingLists.js';
import { namesBody } from './bodies.js';
import { gridAt } from './meetingGrid.js';
import { inEachLanguage } from './meetingDate.js';
import { programmeMeetings } from './programmeMeetings.js';
import { programmeDays } from './programmeDays.js';
import { informalSittingAt } from './informalSittings.js';
import { leftDate } from './leftDates.js';
import { attendedSitting } from './attendedSitting.js';
import { inLeadYear, leadYear } from './leadYear.js';
import { labelledAfter } from './othersDay.js';
import { wrappedAfter, wrappedBefore } from './wrappedSentence.js';
import { OTHERWISE_BEFORE, heldBeforeOtherwise } from './otherwiseDay.js';
import { sittingAfter } from './sittingAfter.js';
import { PAPER_NOUNS } from './lexiconNouns.js';
import { findDates, firstAfter, iso, isRealDay, statedIso, weekdayOf, type DateMention } from './dateText.js';

const DATES_MINUTE =
  /\bdates?\s+of\s+(?:the\s+)?(?:next|future|forthcoming)?\s*(?:(?:ordinary|scheduled|formal|public|regular)\s+)?meetings?\b|\bschedule of meetings\b|\bmeeting dates\b|\b(?:calendar|programme|timetable) of meetings\b|\bnext (?:(?:ordinary|scheduled|formal|public|regular)\s+)?meeting\b|\bmeetings?\s+(?:(?:schedule|calendar|programme|timetable)\s+)?(?:for\s+)?20\d\d\b|\bmeetings?\s+(?:schedule|calendar|timetable)\b|\bdates?\s+of\s+(?:the\s+)?next\s+(?:[\w&'’-]+\s+){1,2}?(?:meeting|session|sitting)s?\b|^dates\s+(?:for|in)\s+20\d\d(?:\s*[/-]\s*(?:20)?\d\d)?$/i;
// (also "Council meetings 2028", "Meetings schedule 2028/29", "Meeting calendar": a title naming the meetings and a year;
// and a minute titled by a year's dates alone, "Dates for 2028", "Dates for 2028/29": the list's year label, YEAR_LABEL, as
// a minute's title)
// (and "Date of next decision session", "Date of the next Panel meeting": a word or two saying what kind of sitting, or
// whose — another body's name there makes the date that body's, ownNext below)
/** "Items for next meeting", "Matters to the next meeting": a title about the next meeting's business, not its date. */
const BUSINESS_FOR_NEXT = /\b(?:for|to)\s+(?:the\s+)?next\s+meeting\b/i;
const NEXT_LINE =
  /^(?:the\s+)?(?:date|time|dates)\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?next\s+(?:[\w&'’-]+\s+){0,2}?(?:meeting|session|sitting)s?\b|^next (?:meeting|mtg)\b|^(?:future|forthcoming)\s+meeting\s+dates?\b|^dates?\s+of\s+(?:future|forthcoming)\s+meetings?\b/i;
const PROVISIONAL = /\b(?:special|provisional|if required|reserve|extraordinary)\b/i;
/**
 * A date held only in case ("provisional", "if required", "reserve"): no sitting yet. An extraordinary or special meeting
 * set for a day ("to an extraordinary meeting on 27 January") has been called, and is one — though a list's heading
 * "Special meetings (if needed):" still marks the dates under it as held in case.
 */
const HELD_IF_NEEDED = /\b(?:provisional|provisionally|if required|if needed|if necessary|reserve)\b/i;
/**
 * A web page's or a form's label alone on its line ("Minutes:", "Decision:", "Notes:"): it stands between a heading and
 * the paragraph the heading introduces, and is not that paragraph.
 */
const FIELD_LABEL = /^[A-Z][a-z]+(?:\s+[a-z]+)?:$/;
/**
 * A label alone on its line, a few words and a colon, naming a minute's other business (a closed few words): "Actions
 * arising:", "Action points:", "Matters for the next agenda:" — not "Spring term:" or "Summer 2028:", a list's own label.
 */
const OTHER_LABEL =
  /^(?=[^:]*\b(?:actions?|tasks?|matters|items|business|points|follow[- ]ups?)\b)[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}:$/i;
/** "The meeting closed at 9.12pm", "… the meeting ended at 9pm", "The Chair closed the meeting at 8.15pm". */
const CLOSED =
  /\b(?:the\s+)?meeting\s+(?:closed|ended|finished|concluded|terminated)\s+at\b|\bclosed\s+the\s+meeting\s+at\b/i;

/**
 * What may stand between two dates that share one verb ("will be held on 11 January, 8 February and 14 March", "on
 * Tue 11th Jan and Tue 25th Jan, then Tue 8th Feb", "on 11 January, followed by 7 March"): a comma, "and", "&", or a
 * word of sequence (a closed few: "then", "thereafter", "after that", "followed by"), with a time or a bracket after
 * the first, or both in either order ("Monday 10 January at 7pm (budget), then Monday 13 March"). Anything else — a body, a verb, "if required" — gives the second date a reading of its own.
 */
const SEQUENCE = String.raw`(?:and\s+)?(?:then|thereafter|after\s+that|afterwards|followed\s+by)\s+`;
// (a time with or without "am"/"pm", "7pm", "7.30pm", and the 24-hour clock's "10:00", "18.30", which needs its minutes)
const CLOCK = String.raw`(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[.:]\d{2}(?:\s*hrs)?)`;
/** "Then", "(Then Weds", "After that, on the": a word of sequence opening a sentence or a bracket, straight before its day. */
const SEQUENCE_OPENS = new RegExp(
  String.raw`^\s*\(?\s*${SEQUENCE.replace(/\\s\+$/, '')},?\s+(?:on\s+)?(?:the\s+)?(?:(?:mon|tues?|wed(?:nes)?s?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?$`,
  'i',
);
// (a day written in figures carries no weekday of its own, "Wednesday 12/01/2028 and Wednesday 08/03/2028": the weekday
// before the later day is one of the words between, as a day in words takes it into its own mention)
const FIGURES_WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const JOINED = new RegExp(
  String.raw`^(?:\s*\([^)]*\))?(?:,?\s*(?:at\s+)?${CLOCK})?(?:\s*\([^)]*\))?\s*(?:[,;]\s*(?:and\s+|${SEQUENCE})?|\s+and\s+|\s*[&•|·]\s*|,?\s+${SEQUENCE})(?:on\s+)?(?:the\s+)?${FIGURES_WEEKDAY}$`,
  'i',
);

/**
 * A document's stamp of when it was printed, published or issued: the participle (a closed few — what a page or a
 * decision notice says of itself) or "date of publication" as the line's label, the date after it — and the page's
 * address may come between ("Printed from www.example.gov.uk/meetings on 20/11/2027").
 */
const DOCUMENT_STAMP =
  /^(?:(?:decisions?|minutes|notice|document|page)\s+)?(?:published|printed|issued|re-?issued|updated|last\s+updated|generated|downloaded)(?:\s+from\s+\S+)?(?:\s+on)?\s*[:\s]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d|^(?:date\s+of\s+(?:publication|issue)|publication\s+date|date\s+(?:published|printed|issued))\s*:/i;

/** A line that opens a new row or point: a bullet, "3." or "(3)", "(b)", or a log's reference ("A/4", "AP-12"). A date or a bare number first is not one. */
// (or a row of a table of three cells or more, set apart by tabs, wide gaps or bars, "WF   Tea for the volunteer day   23 Jan": the
// row above, "…   next mtg", is another task's due, no sentence this row goes on)
const NEW_ROW =
  /^\s*(?:[-•*]\s|\(?\d{1,3}[.)]\s|\(\d{1,3}\)\s|\(?[a-z]{1,2}\)\s|[A-Z]{1,4}[/-]\d{1,3}\b)|\S(?:\t|\s{3,}|\s*\|\s*)\S.*\S(?:\t|\s{3,}|\s*\|\s*)\S/;

/**
 * The words between the next meeting's day and a later day on its line that make the later day a deadline for the
 * sitting's papers, not a sitting: "… at 6pm (papers by 30 Dec)", "… Items for the agenda by 30 December", "; deadline for
 * agenda items …", "| Papers by: …", "– reports due …". Not "followed by", a word of sequence; and not "not later than",
 * which an earlier round reads as qualifying a sitting ("will meet on …, and not later than …", round 12) — unless
 * a paper is what must come no later than the day ("Agenda items to the Clerk no later than …": PAPER_NOUNS and "agenda").
 */
const DEADLINE_BETWEEN = new RegExp(
  String.raw`(?<!\bfollowed\s)\bby\b|\b(?:deadlines?|due|closing\s+date|cut-?off)\b|\b(?:agenda|${PAPER_NOUNS.join('|')})\b[^.;]*\b(?:no|not)\s+later\s+than\b`,
  'i',
);

/**
 * A later day on a line that has given its sitting, the words straight before it (from the date before) setting a
 * deadline: "Next meeting: 11 January, 6pm (papers by 30 Dec)" — the papers' day, no sitting.
 */
function deadlineAfter(line: string, dates: DateMention[], k: number, sat: boolean): boolean {
  return sat && k > 0 && DEADLINE_BETWEEN.test(line.slice(dates[k - 1].end, dates[k].index));
}

/**
 * "AGM:", "Annual General Meeting –", "the AGM": the body's general meeting as the label of a day, after the next
 * meeting on the same line ("Tuesday 11 January, 6pm. AGM: 10 May"). Its initials name a meeting, not another body, as a
 * label's capitals otherwise would (in a bracket too, "… 6pm (AGM: 10 May)"). On a line of its own under the next
 * meeting the labels leave it out (fresh 69 09), and it is left as it was there.
 */
const OWN_AGM_LABEL = /(?:^|[(,]|\b(?:and|then))\s*(?:the\s+)?(?:AGM|annual\s+general\s+meeting)\s*(?:[:–—-]\s*)?$/i;

/**
 * A bracket the line before left open ("… at 7.15pm. (Full Council, Monday" / "7 December.)"): the words a day opening the
 * next line is read with, as if the line had not broken — whose sitting the bracket names, the day is.
 */
function openBracket(previous: string): string {
  return /\([^()]*$/.exec(previous)?.[0].concat(' ') ?? '';
}

/** "the 4 December meeting of the Committee will start at 1.30pm": a day's meeting, and a verb in the future after it. */
const SITTING_TO_COME =
  /^\s*(?:meeting|sitting|session)\b[^.;]{0,60}?\b(?:will|would|shall|is\s+to|are\s+to|is\s+due\s+to)\b/i;

/** A sentence about sittings: in a list's prose, only a date a sentence says is a meeting is one ("will meet fortnightly: …", "The following dates were agreed: …"). */
const SITTING = /\bmeet(?:s|ing|ings)?\b|\bsittings?\b|\bsessions?\b|\bdates\b|\bAGM\b/i;

/**
 * The body's future meetings: a dates-of-meetings minute, "Date of next meeting", and any date the
 * shared rule (ownMeetings.ts) reads as a sitting of this body. A date before the meeting is not one.
 */
export function findNextMeetings(
  minutes: Minute[],
  meeting: string | null,
  own: OwnBody,
  resolveYear: (d: DateMention) => string | null = () => null,
): string[] {
  const found = new Set<string>();
  const accept = (d: DateMention, yearHint: number | null, listYear: number | null = null) => {
    const date = inLeadYear(resolve(d, meeting, yearHint, resolveYear), d, listYear);
    if (date && (!meeting || date > meeting)) found.add(date);
  };
  for (const minute of minutes) {
    if (isReportSection(minute.title)) continue;
    const listing =
      ((DATES_MINUTE.test(minute.title) && !BUSINESS_FOR_NEXT.test(minute.title)) || LIST_LEAD.test(minute.title)) &&
      !othersNext(minute.title, own);
    const yearHint =
      Number(
        /\b(20\d\d)\b/.exec(minute.title)?.[1] ?? /\b(?:during|for|in)\s+(20\d\d)\b/.exec(minute.lines.join(' '))?.[1],
      ) || null;
    // (a work programme's table, "Meeting | Item | Lead", a date heading each meeting's rows)
    for (const d of programmeMeetings(minute.title, minute.lines)) accept(d, yearHint);
    // (a work programme laid out by its meetings' days, "(1) 10 January 2028 – play strategy", "8 March 2028 (budget):")
    for (const d of programmeDays(minute.title, minute.lines, own)) accept(d, yearHint);
    let provisional = false;
    let listYear: number | null = null; // the year the list's lead-in gives its days ("its dates for 2028: …"), leadYear.ts
    let listed = false; // under a lead-in line, until a line that does not open with a date
    let closed = false; // after the line that closes the meeting
    let dated = false; // (a minute headed as the dates of meetings: its first date is one, however the sentence puts it)
    let prose: 'next' | 'here' | null = null; // the paragraph under a lone lead-in, and whether this line is it
    let nextAbove = false; // the line above (blank lines aside) was the next meeting's line, and gave its sitting
    // ("DATES OF FUTURE MEETINGS 29/01/26, 26/03/26 …": the heading ran into its list, which is then read as the list's first line)
    const lines = listing && findDates(minute.title).length > 0 ? [minute.title, ...minute.lines] : minute.lines;
    for (const [at, line] of lines.entries()) {
      for (const d of findDates(line)) {
        const label = NUMBERED_SITTING.exec(line.slice(0, d.index));
        if (label && !(label.groups?.word && namesBody(label.groups.word))) accept(d, yearHint);
      }
      if (/\bto amend\b|\bbe amended\b|\bamended to (?:read|include|insert)\b/i.test(line)) continue; // dates quoted inside an amendment belong to the earlier minute
      // ("March   June   September" / "19   25   24": months over days, a column each)
      const grid = listing || listed ? gridAt(line, lines[at + 1] ?? '') : [];
      // (the lead-in may be printed in two languages, "Dyddiad y cyfarfod nesaf / Date of next meeting:")
      if (!listing) {
        if (prose === 'here') prose = null;
        // ("Dates of future Council meetings" in a committee's minutes opens another body's list, not this one's)
        if (inEachLanguage(line.trim()).some((half) => LIST_LEAD.test(half)) && !othersNext(line, own)) {
          listed = true;
          // (a list printed after the line that closes the meeting is still the body's: "The meeting closed at 9pm." / "DATES OF
          // FUTURE MEETINGS"; only dated lines with no lead-in, a web page's posts, stay unread there)
          closed = false;
          // ("Next meetings" / "The Panel will meet fortnightly: …": a heading alone, the paragraph under it its run of dates)
          prose = findDates(line).length === 0 ? 'next' : null;
        } else if (prose === 'next' && line.trim() !== '' && !FIELD_LABEL.test(line.trim())) prose = 'here';
        else if (listed && line.trim() !== '' && !listLine(line) && !grid.length) listed = false;
        else if (listed && line.trim() === '' && findDates(lines[at - 1] ?? '').length > 0) listed = false;
      }
      // (the line before, over a page break's blank lines: "The Audit Committee will" / "" / "meet on 27 November")
      // (not over a new row: a line that opens with a bullet, a numbered point or a log's reference, "- Map to members by
      // 24 May" / "A/4 Send the map … 24/05/30", starts a sentence of its own, whatever the row above said of next meetings)
      const previous = NEW_ROW.test(line)
        ? ''
        : (lines
            .slice(Math.max(0, at - 4), at)
            .filter((l) => l.trim() !== '')
            .pop()
            ?.trim() ?? '');
      // (an informal day is no sitting; nor a day a meeting was moved from or a meeting called off, leftDates.ts — its
      // sentence read over the line breaks next to it, "The meeting pencilled in for" / "14 December will not be needed.")
      const [above, below] = besideLines(lines, at);
      const noSitting = (d: DateMention) =>
        informalSittingAt(`${previous} ${line.slice(0, d.index)}`, line, d) ||
        leftDate(line, d.index, d.end, above, below);
      // (a web page's posts after "The meeting closed at 9.12pm" are no list of the body's meetings)
      if (CLOSED.test(line)) closed = true;
      // (a label of other business under the dates, "Actions arising:", "Matters for the next agenda:" — one naming no body and
      // no sittings — ends the list: the rows under it are tasks, whatever dates they carry)
      if (
        listing &&
        dated &&
        OTHER_LABEL.test(line.trim()) &&
        !SITTING.test(line) &&
        !namesBody(line.trim().slice(0, -1))
      )
        closed = true;
      // (a page's stamp of its own printing or publishing, "Published: 12/11/2027", "Printed on 12 November 2027 10:14", is
      // no sitting, however close under the next meeting's line it falls)
      if (DOCUMENT_STAMP.test(line.trim())) continue;
      if (!closed && (listing || listed)) {
        // (a heading says so before its dates; a qualifier beside one date of a line — "Planning Committee (if required) -
        // 6 May" — holds that date alone, read by provisionalHere)
        const heading = line.slice(0, findDates(line)[0]?.index ?? line.length);
        if (PROVISIONAL.test(heading) && /:\s*$|dates?\b/i.test(line)) provisional = true;
        listYear = leadYear(heading) ?? listYear;
        // (a meeting the list names as another's: "The Annual Parish Meeting will be held on …")
        if (!provisional) for (const d of grid) accept(d, yearHint, listYear);
        let taken: DateMention | null = null; // the last date of the line taken, which a date joined to it follows
        let sat = false; // a date of the line taken as a sitting, after which a day its own words set as a deadline is none
        // (a heading run into its date with a full stop, "Date of next meeting. Monday 6 May 2030 at 7pm": the line is its own
        // lead-in, and the first date after it is the sitting it announces, though the full stop ends the heading's sentence)
        const leadHere =
          !listing && inEachLanguage(line.trim()).some((half) => LIST_LEAD.test(half)) && !othersNext(line, own);
        if (!provisional)
          for (const [k, d] of findDates(line).entries()) {
            const told = sentenceBefore(line, d);
            // (the day's sentence over a hard line break: a label or qualifier the line above ends with, the noun after a day
            // that ends its line — wrappedSentence.ts)
            const lead = wrappedBefore(above, line, d.index);
            const runOn = `${line.slice(d.end)}${wrappedAfter(line, d.end, below)}`;
            // (the second of two days offered as a choice, "A (if needed), otherwise B" — otherwiseDay.ts: the sitting, the
            // first's condition not its own; the first is held, its "otherwise" perhaps ending the line above the second)
            const otherwise = k > 0 && OTHERWISE_BEFORE.test(line.slice(findDates(line)[k - 1].end, d.index));
            // (in a list, a date is a sitting as a row gives it — the row's first date, a label's or a year's dates, a date
            // joined to the one before — or where its sentence speaks of meetings; "The carol service is on …" is not one)
            const sitting: boolean =
              (k === 0 && (opensWithDate(line) || leadHere)) ||
              (listing && !dated) ||
              YEAR_LABEL.test(line.trim()) ||
              rowLabel(line) !== null ||
              // (a row label may open a later sentence of the line, as it opens the line: "Tuesday 7 December, 6pm. Spring
              // term: Tuesday 8 March." — the rows of a list run together; another body's label is still read below)
              (k > 0 && sittingRow(rowLabel(`${told.trimStart()}${line.slice(d.index)}`), own)) ||
              (taken !== null && JOINED.test(line.slice(taken.end, d.index))) ||
              // (a word of sequence opening the day's sentence or bracket carries the list on from the day before it:
              // "Wednesday 8 December, 7pm, the hall. (Then Wednesday 12 January.)", "… After that, 9 March")
              (taken !== null && SEQUENCE_OPENS.test(told)) ||
              // (the second of two days offered as a choice, "A (if needed), otherwise B": otherwiseDay.ts)
              otherwise ||
              // (and one opening the line under a line whose sitting was read: "Thursday 7 January, 8pm." / "Then 4 February.")
              (k === 0 && nextAbove && SEQUENCE_OPENS.test(told)) ||
              // (a day that opens its own sentence, after a full stop or a semicolon, is the next row of the list run into
              // the line: "Tuesday 11 January at 6pm. Tuesday 8 March at 6pm.", "… (reserve, if needed); Friday 23 June
              // (annual)" — as a line opening with a day is, whatever the day before it was held for)
              (k > 0 && told.trim() === '') ||
              // ("… noted that the 4 December" / "meeting of the Committee will start at 1.30pm": the day names a meeting to come)
              // (told in the future: "the 17 December meeting has been stood down" tells of a change, left to calledOff)
              (/\bthe\s+$/i.test(told) && SITTING_TO_COME.test(runOn)) ||
              SITTING.test(told);
            taken =
              sitting &&
              (otherwise || !provisionalHere(line, d)) &&
              !heldBeforeOtherwise(`${line.slice(d.end)} ${below}`) &&
              !HELD_IF_NEEDED.test(lead) &&
              !noSitting(d) &&
              !attendedSitting(`${lead}${told}`, runOn, own) &&
              !(labelledOther(line, `${lead}${line.slice(0, d.index)}`, own) && !(sat && OWN_AGM_LABEL.test(told))) &&
              whoseMeeting(`${k === 0 ? openBracket(previous) : ''}${lead}${told}`, runOn.slice(0, 60), own) !==
                'other' &&
              !deadlineAfter(line, findDates(line), k, sat)
                ? d
                : null;
            // (a row of the list labelled after its day as another body's, "1 December (Licensing Sub-Committee pool), 12
            // January and 9 March" — a row still, which the days joined to it follow, but that body's sitting: othersDay.ts)
            const othersRow = taken !== null && labelledAfter(line.slice(d.end), own);
            if (taken && !othersRow) accept(d, yearHint, listYear);
            if (taken && !othersRow) sat = true;
            dated = true;
          }
        if (line.trim() !== '') nextAbove = sat;
        continue;
      }
      if (NEXT_LINE.test(line.trim()) && !othersNext(line, own)) {
        const dates = findDates(line);
        let sat = false; // the line's sitting read: a later day its words set as a deadline is none
        for (const [k, d] of dates.entries())
          if (
            !noSitting(d) &&
            !provisionalHere(line, d) &&
            !heldBeforeOtherwise(`${line.slice(d.end)} ${besideLines(lines, at)[1]}`) &&
            !deadlineAfter(line, dates, k, sat)
          ) {
            accept(d, null);
            sat = true;
          }
        nextAbove = sat;
        continue;
      }
      // ("Next meeting: Thursday 7 January, 8pm." / "Then 4 February.": a line under the next meeting's that opens with a
      // word of sequence carries its list on, as "then" does within the line — JOINED, SEQUENCE_OPENS)
      const opening = findDates(line)[0];
      const carried = nextAbove && !!opening && SEQUENCE_OPENS.test(line.slice(0, opening.index));
      if (line.trim() !== '') nextAbove = false;
      let sitting: DateMention | null = null; // the last date read as a sitting of this body, which a date joined to it shares
      let left: DateMention | null = null; // the last day a sitting of this body left, whose new day follows it
      let choice: DateMention | null = null; // the last day of this body's held on a condition, "otherwise" another day
      for (const d of findDates(line)) {
        const before = `${previous} ${line.slice(0, d.index)}`;
        const joined: boolean =
          (sitting !== null && JOINED.test(line.slice(sitting.end, d.index))) || (carried && d.index === opening.index);
        // (the day a sitting of this body moved to is this body's too: "the meeting set for 8 March would move to 15 March",
        // "the meeting on 8 March is moved to 15 March", "will now be held on 15 March")
        const movedTo: boolean = left !== null && MOVED_TO.test(line.slice(left.end, d.index));
        // (the words after a day that ends its line run on from the line below, and a qualifier the line above ends with
        // holds a day that opens this one: wrappedSentence.ts)
        const runOn = `${line.slice(d.end)}${wrappedAfter(line, d.end, below)}`;
        const whose = whoseMeeting(before, runOn.slice(0, 60), own);
        // (the day after "otherwise" in "A (if needed), otherwise B", A this body's: the sitting — otherwiseDay.ts)
        const otherwise = choice !== null && OTHERWISE_BEFORE.test(line.slice(choice.end, d.index));
        const conditional = heldBeforeOtherwise(`${line.slice(d.end)} ${below}`);
        const held =
          provisionalHere(line, d) || conditional || HELD_IF_NEEDED.test(wrappedBefore(above, line, d.index));
        // ("That the work programme be noted. Meetings: 21 January 2027; 18 March 2027.": a label of the body's sittings
        // opening a sentence inside the line, as it would open a line of the list)
        const labelled = sittingsLabel(line, d, own);
        // (a gathering someone is to attend, named by its kind or its host, is not this body's sitting: attendedSitting.ts)
        // (or an event's day with this body's sitting held straight after it: sittingAfter.ts)
        const ownSitting =
          (whose === 'own' && !attendedSitting(before, runOn, own)) || (whose !== 'other' && sittingAfter(runOn, own));
        sitting = (joined || movedTo || ownSitting || labelled || otherwise) && !held && !noSitting(d) ? d : null;
        choice = conditional && whose === 'own' ? d : null;
        if (sitting) accept(d, null);
        if (noSitting(d) && whose === 'own') left = d;
      }
    }
  }
  // (a sitting the minutes call off or move anywhere — "That the meeting on 12 January be cancelled" under the work programme —
  // is no coming meeting, though a list, a table or the next-meeting line elsewhere still prints its day)
  for (const day of calledOff(minutes, meeting, own, resolveYear)) found.delete(day);
  return [...found].sort();
}

/**
 * "Date of next Council meeting" in a committee's minutes: the words between "next" and the sitting name another body
 * (or "future", "forthcoming": "Dates of future Council meetings" lists another body's days).
 */
function othersNext(line: string, own: OwnBody): boolean {
  const np = /\b(?:next|future|forthcoming)\s+(?<np>(?:[\w&'’-]+\s+){1,2}?)(?:meeting|session|sitting)s?\b/i
    .exec(line)
    ?.groups?.np?.trim();
  return !!np && namesBody(np) && !own.is(np) && !own.is(np.replace(/^full\s+/i, ''));
}

/**
 * Words of a label that say its day is no sitting of the body's: a deadline ("Deadline for agenda items:", "Papers due
 * by:", "Closing date –") or a label of other business (OTHER_LABEL's few nouns: "Actions:", "Matters arising:").
 */
const NO_SITTING_LABEL =
  /\b(?:deadlines?|closing|cut-?off|due|by|latest|actions?|tasks?|matters|items|business|points|follow[- ]ups?)\b/i;

/**
 * A row label read inside a line's later sentence ("… 6pm. Spring term: Tuesday 8 March"): one that names no other body
 * (a bracketed qualifier aside: "Planning Committee (if required) – 6 January" is the Planning Committee's), holds no
 * sitting in reserve and sets no deadline.
 */
function sittingRow(label: string | null, own: OwnBody): boolean {
  if (label === null) return false;
  const name = label.replace(/\s*\([^)]*\)/g, '').trim();
  if (namesBody(name) && !own.is(name) && !own.is(name.replace(/^(?:full|the)\s+/i, ''))) return false;
  return !HELD_IF_NEEDED.test(label) && !PROVISIONAL.test(label) && !NO_SITTING_LABEL.test(label);
}

/** The words between a day a sitting left and the day it moved to: its verb and "to" or "on", in one sentence. */
const MOVED_TO =
  /^[^.;]{0,60}?\b(?:moved?|moving|brought\s+forward|put\s+back|re-?arranged|re-?scheduled|changed|held|take\s+place)\s+(?:to|on)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/** A meeting's word in the sentence before a day: only a sitting called off or moved leaves its day empty, not an event's. */
const SITTING_NOUN = /\b(?:meeting|sitting)s?\b[^.;]{0,60}$/i;

/** The days of this body's meetings that the minutes call off or move elsewhere ("the meeting on X having been cancelled"). */
function calledOff(
  minutes: Minute[],
  meeting: string | null,
  own: OwnBody,
  resolveYear: (d: DateMention) => string | null,
): string[] {
  const days: string[] = [];
  for (const minute of minutes) {
    const lines = [minute.title, ...minute.lines];
    for (const [at, line] of lines.entries()) {
      const previous = (lines[at - 1] ?? '').trim();
      const [above, below] = besideLines(lines, at);
      for (const d of findDates(line)) {
        const before = `${previous} ${line.slice(0, d.index)}`;
        const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1);
        if (!SITTING_NOUN.test(sentence) || !leftDate(line, d.index, d.end, above, below)) continue;
        if (whoseMeeting(sentence, line.slice(d.end, d.end + 20), own) === 'other') continue;
        const day = resolve(d, meeting, null, resolveYear);
        if (day) days.push(day);
      }
    }
  }
  return days;
}

/**
 * The lines straight above and below that a sentence of this line may run over: none across a blank line, and none
 * across a line that opens a row or point of its own (a bullet, "3.", "(b)", a log's reference: NEW_ROW).
 */
function besideLines(lines: string[], at: number): [string, string] {
  const above = NEW_ROW.test(lines[at]) ? '' : (lines[at - 1] ?? '').trim();
  const next = lines[at + 1] ?? '';
  return [above, NEW_ROW.test(next) ? '' : next.trim()];
}

/**
 * A line that opens with a date, a paragraph number or clause marker before it allowed ("8.1  Thursday, 14 May", "(b) 7
 * March"), or a table's bar: "| 8 February 2028 | 6pm | Hall |" is a row of the dates as a plain line is.
 */
// (either half of a line printed in two languages, "Nos Lun 8 Ionawr 2028 / Monday 8 January 2028")
function opensWithDate(line: string): boolean {
  if (REFERENCE_CELL.test(line)) return false;
  return inEachLanguage(line.trim()).some(
    (text) =>
      DATE_FIRST.test(text) ||
      DATE_FIRST.test(
        text.replace(
          /^(?:\(?\d{1,3}(?:\.\d{1,3})*[a-z]?[.)]|\d{1,3}\.\d{1,3}|\(?[a-z]{1,4}\)|[ivx]{1,5}\.|\|)\s+/i,
          '',
        ),
      ),
  );
}

/**
 * A log's reference in a column of its own, "4      Escalate the drain …  by 30 Nov   JF", "6.2\tDraft budget …": a
 * number, then a tab or a wide gap, then a word that is no month — a row of tasks, which DATE_FIRST's "a number and a
 * word" would otherwise take for a day opening the row.
 */
const REFERENCE_CELL =
  /^\s*\(?\d{1,3}(?:\.\d{1,3})*[.)]?(?:\t|\s{3,})(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[a-z]/i;

/**
 * A label of this body's sittings opening the day's sentence, "Meetings: 21 January; 18 March", "Future meetings – 3 May":
 * the plural says a list of sittings follows (a label naming another body, or holding its days in reserve or as
 * deadlines, is no such label: sittingRow).
 */
function sittingsLabel(line: string, d: DateMention, own: OwnBody): boolean {
  const label = rowLabel(`${sentenceBefore(line, d).trimStart()}${line.slice(d.index)}`);
  const head = label === null ? null : /^(?<words>.*?)\s*\b(?:meetings|meeting\s+dates|sittings)$/i.exec(label);
  if (!label || !head || !sittingRow(label, own)) return false;
  // (words before the noun say whose or which sittings: none, this body's name, or words of order — "Parish council
  // meetings - 19 October" under a community group's diary dates are the council's)
  const words = head.groups?.words ?? '';
  return (
    words === '' ||
    own.is(words) ||
    /^(?:(?:future|forthcoming|next|remaining|coming|further|scheduled|ordinary)\s*)+$/i.test(words)
  );
}

/** A line that carries a list on: a date first, a year labelling dates, a label and then dates. */
function listLine(line: string): boolean {
  return opensWithDate(line) || YEAR_LABEL.test(line.trim()) || rowLabel(line) !== null;
}

/** The words before a date in a list, from the sentence it stands in ("…; 1 July. The Audit Committee will meet on 20 May"). */
// (a time's point, "6.30pm", and "a.m."/"p.m." end no sentence)
function sentenceBefore(line: string, d: DateMention): string {
  const before = line.slice(0, d.index);
  const ends = [...before.matchAll(/;|(?<!\b[a-z])\.(?!\d)/gi)];
  const last = ends[ends.length - 1];
  return last ? before.slice(last.index + 1) : before;
}

/**
 * A qualifier straight after a day (a time, a comma, a dash or an opening bracket may stand between) saying the day is
 * kept in case: "Friday 12 March, 2pm (reserve)", "… on 4 May only if the budget is not set", "3 June – reserve date,
 * used only where needed" ("provisional" after a day: PROVISIONAL_AFTER). Only "reserve" and "only if/when/where" —
 * the words that say the sitting may not happen; a bare "(if required)" after a day is left as printed (the labelled
 * sets disagree on it). A qualifier after "and" or another date is that date's ("5 May and, only if needed, 12 May"). Also the modal that says the sitting may not happen:
 * "an extra meeting on 9 March may be called if the bids are late".
 */
const HELD_AFTER = new RegExp(
  String.raw`^(?:,?\s*(?:at\s+|from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?)?\s*(?:[,(\[]|[-–—]\s)?\s*(?:but\s+)?(?:(?:(?:is|are|was|being)\s+)?(?:(?:held|kept)\s+(?:in\s+)?)?(?:as\s+(?:a\s+)?)?reserve\b|only\s+(?:if|when|where|to\s+be\s+used|(?:be\s+)?(?:used|held|called))\b|(?:may|might)\s+(?:be\s+(?:called|held|convened|arranged)|take\s+place)\b)`,
  'i',
);

/**
 * "Monday 3 May, 2pm (provisional, subject to the annual meeting)", "3 May – provisional": the day's own qualifier, in its
 * sentence (a full stop after the time, "… at 6 pm. (Provisional extra meeting: …)", starts the next day's sentence).
 */
const PROVISIONAL_AFTER =
  /^(?:,?\s*(?:at\s+|from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m|p\.?m|noon)?)?\s*(?:[,([]|[-–—]\s)?\s*provisional(?:ly)?\b/i;

/** "(Provisional additional meeting: 25th March 2026.)": a date held only if required, in the same sentence or bracket. */
function provisionalHere(line: string, d: DateMention): boolean {
  const before = line.slice(0, d.index);
  // (a bracket closed before the date held another date's qualifier: "22nd December (if required) and 12th January")
  const open = before.lastIndexOf('(') > before.lastIndexOf(')') ? before.lastIndexOf('(') : before.lastIndexOf(')');
  const clause = before.slice(Math.max(open, before.lastIndexOf('. ')) + 1);
  // (a time's "pm." may end the day's sentence: "… at 6pm. Reserve date: 8 March" holds the next day, not this one)
  const after = line.slice(d.end);
  const end = after.search(/\.\s+\(?[A-Z]/);
  return (
    HELD_IF_NEEDED.test(clause) ||
    HELD_AFTER.test(end < 0 ? after : after.slice(0, end)) ||
    PROVISIONAL_AFTER.test(after)
  );
}

/** A mention's day: its own year, else the first after the meeting, else the year the minute gives, else the same day elsewhere in the text. */
function resolve(
  d: DateMention,
  meeting: string | null,
  yearHint: number | null,
  resolveYear: (d: DateMention) => string | null,
): string | null {
  const stated = statedIso(d);
  if (stated) {
    if (!meeting || stated > meeting) return stated;
    // "Tuesday 28th July 2019" in minutes of July 2020: the weekday shows the year is a slip.
    const corrected = d.weekday !== null ? firstAfter({ ...d, year: null }, meeting) : null;
    return corrected && weekdayOf(corrected) === d.weekday ? corrected : null;
  }
  if (meeting) return firstAfter(d, meeting);
  if (yearHint && isRealDay(yearHint, d.month, d.day)) {
    const date = iso(yearHint, d.month, d.day);
    return d.weekday === null || weekdayOf(date) === d.weekday ? date : null;
  }
  return resolveYear(d);
}
