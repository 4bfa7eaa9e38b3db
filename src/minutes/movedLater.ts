// A matter moved from one meeting to a later one is put back: a deferral, whatever verb moves it.
import { MONTHS } from '../domain/dates.js';
import { findDates } from './dateText.js';

/**
 * "moved from 19.01.26 to 02.03.26", "moved from the December to the February meeting": a matter's
 * meeting changed to a later one is put back (a later day, or a later month of the same year or the next).
 */
export function movedLater(text: string): boolean {
  const m = /\bfrom\s+(?<from>[^;]{1,40}?)\s+to\s+(?<to>[^;]{1,40})/i.exec(text);
  if (!m?.groups) return false;
  const [from, to] = [findDates(m.groups.from)[0], findDates(m.groups.to)[0]];
  if (from && to && from.year && to.year)
    return to.year * 400 + to.month * 32 + to.day > from.year * 400 + from.month * 32 + from.day;
  const month = (part: string) =>
    MONTHS.findIndex((name) => new RegExp(String.raw`^(?:the\s+)?${name}\b`, 'i').test(part.trim()));
  return month(m.groups.from) >= 0 && month(m.groups.to) >= 0;
}

/**
 * When a matter is moved to: a month, a season, the new year, a year (closed classes) — a time, not a sitting: moved to
 * "the May meeting" is this body's business at that meeting, read as such before (`classify.ts`).
 */
const LATER_TIME = String.raw`(?:(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTHS.join('|')})|(?:the\s+)?(?:spring|summer|autumn|winter|new\s+year)|(?:19|20)\d\d)\b(?!\s+(?:\d{4}\s+)?(?:meeting|sitting|session|board|committee|panel|council|cabinet|forum)\b)`;
/** What is moved, when it is no matter of business: a date or target itself, a meeting (calendar.ts), or money. */
const NOT_BUSINESS =
  /^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:date|dates|target|targets|deadline|deadlines|meeting|meetings|session|sitting|money|funds?|budget|reserves?|sum|balance)\b|£/i;

/**
 * "the libraries review be moved to February 2027", "the item on the dues scheduled for December be rescheduled to
 * March", "to move the update to the spring": a matter of business moved to a later time, with no "from" said — the
 * meeting it leaves is this one or the one it was planned for, so the matter is put back. Not a date or a target moved
 * ("the target date not be moved to 2040"), nor money moved, nor a meeting itself (the body's calendar).
 */
export function movedToLaterTime(text: string): boolean {
  const m = new RegExp(
    String.raw`^(?<what>.*?)\b(?:be|to\s+be|would\s+be|will\s+be|is\s+to\s+be)\s+(?:re-?scheduled|moved|pushed\s+back)\s+to\s+${LATER_TIME}`,
    'i',
  ).exec(text);
  const active = new RegExp(
    String.raw`\b(?:to\s+)?(?:move|re-?schedule|push\s+back)\s+(?<what>(?:the|an?|this|that)\s+[^;,]{2,80}?)\s+(?:back\s+)?to\s+${LATER_TIME}`,
    'i',
  ).exec(text);
  const what = (m?.groups?.what ?? active?.groups?.what ?? '').replace(/^(?:that|to|resolved\s*:?)\s+/i, '').trim();
  if (!m && !active) return false;
  return !NOT_BUSINESS.test(what) && !/\bnot\s+(?:be\s+)?$/i.test(what);
}
