import { reportDay } from '../../src/domain/rules.js';
import { describe, expect, it } from 'vitest';
import { chairReport } from '../../src/domain/chairReport.js';
import { closedOn } from '../../src/domain/lifecycle.js';
import { overdueReport } from '../../src/domain/overdueReport.js';
import { ragOf, type Rag } from '../../src/domain/rag.js';
import { reportItem, type LogData } from '../../src/domain/reportItem.js';
import { awaitingSignOff, checkSignOff } from '../../src/domain/signOff.js';
import type { Item, Meeting } from '../../src/domain/types.js';
import { makeCalendar, makeItem } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22');
const hwb: Meeting[] = makeCalendar('2025-07-10', '2025-12-11').map((m) => ({ ...m, committee: 'hwb' }));
const meetingDue = (meeting: string) => ({ kind: 'meeting' as const, meeting });

function log(items: Item[]): LogData {
  return {
    committees: [
      { slug: 'jhsc', name: 'Joint Health Scrutiny Committee' },
      { slug: 'hwb', name: 'Health and Wellbeing Board' },
      { slug: 'empty', name: 'Empty Panel' },
    ],
    meetings: [...calendar, ...hwb],
    items,
  };
}

describe('RAG, as of 20 Nov 2025 (next meeting 27 Nov)', () => {
  it.each<[string, Partial<Item>, Rag]>([
    ['overdue is red', { due: meetingDue('2025-09-01') }, 'red'],
    ['due at the next meeting is amber', { due: meetingDue('2025-11-27') }, 'amber'],
    ['due at a later meeting is green', { due: meetingDue('2026-01-22') }, 'green'],
    ['a deadline within 14 days is amber', { due: { kind: 'date', date: '2025-12-04' } }, 'amber'],
    ['a deadline further off is green', { due: { kind: 'date', date: '2025-12-05' } }, 'green'],
    ['a passed deadline is red', { due: { kind: 'date', date: '2025-11-19' } }, 'red'],
    ['future is green', { due: { kind: 'future' } }, 'green'],
    ['done is shown apart', { status: 'done', due: meetingDue('2025-09-01') }, 'done'],
    ['dropped is shown apart', { status: 'dropped' }, 'done'],
  ])('%s', (_name, fields, rag) => {
    expect(ragOf(makeItem(fields), calendar, reportDay('2025-11-20'))).toBe(rag);
  });

  it('due at a meeting held today is amber, not red', () => {
    expect(ragOf(makeItem({ due: meetingDue('2025-11-27') }), calendar, reportDay('2025-11-27'))).toBe('amber');
  });
});

describe('slippage', () => {
  it('counts deferrals and how far the due moved', () => {
    const deferral = {
      at: '2025-09-01T10:00:00Z',
      from: meetingDue('2025-09-01'),
      to: meetingDue('2025-11-27'),
      reason: 'not ready',
    };
    const item = makeItem({
      originalDue: meetingDue('2025-09-01'),
      due: meetingDue('2025-11-27'),
      deferrals: [deferral],
    });
    expect(reportItem(item, calendar, null, reportDay('2025-11-20'))).toMatchObject({
      deferrals: 1,
      slippageDays: 87,
      originalDue: meetingDue('2025-09-01'),
    });
  });
});

describe('overdue report', () => {
  const items = [
    makeItem({ id: 'A1', owner: 'the ICB', due: meetingDue('2025-09-01') }),
    makeItem({
      id: 'A2',
      owner: 'ICB',
      due: meetingDue('2025-06-16'),
      source: { meeting: '2025-03-01', minute: '4', ref: null },
    }),
    makeItem({ id: 'A3', owner: null, due: { kind: 'date', date: '2025-10-01' } }),
    makeItem({
      id: 'A4',
      committee: 'hwb',
      owner: 'UHL',
      due: meetingDue('2025-07-10'),
      source: { meeting: '2025-03-01', minute: null, ref: null },
    }),
    makeItem({ id: 'A5', due: meetingDue('2025-11-27') }),
    makeItem({ id: 'A6', status: 'done', due: meetingDue('2025-09-01') }),
  ];

  it('groups by committee then owner (ignoring case and "the"), no owner last, oldest first', () => {
    const report = overdueReport(log(items), {}, '2025-11-20');
    expect(report.groups.map((g) => [g.label, g.owners!.map((o) => [o.label, o.items.map((i) => i.id)])])).toEqual([
      ['Health and Wellbeing Board', [['UHL', ['A4']]]],
      [
        'Joint Health Scrutiny Committee',
        [
          ['ICB', ['A2', 'A1']],
          ['No owner', ['A3']],
        ],
      ],
    ]);
    // Carried past the meetings held from the due up to the next (27 Nov): a deadline of
    // 1 Oct has passed no meeting yet.
    expect(report.items.map((i) => [i.id, i.timesCarried])).toEqual([
      ['A4', 1],
      ['A2', 2],
      ['A1', 1],
      ['A3', 0],
    ]);
    expect(report.totals).toEqual({
      items: 4,
      committees: 2,
      owners: 3,
      carriedTwiceOrMore: 1,
      oldestDays: 157,
      waiting: 0,
    });
  });

  it.each([
    ['owner', ['ICB', 'UHL', 'No owner']],
    ['committee', ['Health and Wellbeing Board', 'Joint Health Scrutiny Committee']],
  ] as const)('--group-by %s', (groupBy, labels) => {
    expect(overdueReport(log(items), { groupBy }, '2025-11-20').groups.map((g) => g.label)).toEqual(labels);
  });

  it('filters by committee and owner; nothing overdue gives empty totals', () => {
    expect(overdueReport(log(items), { committee: 'jhsc', owner: 'icb' }, '2025-11-20').items.map((i) => i.id)).toEqual(
      ['A2', 'A1'],
    );
    expect(overdueReport(log(items), { committee: 'empty' }, '2025-11-20').totals).toMatchObject({
      items: 0,
      oldestDays: null,
    });
  });
});

