// Dates that make sense (issue 12), through the binary: dates checked against an item's
// life, UK dates in the forms people type, and an item due at "the next meeting" before the
// calendar has one. The seeded store's JHSC meets on 16 Jun, 1 Sep, 27 Nov 2025, 22 Jan and
// 12 Mar 2026; A1 (an action, due 1 Sep) was decided on 16 June.
import { describe, expect, it } from 'vitest';
import { actionlog, bytes, mustRun, seededStore } from './cli.js';
import { forEachBackend } from '../backends.js';

forEachBackend((backend) => {
  function refused(file: string, args: string[], message: RegExp): void {
    const before = bytes(file);
    const result = actionlog(file, args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(bytes(file)).toBe(before);
  }

  const add = (...extra: string[]) => ['add', 'Report back on the winter plan', '-c', 'jhsc', ...extra];

  describe("dates checked against the item's life", () => {
    it('a deadline before the meeting that decided it, and a due at that meeting itself', () => {
      const { data: file } = seededStore(backend);
      refused(
        file,
        add('-m', '2025-09-01', '--due', '2025-08-15'),
        /--due 2025-08-15: the deadline 15 Aug 2025 is before the meeting that decided the item \(1 Sep 2025\)/,
      );
      refused(
        file,
        add('-m', '2025-09-01', '--due', '2025-09-01'),
        /--due 2025-09-01: the item was decided at the meeting of 1 Sep 2025, so it cannot be due there/,
      );
      refused(
        file,
        add('-m', '2025-09-01', '--due', '2025-06-16'),
        /the meeting of 16 Jun 2025 is before the meeting that decided the item/,
      );
      refused(
        file,
        ['update', 'A1', '--due', '2025-05-01'],
        /--due 2025-05-01: the deadline 1 May 2025 is before the meeting that decided the item \(16 Jun 2025\)/,
      );
    });

    it('a decision recorded at a cancelled meeting', () => {
      const { data: file } = seededStore(backend);
      mustRun(file)('meeting', 'cancel', 'jhsc', '2026-01-22', '--moved-to', '2026-01-29', '--as-of', '2025-11-20');
      refused(
        file,
        add('-m', '2026-01-22'),
        /--meeting: the jhsc meeting of 22 Jan 2026 was cancelled \(it was moved to 29 Jan 2026\), so nothing was decided there/,
      );
      expect(actionlog(file, add('-m', '2026-01-29')).code).toBe(0);
    });

    it('a sign-off at a meeting not yet held', () => {
      const { data: file } = seededStore(backend);
      mustRun(file)('done', 'A1');
      refused(
        file,
        ['sign-off', 'jhsc', '--meeting', '2025-11-27', '--as-of', '2025-11-20'],
        /--meeting: the jhsc meeting of 27 Nov 2025 has not been held yet \(today is 20 Nov 2025\)/,
      );
      expect(actionlog(file, ['sign-off', 'jhsc', '--meeting', '2025-11-27', '--as-of', '2025-11-27']).code).toBe(0);
    });

    it('a deferral to a date earlier than the current due, unless --earlier', () => {
      const { data: file } = seededStore(backend);
      refused(
        file,
        ['defer', 'A3', '--to', '2025-10-31', '--as-of', '2025-08-01'],
        /--to 2025-10-31 \(31 Oct 2025\) is earlier than A3's current due \(27 Nov 2025\); a deferral moves an item later — add --earlier to bring it forward/,
      );
      const earlier = actionlog(file, [
        'defer',
        'A3',
        '--to',
        '2025-10-31',
        '--earlier',
        '--reason',
        'Brought forward',
        '--json',
        '--as-of',
        '2025-08-01',
      ]);
      expect(earlier.code).toBe(0);
      expect(earlier.json()).toMatchObject({ due: { kind: 'date', date: '2025-10-31' }, deferrals: 1 });
    });

    it('done on a dropped or a signed-off item', () => {
      const { data: file } = seededStore(backend);
      const run = mustRun(file);
      run('drop', 'A2', '--reason', 'Covered by the dental review');
      refused(
        file,
        ['done', 'A2'],
        /A2 was dropped, not done; to record that it was done after all, reopen it with "actionlog update A2 --status open" first/,
      );
      run('done', 'A1');
      run('sign-off', 'jhsc', '--meeting', '2025-11-27', 'A1', '--as-of', '2025-11-28');
      refused(
        file,
        ['done', 'A1'],
        /A1 was signed off at the meeting of 27 Nov 2025 as done; it has left the log and cannot be marked done/,
      );
    });
  });

  describe('UK dates in the forms people type', () => {
    it.each([
      '27/11/25',
      '27.11.2025',
      '27-11-2025',
      '27th of November 2025',
      'Thursday 27th November 2025',
      'Thurs 27 Nov 2025',
    ])('%s', (typed) => {
      const { data: file } = seededStore(backend);
      const added = actionlog(file, add('-m', typed, '--json'));
      expect(added.stderr).toBe('');
      expect(added.json().source.meeting).toBe('2025-11-27');
    });

    it('a weekday that contradicts the date is an error that says which day it is', () => {
      const { data: file } = seededStore(backend);
      refused(
        file,
        add('-m', 'Friday 27 November 2025'),
        /--meeting "Friday 27 November 2025" is not a real day: 27 Nov 2025 is a Thursday, not a Friday/,
      );
      refused(
        file,
        ['meeting', 'add', 'jhsc', 'Friday 19 May 2026'],
        /date "Friday 19 May 2026" is not a real day: 19 May 2026 is a Tuesday, not a Friday/,
      );
      refused(
        file,
        ['defer', 'A1', '--to', 'Monday 31 March 2026'],
        /"Monday 31 March 2026" is not a real day: 31 Mar 2026 is a Tuesday, not a Monday/,
      );
      refused(
        file,
        ['list', '--as-of', 'Sun 1/11/2025'],
        /--as-of "Sun 1\/11\/2025" is not a real day: 1 Nov 2025 is a Saturday, not a Sunday/,
      );
    });
  });

  describe('"the next meeting" before the calendar has one', () => {
    it.each([[[]], [['--due', 'next']]])(
      'add %j at the last meeting: due at the next meeting, date not yet set, which the first meeting added becomes',
      (due) => {
        const { data: file } = seededStore(backend);
        const added = actionlog(file, add('-m', '2026-03-12', ...due));
        expect(added).toMatchObject({ code: 0, stderr: '' });
        expect(added.stdout).toContain('(action, due next meeting, date not yet set)');
        expect(added.stdout).toContain(
          'jhsc has no meeting after 12 Mar 2026 yet: the item is due at the next meeting added to its calendar',
        );
        expect(actionlog(file, ['show', 'A4', '--json', '--as-of', '2026-06-01']).json()).toMatchObject({
          due: { kind: 'next', after: '2026-03-12' },
          effectiveDue: null,
          overdue: false,
          waitingForMeeting: true,
        });
        mustRun(file)('meeting', 'add', 'jhsc', '2026-05-14', '2026-07-09');
        expect(actionlog(file, ['show', 'A4', '--json', '--as-of', '2026-06-01']).json()).toMatchObject({
          due: { kind: 'next', after: '2026-03-12' },
          effectiveDue: '2026-05-14',
          overdue: true,
          waitingForMeeting: false,
        });
        expect(actionlog(file, ['list', '--format', 'md', '--as-of', '2026-04-01']).stdout).toMatch(
          /\| A4 \|.*\| 14 May 2026 \(next meeting\) \|/,
        );
      },
    );
  });
});
