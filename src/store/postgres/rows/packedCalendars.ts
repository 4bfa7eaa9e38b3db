// Calendars as the server packs them in one string (meetingsPacked, the calendars table), read back into meetings.
import type { Meeting } from '../../../domain/types.js';
import { fromStoredText } from '../text.js';

/**
 * Meetings as meetingsPacked gives them (queries/reads.ts): the committees' names, and one string of
 * meetings. Read by position, a meeting at a time, with no array per meeting nor string per
 * field: at a million items (115,704 meetings) splitting the string took a report 0.2 s.
 */
export function meetingsFromPacked(committeesJson: string, packed: string): Meeting[] {
  const committees = (JSON.parse(committeesJson) as string[]).map(fromStoredText);
  const meetings: Meeting[] = [];
  // Each meeting: "<n>,<day>" and what readMeeting reads after it; ";" between.
  for (let at = 0; at < packed.length; at++) {
    let n = 0;
    for (let code = packed.charCodeAt(at); code !== COMMA; code = packed.charCodeAt(++at)) n = n * 10 + code - ZERO;
    at = readMeeting(packed, at + 1, committees[n], meetings);
  }
  return meetings;
}

/**
 * Each committee's calendar as the calendars table keeps it (migrations/version8.ts): its
 * slug and its meetings, in the order they were added, packed as meetingsPacked packs them
 * without the committee's place. The committees' meetings one after another.
 */
export function meetingsFromCalendars(calendars: readonly { slug: string; meetings: string | null }[]): Meeting[] {
  const meetings: Meeting[] = [];
  for (const { slug, meetings: packed } of calendars) {
    if (!packed) continue;
    const committee = fromStoredText(slug);
    for (let at = 0; at < packed.length; at++) at = readMeeting(packed, at, committee, meetings);
  }
  return meetings;
}

/**
 * The meeting packed from `at`: "<day>", then ",x" when cancelled and ",<day>" after that when
 * moved. Adds it to `meetings`; where it ends (the ";" after it, or the string's end).
 */
function readMeeting(packed: string, at: number, committee: string, meetings: Meeting[]): number {
  const end = packed.length;
  const dateAt = at;
  while (at < end && packed.charCodeAt(at) !== COMMA && packed.charCodeAt(at) !== SEMICOLON) at++;
  const date = packed.slice(dateAt, at);
  let cancelled = false;
  let movedTo: string | null = null;
  if (at < end && packed.charCodeAt(at) === COMMA) {
    cancelled = true;
    at += 2;
    if (at < end && packed.charCodeAt(at) === COMMA) {
      const movedAt = at + 1;
      at = packed.indexOf(';', movedAt);
      if (at === -1) at = end;
      movedTo = packed.slice(movedAt, at);
    }
  }
  meetings.push({ committee, date, cancelled, movedTo });
  return at;
}

const COMMA = 44;
const SEMICOLON = 59;
const ZERO = 48;