describe("chair's report", () => {
  const closed = (id: string, at: string, fields: Partial<Item> = {}) =>
    makeItem({
      id,
      status: 'done',
      history: [{ at, by: 'clerk', change: 'status', from: 'open', to: 'done', note: null }],
      ...fields,
    });
  const items = [
    makeItem({ id: 'A1', due: meetingDue('2025-09-01') }),
    makeItem({ id: 'A2', due: meetingDue('2025-11-27'), source: { meeting: '2025-09-01', minute: '17', ref: '(d)' } }),
    makeItem({ id: 'A3', due: { kind: 'future' } }),
    closed('A4', '2025-10-02T09:00:00Z'),
    closed('A5', '2025-08-01T09:00:00Z'),
    makeItem({ id: 'A6', committee: 'hwb', due: meetingDue('2025-12-11') }),
  ];

  it('per committee: open items by source meeting with RAG, counts, completed since the last meeting', () => {
    const report = chairReport(log(items), {}, '2025-11-20');
    expect(report.committees.map((c) => c.committee)).toEqual(['hwb', 'jhsc']);
    const jhsc = report.committees[1];
    expect(jhsc).toMatchObject({
      nextMeeting: '2025-11-27',
      lastMeeting: '2025-09-01',
      counts: { red: 1, amber: 1, green: 1, done: 1 },
    });
    expect(jhsc.outstanding.map((g) => [g.meeting, g.items.map((i) => [i.id, i.rag])])).toEqual([
      [
        '2025-06-16',
        [
          ['A1', 'red'],
          ['A3', 'green'],
        ],
      ],
      ['2025-09-01', [['A2', 'amber']]],
    ]);
    expect(jhsc.completed.map((i) => i.id)).toEqual(['A4']);
  });

  it('an empty committee is shown when asked for by name, and left out otherwise', () => {
    expect(chairReport(log(items), { committee: 'empty' }, '2025-11-20').committees).toMatchObject([
      {
        committee: 'empty',
        outstanding: [],
        completed: [],
        counts: { red: 0, amber: 0, green: 0, done: 0 },
        nextMeeting: null,
      },
    ]);
  });

  it('filters by owner', () => {
    const report = chairReport(
      log([...items, makeItem({ id: 'A7', owner: 'Officers' })]),
      { owner: 'officers' },
      '2025-11-20',
    );
    expect(report.committees.flatMap((c) => c.outstanding.flatMap((g) => g.items.map((i) => i.id)))).toEqual(['A7']);
  });

  it('closedOn reads the history, falling back to the last update', () => {
    expect(closedOn(closed('A1', '2025-10-02T09:00:00Z'))).toBe('2025-10-02');
    expect(closedOn(makeItem({ status: 'done', updatedAt: '2025-07-07T00:00:00Z' }))).toBe('2025-07-07');
  });
});

describe('sign-off', () => {
  const items = [
    makeItem({ id: 'A2', status: 'done' }),
    makeItem({ id: 'A1', status: 'dropped' }),
    makeItem({ id: 'A3', status: 'done', signedOff: '2025-09-01' }),
    makeItem({ id: 'A4' }),
    makeItem({ id: 'A5', status: 'done', committee: 'hwb' }),
  ];

  it('awaiting: done and dropped, not yet signed off, of that committee, in id order', () => {
    expect(awaitingSignOff(items, 'jhsc').map((i) => i.id)).toEqual(['A1', 'A2']);
  });

  it.each([
    ['A3', /already signed off at the meeting of 1 Sep 2025/],
    ['A4', /A4 is open; only done or dropped/],
    ['A5', /A5 belongs to hwb, not jhsc/],
  ])('%s cannot be signed off', (id, message) => {
    expect(() =>
      checkSignOff(
        items.find((i) => i.id === id)!,
        'jhsc',
      ),
    ).toThrow(message);
  });
});
