// The reports through the built binary, as a clerk runs them (run `npm run build` first).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachBackend, type TestLog } from '../backends.js';
import { actionlog, bytes } from './cli.js';
import { AS_OF, reportStore } from './reportStore.js';

const CONTRACT_KEYS = [
  'id',
  'type',
  'category',
  'committee',
  'text',
  'owner',
  'status',
  'source',
  'due',
  'effectiveDue',
  'originalDue',
  'deferrals',
  'overdue',
  'daysOverdue',
  'signedOff',
  'createdAt',
  'updatedAt',
];

forEachBackend((backend) => {
  let store: TestLog;
  beforeAll(() => {
    store = reportStore(backend);
  });
  /** As of 20 November 2025, unless the arguments say another day. */
  const run = (...args: string[]) => actionlog(store.data, args.includes('--as-of') ? args : [...args, ...AS_OF]);

  /** Bad input: exit 2, one line on stderr matching `message`, nothing on stdout, the store unchanged byte for byte. */
  function refused(args: string[], message: RegExp): void {
    const before = bytes(store.data);
    const result = run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(bytes(store.data)).toBe(before);
  }

  describe('overdue', () => {
    it('JSON: the contract items plus timesCarried, by committee then owner, oldest first', () => {
      const items = run('overdue', '--json').json();
      expect(
        items.map((i: { id: string; timesCarried: number; effectiveDue: string }) => [
          i.id,
          i.effectiveDue,
          i.timesCarried,
        ]),
      ).toEqual([
        ['A1', '2025-09-15', 1],
        ['A4', '2025-09-15', 1],
        ['A5', '2025-10-31', 0],
      ]);
      for (const key of [...CONTRACT_KEYS, 'timesCarried']) expect(items[0]).toHaveProperty(key);
    });

    it('table: groups, owners, UK dates and a totals line; no colour when piped', () => {
      const { code, stdout, stderr } = run('overdue');
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('Joint Health Scrutiny Committee');
      expect(stdout).toContain('Owner: UHL and the CCGs');
      expect(stdout).toContain('Owner: No owner');
      expect(stdout).toContain('15 Sep 2025 (was 1 Sep 2025)');
      expect(stdout).toContain('Total: 3 overdue items across 1 committee and 3 owners; oldest 66 days overdue');
      expect(stdout).not.toContain('\u001b[');
    });

    it('--group-by owner and --owner filter', () => {
      expect(
        run('overdue', '--group-by', 'owner', '--owner', 'icb', '--json')
          .json()
          .map((i: { id: string }) => i.id),
      ).toEqual(['A1']);
    });

    it('bad input is refused', () => {
      refused(['overdue', '--group-by', 'colour'], /--group-by "colour" is not one of committee, owner/);
      refused(['overdue', '--committee', 'nope'], /no committee "nope"; known committees: jhsc, hwb, panel/);
    });
  });

  describe('carry-forward', () => {
    it("JSON: DESIGN's shape for the next meeting, sections filled", () => {
      const list = run('carry-forward', 'jhsc', '--json').json();
      expect(Object.keys(list)).toEqual([
        'committee',
        'meeting',
        'completed',
        'dueAtMeeting',
        'carriedForward',
        'workProgramme',
        'waitingForMeeting',
      ]);
      const ids = (items: { id: string }[]) => items.map((i) => i.id);
      expect(list.committee).toBe('jhsc');
      expect(list.meeting).toEqual({ date: '2025-11-27' });
      expect(ids(list.completed)).toEqual(['A6']);
      expect(ids(list.dueAtMeeting)).toEqual([]);
      expect(ids(list.carriedForward)).toEqual(['A1', 'A4', 'A5']);
      expect(ids(list.workProgramme.scheduled)).toEqual(['A3']);
      expect(ids(list.workProgramme.unscheduled)).toEqual(['A2']);
      for (const key of CONTRACT_KEYS) expect(list.carriedForward[0]).toHaveProperty(key);
    });

    it('a rearranged meeting takes the business of the one it replaced', () => {
      const list = actionlog(store.data, [
        'carry-forward',
        'jhsc',
        '--meeting',
        '15/09/2025',
        '--as-of',
        '2025-09-10',
        '--json',
      ]).json();
      expect(list.dueAtMeeting.map((i: { id: string; effectiveDue: string }) => [i.id, i.effectiveDue])).toEqual([
        ['A1', '2025-09-15'],
        ['A4', '2025-09-15'],
      ]);
    });

    it('Markdown: the sections in order, ready to paste', () => {
      const { stdout } = run('carry-forward', 'jhsc', '--format', 'md');
      const headings = stdout.split('\n').filter((line) => line.startsWith('## '));
      expect(headings.map((h) => h.slice(3, 5))).toEqual(['1.', '2.', '3.', '4.', '5.']);
      expect(stdout).toContain('# Action log and work programme: Joint Health Scrutiny Committee');
    });

    it('bad input is refused, listing the meetings', () => {
      refused(
        ['carry-forward', 'jhsc', '--meeting', '2025-11-28'],
        /jhsc has no meeting on 28 Nov 2025; its meetings are 16 Jun 2025, 1 Sep 2025 \(cancelled\), 15 Sep 2025, 27 Nov 2025, 22 Jan 2026/,
      );
      refused(['carry-forward', 'jhsc', '--meeting', '2025-09-01'], /was cancelled; it was moved to 15 Sep 2025/);
      refused(['carry-forward', 'jhsc', '--meeting', 'someday'], /--meeting "someday" is not a date/);
      refused(['carry-forward', 'nope'], /no committee "nope"/);
    });
  });

  describe('sign-off', () => {
    // The committee signs off at its meeting of 27 November, recorded on the day.
    const onTheDay = ['--as-of', '2025-11-27'];

    it('refuses items that are open, of another committee, or unknown, and meetings it does not have', () => {
      refused(
        ['sign-off', 'jhsc', '--meeting', '2025-11-27', 'A1', ...onTheDay],
        /A1 is open; only done or dropped items can be signed off/,
      );
      refused(['sign-off', 'jhsc', '--meeting', '2025-11-27', 'A7', ...onTheDay], /A7 belongs to hwb, not jhsc/);
      refused(['sign-off', 'jhsc', '--meeting', '2025-11-27', 'A99', ...onTheDay], /no item "A99"/);
      refused(
        ['sign-off', 'jhsc', '--meeting', '2025-11-28', ...onTheDay],
        /jhsc has no meeting on 28 Nov 2025; its meetings are/,
      );
    });

    it('signs off what is awaiting, which then leaves the carry-forward list', () => {
      const signed = actionlog(store.data, ['sign-off', 'jhsc', '--meeting', '27 November 2025', ...onTheDay]);
      expect(signed).toMatchObject({ code: 0, stderr: '' });
      expect(signed.stdout).toMatch(/^Signed off 1 item\(s\) at the jhsc meeting of 27 Nov 2025: A6\./);
      expect(run('carry-forward', 'jhsc', '--json').json().completed).toEqual([]);
      expect(run('show', 'A6', '--json').json().signedOff).toBe('2025-11-27');
      expect(actionlog(store.data, ['sign-off', 'jhsc', '--meeting', '2025-11-27', ...onTheDay]).stdout).toMatch(
        /^Nothing to sign off/,
      );
      refused(
        ['sign-off', 'jhsc', '--meeting', '2025-11-27', 'A6', ...onTheDay],
        /A6 was already signed off at the meeting of 27 Nov 2025/,
      );
    });
  });

  describe("the chair's report", () => {
    it('JSON: per committee, RAG counts, items grouped by source meeting', () => {
      const report = run('report', '--json').json();
      expect(report.committees.map((c: { committee: string }) => c.committee)).toEqual(['hwb', 'jhsc']);
      expect(report.committees[0]).toMatchObject({
        nextMeeting: '2025-12-11',
        counts: { red: 0, amber: 1, green: 0, done: 0 },
      });
      expect(report.committees[1].outstanding.map((g: { meeting: string }) => g.meeting)).toEqual([
        '2025-06-16',
        '2025-09-15',
      ]);
    });

    it('an empty committee asked for by name says so', () => {
      const { code, stdout } = run('report', '--committee', 'panel');
      expect(code).toBe(0);
      expect(stdout).toContain('Outstanding actions: Empty Scrutiny Panel');
      expect(stdout).toContain('No outstanding items.');
      expect(stdout).toContain('Meeting: no meeting scheduled');
    });

    it('--output writes the file atomically and says where on stderr; a missing folder is refused', () => {
      const target = path.join(store.dir, 'chair.csv');
      const result = run('report', '--format', 'csv', '--output', target);
      expect(result).toMatchObject({ code: 0, stdout: '' });
      expect(result.stderr.trim()).toBe(`Wrote the chair's report (CSV) to ${target}`);
      // With --json, stdout is one JSON document or nothing: here nothing, the report being in the file.
      const json = run('overdue', '--json', '--output', path.join(store.dir, 'overdue.json'));
      expect(json).toMatchObject({ code: 0, stdout: '' });
      expect(JSON.parse(readFileSync(path.join(store.dir, 'overdue.json'), 'utf8'))).toEqual(
        expect.arrayContaining([expect.objectContaining({ overdue: true })]),
      );
      expect(readFileSync(target, 'utf8').split('\r\n')[0]).toMatch(/^section,id,committee,/);
      refused(
        ['report', '--output', path.join(store.dir, 'no-such-folder', 'x.html')],
        /cannot write .*x\.html: its folder does not exist/,
      );
      expect(existsSync(path.join(store.dir, 'no-such-folder'))).toBe(false);
    });
  });

  it('list --format html is a self-contained page', () => {
    const { code, stdout } = run('list', '--format', 'html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout).toContain('<td>A1</td>');
    expect(stdout).not.toMatch(/<(script|link)\b/);
  });
});
