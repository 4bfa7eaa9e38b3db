// What the chair and the committee see on every outstanding row: status, the latest update
// with its date, and for a slipped item its first due and how often it was deferred or carried.
import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward.js';
import { chairReport } from '../../src/domain/chairReport.js';
import { deferItem, updateItem } from '../../src/domain/lifecycle.js';
import { reportItem, type LogData } from '../../src/domain/reportItem.js';
import { reportDay } from '../../src/domain/rules.js';
import { renderCarryForward } from '../../src/render/carryForward.js';
import { renderChairReport } from '../../src/render/chairReport.js';
import { dueWithSlippage } from '../../src/render/reportDoc.js';
import { makeCalendar, makeItem } from '../factories.js';

const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22');
const stamp = (day: string) => ({ at: `${day}T10:00:00.000Z`, by: 'clerk' });
// Due in June, deferred to September with a reason, then chased: carried past September to 27 Nov.
const slipped = updateItem(
  deferItem(
    makeItem({
      id: 'A1',
      due: { kind: 'meeting', meeting: '2025-06-16' },
      source: { meeting: '2025-03-01', minute: '12', ref: null },
    }),
    { kind: 'meeting', meeting: '2025-09-01' },
    'Awaiting the ICB',
    stamp('2025-06-10'),
  ),
  { status: 'in-progress' },
  'Draft seen by officers',
  stamp('2025-11-12'),
);
const due = makeItem({ id: 'A2', due: { kind: 'meeting', meeting: '2025-11-27' } });
const data: LogData = {
  committees: [{ slug: 'jhsc', name: 'Joint Health Scrutiny Committee' }],
  meetings: calendar,
  items: [slipped, due],
};
const TODAY = '2025-11-20';
const table = { width: 400, colour: null, borders: false };

describe('carry-forward list', () => {
  const list = carryForward(data, 'jhsc', '2025-11-27', TODAY);

  it('Markdown: status and latest update on every outstanding row, slippage in the due', () => {
    const md = renderCarryForward(list, 'md', table);
    expect(md).toContain('| ID | Decided | Item | Owner | Due | Days over | Carried | Status | Latest update |');
    expect(md).toContain(
      '| A1 | 1 Mar 2025 · 12 | Report back on waiting times | UHL | 1 Sep 2025; first due at the 16 Jun 2025 meeting; deferred once (+77 days) | 80 | once | in-progress | 12 Nov 2025: Draft seen by officers |',
    );
    expect(md).toContain('| ID | Decided | Item | Owner | Due | Status | Latest update |');
    expect(md).toContain('| A2 | 16 Jun 2025 · 53(a) | Report back on waiting times | UHL | 27 Nov 2025 | open | — |');
  });

  it('CSV and JSON carry the latest update too', () => {
    const csv = renderCarryForward(list, 'csv', table).split('\r\n');
    expect(csv[0]).toMatch(/,last_note,latest_update_on,latest_update_by,latest_update$/);
    expect(csv.find((line) => line.startsWith('carried-forward,A1,'))).toMatch(
      /,Draft seen by officers,2025-11-12,clerk,Draft seen by officers$/,
    );
    const json = JSON.parse(renderCarryForward(list, 'json', table));
    expect(json.carriedForward[0].latestUpdate).toEqual({
      at: '2025-11-12T10:00:00.000Z',
      by: 'clerk',
      note: 'Draft seen by officers',
    });
    expect(json.dueAtMeeting[0].latestUpdate).toBeNull();
  });
});

describe("chair's report", () => {
  it('each outstanding row: due with first due, deferrals and times carried; status; latest update; RAG', () => {
    const md = renderChairReport(chairReport(data, {}, TODAY), 'md', table);
    expect(md).toContain('| ID | Minute | Item | Owner | Due | Status | Latest update | RAG |');
    expect(md).toContain(
      '| A1 | 12 | Report back on waiting times | UHL | 1 Sep 2025; first due at the 16 Jun 2025 meeting; deferred once (+77 days); carried once | in-progress | 12 Nov 2025: Draft seen by officers | Red (overdue) |',
    );
    const html = renderChairReport(chairReport(data, {}, TODAY), 'html', table);
    expect(html).toContain('<th class="update">Latest update</th>');
    expect(html).toContain('12 Nov 2025: Draft seen by officers');
  });
});

describe('the due with its slippage', () => {
  const calendarOfFour = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22');
  const day = reportDay(TODAY);
  const view = (item: Parameters<typeof reportItem>[0]) => reportItem(item, calendarOfFour, '2025-11-27', day);
  it.each([
    ['due only', view(makeItem({ due: { kind: 'meeting', meeting: '2025-11-27' } })), false, '27 Nov 2025'],
    [
      'carried, never deferred',
      view(makeItem({ due: { kind: 'meeting', meeting: '2025-06-16' } })),
      true,
      '16 Jun 2025; carried 2 times',
    ],
    [
      'carried, the column not asked for',
      view(makeItem({ due: { kind: 'meeting', meeting: '2025-06-16' } })),
      false,
      '16 Jun 2025',
    ],
    [
      'deferred and carried',
      view(slipped),
      true,
      '1 Sep 2025; first due at the 16 Jun 2025 meeting; deferred once (+77 days); carried once',
    ],
    ['deferred', view(slipped), false, '1 Sep 2025; first due at the 16 Jun 2025 meeting; deferred once (+77 days)'],
  ])('%s', (_name, item, carried, expected) => {
    expect(dueWithSlippage(item, carried)).toBe(expected);
  });
});
