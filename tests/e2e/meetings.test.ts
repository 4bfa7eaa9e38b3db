// A committee's calendar through the binary: what cancelling, rearranging, reinstating and
// removing a meeting may and may not do (issue 12). The seeded store's JHSC meets on
// 16 Jun, 1 Sep, 27 Nov 2025, 22 Jan and 12 Mar 2026; A1–A3 were decided on 16 June.
import { describe, expect, it } from 'vitest';
import { actionlog, bytes, seededStore } from './cli.js';
import { forEachBackend } from '../backends.js';

forEachBackend((backend) => {
  /** Exit 2, one line on stderr matching `message`, nothing on stdout, and the store unchanged byte for byte. */
  function refused(file: string, args: string[], message: RegExp): void {
    const before = bytes(file);
    const result = actionlog(file, args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(bytes(file)).toBe(before);
  }

  const meetings = (file: string, asOf = '2025-11-20') =>
    actionlog(file, ['meeting', 'list', 'jhsc', '--json', '--as-of', asOf]).json() as {
      date: string;
      status: string;
      movedTo: string | null;
    }[];

  describe('meeting cancel refuses what cannot be', () => {
    it('a meeting the log records as held, unless --force with a reason', () => {
      const { data: file } = seededStore(backend);
      refused(
        file,
        ['meeting', 'cancel', 'jhsc', '2025-06-16', '--as-of', '2025-11-20'],
        /the jhsc meeting of 16 Jun 2025 has been held: the log records business there \(A1, A2, A3\); if it did not in fact take place, add --force --reason/,
      );
      refused(
        file,
        ['meeting', 'cancel', 'jhsc', '2025-06-16', '--force', '--as-of', '2025-11-20'],
        /--force needs --reason/,
      );
      const forced = actionlog(file, [
        'meeting',
        'cancel',
        'jhsc',
        '2025-06-16',
        '--force',
        '--reason',
        'Inquorate; taken on 30 June',
        '--as-of',
        '2025-11-20',
      ]);
      expect(forced).toMatchObject({ code: 0, stderr: '' });
      expect(meetings(file)[0]).toMatchObject({ date: '2025-06-16', status: 'cancelled' });
      // The reason is kept with the change.
      expect(actionlog(file, ['history', '--json']).json()[0].summary).toContain('Inquorate; taken on 30 June');
    });

    it('a past meeting with nothing recorded there can be cancelled (it never took place)', () => {
      const { data: file } = seededStore(backend);
      expect(actionlog(file, ['meeting', 'cancel', 'jhsc', '2025-09-01', '--as-of', '2025-11-20']).code).toBe(0);
    });

    it('--moved-to before the meeting, or a date already past', () => {
      const { data: file } = seededStore(backend);
      refused(
        file,
        ['meeting', 'cancel', 'jhsc', '2026-01-22', '--moved-to', '2026-01-15', '--as-of', '2025-11-20'],
        /--moved-to 15 Jan 2026 is before the meeting it replaces \(22 Jan 2026\)/,
      );
      refused(
        file,
        ['meeting', 'cancel', 'jhsc', '2025-09-01', '--moved-to', '2025-09-15', '--as-of', '2025-11-20'],
        /--moved-to 15 Sep 2025 has passed \(today is 20 Nov 2025\)/,
      );
    });

    it('a meeting already cancelled: exit 2 and nothing recorded', () => {
      const { data: file } = seededStore(backend);
      expect(actionlog(file, ['meeting', 'cancel', 'jhsc', '2026-01-22', '--as-of', '2025-11-20']).code).toBe(0);
      const journal = actionlog(file, ['history', '--json']).json().length;
      refused(
        file,
        ['meeting', 'cancel', 'jhsc', '2026-01-22', '--as-of', '2025-11-20'],
        /the jhsc meeting of 22 Jan 2026 is already cancelled; "actionlog meeting reinstate jhsc 2026-01-22" puts it back/,
      );
      expect(actionlog(file, ['history', '--json']).json()).toHaveLength(journal);
    });
  });

  describe('meeting move, reinstate and remove', () => {
    it('move is a rearrangement: the meeting is cancelled, the new date added, and its business goes there', () => {
      const { data: file } = seededStore(backend);
      const moved = actionlog(file, [
        'meeting',
        'move',
        'jhsc',
        '27 November 2025',
        '--to',
        '4/12/2025',
        '--as-of',
        '2025-11-20',
      ]);
      expect(moved).toMatchObject({ code: 0, stderr: '' });
      expect(moved.stdout).toContain(
        'Cancelled the jhsc meeting of 27 Nov 2025; its business (A3) moves to the rearranged meeting of 4 Dec 2025.',
      );
      expect(meetings(file).filter((m) => m.date.startsWith('2025-1'))).toEqual([
        { committee: 'jhsc', date: '2025-11-27', status: 'cancelled', movedTo: '2025-12-04' },
        { committee: 'jhsc', date: '2025-12-04', status: 'scheduled', movedTo: null },
      ]);
      expect(actionlog(file, ['show', 'A3', '--json']).json()).toMatchObject({
        due: { kind: 'meeting', meeting: '2025-11-27' },
        effectiveDue: '2025-12-04',
      });
      refused(
        file,
        ['meeting', 'move', 'jhsc', '2026-01-22', '--to', '2026-01-01', '--as-of', '2025-11-20'],
        /is before the meeting it replaces/,
      );
      refused(
        file,
        ['meeting', 'move', 'jhsc', '2026-01-22', '--as-of', '2025-11-20'],
        /required option '--to <date>'/,
      );
    });

    it('reinstate puts a cancelled meeting back, and its business with it', () => {
      const { data: file } = seededStore(backend);
      actionlog(file, ['meeting', 'cancel', 'jhsc', '2025-11-27', '--as-of', '2025-11-20']);
      expect(actionlog(file, ['show', 'A3', '--json']).json().effectiveDue).toBe('2026-01-22');
      const back = actionlog(file, ['meeting', 'reinstate', 'jhsc', '2025-11-27', '--as-of', '2025-11-20']);
      expect(back).toMatchObject({
        code: 0,
        stdout: 'Reinstated the jhsc meeting of 27 Nov 2025: business due there is taken there again.\n',
      });
      expect(meetings(file).find((m) => m.date === '2025-11-27')).toMatchObject({ status: 'scheduled', movedTo: null });
      expect(actionlog(file, ['show', 'A3', '--json']).json().effectiveDue).toBe('2025-11-27');
      refused(file, ['meeting', 'reinstate', 'jhsc', '2025-11-27'], /is not cancelled; there is nothing to reinstate/);
      refused(
        file,
        ['meeting', 'reinstate', 'jhsc', '2025-11-28'],
        /jhsc has no meeting on 28 Nov 2025; its meetings are/,
      );
    });

    it('remove takes out only a meeting nothing refers to', () => {
      const { data: file } = seededStore(backend);
      refused(
        file,
        ['meeting', 'remove', 'jhsc', '2025-11-27'],
        /items refer to the jhsc meeting of 27 Nov 2025 \(A3: decided, due or signed off there\); only a meeting nothing refers to can be removed/,
      );
      refused(
        file,
        ['meeting', 'remove', 'jhsc', '2025-06-16'],
        /items refer to the jhsc meeting of 16 Jun 2025 \(A1, A2, A3/,
      );
      expect(actionlog(file, ['meeting', 'add', 'jhsc', '2025-12-02']).code).toBe(0);
      expect(actionlog(file, ['meeting', 'remove', 'jhsc', '2 December 2025'])).toMatchObject({
        code: 0,
        stdout: 'Removed the jhsc meeting of 2 Dec 2025 from the calendar.\n',
      });
      expect(meetings(file).map((m) => m.date)).not.toContain('2025-12-02');
      // A meeting another was rearranged to is referred to by that one.
      actionlog(file, ['meeting', 'move', 'jhsc', '2026-03-12', '--to', '2026-03-19', '--as-of', '2025-11-20']);
      refused(
        file,
        ['meeting', 'remove', 'jhsc', '2026-03-19'],
        /the jhsc meeting of 12 Mar 2026 was rearranged to 19 Mar 2026; reinstate or cancel that one first/,
      );
      refused(file, ['meeting', 'remove', 'jhsc', '2026-04-01'], /jhsc has no meeting on 1 Apr 2026/);
      // One change, one undo.
      expect(actionlog(file, ['undo']).code).toBe(0);
      expect(meetings(file).map((m) => m.date)).not.toContain('2026-03-19');
    });
  });
});
