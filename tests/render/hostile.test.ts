// Item text and owners come from people and imported minutes: every report format must show
// them as text, never obey them — no terminal escapes, no HTML, no spreadsheet formulas.
import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward.js';
import { chairReport } from '../../src/domain/chairReport.js';
import { overdueReport } from '../../src/domain/overdueReport.js';
import type { LogData } from '../../src/domain/reportItem.js';
import { itemView } from '../../src/domain/view.js';
import { renderCarryForward } from '../../src/render/carryForward.js';
import { renderChairReport } from '../../src/render/chairReport.js';
import { renderItems } from '../../src/render/items.js';
import { renderOverdue } from '../../src/render/overdue.js';
import type { ReportFormat } from '../../src/render/reportDoc.js';
import { makeCalendar, makeItem } from '../factories.js';

const HOSTILE = [
  '\u001b[31mRED\u001b[0m \u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007',
  'nul\u0000bell\u0007backspace\u0008del\u007f c1\u009b',
  'bidi \u202Eevil\u202C and \u2066isolate\u2069',
  '<script>alert("x")</script> & <img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rCarriage',
];
const FORMULA = /^[=+\-@\t\r]/;
const TERMINAL_DANGER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex

const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27');
const items = HOSTILE.flatMap((text, n) => [
  // Overdue, with the hostile text as the item, the owner and the closing note of a done one.
  makeItem({ id: `A${n * 3 + 1}`, text, owner: text, due: { kind: 'meeting', meeting: '2025-09-01' } }),
  makeItem({ id: `A${n * 3 + 2}`, text, owner: null, status: 'done', lastNote: text }),
  makeItem({
    id: `A${n * 3 + 3}`,
    type: 'work-programme',
    category: 'work-programme',
    text,
    owner: text,
    due: { kind: 'future' },
  }),
]);
const data: LogData = {
  committees: [{ slug: 'jhsc', name: 'Joint <b>Health</b> Scrutiny' }],
  meetings: calendar,
  items,
};
const TODAY = '2025-11-20';
const table = { width: 100, colour: null, borders: false };

const reports: Record<string, (format: ReportFormat) => string> = {
  overdue: (format) => renderOverdue(overdueReport(data, {}, TODAY), format, table),
  'overdue by owner': (format) => renderOverdue(overdueReport(data, { groupBy: 'owner' }, TODAY), format, table),
  'carry-forward': (format) => renderCarryForward(carryForward(data, 'jhsc', '2025-11-27', TODAY), format, table),
  report: (format) => renderChairReport(chairReport(data, {}, TODAY), format, table),
  list: (format) =>
    renderItems(
      items.map((i) => itemView(i, calendar, TODAY)),
      { format, ...table },
    ),
};

/** A small RFC 4180 reader, enough to see each cell as a spreadsheet would. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) && match[0] !== '') {
    const raw = match[1];
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
  }
  return cells;
}

describe.each(Object.keys(reports))('%s with hostile text', (name) => {
  const render = reports[name];

  it.each(['table', 'md'] as const)('%s: no escape sequences, control characters or bidi overrides', (format) => {
    const out = render(format);
    expect(out).not.toMatch(TERMINAL_DANGER);
    expect(out).toContain('RED');
  });

  it('md: no live HTML or links', () => {
    const out = render('md');
    expect(out).not.toMatch(/(^|[^\\])<(script|img|b>)/m);
    expect(out).toContain('\\<script\\>');
  });

  it('html: everything escaped, no control characters', () => {
    const out = render('html');
    expect(out).not.toMatch(/<script|<img|<b>/i);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).not.toMatch(TERMINAL_DANGER);
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
  });

  it('csv: no cell a spreadsheet would run as a formula', () => {
    const cells = csvCells(render('csv'));
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((c) => FORMULA.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain(`'-1+1`);
    expect(cells).toContain(`'@SUM(A1:A2)`);
    expect(cells).toContain(`'+cmd|' /C calc'!A0`);
  });

  it('json: the text kept exactly, as data', () => {
    const out = render('json');
    expect(out).toContain('\\u001b[31mRED');
    expect(JSON.stringify(JSON.parse(out))).toContain(JSON.stringify(HOSTILE[0]).slice(1, -1));
  });
});
