import { describe, expect, it } from 'vitest';
import { effectiveMeetingDate, heldMeetingsBetween, meetingStatus } from '../../src/domain/calendar.js';
import { effectiveDueDate } from '../../src/domain/due.js';
import { daysOverdue, isOverdue, isStale, nextMeetingDate, reportDay, timesCarried } from '../../src/domain/rules.js';
import type { Due } from '../../src/domain/types.js';
import { makeCalendar, makeItem } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22', '2026-03-12');

describe('effective due meeting', () => {
  it.each([
    ['a meeting that goes ahead is its own', makeCalendar('2025-09-01', '2025-11-27'), '2025-09-01', '2025-09-01'],
    [
      'a cancelled meeting rolls to the next one held',
      makeCalendar('2025-09-01x', '2025-11-27'),
      '2025-09-01',
      '2025-11-27',
    ],
    [
      'two cancellations in a row roll twice',
      makeCalendar('2025-09-01x', '2025-10-01x', '2025-11-27'),
      '2025-09-01',
      '2025-11-27',
    ],
    [
      'a rearranged meeting goes to its new date',
      makeCalendar('2025-09-01>2025-09-15', '2025-09-15', '2025-11-27'),
      '2025-09-01',
      '2025-09-15',
    ],
    [
      'a rearranged meeting later cancelled rolls on from the new date',
      makeCalendar('2025-09-01>2025-09-15', '2025-09-15x', '2025-11-27'),
      '2025-09-01',
      '2025-11-27',
    ],
    ['a cancelled last meeting has nowhere to go yet', makeCalendar('2025-06-16', '2025-09-01x'), '2025-09-01', null],
    ['a date not in the calendar stands as it is', makeCalendar('2025-09-01'), '2025-10-10', '2025-10-10'],
  ])('%s', (_name, meetings, due, expected) => {
    expect(effectiveMeetingDate(meetings, due)).toBe(expected);
  });

  it.each<[Due, string | null]>([
    [{ kind: 'future' }, null],
    [{ kind: 'date', date: '2026-03-31' }, '2026-03-31'],
    [{ kind: 'meeting', meeting: '2025-11-27' }, '2025-11-27'],
  ])('due %j is effective on %s', (due, expected) => {
    expect(effectiveDueDate(due, calendar)).toBe(expected);
  });
});

describe('overdue', () => {
  it.each<[string, Parameters<typeof makeItem>[0], string, boolean, number | null]>([
    ['open, due meeting passed', {}, '2025-11-20', true, 80],
    ["due at today's meeting is not overdue", {}, '2025-09-01', false, null],
    ['the day after the meeting it is', {}, '2025-09-02', true, 1],
    ['in progress counts', { status: 'in-progress' }, '2025-11-20', true, 80],
    ['done never is', { status: 'done' }, '2025-11-20', false, null],
    ['dropped never is', { status: 'dropped' }, '2025-11-20', false, null],
    ['future items never are', { due: { kind: 'future' } }, '2030-01-01', false, null],
    ['a deadline passed', { due: { kind: 'date', date: '2025-10-31' } }, '2025-11-20', true, 20],
    ['a deadline not yet reached', { due: { kind: 'date', date: '2025-12-31' } }, '2025-11-20', false, null],
  ])('%s', (_name, fields, today, overdue, days) => {
    const item = makeItem(fields);
    expect(isOverdue(item, calendar, today)).toBe(overdue);
    expect(daysOverdue(item, calendar, today)).toBe(days);
  });

  it('follows a cancellation: due at a cancelled meeting, overdue only after the next one', () => {
    const meetings = makeCalendar('2025-06-16', '2025-09-01x', '2025-11-27');
    const item = makeItem();
    expect(isOverdue(item, meetings, '2025-11-20')).toBe(false);
    expect(isOverdue(item, meetings, '2025-11-28')).toBe(true);
  });
});

describe('times carried', () => {
  it.each<[string, string[], string, string, number]>([
    ['carried past one meeting', ['2025-06-16', '2025-09-01', '2025-11-27'], '2025-11-27', '2025-11-20', 1],
    ['carried past two', ['2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22'], '2026-01-22', '2025-12-01', 2],
    [
      'cancelled meetings do not count',
      ['2025-06-16', '2025-09-01', '2025-10-01x', '2025-11-27'],
      '2025-11-27',
      '2025-11-20',
      1,
    ],
    [
      'papers prepared ahead: a meeting between today and the target will have passed',
      ['2025-06-16', '2025-09-01', '2025-11-27'],
      '2025-11-27',
      '2025-08-20',
      1,
    ],
    ['not yet due at the target', ['2025-06-16', '2025-09-01', '2025-11-27'], '2025-09-01', '2025-08-20', 0],
  ])('%s', (_name, dates, target, today, expected) => {
    expect(timesCarried(makeItem(), makeCalendar(...dates), target, today)).toBe(expected);
  });

  it('is zero for a closed item, a future one, and a deadline still to come', () => {
    expect(timesCarried(makeItem({ status: 'done' }), calendar, '2025-11-27', '2025-11-20')).toBe(0);
    expect(timesCarried(makeItem({ due: { kind: 'future' } }), calendar, '2025-11-27', '2025-11-20')).toBe(0);
    expect(
      timesCarried(makeItem({ due: { kind: 'date', date: '2025-10-01' } }), calendar, '2025-11-27', '2025-09-20'),
    ).toBe(0);
    expect(
      timesCarried(makeItem({ due: { kind: 'date', date: '2025-10-01' } }), calendar, '2026-01-22', '2025-10-20'),
    ).toBe(1);
  });

  it('counts held meetings from the due meeting up to, not including, the target', () => {
    expect(heldMeetingsBetween(calendar, '2025-09-01', '2026-01-22')).toBe(2);
  });
});

describe('calendar', () => {
  it.each([
    ['2025-11-27', '2025-11-20', 'scheduled'],
    ['2025-11-27', '2025-11-27', 'scheduled'],
    ['2025-09-01', '2025-11-20', 'held'],
  ] as const)('meeting %s as of %s is %s', (date, today, status) => {
    expect(meetingStatus({ committee: 'jhsc', date, cancelled: false, movedTo: null }, today)).toBe(status);
  });

  it('a cancelled meeting is cancelled whatever the date', () => {
    expect(meetingStatus({ committee: 'jhsc', date: '2025-09-01', cancelled: true, movedTo: null }, '2025-11-20')).toBe(
      'cancelled',
    );
  });

  it('the next meeting is the first not cancelled on or after today', () => {
    expect(nextMeetingDate(makeCalendar('2025-09-01', '2025-11-27x', '2026-01-22'), '2025-11-20')).toBe('2026-01-22');
    expect(nextMeetingDate(calendar, '2025-11-27')).toBe('2025-11-27');
    expect(nextMeetingDate(calendar, '2026-04-01')).toBeNull();
  });
});

describe('stale', () => {
  it('an open future item raised over six months ago is stale', () => {
    const item = makeItem({ due: { kind: 'future' }, source: { meeting: '2025-03-01', minute: null, ref: null } });
    expect(isStale(item, reportDay('2025-11-20'))).toBe(true);
    expect(isStale(item, reportDay('2025-08-20'))).toBe(false);
    expect(isStale(item, reportDay('2025-11-20', 12))).toBe(false);
  });
});
