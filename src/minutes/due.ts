// Step 7: when it is due, as the resolution states it — the next meeting, "the November
// meeting", "by 31 March 2026", "within 12 months", "a future meeting" or the work
// programme — or null when nothing is stated and the tool's default applies.
import { writtenOut } from './notesShorthand.js';
import type { StatedDue } from '../domain/importPlan.js';
import { MONTHS } from '../domain/dates.js';
import { bodyBefore, namesBody, type OwnBody } from './bodies.js';
import { findDates, firstAfter, iso, statedIso, type DateMention } from './dateText.js';
import { SEASONS, alternatives } from './lexicon.js';
import { whoseMeeting } from './ownMeetings.js';
import { spanDue } from './dueSpans.js';
import { closingOfWorkedThing } from './thingCloses.js';
import { MEETING_GIVEN_OVER } from './workProgramme.js';

/** What a due is read against: this body (whose meetings a date may be) and the day a date without a year falls on. */
export interface DueContext {
  own: OwnBody;
  resolve?: (mention: DateMention) => string | null;
}
const ANY_BODY: OwnBody = {
  name: null,
  is: (np) =>
    new RegExp(
      String.raw`^(?:the\s+)?(?:${alternatives(['committee', 'panel', 'board', 'sub-committee', 'commission', 'forum', 'group', 'authority', 'meeting'])})$`,
      'i',
    ).test(np.trim()),
};

