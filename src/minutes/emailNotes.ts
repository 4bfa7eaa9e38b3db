// Step 8c, dates: notes sent as an email. The header's Sent (or Date) line is when the email went,
// not when the body met; the Subject names the meeting — by its date ("Notes of the Panel - Thurs
// 14th Oct", the year from the Sent line) or by the day it sat ("after Thursday's meeting",
// "yesterday's meeting"), the last such day on or before the email.
import { findDates, firstAfter, iso, statedIso, weekdayOf, type DateMention } from './dateText.js';

const HEADER_LINES = 10;
const FROM = /^from\s*:/i;
const SENT = /^(?:sent|date)\s*:/i;
const SUBJECT = /^subject\s*:/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "Thursday's meeting", "yesterday's meeting", "last night's", "today's": the day the meeting sat, told from the email's. */
const DAY_OF_MEETING =
  /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|tonight|last\s+night)['’]s?\b/i;

export interface EmailHeader {
  /** The indexes of the header's lines, which are no part of the minutes. */
  lines: number[];
  /** The meeting's date as the header names it, or null where it does not. */
  meeting: string | null;
}

/** The header of an email that sends the notes, when the text opens with one (From, Sent or Date, Subject). */
export function emailHeader(lines: string[]): EmailHeader | null {
  const opening = lines.slice(0, HEADER_LINES).map((l) => l.trim());
  const at = (re: RegExp) => opening.findIndex((l) => re.test(l));
  const [from, sentAt, subjectAt] = [at(FROM), at(SENT), at(SUBJECT)];
  if (from < 0 || sentAt < 0 || subjectAt < 0) return null;
  const header = opening
    .map((l, k) => (/^[A-Za-z][\w-]*\s*:/.test(l) && k <= subjectAt ? k : -1))
    .filter((k) => k >= 0);
  const sentDate = findDates(opening[sentAt]).find((d) => d.year !== null);
  const sent = sentDate ? statedIso(sentDate) : null;
  return { lines: header, meeting: meetingOf(opening[subjectAt].replace(SUBJECT, ''), sent) };
}

function meetingOf(subject: string, sent: string | null): string | null {
  const named = findDates(subject)[0];
  if (named) return named.year !== null ? statedIso(named) : sent ? lastOnOrBefore(named, sent) : null;
  const day = DAY_OF_MEETING.exec(subject)?.[1]?.toLowerCase();
  if (!day || !sent) return null;
  if (day === 'today' || day === 'tonight') return sent;
  if (day === 'yesterday' || /^last\s+night$/.test(day)) return shift(sent, -1);
  const back = (weekdayOf(sent) - WEEKDAYS.indexOf(day) + 7) % 7;
  return shift(sent, -back);
}

/** The day and month, on or before the email: "14th Oct" in an email of 15 October 2027 is 14 October 2027. */
function lastOnOrBefore(d: DateMention, sent: string): string | null {
  const year = Number(sent.slice(0, 4));
  const same = iso(year, d.month, d.day);
  if (same <= sent) return d.weekday === null || weekdayOf(same) === d.weekday ? same : null;
  return firstAfter(d, `${year - 2}-12-31`);
}

function shift(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + by));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
