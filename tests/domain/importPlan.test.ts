import { describe, expect, it } from 'vitest';
import {
  calendarWithMinutes,
  dueFor,
  planImport,
  planNoted,
  withinDeadline,
  type Proposed,
} from '../../src/domain/importPlan.js';
import { markDone } from '../../src/domain/lifecycle.js';
import type { Due } from '../../src/domain/types.js';
import { makeCalendar, makeItem, STAMP } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-11-27', '2026-02-23');
const proposed = (fields: Partial<Proposed>): Proposed => ({
  minute: '53',
  ref: '2',
  type: 'action',
  category: 'action',
  owner: null,
  due: null,
  text: 'Do the thing',
  confidence: 0.9,
  ...fields,
});

describe('placing what the minutes say against the calendar', () => {
  it.each<[string, Proposed['due'], Proposed['type'], Due]>([
    ['next meeting', { kind: 'next' }, 'action', { kind: 'meeting', meeting: '2025-11-27' }],
    ['none stated: an action is due next', null, 'action', { kind: 'meeting', meeting: '2025-11-27' }],
    ['none stated: a work-programme item is unscheduled', null, 'work-programme', { kind: 'future' }],
    [
      'a named month',
      { kind: 'month', month: 'February' },
      'work-programme',
      { kind: 'meeting', meeting: '2026-02-23' },
    ],
    [
      'a month with no meeting stays unscheduled',
      { kind: 'month', month: 'July' },
      'work-programme',
      { kind: 'future' },
    ],
    ['a stated date', { kind: 'date', date: '2026-03-31' }, 'action', { kind: 'date', date: '2026-03-31' }],
    [
      'a stated date that is a meeting day',
      { kind: 'date', date: '2026-02-23' },
      'action',
      { kind: 'meeting', meeting: '2026-02-23' },
    ],
    [
      'within 12 months of the meeting',
      { kind: 'within', amount: 12, unit: 'months' },
      'action',
      { kind: 'date', date: '2026-06-16' },
    ],
    ['within two weeks', { kind: 'within', amount: 2, unit: 'weeks' }, 'action', { kind: 'date', date: '2025-06-30' }],
  ])('%s', (_name, due, type, recorded) => {
    expect(dueFor(due, type, calendar, '2025-06-16')).toEqual(recorded);
  });

  it('a next meeting not yet in the calendar is reported as next, not guessed', () => {
    const [planned] = planImport([proposed({ due: { kind: 'next' } })], 'jhsc', '2026-02-23', calendar, []);
    // Recorded as "the next meeting after this one", which the first meeting added becomes.
    expect(planned.recordedDue).toEqual({ kind: 'next', after: '2026-02-23' });
    expect(planned.placed).toEqual({ kind: 'next' });
  });

  it('adds the meeting and later dates to the calendar, never earlier ones', () => {
    const merged = calendarWithMinutes(makeCalendar('2025-06-16'), 'jhsc', '2025-06-16', [
      '2025-03-17',
      '2025-11-27',
      '2025-11-27',
    ]);
    expect(merged.added).toEqual(['2025-11-27']);
    expect(merged.calendar.map((m) => m.date)).toEqual(['2025-06-16', '2025-11-27']);
  });

  it('marks items already in the log (same committee, meeting, minute and ref)', () => {
    const existing = [
      makeItem({ id: 'A7', committee: 'jhsc', source: { meeting: '2025-06-16', minute: '53', ref: '2' } }),
    ];
    const planned = planImport([proposed({}), proposed({ ref: '3' })], 'jhsc', '2025-06-16', calendar, existing);
    expect(planned.map((p) => p.duplicateOf)).toEqual(['A7', null]);
  });

  it('tells apart items of one minute with no ref by their text', () => {
    const existing = [
      makeItem({
        id: 'A7',
        committee: 'jhsc',
        text: 'Write to the school',
        source: { meeting: '2025-06-16', minute: '4', ref: null },
      }),
    ];
    const planned = planImport(
      [
        proposed({ minute: '4', ref: null, text: 'Write to the school' }),
        proposed({ minute: '4', ref: null, text: 'Chase the grant' }),
      ],
      'jhsc',
      '2025-06-16',
      calendar,
      existing,
    );
    expect(planned.map((p) => p.duplicateOf)).toEqual(['A7', null]);
  });

  it('tells unnumbered items apart by their text', () => {
    const existing = [
      makeItem({
        id: 'A7',
        committee: 'jhsc',
        text: 'Do the thing',
        source: { meeting: '2025-06-16', minute: null, ref: null },
      }),
    ];
    const planned = planImport(
      [proposed({ minute: null, ref: null }), proposed({ minute: null, ref: null, text: 'Another' })],
      'jhsc',
      '2025-06-16',
      calendar,
      existing,
    );
    expect(planned.map((p) => p.duplicateOf)).toEqual(['A7', null]);
  });

  it('counts within-deadlines in calendar months', () => {
    expect(withinDeadline('2022-02-22', 12, 'months')).toBe('2023-02-22');
    expect(withinDeadline('2025-01-31', 1, 'months')).toBe('2025-02-28');
    expect(withinDeadline('2025-06-16', 1, 'years')).toBe('2026-06-16');
  });
});

