import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectTo, forEachBackend, holdLogRow } from '../backends.js';
import { actionlog, bytes, folderOf, seededStore, tempStore } from './cli.js';

forEachBackend((backend) => {
  const onFile = backend.kind === 'file';

  describe('recording a meeting through the binary', () => {
    it('init, committee, meetings and an item, with the contract JSON', () => {
      const { data: file } = tempStore(backend);
      expect(actionlog(file, ['init']).stdout).toMatch(/Created an empty action log/);
      expect(
        actionlog(file, ['committee', 'add', 'jhsc', '--name', 'Joint Health Scrutiny Committee', '--json']).json(),
      ).toEqual({
        slug: 'jhsc',
        name: 'Joint Health Scrutiny Committee',
        council: null,
      });
      const meetings = actionlog(file, [
        'meeting',
        'add',
        'jhsc',
        '16 June 2025',
        '01/09/2025',
        'Thursday 27th November 2025',
        '--json',
      ]);
      expect(meetings.json().map((m: { date: string }) => m.date)).toEqual(['2025-06-16', '2025-09-01', '2025-11-27']);
      const added = actionlog(file, [
        'add',
        'Report back on winter planning',
        '-c',
        'jhsc',
        '-m',
        '2025-06-16',
        '--minute',
        '17',
        '--ref',
        '(d)',
        '--owner',
        'UHL and the CCGs',
        '--json',
        '--as-of',
        '2025-11-20',
      ]).json();
      expect(added).toMatchObject({
        id: 'A1',
        type: 'action',
        category: 'action',
        committee: 'jhsc',
        owner: 'UHL and the CCGs',
        status: 'open',
        source: { meeting: '2025-06-16', minute: '17', ref: '(d)' },
        due: { kind: 'meeting', meeting: '2025-09-01' },
        effectiveDue: '2025-09-01',
        originalDue: { kind: 'meeting', meeting: '2025-09-01' },
        deferrals: 0,
        overdue: true,
        daysOverdue: 80,
        signedOff: null,
        // The creation note says where the item came from; it is no update.
        latestUpdate: null,
      });
      // DESIGN's item, and latestUpdate (its "Additions"), which every item view carries.
      expect(Object.keys(added).sort()).toEqual(
        [
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
          'latestUpdate',
          // Issue 12: several owners (the lead stays `owner`), items waiting for a meeting, and items moved from another committee.
          'owners',
          'waitingForMeeting',
          'movedFrom',
        ].sort(),
      );
    });

    it('meeting list gives each meeting its status, cancelled and rearranged ones too', () => {
      const { data: file } = seededStore(backend);
      expect(
        actionlog(file, [
          'meeting',
          'cancel',
          'jhsc',
          '2025-09-01',
          '--moved-to',
          '2025-09-15',
          '--as-of',
          '2025-08-20',
        ]).code,
      ).toBe(0);
      const list = actionlog(file, ['meeting', 'list', 'jhsc', '--json', '--as-of', '2025-11-27']).json();
      expect(list.slice(0, 4)).toEqual([
        { committee: 'jhsc', date: '2025-06-16', status: 'held', movedTo: null },
        { committee: 'jhsc', date: '2025-09-01', status: 'cancelled', movedTo: '2025-09-15' },
        { committee: 'jhsc', date: '2025-09-15', status: 'held', movedTo: null },
        { committee: 'jhsc', date: '2025-11-27', status: 'scheduled', movedTo: null },
      ]);
      const item = actionlog(file, ['show', 'A1', '--json', '--as-of', '2025-09-10']).json();
      expect(item).toMatchObject({
        due: { kind: 'meeting', meeting: '2025-09-01' },
        effectiveDue: '2025-09-15',
        overdue: false,
      });
    });

    it('defaults: actions due next, work-programme items future; a month name finds that meeting', () => {
      const { data: file } = seededStore(backend);
      const items = actionlog(file, ['list', '--json']).json();
      expect(items.map((i: { id: string; due: unknown }) => [i.id, i.due])).toEqual([
        ['A1', { kind: 'meeting', meeting: '2025-09-01' }],
        ['A2', { kind: 'future' }],
        ['A3', { kind: 'meeting', meeting: '2025-11-27' }],
      ]);
    });

    it('the lifecycle: update, defer, done, drop, with history and filters', () => {
      const { data: file } = seededStore(backend);
      actionlog(file, ['update', 'A1', '--status', 'in-progress', '--note', 'Asked the ICB', '--by', 'June Fox']);
      const deferred = actionlog(file, [
        'defer',
        'a1',
        '--to',
        'january',
        '--reason',
        'Blueprint not final',
        '--json',
        '--as-of',
        '2025-11-20',
      ]).json();
      expect(deferred).toMatchObject({
        due: { kind: 'meeting', meeting: '2026-01-22' },
        originalDue: { kind: 'meeting', meeting: '2025-09-01' },
        deferrals: 1,
        overdue: false,
      });
      expect(actionlog(file, ['done', 'A3', '--note', 'Presented']).code).toBe(0);
      expect(actionlog(file, ['drop', 'A2', '--reason', 'Covered by the dental review']).code).toBe(0);
      expect(
        actionlog(file, ['list', '--json'])
          .json()
          .map((i: { id: string }) => i.id),
      ).toEqual(['A1']);
      expect(
        actionlog(file, ['list', '--status', 'done,dropped', '--json'])
          .json()
          .map((i: { id: string }) => i.id),
      ).toEqual(['A2', 'A3']);
      expect(actionlog(file, ['list', '--all', '--owner', 'ICB', '--json']).json()).toHaveLength(1);
      expect(actionlog(file, ['list', '--all', '--owner', 'The icb', '--json']).json()).toHaveLength(1);
      const shown = actionlog(file, ['show', 'A1', '--json']).json();
      expect(shown.history.map((h: { change: string }) => h.change)).toEqual(['created', 'status', 'note', 'deferred']);
      expect(shown.history[1]).toMatchObject({ by: 'June Fox', from: 'open', to: 'in-progress' });
      expect(shown.history[3]).toMatchObject({
        note: 'Blueprint not final',
        to: { kind: 'meeting', meeting: '2026-01-22' },
      });
      expect(
        actionlog(file, ['list', '--overdue', '--json', '--as-of', '2026-02-01'])
          .json()
          .map((i: { id: string }) => i.id),
      ).toEqual(['A1']);
    });

    it('undo says what it reversed, one command at a time', () => {
      const { data: file } = seededStore(backend);
      actionlog(file, ['done', 'A1']);
      const undo = actionlog(file, ['undo']);
      expect(undo.stdout).toMatch(/^Undid #\d+ \(done by .*\): done A1: Circulate/);
      expect(actionlog(file, ['show', 'A1', '--json']).json().status).toBe('open');
      expect(actionlog(file, ['history', '--json']).json()[0]).toMatchObject({ command: 'undo' });
      expect(actionlog(file, ['history', 'A1', '--format', 'md']).stdout).toMatch(
        /^\| When \| Who \| Change \| From \| To \| Note \|\n\| --- /,
      );
    });
  });

  describe('bad input: one line, exit 2, store unchanged', () => {
    const cases: [string, string[], RegExp][] = [
      ['unknown id', ['show', 'A99'], /no item "A99"/],
      ['id that is not an id', ['done', '../etc/passwd'], /ids look like A12/],
      [
        'unknown committee',
        ['add', 'x', '-c', 'nope', '-m', '2025-06-16'],
        /no committee "nope"; known committees: jhsc/,
      ],
      ['unknown flag', ['list', '--colour-me-in'], /unknown option '--colour-me-in'/],
      ['unknown command', ['lsit'], /unknown command 'lsit'/],
      ['impossible date', ['meeting', 'add', 'jhsc', '31/02/2025'], /"31\/02\/2025" is not a date; use 2025-11-27/],
      ['bad --as-of', ['list', '--as-of', 'yesterday'], /--as-of "yesterday" is not a date/],
      [
        'bad status',
        ['update', 'A1', '--status', 'finished'],
        /--status "finished" is not one of open, in-progress, done, dropped/,
      ],
      ['bad status in a list', ['list', '--status', 'open,closed'], /"closed" is not one of/],
      [
        'bad type',
        ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16', '--type', 'task'],
        /--type "task" is not one of action, work-programme/,
      ],
      [
        'bad category',
        ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16', '--category', 'misc'],
        /--category "misc" is not one of/,
      ],
      [
        'type and category disagree',
        ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16', '--type', 'action', '--category', 'invitation'],
        /belongs to type work-programme/,
      ],
      [
        'bad due spec',
        ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16', '--due', 'soon'],
        /--due "soon" is not a due; use next, future/,
      ],
      [
        'a month with no meeting',
        ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16', '--due', 'july'],
        /no July meeting after 16 Jun 2025; its meetings are 16 Jun 2025/,
      ],
      [
        'source meeting not in the calendar',
        ['add', 'x', '-c', 'jhsc', '-m', '2025-06-17'],
        /no meeting on 17 Jun 2025; its meetings are/,
      ],
      ['missing required option', ['add', 'x', '-c', 'jhsc'], /required option '-m, --meeting <date>' not specified/],
      ['drop without a reason', ['drop', 'A1'], /required option '-r, --reason <text>'/],
      ['empty text', ['add', '  ', '-c', 'jhsc', '-m', '2025-06-16'], /the item text is empty/],
      ['nothing to update', ['update', 'A1'], /nothing to update/],
      [
        'bad format',
        ['list', '--format', 'pdf'],
        /--format "pdf" is not a format; use one of table, json, csv, md, html/,
      ],
      [
        'bad short name',
        ['committee', 'add', '../x', '--name', 'X'],
        /"..\/x" cannot be a committee's short name; use lower-case letters/,
      ],
      ['duplicate committee', ['committee', 'add', 'jhsc', '--name', 'X'], /committee "jhsc" already exists/],
      [
        'cancel a meeting that is not there',
        ['meeting', 'cancel', 'jhsc', '2025-07-01'],
        /jhsc has no meeting on 1 Jul 2025/,
      ],
      ['defer to nowhere', ['defer', 'A1', '--to', 'whenever'], /is not a due/],
      ['done twice', ['done', 'A3'], /A3 is already done/],
      ['history of an unknown id', ['history', 'A42'], /no item "A42"/],
    ];

    it.each(cases)('%s', (_name, args, message) => {
      const { data: file } = seededStore(backend);
      actionlog(file, ['done', 'A3']);
      const before = bytes(file);
      const result = actionlog(file, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
      expect(result.stdout).toBe('');
      expect(bytes(file)).toBe(before);
    });

    it.runIf(onFile)(
      'a corrupt store (a file; a database refuses such a row): exit 1, names the problem and where, and is left as it was',
      () => {
        const { data: file } = seededStore(backend);
        const broken = bytes(file).replace('"status": "open"', '"status": "opne"');
        writeFileSync(file, broken);
        for (const args of [['list'], ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16'], ['undo']]) {
          const result = actionlog(file, args);
          expect(result.code).toBe(1);
          expect(result.stderr).toMatch(/not a valid action log at \/items\/\d+\/status/);
          expect(bytes(file)).toBe(broken);
        }
      },
    );

    it.runIf(!onFile)(
      'a database log from a newer actionlog: exit 1, one line saying to upgrade, nothing changed',
      async () => {
        const { data: file } = seededStore(backend);
        const client = await connectTo(file);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES (999, $1)', ['from the future']);
        await client.end();
        const before = bytes(file);
        for (const args of [['list'], ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16'], ['undo'], ['init']]) {
          const result = actionlog(file, args);
          expect(result.code).toBe(1);
          expect(result.stderr).toMatch(
            /^actionlog: .* was written by a newer actionlog \(database schema 999; this version knows up to \d+\); upgrade actionlog\n$/,
          );
          expect(bytes(file)).toBe(before);
        }
      },
    );

    it.runIf(!onFile)(
      'a database log from an older actionlog: refused until init brings it up to date, which says so',
      async () => {
        const { data: file } = seededStore(backend);
        const client = await connectTo(file);
        // Version 1's tables, as an older actionlog left them.
        await client.query(
          'DROP TABLE calendars; DROP FUNCTION keep_calendars() CASCADE; DROP FUNCTION pack_calendars(text[]); ' +
            'DROP TABLE open_items; DROP FUNCTION copy_open_items() CASCADE; ' +
            'DROP TABLE item_owners; DROP INDEX items_source_meeting, items_due_meeting, items_signed_off, items_open; ALTER TABLE items DROP COLUMN moved_from; ' +
            'ALTER TABLE items DROP COLUMN reported_history, DROP COLUMN owners_just_lead, DROP COLUMN deferral_count; ' +
            'ALTER TABLE items DROP COLUMN closed_at; ALTER TABLE committees DROP COLUMN council; DELETE FROM schema_migrations WHERE version > 1',
        );
        await client.end();
        const refused = actionlog(file, ['list']);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(
          /^actionlog: .* has an older database schema \(1; this version uses \d+\); bring it up to date with "actionlog init"/,
        );
        const upgraded = actionlog(file, ['init']);
        expect(upgraded.stdout).toMatch(
          /^Brought the action log at postgresql:.* up to date \(database schema 1 to \d+\); every officer now needs this version of actionlog or later\.\n$/,
        );
        expect(actionlog(file, ['list', '--json']).json()).toHaveLength(3);
        expect(actionlog(file, ['init']).stdout).toMatch(/already exists/);
      },
    );

    it('no store yet: exit 1 and how to make one, making nothing', () => {
      const { data: file } = tempStore(backend);
      for (const args of [['list'], ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16'], ['undo'], ['history']]) {
        const result = actionlog(file, args);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^actionlog: no action log at .*; create one with "actionlog init"[^\n]*\n$/);
        expect(bytes(file)).toBe('');
      }
    });
  });

  describe('two clerks at once', () => {
    it('two processes adding at the same time lose nothing', async () => {
      const { data: file } = seededStore(backend);
      const { spawn } = await import('node:child_process');
      const path = await import('node:path');
      const bin = path.resolve(__dirname, '../../bin/actionlog.js');
      const run = (n: number) =>
        new Promise<number>((resolve) => {
          const child = spawn(
            process.execPath,
            [bin, 'add', `Parallel item ${n}`, '-c', 'jhsc', '-m', '2025-06-16', '--type', 'work-programme'],
            {
              env: { ...process.env, ACTIONLOG_DATA: file },
              cwd: folderOf(file),
              stdio: 'ignore',
            },
          );
          child.on('exit', (code) => resolve(code ?? -1));
        });
      const codes = await Promise.all(Array.from({ length: 6 }, (_, n) => run(n)));
      expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
      const items = actionlog(file, ['list', '--all', '--json']).json();
      expect(items).toHaveLength(9);
      expect(new Set(items.map((i: { id: string }) => i.id)).size).toBe(9);
    });

    // The lock lives in a bundle of its own (dist/lazy-store-lock.js): its error must still
    // read as actionlog's one line, not as an unexpected crash. A database log's lock is its
    // log row, held here by another connection in the middle of a change.
    it('a store another process holds locked: one line, exit 1, nothing written', async () => {
      const { data: file } = seededStore(backend);
      const before = bytes(file);
      const holder = onFile ? null : await holdLogRow(file);
      if (onFile) mkdirSync(`${file}.lock`);
      try {
        const result = actionlog(file, ['add', 'Blocked item', '-c', 'jhsc', '-m', '2025-06-16'], undefined, {
          ACTIONLOG_LOCK_TIMEOUT_MS: '300',
        });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^actionlog: .* is locked by another actionlog \(waited \d+ s\); try again\n$/);
      } finally {
        await holder?.end();
      }
      expect(bytes(file)).toBe(before);
    });
  });
});
