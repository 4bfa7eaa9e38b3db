// Several owners, successor committees, and the new list filters (issue 12), through the
// binary. The seeded store's JHSC meets on 16 Jun, 1 Sep, 27 Nov 2025, 22 Jan and 12 Mar
// 2026; A1 (an action owned by "the ICB", due 1 Sep), A2 (unscheduled) and A3 (due 27 Nov)
// were decided on 16 June.
import { describe, expect, it } from 'vitest';
import { actionlog, bytes, mustRun, seededStore } from './cli.js';
import { forEachBackend } from '../backends.js';

forEachBackend((backend) => {
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  function refused(file: string, args: string[], message: RegExp): void {
    const before = bytes(file);
    const result = actionlog(file, args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(bytes(file)).toBe(before);
  }

  const ids = (items: Json[]) => items.map((i) => i.id);

  /** The seeded store and A4, owned by UHL (the lead) and the ICB. */
  function withSharedItem(): string {
    const { data: file } = seededStore(backend);
    mustRun(file)(
      'add',
      'Consider the winter plan and report back',
      '-c',
      'jhsc',
      '-m',
      '2025-06-16',
      '--minute',
      '17',
      '--ref',
      '(d)',
      '--owner',
      'UHL',
      '--owner',
      'the ICB',
      '--owner',
      'uhl',
    );
    return file;
  }

  describe('several owners', () => {
    it('repeated --owner: owners lead first (each once), owner stays the lead', () => {
      const file = withSharedItem();
      const item: Json = actionlog(file, ['show', 'A4', '--json']).json();
      expect(item).toMatchObject({ owner: 'UHL', owners: ['UHL', 'the ICB'] });
      expect(actionlog(file, ['show', 'A2', '--json']).json()).toMatchObject({ owner: null, owners: [] });
      expect(actionlog(file, ['show', 'A4']).stdout).toMatch(/Owners +UHL; the ICB\n/);
    });

    it("--owner filters match any of an item's owners", () => {
      const file = withSharedItem();
      expect(ids(actionlog(file, ['list', '--owner', 'icb', '--json']).json())).toEqual(['A1', 'A4']);
      expect(ids(actionlog(file, ['list', '--owner', 'uhl', '--json']).json())).toEqual(['A4']);
      expect(ids(actionlog(file, ['list', '--owner', 'uhl', '--owner', 'Healthwatch', '--json']).json())).toEqual([
        'A4',
      ]);
      expect(ids(actionlog(file, ['overdue', '--owner', 'the ICB', '--json', '--as-of', '2025-11-20']).json())).toEqual(
        ['A1', 'A4'],
      );
      const report: Json = actionlog(file, ['report', '--owner', 'UHL', '--json', '--as-of', '2025-11-20']).json();
      expect(report.committees[0].outstanding.flatMap((g: Json) => ids(g.items))).toEqual(['A4']);
    });

    it('overdue --group-by owner lists a shared item under each owner (and once in JSON)', () => {
      const file = withSharedItem();
      const table = actionlog(file, [
        'overdue',
        '--group-by',
        'owner',
        '--format',
        'md',
        '--as-of',
        '2025-11-20',
      ]).stdout;
      const section = (owner: string) => table.split(`## Owner: ${owner}\n`)[1].split('\n## ')[0];
      expect(section('the ICB')).toMatch(/\| A1 \|[\s\S]*\| A4 \|/);
      expect(section('UHL')).toMatch(/\| A4 \|/);
      expect(section('UHL')).not.toMatch(/\| A1 \|/);
      expect(
        ids(actionlog(file, ['overdue', '--group-by', 'owner', '--json', '--as-of', '2025-11-20']).json()),
      ).toEqual(['A1', 'A4']);
      const csv = actionlog(file, [
        'overdue',
        '--group-by',
        'owner',
        '--format',
        'csv',
        '--as-of',
        '2025-11-20',
      ]).stdout;
      expect(
        csv
          .split('\n')
          .filter((line) => line.includes(',A4,'))
          .map((line) => line.split(',')[0]),
      ).toEqual(['the ICB', 'UHL']);
      expect(table).toContain('across 1 committee and 2 owners');
    });

    it('update: --owner gives the whole list, --add-owner and --remove-owner change it, "" clears it', () => {
      const file = withSharedItem();
      const owners = (...args: string[]) => actionlog(file, ['update', 'A4', ...args, '--json']).json().owners;
      expect(owners('--add-owner', 'Healthwatch Rutland')).toEqual(['UHL', 'the ICB', 'Healthwatch Rutland']);
      expect(owners('--remove-owner', 'uhl')).toEqual(['the ICB', 'Healthwatch Rutland']);
      expect(actionlog(file, ['show', 'A4', '--json']).json().owner).toBe('the ICB');
      expect(owners('--owner', 'LLR ICB', '--owner', 'UHL')).toEqual(['LLR ICB', 'UHL']);
      expect(owners('--owner', '')).toEqual([]);
      expect(actionlog(file, ['show', 'A4', '--json']).json().owner).toBeNull();
      refused(file, ['update', 'A1', '--remove-owner', 'UHL'], /--remove-owner "UHL": A1's owners are the ICB/);
      refused(
        file,
        ['update', 'A1', '--owner', 'UHL', '--add-owner', 'ICB'],
        /--owner gives the whole list of owners; use it alone/,
      );
      const history: Json[] = actionlog(file, ['show', 'A4', '--json']).json().history;
      expect(history.filter((h) => h.change === 'owners').at(-1)).toMatchObject({ from: ['LLR ICB', 'UHL'], to: [] });
    });
  });

  describe('committees that change', () => {
    /** The seeded store with the ICB board, which meets on 15 Oct 2025 and 10 Feb 2026. */
    function withSuccessor(): string {
      const { data: file } = seededStore(backend);
      const run = mustRun(file);
      run('committee', 'add', 'icb', '--name', 'LLR ICB Board');
      run('meeting', 'add', 'icb', '2025-10-15', '2026-02-10');
      return file;
    }

    it('committee rename keeps the slug, meetings and items', () => {
      const file = withSuccessor();
      const renamed = actionlog(file, [
        'committee',
        'rename',
        'jhsc',
        '--name',
        'LLR Joint Health and Care Scrutiny Committee',
      ]);
      expect(renamed).toMatchObject({
        code: 0,
        stdout: 'Renamed jhsc: Joint Health Scrutiny Committee is now LLR Joint Health and Care Scrutiny Committee.\n',
      });
      expect(actionlog(file, ['committee', 'list', '--json']).json()[0]).toMatchObject({
        slug: 'jhsc',
        name: 'LLR Joint Health and Care Scrutiny Committee',
      });
      expect(ids(actionlog(file, ['list', '--committee', 'jhsc', '--json']).json())).toEqual(['A1', 'A2', 'A3']);
      refused(file, ['committee', 'rename', 'nope', '--name', 'X'], /no committee "nope"/);
      refused(file, ['committee', 'rename', 'jhsc', '--name', '  '], /--name is empty/);
    });

    it("move keeps id, source and history, records the move, and places the due on the successor's calendar", () => {
      const file = withSuccessor();
      const before: Json = actionlog(file, ['show', 'A1', '--json']).json();
      const moved = actionlog(file, [
        'move',
        'A1',
        '--to',
        'icb',
        '--reason',
        'The ICB took over from the CCGs',
        '--json',
      ]);
      expect(moved.code).toBe(0);
      const [item] = moved.json();
      expect(item).toMatchObject({
        id: 'A1',
        committee: 'icb',
        movedFrom: 'jhsc',
        source: before.source,
        due: { kind: 'meeting', meeting: '2025-10-15' },
        originalDue: before.originalDue,
      });
      const history: Json[] = actionlog(file, ['show', 'A1', '--json']).json().history;
      expect(history.slice(0, before.history.length)).toEqual(before.history);
      expect(history.slice(before.history.length)).toMatchObject([
        { change: 'moved', from: 'jhsc', to: 'icb', note: 'The ICB took over from the CCGs' },
        {
          change: 'due',
          from: { kind: 'meeting', meeting: '2025-09-01' },
          to: { kind: 'meeting', meeting: '2025-10-15' },
        },
      ]);
      // The successor's carry-forward shows where the item came from.
      const list = actionlog(file, ['carry-forward', 'icb', '--format', 'md', '--as-of', '2025-11-20']).stdout;
      expect(list).toMatch(/\| A1 \| 16 Jun 2025 \(jhsc\) · 53\/3 \|/);
      expect(
        actionlog(file, ['carry-forward', 'icb', '--json', '--as-of', '2025-11-20']).json().carriedForward,
      ).toMatchObject([{ id: 'A1', movedFrom: 'jhsc' }]);
      expect(ids(actionlog(file, ['list', '--committee', 'jhsc', '--json']).json())).toEqual(['A2', 'A3']);
    });

    it("move --from takes all the committee's open items; one change, one undo", () => {
      const file = withSuccessor();
      mustRun(file)('done', 'A3');
      const moved = actionlog(file, ['move', '--from', 'jhsc', '--to', 'icb', '--reason', 'Committee abolished']);
      expect(moved).toMatchObject({ code: 0, stderr: '' });
      expect(moved.stdout).toMatch(
        /^Moved 2 item\(s\) to icb, keeping their ids, sources and history:\n {2}A1 {2}from jhsc, due 15 Oct 2025\n {2}A2 {2}from jhsc, due future meeting\n$/,
      );
      expect(actionlog(file, ['show', 'A3', '--json']).json().committee).toBe('jhsc');
      expect(actionlog(file, ['undo']).code).toBe(0);
      expect(ids(actionlog(file, ['list', '--committee', 'jhsc', '--json']).json())).toEqual(['A1', 'A2']);
    });

    it('refuses a move without a reason, with both ids and --from, of a closed item, or to the same committee', () => {
      const file = withSuccessor();
      mustRun(file)('done', 'A3');
      refused(file, ['move', 'A1', '--to', 'icb'], /required option '-r, --reason <text>'/);
      refused(
        file,
        ['move', 'A1', '--from', 'jhsc', '--to', 'icb', '--reason', 'x'],
        /give either the items to move or --from <committee>, not both/,
      );
      refused(
        file,
        ['move', 'A3', '--to', 'icb', '--reason', 'x'],
        /A3 is done; only open and in-progress items move \(jhsc signs it off\)/,
      );
      refused(file, ['move', 'A1', '--to', 'jhsc', '--reason', 'x'], /A1 is already jhsc's/);
      refused(file, ['move', 'A1', '--to', 'nope', '--reason', 'x'], /no committee "nope"/);
      refused(file, ['move', '--to', 'icb', '--reason', 'x'], /give the items to move/);
    });
  });

  describe('list filters and sign-off at the latest meeting', () => {
    it('--meeting (decided at), --due-before, --due-after and --search (text, owners, notes)', () => {
      const { data: file } = seededStore(backend);
      const run = mustRun(file);
      run(
        'add',
        'Write to NHS England about dentistry',
        '-c',
        'jhsc',
        '-m',
        '2025-09-01',
        '--owner',
        'Chair',
        '--due',
        '2025-12-15',
      );
      run('update', 'A3', '--note', 'Winter pressures paper expected');
      const list = (...args: string[]) => ids(actionlog(file, ['list', ...args, '--json']).json());
      expect(list('--meeting', '1 September 2025')).toEqual(['A4']);
      expect(list('--meeting', '16/06/2025')).toEqual(['A1', 'A2', 'A3']);
      expect(list('--due-before', '2025-11-27')).toEqual(['A1']);
      expect(list('--due-after', '2025-11-27')).toEqual(['A4']);
      expect(list('--due-after', '2025-10-01', '--due-before', '2025-12-31')).toEqual(['A3', 'A4']);
      expect(list('--search', 'DENTISTRY')).toEqual(['A2', 'A4']);
      expect(list('--search', 'dentistry chair')).toEqual(['A4']);
      expect(list('--search', 'icb')).toEqual(['A1', 'A3']);
      expect(list('--search', 'winter pressures')).toEqual(['A3']);
      refused(file, ['list', '--search', ' '], /--search is empty/);
      refused(file, ['list', '--due-before', 'soon'], /--due-before "soon" is not a date/);
    });

    it('sign-off without --meeting uses the latest meeting held', () => {
      const { data: file } = seededStore(backend);
      mustRun(file)('done', 'A1');
      const signed = actionlog(file, ['sign-off', 'jhsc', '--as-of', '2025-12-01']);
      expect(signed).toMatchObject({ code: 0, stderr: '' });
      expect(signed.stdout).toMatch(/^Signed off 1 item\(s\) at the jhsc meeting of 27 Nov 2025: A1\./);
      refused(
        file,
        ['sign-off', 'jhsc', '--as-of', '2025-06-01'],
        /jhsc has held no meeting by 1 Jun 2025; give --meeting <date>/,
      );
    });
  });
});
