// Items no meeting can take (issue 12): "waiting for a meeting" in the rules, RAG, the
// carry-forward list, the overdue report and the chair's report.
import { describe, expect, it } from 'vitest';
import { carryForward, sectionOf } from '../../src/domain/carryForward.js';
import { chairReport } from '../../src/domain/chairReport.js';
import { effectiveDueDate } from '../../src/domain/due.js';
import { overdueReport } from '../../src/domain/overdueReport.js';
import { ragOf } from '../../src/domain/rag.js';
import type { LogData } from '../../src/domain/reportItem.js';
import { isOverdue, isWaitingForMeeting, reportDay } from '../../src/domain/rules.js';
import type { Item, Meeting } from '../../src/domain/types.js';
import { makeCalendar, makeItem } from '../factories.js';

// The last two meetings are cancelled: nothing after 27 Nov 2025 can take business.
const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22x', '2026-03-12x');
const TODAY = '2026-01-05';
const waiting = makeItem({ id: 'A1', due: { kind: 'meeting', meeting: '2026-01-22' } });
const nextNotSet = makeItem({
  id: 'A2',
  due: { kind: 'next', after: '2025-11-27' },
  source: { meeting: '2025-11-27', minute: '9', ref: null },
});
const overdue = makeItem({ id: 'A3', due: { kind: 'meeting', meeting: '2025-11-27' } });
const future = makeItem({ id: 'A4', due: { kind: 'future' } });

const log = (items: Item[], meetings: Meeting[] = calendar): LogData => ({
  committees: [{ slug: 'jhsc', name: 'JHSC' }],
  meetings,
  items,
});

describe('waiting for a meeting', () => {
  it('is an open item due at a meeting (or the next) that no meeting can take; never overdue', () => {
    for (const item of [waiting, nextNotSet]) {
      expect(effectiveDueDate(item.due, calendar)).toBeNull();
      expect(isWaitingForMeeting(item, null)).toBe(true);
      expect(isOverdue(item, calendar, TODAY)).toBe(false);
    }
    expect(isWaitingForMeeting(future, null)).toBe(false);
    expect(isWaitingForMeeting({ ...waiting, status: 'done' }, null)).toBe(false);
    expect(isWaitingForMeeting(overdue, '2025-11-27')).toBe(false);
  });

  it('"the next meeting" becomes the first meeting added after its day, not cancelled', () => {
    const later = makeCalendar('2025-11-27', '2026-01-22x', '2026-02-19', '2026-04-16');
    expect(effectiveDueDate(nextNotSet.due, later)).toBe('2026-02-19');
    expect(effectiveDueDate({ kind: 'next', after: '2026-02-19' }, later)).toBe('2026-04-16');
  });

  it('RAG: waiting, neither red nor green', () => {
    expect(ragOf(waiting, calendar, reportDay(TODAY))).toBe('waiting');
    expect(ragOf(nextNotSet, calendar, reportDay(TODAY))).toBe('waiting');
    expect(ragOf(overdue, calendar, reportDay(TODAY))).toBe('red');
  });

  it('carry-forward: apart, whatever the target; with no meeting ahead the list still carries what is overdue', () => {
    expect(sectionOf(waiting, calendar, null, TODAY)).toBe('waiting');
    expect(sectionOf(overdue, calendar, null, TODAY)).toBe('carried');
    expect(sectionOf(makeItem({ due: { kind: 'date', date: '2026-02-01' } }), calendar, null, TODAY)).toBeNull();
    const list = carryForward(log([waiting, nextNotSet, overdue, future]), 'jhsc', null, TODAY);
    expect(list.meeting).toEqual({ date: null });
    expect(list.waitingForMeeting.map((i) => i.id)).toEqual(['A1', 'A2']);
    expect(list.carriedForward.map((i) => [i.id, i.timesCarried])).toEqual([['A3', 1]]);
    expect(list.workProgramme.unscheduled.map((i) => i.id)).toEqual(['A4']);
    // With a meeting ahead, a waiting item is still listed apart.
    const ahead = makeCalendar('2025-11-27', '2026-01-22', '2026-03-12x');
    const withTarget = carryForward(
      log([makeItem({ id: 'A5', due: { kind: 'meeting', meeting: '2026-03-12' } })], ahead),
      'jhsc',
      '2026-01-22',
      TODAY,
    );
    expect(withTarget.waitingForMeeting.map((i) => i.id)).toEqual(['A5']);
  });

  it('overdue: not overdue, counted apart', () => {
    const report = overdueReport(log([waiting, nextNotSet, overdue]), {}, TODAY);
    expect(report.items.map((i) => i.id)).toEqual(['A3']);
    expect(report.waiting.map((i) => i.id)).toEqual(['A1', 'A2']);
    expect(report.totals).toMatchObject({ items: 1, waiting: 2 });
  });

  it("the chair's report: apart from the outstanding groups, and counted", () => {
    const [committee] = chairReport(log([waiting, overdue, future]), {}, TODAY).committees;
    expect(committee.outstanding.flatMap((g) => g.items.map((i) => i.id))).toEqual(['A3', 'A4']);
    expect(committee.waiting.map((i) => i.id)).toEqual(['A1']);
    expect(committee.counts).toEqual({ red: 1, amber: 0, green: 1, waiting: 1, done: 0 });
  });
});