const MONTH = `(${MONTHS.join('|')})`;
// (the words between name the meeting — "the next Full Council meeting" — and hold no verb or function word, so "the
// following comments be referred to Cabinet" is no next meeting)
const NEXT =
  /\b(?:next|following|subsequent)\s+(?:(?!(?:be|is|are|was|were|to|the|that|and|of|for|by|on|at)\b)[\w&'’-]+\s+){0,4}?(?:meeting|committee|panel|board|cabinet|session)\b/i;
/**
 * "on the next agenda", "next time", "to come back next time with the draft" — the next meeting's agenda, or the notes'
 * word for the next meeting (not "next time the hall is let", a clause of its own after it).
 */
const NEXT_AGENDA =
  /\b(?:on|for|to)\s+(?:the|our)\s+next\s+agenda\b|\bnext\s+time\b(?!\s+(?:the|a|an|it|we|they|he|she|you|this|that|there|someone|anyone|round)\b)/i;
/** "a progress report to each meeting of the Committee until …": a report at every sitting, the first at the next. */
const EACH_MEETING = /\b(?:to|at|for|before)\s+(?:each|every)\s+(?:(?:subsequent|future|ordinary)\s+)?meeting\b/i;
/** "… until the works finish", "till handover": the series of reports has an end. */
const UNTIL_ENDS = /\b(?:until|till|up\s+to)\b/i;
/** "the next Panel meeting in June": the next meeting named by its month. */
const NEXT_IN_MONTH = new RegExp(
  `\\b(?:next|following)\\s+(?:[\\w&'’-]+\\s+){0,4}?(?:meeting|session)\\s+(?:in|scheduled\\s+for|planned\\s+for)\\s+${MONTH}\\b(?!\\s*\\d)`,
  'i',
);
const NAMED_MONTH = new RegExp(
  `\\b(?:work ?programme|work ?plan|agenda)\\s+for\\s+(?:the\\s+)?${MONTH}\\b|\\b(?:to|before)\\s+(?:the|this)\\s+(?:Sub-)?(?:Committee|Panel|Board|Commission|Authority|Group)\\s+in\\s+${MONTH}\\b|(?<!\\d(?:st|nd|rd|th)?\\s)\\b${MONTH}(?:\\s+\\d{4})?\\s+(?:meeting|session)\\b|\\bthe\\s+${MONTH}(?:\\s+\\d{4})?\\s+agenda\\b|\\bmeeting\\s+(?:of\\s+(?:the\\s+)?[\\w'’ ]{1,40}?\\s+)?(?:in|scheduled\\s+for|planned\\s+for|arranged\\s+for|for)\\s+${MONTH}\\b|\\bthe\\s+${MONTH}(?:\\s+\\d{4})?\\s+(?:Board|Committee|Panel|Cabinet|Council|Authority)\\b`,
  'i',
);
/** "deferred to January 2026", "put back until March", "carried forward to January", "moved from February to April", "the item to move from May to July": a named month, though no meeting is named (the verb in any form). */
const DEFERRED_TO = new RegExp(
  // ("brought forward from September to June"; "to present it in June rather than March": the month it goes to)
  `\\b(?:defer\\w*|put (?:back|off)|carried\\s+forward|postpone\\w*|mov(?:e|es|ed|ing)|(?:brought|moved)\\s+forward|reschedul\\w*)\\b[^.;]{0,60}?\\b(?:to|until)\\s+${MONTH}(?:\\s+\\d{4})?\\b(?!\\s*\\d)|\\bin\\s+${MONTH}\\s+(?:rather\\s+than|instead\\s+of)\\s+(?:in\\s+)?${MONTH}\\b`,
  'i',
);
/** "brought to Cabinet in March 2026": this body, named, and a month. */
const BODY_IN_MONTH = new RegExp(
  `\\b(?:to|before)\\s+((?:the\\s+)?[A-Z][\\w&'’-]*(?:\\s+[A-Z][\\w&'’-]*){0,5})\\s+in\\s+${MONTH}(?:\\s+\\d{4})?\\b(?!\\s*\\d)`,
  'i',
);

/**
 * The month a meeting is named by: "the March meeting", "to the Committee in June", "brought to
 * Cabinet in March" (this body by name) — but not a meeting that is itself the subject, arranged
 * rather than awaited ("that the September meeting take place in room 2").
 */
function namedMonth(text: string, own: OwnBody): { index: number; text: string; month: string } | null {
  const found = notLeft(text) ?? DEFERRED_TO.exec(text) ?? BROUGHT_IN.exec(text);
  if (found) {
    const after = text.slice(found.index + found[0].length);
    // (but a meeting given over to a matter is awaited for it: "the March meeting be devoted to the repairs contract")
    const arranged =
      /^\s+(?:to\s+)?(?:be|is|are|was|were|will|would|should|take|takes|start|starts|begin|begins|commence|commences)\b/i.test(
        after,
      ) && !MEETING_GIVEN_OVER.test(after);
    return arranged ? null : { index: found.index, text: found[0], month: found.slice(1).find(Boolean)! };
  }
  const reported = reportedBy(text, own);
  if (reported) return reported;
  const body = BODY_IN_MONTH.exec(text);
  if (body && own.is(namedBody(body[1]))) return { index: body.index, text: body[0], month: body[2] };
  const short = SHORT_MONTH_MEETING.exec(text);
  return short ? { index: short.index, text: short[0], month: short[1] } : null;
}

/**
 * "bring it back to the Jan meeting", "on the Sept. agenda", "at the Nov 2027 meeting": a meeting named by the short
 * form of its month, as notes and logs write it — read as the full name is ("the January meeting"). Only before the noun
 * of a sitting, where no other word is spelt so; not after "its"/"their", which name another body's sitting as often as
 * this one's ("ask the parish council at their Dec meeting").
 */
const SHORT_MONTH_MEETING =
  /\b(?:the|this|our|to|at|for)\s+(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{4})?\s+(?:meeting|session|agenda)\b/i;
/** The full name of a month written short ("Sept" → "september"), lower case; a full name comes back as it is. */
function fullMonth(month: string): string {
  const lower = month.toLowerCase();
  return MONTHS.find((m) => m.startsWith(lower.slice(0, 3))) ?? lower;
}

/**
 * "report back to the Panel by March 2028", "be reported to this Committee by April", "bring it to Full Council by June":
 * a report whose clause sets it a month with "by" — it comes to that month's meeting, as "report back in March" does. Only
 * the report verbs (the closed few BROUGHT_IN reads); a task "by March" is no meeting, and "by the end of March" or "by
 * 31 March" is a day. A report sent to another body is left to the rules on other bodies' meetings.
 */
const REPORTED_BY = new RegExp(
  `\\b(?:${alternatives(['report', 'reports', 'reported', 'reporting', 'bring', 'brings', 'brought', 'bringing', 'present', 'presents', 'presented', 'return', 'returns', 'returned', 'come back', 'comes back', 'coming back'])})\\b(?<span>[^.;]{0,120}?)\\s+(?:by|(?:no|not)\\s+later\\s+than)\\s+${MONTH}(?:\\s+\\d{4})?\\b(?!\\s*\\d)`,
  'i',
);
function reportedBy(text: string, own: OwnBody): { index: number; text: string; month: string } | null {
  const found = REPORTED_BY.exec(text);
  if (!found) return null;
  const to = /\bto\s+(?:the\s+|this\s+)?(?<body>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,6}[A-Z][\w&'’-]*)/.exec(
    found.groups!.span,
  )?.groups?.body;
  if (to && namesBody(to) && !own.is(to) && !own.is(to.replace(/^full\s+/i, ''))) return null;
  return { index: found.index, text: found[0], month: found[2] };
}

/** The first meeting named by its month that the matter is not moved from ("moved from the April meeting to the June meeting"). */
function notLeft(text: string): RegExpExecArray | null {
  const every = new RegExp(NAMED_MONTH.source, 'gi');
  for (const found of text.matchAll(every)) {
    if (/\bfrom\s+(?:the\s+)?$/i.test(text.slice(0, found.index))) continue;
    return Object.assign([...found], { index: found.index, input: text, groups: found.groups }) as RegExpExecArray;
  }
  return null;
}

/**
 * "the report to be taken in January 2026", "moved to March", "Officers to report back in March 2027": a matter brought
 * before a meeting in a named month — the verb in any form (the infinitive of an instruction too: "report", "bring",
 * "present", "return", "come"), a pronoun for the matter allowed before "back" ("bring it back in February"). An item
 * "added for March", "programmed for April 2027": put on the agenda of that month's meeting ("for" only — "added in
 * March" may tell when the list was changed). The noun of adding does the same with its object between: "the work
 * plan be endorsed, subject to the addition of a session on play areas for March 2028", "with the addition of an item
 * on the lettings review in March 2028", "adding a report on lifts for the June meeting" — the month is the item's (no
 * clause of its own between: "the addition of a rule that works stop in March" is not read). A matter made "an agenda
 * item in January" is brought then as well.
 */
const BROUGHT_IN = new RegExp(
  `\\b(?:${alternatives(['taken', 'brought', 'presented', 'reported', 'considered', 'come', 'coming', 'returned', 'returning', 'scheduled', 'moved', 'report', 'reports', 'bring', 'brings', 'present', 'presents', 'return', 'returns', 'comes', 'item'])})\\s+(?:(?:it|them|this|these)\\s+)?(?:back\\s+)?(?:in|to|for)\\s+${MONTH}(?:\\s+\\d{4})?\\b(?!\\s*\\d)|\\b(?:added|programmed|pencilled\\s+in|slotted\\s+in)\\s+for\\s+${MONTH}(?:\\s+\\d{4})?\\b(?!\\s*\\d)|\\b(?:addition\\s+of|adding)\\s+(?:(?!\\b(?:that|which|when|whenever|until|after|before|from|since|once|while)\\b)[^.;,:]){1,80}?\\s+(?:for|in)\\s+(?:the\\s+)?${MONTH}(?:\\s+\\d{4})?\\b(?!\\s*\\d)`,
  'i',
);
const FUTURE =
  /\b(?:a|some|another)\s+(?:future|later|subsequent)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|date)\b|\bwork ?programme\b|\bwork ?plan\b|\bforward (?:work )?(?:plan|programme)\b|\bin due course\b|\bstand(?:ing|ard) items?\b|\bto be discussed\b/i;
/** "by 15 December", "by the consultation deadline of 15 December", "before the closing date of …", "by the Trust's deadline of …". */
// (whose deadline it is may stand before it, a possessive or two words: "before the funder's final closing date of 4 May")
// ("before the fund closes on 27th Feb", "by the time the consultation ends on 3 May": a deadline told as the day something closes;
// "before the Board meets on 5 February", "before the Full Council meeting on Tuesday 9 March": or the day a body sits;
// "before the survey opens on 4 May", "before the scheme starts on 1 April": or the day something begins)
const BY_DATE =
  /\b(?:by|before|no later than|not later than|on or before|until)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:(?:closing|deadline|end)\s+date|deadline)(?:\s+of\s+|\s+|,\s*)|close\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?on\s+(?:the\s+)?(?:\w+day,?\s+)?|(?:time\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:closes|ends|expires|shuts|meets|sits|convenes|opens|starts)\s+on\s+(?:the\s+)?|(?:[\w&'’-]+\s+){1,5}?meeting\s+(?:on|of)\s+(?:the\s+)?(?:\w+day,?\s+)?)?$/i;
/** "request receipts by 31 January": the date is the one asked of someone else, not this item's. */
// ("the precept request form to the District Council by": a request before a noun it names is a paper, not an asking)
const ASKED_OF_OTHERS =
  /\b(?:request(?!\s+(?:form|letter|log|portal|number)s?\b)|requesting|ask(?:ing)?\s+for|seek(?:ing)?)\s+[^.;,]{1,60}$/i;
/**
 * "by the end of the quarter": the quarter's last day, the same in the calendar and the financial year. "The end of the
 * financial year" is left unread, as the labelled sets have it (fresh 1, 08; fresh 3, 01): a year's end is a season of
 * the work, not a deadline the minute fixes.
 */
/** "attend the Annual Conference in London on the", "meet the highways officer on site on": going to a dated event or appointment. */
const ATTEND_ON =
  /\b(?:attend(?:s|ed|ing)?|meet(?:s|ing)?(?:\s+with)?)\s+(?!to\b|again\b|next\b)(?:the\s+)?(?<event>[^.;]{1,80}?)\s+on\s+(?:the\s+)?$/i;
const BY_DAY_MONTH =
  /\b(?:by|before|no\s+later\s+than|not\s+later\s+than|w\/c|week\s+(?:commencing|beginning|starting))\s+(?:the\s+)?(\d{1,2})\/(\d{1,2})\b(?!\/\d)/i;
const END_OF_QUARTER = /\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:current\s+)?quarter\b/i;
/**
 * "by the end of Q4", "before the end of Q2 2027/28": a quarter named by number is a public body's financial quarter, the
 * year from April (Q1 ends on 30 June, Q4 on 31 March); the first such end after the meeting, or the one of the year given.
 */
const END_OF_NUMBERED_QUARTER = /\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?Q([1-4])(?:\s+(20\d\d)\/\d\d)?\b/i;
/**
 * "before the end of the year", "by the end of this year", "by the end of the calendar year": the last day of the year the
 * meeting is in. Only the year itself — the financial, school or municipal year ends elsewhere and is left unread, as the
 * labels have it (fresh 1 08). Seen labelled 31 December in fresh 47 07, 85 01 and 135 06.
 */
const END_OF_YEAR = /\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+(?:calendar\s+)?year\b(?!\s*(?:\d|-|\/))/i;
/** "asked for", "asked that", "requested", "request that": a request reported of the body, not an errand it gives. */
const BODY_ASKED = /\b(?:asked|requested|requests?\s+that)\b/i;
const END_OF_MONTH = new RegExp(`\\b(?:by|before)\\s+(?:the\\s+)?end\\s+of\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`, 'i');
export function dueOf(
  text: string,
  meetingDate: string | null,
  isDeferral = false,
  context: DueContext = { own: ANY_BODY },
): StatedDue {
  // ("before next mtg", "by end of Nov": informal notes write when in shorthand)
  text = writtenOut(text);
  const dayOf = (mention: DateMention) =>
    statedIso(mention) ?? (meetingDate ? firstAfter(mention, meetingDate) : (context.resolve?.(mention) ?? null));
  for (const mention of findDates(text)) {
    const before = text.slice(Math.max(0, mention.index - 140), mention.index);
    const date = dayOf(mention);
    if (!date || (meetingDate && date <= meetingDate)) continue;
    // ("moved from 19.01.26 to 02.03.26": the day it leaves is no due; the day it goes to is, when put back)
    if (/\bfrom\s+(?:the\s+)?$/i.test(before)) continue;
    if (isDeferral && /\b(?:to|until|till)\s+(?:the\s+)?$/i.test(before)) return { kind: 'meeting', meeting: date };
    // "the meeting of the Committee taking place on 26 February", "to committee on 14 November": this body's sitting.
    // Another body's meeting ("to the meeting of Council on 25 February") is no due of this body's item.
    // (the whole sentence before it, for the body an "its meeting" stands for)
    const sentence = text.slice(Math.max(0, mention.index - 320), mention.index);
    const whose = whoseMeeting(sentence, text.slice(mention.end, mention.end + 20), context.own);
    if (whose === 'own' && !/\b(?:rearrang\w*|moving|move|cancel\w*|postpon\w*|chang\w*)\s+(?:the\s+)?$/i.test(before))
      return { kind: 'meeting', meeting: date };
    // Another body's sitting is no due of this body's item, dated or not: "referred to the Audit Committee at its meeting
    // on 20 November", "That Council be recommended to adopt the plan at its meeting on 14 March", "to Council on
    // 9 December for approval", "the Licensing Committee be asked to consider …, at its meeting on 9 February". What that
    // body does there is its own business; this body's item has no meeting of its own to be due at — the reading of the
    // shared hand labels (minutes-dev 06 and 25), which our sets now keep too. A day named after it, "…, and the comments
    // be reported to the Executive on 14 January", is a further step's (an item of its own): no later day is read as a
    // meeting; a deadline, "by 30 November", or one told by the sitting, "before the Council meets on 5 March", is still
    // read below.
    if (whose === 'other') break;
    // "a briefing session be held at 6.30pm on 6th March": the day the action itself takes place
    // ("that the Clerk attend the conference in York on 18 November", "will meet the engineer on site on 2 December": going to
    // an event or an appointment is done on its day — not another
    // body's sitting, "to attend the Planning Committee on 3 February", which the labelled sets leave undated)
    const attended = ATTEND_ON.exec(before)?.groups?.event.replace(/\s+(?:meeting|in\s+[A-Z][^]*)$/, '');
    if (attended && !namesBody(attended)) return { kind: 'date', date };
    if (
      /\b(?:be|is|to\s+be|will\s+be)\s+(?:held|arranged|organised|organized)\s+(?:[^;]{0,30}?\s)?on\s+(?:the\s+)?$/i.test(
        before,
      )
    )
      return { kind: 'date', date };
    // "Cllrs A and B visit the junction with the highways officers on Thursday 3 December", "to coordinate a litter pick on
    // Saturday 20 March", "begin the staff consultation on 23 November": the day the instruction itself is carried out
    // (a sitting or an agenda after it, "on 10 Nov council agenda", "… and bring it to the December meeting", is where the
    // matter goes: read below)
    if (doneOn(before) && !/\b(?:meeting|agenda|sitting)s?\b/i.test(text.slice(mention.end)))
      return { kind: 'date', date };
  }
  // ("the next meeting but one" is a meeting to come, not the next)
  if (/\bnext\s+meeting\s+but\s+one\b/i.test(text)) return { kind: 'future' };
  // "the next Panel meeting in June": the month says which meeting, whatever sits between
  // ("before each subsequent meeting" is every meeting to come, read below)
  const nextAt = NEXT.exec(text);
  if (nextAt && !/\b(?:each|every)\s+$/i.test(text.slice(0, nextAt.index)) && !NEXT_IN_MONTH.test(text))
    return { kind: 'next' };
  // ("an item on the next agenda", "to be an item next time": the next agenda is the next meeting's, and notes say
  // "next time" for the next meeting — only at the clause's end, not "next time the hall is let")
  if (NEXT_AGENDA.test(text)) return { kind: 'next' };
  // ("… to each meeting until the works finish": a series with an end starts at the next; "reported to every meeting",
  // "a standing item at every meeting": open-ended, the standing business of meetings to come)
  if (EACH_MEETING.test(text) && !eachMeetingOfOther(text, context.own))
    return UNTIL_ENDS.test(text.slice(EACH_MEETING.exec(text)!.index)) && !/\bstanding\s+items?\b/i.test(text)
      ? { kind: 'next' }
      : { kind: 'future' };
  const named = namedMonth(text, context.own);
  // "reviewed by Performance, People and Place at the March meeting" is another body's.
  const beforeNamed = text.slice(
    Math.max(0, named?.index ?? 0) - 120 < 0 ? 0 : (named?.index ?? 0) - 120,
    named?.index ?? 0,
  );
  const otherBody = new RegExp(
    String.raw`\b(?<body>(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+|of\s+)?){0,6}(?:${alternatives(['Committee', 'Sub-Committee', 'Board', 'Panel', 'Commission', 'Forum', 'Group', 'Partnership', 'Executive'])}))(?:['’]s)?\s+(?:(?:[^.;]{0,50}?\s)?(?:at|in)\s+(?:its|their)\s*|(?:meeting\s+)?(?:on|in)\s+(?:the\s+)?|meeting\s*)$`,
  ).exec(beforeNamed);
  // "… to the Trust Board in her report to its April meeting": "its" is the body named before it
  const its = named
    ? /\b(?:its|their)\s+$/i.exec(
        text.slice(0, named.index + named.text.toLowerCase().lastIndexOf(named.month.toLowerCase())),
      )
    : null;
  const itsBody = its ? bodyBefore(text.slice(0, its.index)) : null;
  // "for the Resources Committee meeting in March": the meeting named by the body before it
  const meetingOf =
    named && /^meeting\b/i.test(named.text)
      ? /(?<body>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)\s+$/
          .exec(beforeNamed)
          ?.groups?.body.replace(/['’]s$/, '') // ("the Panel's meeting in June": the possessive names the same body)
      : undefined;
  if (
    named &&
    !(itsBody && !context.own.is(itsBody)) &&
    !(meetingOf && namesBody(meetingOf) && !context.own.is(meetingOf)) &&
    !/\bby\s+[A-Z][^.]{0,60}$/.test(beforeNamed.slice(-60)) &&
    !(otherBody && !context.own.is(otherBody.groups!.body))
  ) {
    // ("will prepare the brief by 3/2/27 and share it, with the agreed text for approval at the March Panel": the
    // deadline set on the work comes first; the meeting after it is where the result goes, an item of its own)
    const deadline = byDate(text, dayOf);
    if (deadline && deadline.index < named.index) return { kind: 'date', date: deadline.date };
    const month = fullMonth(named.month);
    return { kind: 'month', month: month[0].toUpperCase() + month.slice(1) };
  }
  if (FUTURE.test(text) || SEASONS.test(text)) return { kind: 'future' };
  const deadline = byDate(text, dayOf);
  if (deadline) return { kind: 'date', date: deadline.date };
  // "comments to the Clerk by 27/11": a deadline written as day and month alone (after "by" it is no minute's number)
  const dayMonth = BY_DAY_MONTH.exec(text);
  if (dayMonth) {
    const [day, month] = [Number(dayMonth[1]), Number(dayMonth[2])];
    const mention = {
      index: dayMonth.index,
      end: dayMonth.index + dayMonth[0].length,
      day,
      month,
      year: null,
      weekday: null,
    };
    const date = day >= 1 && day <= 31 && month >= 1 && month <= 12 ? dayOf(mention) : null;
    if (date && (!meetingDate || date > meetingDate)) return { kind: 'date', date };
  }
  // "the lease runs out on 31st March; the Clerk to renew it before then": the day named just before
  const then = /\b(?:by|before)\s+then\b/i.exec(text);
  const dayBefore = then ? findDates(text.slice(0, then.index)).pop() : undefined;
  const thenDate = dayBefore ? dayOf(dayBefore) : null;
  if (thenDate && (!meetingDate || thenDate > meetingDate)) return { kind: 'date', date: thenDate };
  // "before the end of July 2025": the month's last day.
  const monthEnd = END_OF_MONTH.exec(text);
  if (monthEnd) {
    const month = MONTHS.indexOf(monthEnd[1].toLowerCase() as (typeof MONTHS)[number]) + 1;
    const stated = monthEnd[2] ? Number(monthEnd[2]) : null;
    const year =
      stated ??
      (meetingDate ? Number(meetingDate.slice(0, 4)) + (month < Number(meetingDate.slice(5, 7)) ? 1 : 0) : null);
    if (year)
      return {
        kind: 'date',
        date: `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`,
      };
  }
  // "before the end of the year": 31 December of the meeting's year
  // (not in the body's own request, "Members asked for …", "REQUESTED …": the time is asked of others, and the labels
  // give such a request none — fresh 25 07 with a month's end)
  const yearEnd = END_OF_YEAR.exec(text);
  const sentence = yearEnd
    ? text
        .slice(0, yearEnd.index)
        .split(/[.;](?:\s|$)/)
        .pop()!
    : '';
  if (meetingDate && yearEnd && !BODY_ASKED.test(sentence))
    return { kind: 'date', date: `${meetingDate.slice(0, 4)}-12-31` };
  // "by the end of the quarter": the last day of the quarter the meeting is in
  if (meetingDate && END_OF_QUARTER.test(text)) {
    const [year, month] = [Number(meetingDate.slice(0, 4)), Math.ceil(Number(meetingDate.slice(5, 7)) / 3) * 3];
    return { kind: 'date', date: iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) };
  }
  const quarter = END_OF_NUMBERED_QUARTER.exec(text);
  if (quarter) {
    const month = [6, 9, 12, 3][Number(quarter[1]) - 1];
    const first = quarter[2]
      ? Number(quarter[2]) + (month === 3 ? 1 : 0)
      : meetingDate
        ? Number(meetingDate.slice(0, 4))
        : null;
    const end = (year: number) => iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
    if (first !== null) {
      const date = quarter[2] || !meetingDate || end(first) > meetingDate ? end(first) : end(first + 1);
      return { kind: 'date', date };
    }
  }
  const span = spanDue(text);
  if (span) return span;
  // ("PW to bring the revised schedule in March": the meeting of the month the matter is brought back to)
  const brought = isDeferral ? null : broughtInMonth(text, context.own);
  if (brought) return { kind: 'month', month: brought };
  // A decision put back without a date goes to the next meeting — unless it waits on something
  // else ("until the outcome of the legal review is known"), which no meeting can promise.
  if (!isDeferral) return null;
  return /\b(?:until|pending|awaiting)\b/i.test(text) ? { kind: 'future' } : { kind: 'next' };
}

/**
 * A due whose day the item's own words give to another body's sitting — "add the risk to the Audit Committee agenda
 * (15 January)" beside a log row due 15/01/2027 — is that body's meeting, no due of this body's item, as dueOf reads the
 * words themselves; a log's due column repeating the day does not make it one.
 */
export function atOthersSitting(text: string, due: StatedDue, meetingDate: string | null, own: OwnBody): boolean {
  const day = due?.kind === 'date' ? due.date : due?.kind === 'meeting' ? due.meeting : null;
  if (!day) return false;
  return findDates(text).some((mention) => {
    const before = text.slice(Math.max(0, mention.index - 320), mention.index);
    // (a deadline told by the sitting, "before Quality Committee on 14 January", is a date: what is due is done before it)
    if (
      /\b(?:before|by|ahead\s+of|prior\s+to)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,7}?(?:on|of)\s+(?:the\s+)?(?:\w+day,?\s+)?$/i.test(
        before,
      )
    )
      return false;
    const date = statedIso(mention) ?? (meetingDate ? firstAfter(mention, meetingDate) : null);
    return date === day && whoseMeeting(before, text.slice(mention.end, mention.end + 20), own) === 'other';
  });
}

/**
 * "in w/c 11 January", "the week commencing 23 November", "w/c 16/11": a task set for a week, named by the day it
 * starts — the day written, as the labelled sets mostly read it (one writer took the week's Friday).
 */
const WEEK_OF = /\b(?:w\/c|w\.c\.|week\s+(?:commencing|beginning|starting))\s+(?:the\s+)?(?:(?:mon|monday)\.?,?\s+)?$/i;

/** "by 15 December", "before the fund closes on 27th Feb": the first deadline the words set, and where it stands. */
function byDate(text: string, dayOf: (mention: DateMention) => string | null): { index: number; date: string } | null {
  for (const mention of findDates(text)) {
    const date = dayOf(mention);
    const before = text.slice(Math.max(0, mention.index - 40), mention.index);
    if (date && BY_DATE.test(before) && !ASKED_OF_OTHERS.test(before.replace(/\s*\b(?:by|before)\s+(?:the\s+)?$/i, '')))
      return { index: mention.index, date };
    // (a week named by its first day: a past tense before it, "was booked for the week commencing …", tells what is arranged)
    if (date && WEEK_OF.test(before) && !/\b(?:was|were|had\s+been)\s+[a-z]+ed\b[^.;]*$/i.test(before))
      return { index: mention.index, date };
    // ("a bid to the fund, which closes on 29 January", "the bid (deadline 30 November)": the day the thing the work is
    // for closes, told at the sentence's end)
    if (date && closingOfWorkedThing(text, mention)) return { index: mention.index, date };
  }
  return null;
}

/** "to each meeting of the Cabinet": every sitting of another body, no due of this one. */
function eachMeetingOfOther(text: string, own: OwnBody): boolean {
  const found = EACH_MEETING.exec(text);
  const of = found
    ? /^\s+of\s+(?<body>(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)/.exec(
        text.slice(found.index + found[0].length),
      )?.groups?.body
    : undefined;
  return !!of && namesBody(of) && !own.is(of);
}

/** "report its findings to the Board in March": a month at which the matter comes back to this body, by name. */
export function monthAtThisBody(text: string, own: OwnBody): boolean {
  const body = BODY_IN_MONTH.exec(text);
  return (!!body && own.is(namedBody(body[1]))) || forDecisionHere(text);
}

/**
 * "the steering group be asked to prepare a leaflet, for approval at the January meeting", "referred to the Working
 * Group to prepare a final budget for agreement at the February 2028 meeting": a purpose phrase on the errand's object
 * — "for" and a noun of deciding — whose meeting is "the <month> meeting", this body's own calendar (no "its" or "their",
 * no "of" another body after it). The work asked of the other body comes back here to be decided. Not where the other
 * body is the one the thing is recommended or commended to: there the meeting named is its own ("recommended to Council
 * for adoption at the May meeting").
 */
const FOR_DECISION_AT = new RegExp(
  `\\bfor\\s+(?:(?:final|formal)\\s+)?(?:${alternatives(['approval', 'agreement', 'adoption', 'consideration', 'decision', 'sign-off', 'endorsement'])})\\s+at\\s+the\\s+${MONTH}(?:\\s+\\d{4})?\\s+meeting\\b(?!\\s+of\\b)`,
  'i',
);
function forDecisionHere(text: string): boolean {
  const found = FOR_DECISION_AT.exec(text);
  return !!found && !/\b(?:recommend|commend)\w*/i.test(text.slice(0, found.index));
}

/**
 * The body's name at the end of the words before "in <month>": "to report back to the Board" names "the Board" (the
 * pattern ignores case for the month, so its run of capitalised words may start at a verb).
 */
function namedBody(words: string): string {
  return /(?:\bthe\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w&'’-]*)*$/.exec(words)?.[0] ?? words;
}

/**
 * "bring a revised plan in March", "NF to present the findings in January 2027", "the scheme be looked at again in June",
 * "a report on the options be brought to the Committee, after the valuation, in June 2027": a matter brought back before a
 * meeting in a named month (no day) — the meeting of that month. The verbs are the closed class of bringing a matter
 * before a meeting (report, bring, present, consider, return, come, revisit, "again"), the month after them in the same
 * sentence, whatever stands between (BROUGHT_IN reads the verb right before "in"). Work done in a month — "arrange a
 * session in January", "find a date in April" — is left: the labelled sets read it both as the month's meeting and as no
 * due. A month that tells when something else happens ("the scheme, which starts in April"), a past event, and another
 * body's sitting ("reported to Cabinet in March") are not read.
 */
const BROUGHT_LATER_IN = new RegExp(
  `\\b(?:${alternatives(['report', 'reports', 'reported', 'bring', 'brings', 'brought', 'present', 'presents', 'presented', 'consider', 'considered', 'return', 'returns', 'returned', 'come', 'comes', 'revisit', 'revisited', 'again'])})\\b[^.;]{0,100}?\\bin\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH}(?:\\s+20\\d\\d)?\\b(?!\\s*\\d|\\s*\\/)`,
  'i',
);
function broughtInMonth(text: string, own: OwnBody): string | null {
  const found = BROUGHT_LATER_IN.exec(text);
  if (!found) return null;
  const before = text.slice(0, found.index + found[0].length);
  // (a clause of its own: "which starts in April", "…, when the works finish in May"; "starting in November" is when a
  // series begins, "before the launch in April" the day of something else)
  // (the "that" after a verb of deciding opens what was decided, no relative clause: "AGREED that the plan be brought
  // back in May", "it was resolved that …")
  const decided = before.replace(
    /^[^,;]*?\b(?:resolved|agreed|decided|requested|recommended|asked|noted)\s+that\b/i,
    '',
  );
  if (
    /\b(?:which|that|when|while|whereas|once|after|since|until|who|where|before|starting|from)\b[^,;]*$/.test(decided)
  )
    return null;
  // (a past event: "the survey that was carried out in March")
  if (/\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+[^,;]*$/i.test(decided)) return null;
  // (another body's sitting: "reported to Cabinet in March", "for the Resources Committee in June 2027")
  const sentTo =
    /\b(?:to|before|for|at)\s+((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w&'’-]*){0,5})\b[^.;]{0,80}$/.exec(
      before,
    );
  if (sentTo && namesBody(sentTo[1]) && !own.is(sentTo[1])) return null;
  const month = found[1].toLowerCase();
  return month[0].toUpperCase() + month.slice(1);
}

/**
 * "the Clerk to coordinate a litter pick on Saturday 20 March", "that the new fares come into effect on 1 January", "lay
 * the wreath at the service on 8 November": "on" and a day closing the clause of the instruction — the day it is done.
 * Not where the clause holds a sitting ("to Council on"), a subordinate or relative clause ("the fund, which closes
 * on", "until the works start on"), a past event ("the letter received on") or a day something else is sent or
 * published ("the report published on"), nor any clause with a past participle ("reported to the supplier on"): those
 * days belong to something else. (A date of another body's sitting is
 * read before, as no due.)
 */
const DONE_ON =
  /(?:^|[.;:,()]\s*)(?<clause>[^.;:,()]{3,160}?)\s+on\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$/i;
const NOT_DONE_ON =
  /\b(?:meeting|meets|sits|sitting|agenda|committee|council|cabinet|board|panel|forum|session|which|that|who|whom|when|whenever|where|until|till|since|after|from|before|by|deadline|closes?|closing|ends?|expires?|opens?|starts?|dated|received|published|sent|issued|submitted|made|taken|held|was|were|had|has|have|been|is|are|due|report|letter|email|decision)\b/i;
/** "on behalf of the Council", "on behalf of this Committee": for whom a thing is done — a body named, not a sitting of it. */
const ON_BEHALF_OF =
  /\bon\s+behalf\s+of\s+(?:the\s+|this\s+|its\s+)?(?:[\w&'’-]+\s+){0,4}?(?:council|committee|board|panel|authority|forum|group|partnership|trust)\b/gi;
function doneOn(before: string): boolean {
  // (a resolution's opening "That" is no relative word)
  const clause = DONE_ON.exec(before)?.groups?.clause.replace(/^\s*That\s+/, '');
  // (a past participle tells of something done already: "reported to the supplier on", "the consultation closed on")
  // (but "be authorised to", "be asked to" before the instruction's verb is the instruction itself)
  // (and "on behalf of the Council" says for whom it is done, no sitting: "lay a wreath on behalf of the Council on")
  const own = clause?.replace(/\bbe\s+[a-z]+ed\s+to\b/gi, '').replace(ON_BEHALF_OF, '');
  return !!own && !NOT_DONE_ON.test(own) && !/\b[a-z]{2,}ed\b/i.test(own);
}
