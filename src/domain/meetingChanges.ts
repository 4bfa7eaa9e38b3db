// What may be done to a committee's calendar, and why not, in a clerk's words: cancelling
// or rearranging a meeting, putting a cancelled one back, taking a wrong date out. Each
// check returns the one line that says what is wrong, or null. Pure: today and the items
// that refer to the meeting come in.
import { findMeeting } from './calendar.js';
import { formatUkDate } from './dates.js';
import { describeCalendar } from './due.js';
import { decidingCommittee } from './move.js';
import type { IsoDate, Item, Meeting } from './types.js';

export interface Cancellation {
  committee: string;
  date: IsoDate;
  /** The date the meeting was rearranged to, if it was. */
  movedTo: IsoDate | null;
  /** Cancel a meeting that was held: only with a reason (it did not in fact take place). */
  force: boolean;
  reason: string | null;
}

/** A meeting counts as held once its day has passed and the log records business there: items decided or signed off at it. */
export function heldThere(meeting: Meeting, today: IsoDate, refersToIt: readonly Item[]): Item[] {
  if (meeting.date >= today) return [];
  return refersToIt.filter(
    (item) =>
      (item.source.meeting === meeting.date && decidingCommittee(item) === meeting.committee) ||
      (item.committee === meeting.committee && item.signedOff === meeting.date),
  );
}

/** Why the meeting cannot be cancelled (or rearranged) so; null when it can. */
export function cancellationProblem(
  calendar: readonly Meeting[],
  change: Cancellation,
  today: IsoDate,
  refersToIt: readonly Item[],
): string | null {
  const { committee, date, movedTo } = change;
  const meeting = findMeeting(calendar, date);
  if (!meeting) return `${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`;
  if (meeting.cancelled) {
    const moved = meeting.movedTo ? ` (moved to ${formatUkDate(meeting.movedTo)})` : '';
    return `the ${committee} meeting of ${formatUkDate(date)} is already cancelled${moved}; "actionlog meeting reinstate ${committee} ${date}" puts it back`;
  }
  if (movedTo !== null) {
    if (movedTo === date) return '--moved-to is the same date as the meeting being cancelled';
    if (movedTo < date)
      return `--moved-to ${formatUkDate(movedTo)} is before the meeting it replaces (${formatUkDate(date)}); a meeting is rearranged to a later date`;
    if (movedTo < today)
      return `--moved-to ${formatUkDate(movedTo)} has passed (today is ${formatUkDate(today)}); a meeting is rearranged to a date still to come`;
    if (findMeeting(calendar, movedTo)?.cancelled)
      return `the meeting of ${formatUkDate(movedTo)} is itself cancelled; choose another date`;
  }
  const held = heldThere(meeting, today, refersToIt);
  if (held.length > 0 && !(change.force && change.reason)) {
    const ids = held.map((item) => item.id).join(', ');
    return (
      `the ${committee} meeting of ${formatUkDate(date)} has been held: the log records business there (${ids}); ` +
      `if it did not in fact take place, add --force --reason "<why>"`
    );
  }
  return null;
}

/** Why the cancelled meeting cannot be put back; null when it can. */
export function reinstateProblem(calendar: readonly Meeting[], committee: string, date: IsoDate): string | null {
  const meeting = findMeeting(calendar, date);
  if (!meeting) return `${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`;
  if (!meeting.cancelled)
    return `the ${committee} meeting of ${formatUkDate(date)} is not cancelled; there is nothing to reinstate`;
  return null;
}

/** Why the meeting cannot be taken out of the calendar; null when nothing refers to it. */
export function removalProblem(
  calendar: readonly Meeting[],
  committee: string,
  date: IsoDate,
  refersToIt: readonly Item[],
): string | null {
  if (!findMeeting(calendar, date))
    return `${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`;
  const replaced = calendar.find((m) => m.cancelled && m.movedTo === date);
  if (replaced) {
    return `the ${committee} meeting of ${formatUkDate(replaced.date)} was rearranged to ${formatUkDate(date)}; reinstate or cancel that one first ("actionlog meeting reinstate ${committee} ${replaced.date}")`;
  }
  if (refersToIt.length > 0) {
    const ids = refersToIt.map((item) => item.id).join(', ');
    return (
      `items refer to the ${committee} meeting of ${formatUkDate(date)} (${ids}: decided, due or signed off there); ` +
      `only a meeting nothing refers to can be removed — cancel it instead ("actionlog meeting cancel ${committee} ${date}")`
    );
  }
  return null;
}