describe('what the plan says about each candidate', () => {
  it('numbers the items, then the noted resolutions on from them', () => {
    const planned = planImport([proposed({}), proposed({ ref: '3' })], 'jhsc', '2025-06-16', calendar, []);
    expect(planned.map((p) => p.number)).toEqual([1, 2]);
    const noted = planNoted(
      [{ minute: '52', ref: null, text: 'That the minutes be confirmed' }],
      planned.length,
      'jhsc',
      '2025-06-16',
      [],
    );
    expect(noted).toEqual([
      {
        minute: '52',
        ref: null,
        text: 'That the minutes be confirmed',
        number: 3,
        source: 'resolution',
        trackedAs: null,
      },
    ]);
  });

  it('says where each was read, from a parser that gives it or one that only marks the discussion', () => {
    const planned = planImport(
      [proposed({ source: 'action-table' }), proposed({ narrative: true }), proposed({})],
      'jhsc',
      '2025-06-16',
      calendar,
      [],
    );
    expect(planned.map((p) => p.source)).toEqual(['action-table', 'discussion', 'resolution']);
  });

  it('a noted resolution the log already tracks says as what', () => {
    const existing = [
      makeItem({ id: 'A5', committee: 'jhsc', source: { meeting: '2025-06-16', minute: '52', ref: '(a)' } }),
    ];
    expect(
      planNoted([{ minute: '52', ref: '(a)', text: 'That the report be noted' }], 0, 'jhsc', '2025-06-16', existing)[0]
        .trackedAs,
    ).toBe('A5');
  });

  it('an entry citing an earlier item the log holds updates it; several open ones are for the clerk to choose', () => {
    const existing = [
      makeItem({ id: 'A2', committee: 'jhsc', source: { meeting: '2025-01-20', minute: '12', ref: '(a)' } }),
      makeItem({ id: 'A3', committee: 'jhsc', source: { meeting: '2025-01-20', minute: '12', ref: '(b)' } }),
    ];
    const planned = planImport(
      [proposed({ updates: 'Minute 12(a)' }), proposed({ updates: '12' }), proposed({ updates: '99' })],
      'jhsc',
      '2025-06-16',
      calendar,
      existing,
    );
    expect(planned.map((p) => [p.updatesItem, p.updateCandidates])).toEqual([
      ['A2', ['A2']],
      [null, ['A2', 'A3']],
      [null, []],
    ]);
  });

  it('a minute whose other items are done: the one still open is the one updated', () => {
    const existing = [
      markDone(
        makeItem({ id: 'A2', committee: 'jhsc', source: { meeting: '2025-01-20', minute: '12', ref: '(a)' } }),
        null,
        STAMP,
      ),
      makeItem({ id: 'A3', committee: 'jhsc', source: { meeting: '2025-01-20', minute: '12', ref: '(b)' } }),
    ];
    const [planned] = planImport([proposed({ updates: '12' })], 'jhsc', '2025-06-16', calendar, existing);
    expect(planned).toMatchObject({ updatesItem: 'A3', updateCandidates: ['A3', 'A2'] });
  });
});
