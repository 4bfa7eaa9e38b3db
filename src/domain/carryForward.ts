// The carry-forward list (matters arising) for one committee's target meeting, in the
// order of DESIGN.md "The carry-forward list". Each item appears in one section only.
import { findMeeting, meetingsOf } from './calendar.js';
import { effectiveDueDate } from './due.js';
import { byDue, bySourceMeeting, committeeName, reportItem, type LogData, type ReportItem } from './reportItem.js';
import { isActive, isWaitingForMeeting, reportDay } from './rules.js';
import { isClosed, type IsoDate, type Item, type Meeting } from './types.js';

export interface CarryForward {
  committee: string;
  committeeName: string;
  /** The meeting the list is for; null when the committee has none ahead yet (the next one, date not yet set). */
  meeting: { date: IsoDate | null };
  today: IsoDate;
  /** 0. Done or dropped, not yet signed off: for the committee to note and sign off. */
  completed: ReportItem[];
  /** 1. Open actions due at the target meeting (or by a deadline on or before it). */
  dueAtMeeting: ReportItem[];
  /** 2. Items whose due passed without them, oldest first. */
  carriedForward: ReportItem[];
  workProgramme: {
    /** 3. Work-programme items due at the target meeting: the next agenda's items. */
    scheduled: ReportItem[];
    /** 4. Future items the committee has yet to place; stale ones are marked. */
    unscheduled: ReportItem[];
  };
  /** 5. Items no meeting in the calendar can take yet (rules.ts): they wait for the next meeting to be added. */
  waitingForMeeting: ReportItem[];
}

type Section = 'due' | 'carried' | 'scheduled' | 'unscheduled' | 'waiting' | null;

/**
 * Where an open item goes on the list for target meeting T. A deadline that falls by T
 * and has not yet passed is business for T; a meeting between today and T will have
 * passed by T, so its items are carried. Items due after T are not on this list. An item
 * no meeting can take is on every list, apart, so that it is never lost from sight. With
 * no meeting ahead (T null), the list carries what is overdue and what waits.
 */
export function sectionOf(item: Item, calendar: readonly Meeting[], target: IsoDate | null, today: IsoDate): Section {
  if (!isActive(item)) return null;
  const due = effectiveDueDate(item.due, calendar);
  // Future actions have nowhere else to go; the committee places them with the work programme.
  if (item.due.kind === 'future') return 'unscheduled';
  if (isWaitingForMeeting(item, due)) return 'waiting';
  if (due === null) return null;
  if (target === null) return due < today ? 'carried' : null;
  const atTarget = item.type === 'action' ? 'due' : 'scheduled';
  if (due === target) return atTarget;
  if (due < today) return 'carried';
  if (due < target) return item.due.kind === 'date' ? atTarget : 'carried';
  return null;
}

export function carryForward(data: LogData, committee: string, target: IsoDate | null, today: IsoDate): CarryForward {
  const calendar = meetingsOf(data.meetings, committee);
  const list: CarryForward = {
    committee,
    committeeName: committeeName(data, committee),
    meeting: { date: target },
    today,
    completed: [],
    dueAtMeeting: [],
    carriedForward: [],
    workProgramme: { scheduled: [], unscheduled: [] },
    waitingForMeeting: [],
  };
  const day = reportDay(today);
  const sections: Record<Exclude<Section, null>, ReportItem[]> = {
    due: list.dueAtMeeting,
    carried: list.carriedForward,
    scheduled: list.workProgramme.scheduled,
    unscheduled: list.workProgramme.unscheduled,
    waiting: list.waitingForMeeting,
  };
  for (let i = 0; i < data.items.length; i++) {
    // Indexed: run once per command, unoptimised, for…of would allocate per item.
    const item = data.items[i];
    if (item.committee !== committee) continue;
    if (isClosed(item)) {
      if (item.signedOff === null) list.completed.push(reportItem(item, calendar, target, day));
      continue;
    }
    const section = sectionOf(item, calendar, target, today);
    if (section) sections[section].push(reportItem(item, calendar, target, day));
  }
  list.completed.sort(bySourceMeeting);
  list.dueAtMeeting.sort(bySourceMeeting);
  list.carriedForward.sort(byDue);
  list.workProgramme.scheduled.sort(bySourceMeeting);
  list.workProgramme.unscheduled.sort(bySourceMeeting);
  list.waitingForMeeting.sort(bySourceMeeting);
  return list;
}

/** Why a date cannot be the target, in a clerk's words; null when it can. */
export function targetProblem(calendar: readonly Meeting[], date: IsoDate): 'none' | 'cancelled' | null {
  const meeting = findMeeting(calendar, date);
  if (!meeting) return 'none';
  return meeting.cancelled ? 'cancelled' : null;
}
