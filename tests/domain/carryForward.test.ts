import { describe, expect, it } from 'vitest';
import { carryForward, sectionOf, targetProblem } from '../../src/domain/carryForward.js';
import type { LogData } from '../../src/domain/reportItem.js';
import type { Item, Meeting } from '../../src/domain/types.js';
import { makeCalendar, makeItem } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22', '2026-03-12');
const wp = (fields: Partial<Item>) => makeItem({ type: 'work-programme', category: 'work-programme', ...fields });
const meetingDue = (meeting: string) => ({ kind: 'meeting' as const, meeting });

function log(items: Item[], meetings: Meeting[] = calendar): LogData {
  return { committees: [{ slug: 'jhsc', name: 'Joint Health Scrutiny Committee' }], meetings, items };
}

describe('where an item goes on the list for 27 Nov 2025, as of 20 Nov 2025', () => {
  it.each<[string, Partial<Item>, ReturnType<typeof sectionOf>]>([
    ['an action due at the target', { due: meetingDue('2025-11-27') }, 'due'],
    ['an action whose meeting passed', { due: meetingDue('2025-09-01') }, 'carried'],
    ['an action due after the target is not on the list', { due: meetingDue('2026-01-22') }, null],
    ['a deadline already passed is carried', { due: { kind: 'date', date: '2025-10-31' } }, 'carried'],
    [
      'a deadline before the meeting, not yet passed, is due at it',
      { due: { kind: 'date', date: '2025-11-25' } },
      'due',
    ],
    ['a deadline after the meeting is not on the list', { due: { kind: 'date', date: '2026-03-31' } }, null],
    ['a future action goes with the unscheduled work programme', { due: { kind: 'future' } }, 'unscheduled'],
    ['done items are not placed here (they go to completed)', { status: 'done', due: meetingDue('2025-09-01') }, null],
    ['in progress counts as open', { status: 'in-progress', due: meetingDue('2025-09-01') }, 'carried'],
  ])('%s', (_name, fields, section) => {
    expect(sectionOf(makeItem(fields), calendar, '2025-11-27', '2025-11-20')).toBe(section);
  });

  it.each<[string, Partial<Item>, ReturnType<typeof sectionOf>]>([
    ['work programme due at the target is scheduled', { due: meetingDue('2025-11-27') }, 'scheduled'],
    ['work programme whose meeting passed without it is carried', { due: meetingDue('2025-09-01') }, 'carried'],
    ['future work programme is unscheduled', { due: { kind: 'future' } }, 'unscheduled'],
  ])('%s', (_name, fields, section) => {
    expect(sectionOf(wp(fields), calendar, '2025-11-27', '2025-11-20')).toBe(section);
  });
});

describe('carry-forward list', () => {
  it('fills the five sections in order, each item once, carried oldest first with times carried', () => {
    const items = [
      makeItem({ id: 'A1', due: meetingDue('2025-09-01') }),
      makeItem({ id: 'A2', due: meetingDue('2025-11-27') }),
      makeItem({ id: 'A3', status: 'done', lastNote: 'Circulated 3 July' }),
      makeItem({ id: 'A4', status: 'dropped', signedOff: '2025-09-01' }),
      wp({ id: 'A5', due: meetingDue('2025-11-27') }),
      wp({ id: 'A6', due: { kind: 'future' }, source: { meeting: '2025-03-01', minute: '9', ref: null } }),
      wp({ id: 'A7', due: { kind: 'future' } }),
      makeItem({ id: 'A8', due: meetingDue('2025-06-16'), source: { meeting: '2025-03-01', minute: '1', ref: null } }),
      makeItem({ id: 'A9', committee: 'other', due: meetingDue('2025-09-01') }),
    ];
    const list = carryForward(log(items), 'jhsc', '2025-11-27', '2025-11-20');
    expect(list.committee).toBe('jhsc');
    expect(list.meeting).toEqual({ date: '2025-11-27' });
    expect(list.completed.map((i) => [i.id, i.lastNote])).toEqual([['A3', 'Circulated 3 July']]);
    expect(list.dueAtMeeting.map((i) => i.id)).toEqual(['A2']);
    expect(list.carriedForward.map((i) => [i.id, i.timesCarried])).toEqual([
      ['A8', 2],
      ['A1', 1],
    ]);
    expect(list.workProgramme.scheduled.map((i) => i.id)).toEqual(['A5']);
    expect(list.workProgramme.unscheduled.map((i) => [i.id, i.stale])).toEqual([
      ['A6', true],
      ['A7', false],
    ]);
  });

  it('a cancelled due meeting rolls its items to the next one; a rearranged one to its new date', () => {
    const meetings = makeCalendar('2025-09-01', '2025-10-15x', '2025-11-10>2025-11-17', '2025-11-17', '2025-11-27');
    const items = [
      makeItem({ id: 'A1', due: meetingDue('2025-10-15') }),
      makeItem({ id: 'A2', due: meetingDue('2025-11-10') }),
    ];
    const onSeventeenth = carryForward(log(items, meetings), 'jhsc', '2025-11-17', '2025-11-12');
    expect(onSeventeenth.dueAtMeeting.map((i) => [i.id, i.effectiveDue])).toEqual([
      ['A1', '2025-11-17'],
      ['A2', '2025-11-17'],
    ]);
    const later = carryForward(log(items, meetings), 'jhsc', '2025-11-27', '2025-11-20');
    expect(later.carriedForward.map((i) => [i.id, i.timesCarried])).toEqual([
      ['A1', 1],
      ['A2', 1],
    ]);
  });

  it('an empty committee gives five empty sections', () => {
    const list = carryForward(log([]), 'jhsc', '2025-11-27', '2025-11-20');
    expect(list).toMatchObject({
      completed: [],
      dueAtMeeting: [],
      carriedForward: [],
      workProgramme: { scheduled: [], unscheduled: [] },
    });
  });

  it('items with no owner are listed like any other', () => {
    const list = carryForward(
      log([makeItem({ owner: null, due: meetingDue('2025-09-01') })]),
      'jhsc',
      '2025-11-27',
      '2025-11-20',
    );
    expect(list.carriedForward[0]).toMatchObject({ owner: null, overdue: true, daysOverdue: 80 });
  });

  it.each([
    ['2025-11-27', null],
    ['2025-11-28', 'none'],
    ['2025-10-15', 'cancelled'],
  ])('target %s: %s', (date, problem) => {
    expect(targetProblem(makeCalendar('2025-10-15x', '2025-11-27'), date)).toBe(problem);
  });
});
