// Items no meeting can take, and labels that tell the truth (issue 12), through the binary.
// The seeded store's JHSC meets on 16 Jun, 1 Sep, 27 Nov 2025, 22 Jan and 12 Mar 2026.
import { describe, expect, it } from 'vitest';
import { actionlog, mustRun, seededStore } from './cli.js';
import { forEachBackend } from '../backends.js';

forEachBackend((backend) => {
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** The seeded store with A1 deferred to the last meeting, which is then cancelled along with the one before: nothing is left to take A1. */
  function nothingLeft(): string {
    const { data: file } = seededStore(backend);
    const run = mustRun(file);
    run('defer', 'A1', '--to', '2026-03-12', '--reason', 'Blueprint not ready', '--as-of', '2025-08-01');
    run('meeting', 'cancel', 'jhsc', '2026-01-22', '--as-of', '2026-01-05');
    run('meeting', 'cancel', 'jhsc', '2026-03-12', '--as-of', '2026-01-05');
    return file;
  }

  const AS_OF = ['--as-of', '2026-01-05'];

  describe('waiting for a meeting, everywhere', () => {
    it('carry-forward does not fail: the list is for the next meeting, date not yet set, with the item apart', () => {
      const file = nothingLeft();
      const table = actionlog(file, ['carry-forward', 'jhsc', ...AS_OF]);
      expect(table).toMatchObject({ code: 0, stderr: '' });
      expect(table.stdout).toContain('Meeting: the next meeting (date not yet set)');
      expect(table.stdout).toMatch(
        /6\. Waiting for a meeting: no meeting in the calendar can take these yet\n\nID .*\nA1 /,
      );
      const markdown = actionlog(file, ['carry-forward', 'jhsc', '--format', 'md', ...AS_OF]).stdout;
      expect(markdown).toMatch(/\| A1 \|.*\| 12 Mar 2026 \(cancelled; waiting for a meeting\)/);
      const list: Json = actionlog(file, ['carry-forward', 'jhsc', '--json', ...AS_OF]).json();
      expect(list.meeting).toEqual({ date: null });
      expect(list.waitingForMeeting.map((i: Json) => [i.id, i.waitingForMeeting, i.effectiveDue, i.overdue])).toEqual([
        ['A1', true, null, false],
      ]);
      expect([...list.carriedForward, ...list.dueAtMeeting].map((i: Json) => i.id)).not.toContain('A1');
    });

    it('overdue: not overdue, counted apart', () => {
      const file = nothingLeft();
      expect(
        actionlog(file, ['overdue', '--json', ...AS_OF])
          .json()
          .map((i: Json) => i.id),
      ).not.toContain('A1');
      const table = actionlog(file, ['overdue', ...AS_OF]).stdout;
      expect(table).toMatch(/Waiting for a meeting \(not overdue\)[\s\S]*A1 /);
      expect(table).toContain('1 item waiting for a meeting (not overdue: no meeting in the calendar can take it).');
    });

    it("the chair's report: shown apart, not green", () => {
      const file = nothingLeft();
      const report: Json = actionlog(file, ['report', '--committee', 'jhsc', '--json', ...AS_OF]).json();
      const [jhsc] = report.committees;
      expect(jhsc.counts).toMatchObject({ waiting: 1 });
      expect(jhsc.waitingForMeeting.map((i: Json) => [i.id, i.rag])).toEqual([['A1', 'waiting']]);
      expect(jhsc.outstanding.flatMap((g: Json) => g.items.map((i: Json) => i.id))).not.toContain('A1');
      const html = actionlog(file, ['report', '--committee', 'jhsc', '--format', 'html', ...AS_OF]).stdout;
      expect(html).toContain('<span class="rag rag-waiting">Waiting for a meeting: 1</span>');
      expect(html).toMatch(/<h2>Waiting for a meeting<\/h2>[\s\S]*<td>A1<\/td>/);
    });

    it('list and show say so, and the item rolls on to the next meeting as soon as one is added', () => {
      const file = nothingLeft();
      expect(actionlog(file, ['list', '--format', 'md', ...AS_OF]).stdout).toMatch(
        /\| A1 \|.*\| open, waiting for a meeting \|/,
      );
      expect(actionlog(file, ['meeting', 'add', 'jhsc', '2026-04-16']).code).toBe(0);
      expect(actionlog(file, ['show', 'A1', '--json', ...AS_OF]).json()).toMatchObject({
        effectiveDue: '2026-04-16',
        waitingForMeeting: false,
      });
      expect(actionlog(file, ['carry-forward', 'jhsc', '--json', ...AS_OF]).json()).toMatchObject({
        meeting: { date: '2026-04-16' },
        waitingForMeeting: [],
      });
    });
  });

  describe('labels tell the truth', () => {
    it('an item deferred to the next meeting is never shown as cancelled', () => {
      const { data: file } = seededStore(backend);
      expect(actionlog(file, ['defer', 'A1', '--to', 'next', '--as-of', '2025-08-01']).code).toBe(0);
      const shown = actionlog(file, ['show', 'A1', '--as-of', '2025-08-01']).stdout;
      expect(shown).not.toMatch(/cancelled/);
      expect(shown).toMatch(/Slippage +deferred 1 time\(s\); originally 1 Sep 2025\n/);
      expect(actionlog(file, ['list', '--as-of', '2025-08-01', '--format', 'md']).stdout).not.toMatch(/cancelled/);
    });

    it('amber is due at the next meeting or by a deadline within 14 days; green is later; waiting is neither', () => {
      const { data: file } = seededStore(backend);
      const run = mustRun(file);
      run('add', 'Deadline in ten days', '-c', 'jhsc', '-m', '2025-09-01', '--due', '2025-11-30');
      run('add', 'Deadline in three weeks', '-c', 'jhsc', '-m', '2025-09-01', '--due', '2025-12-11');
      run('add', 'Due at the meeting after next', '-c', 'jhsc', '-m', '2025-09-01', '--due', '2026-01-22');
      run(
        'add',
        'Due at the last meeting, which is then cancelled',
        '-c',
        'jhsc',
        '-m',
        '2025-09-01',
        '--due',
        '2026-03-12',
      );
      run('meeting', 'cancel', 'jhsc', '2026-03-12', '--as-of', '2025-11-20');
      const report: Json = actionlog(file, ['report', '--json', '--as-of', '2025-11-20']).json();
      const rag = Object.fromEntries(
        report.committees[0].outstanding
          .flatMap((g: Json) => g.items)
          .concat(report.committees[0].waitingForMeeting)
          .map((i: Json) => [i.id, i.rag]),
      );
      // A3 is due at 27 November, the next meeting.
      expect(rag).toEqual({
        A1: 'red',
        A2: 'green',
        A3: 'amber',
        A4: 'amber',
        A5: 'green',
        A6: 'green',
        A7: 'waiting',
      });
    });
  });
});
