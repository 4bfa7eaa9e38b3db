// `actionlog migrate` through the built binary: a whole log copied from a file into PostgreSQL
// and back gives the same file, byte for byte; a target that holds a log is refused unless
// --force; a password in a location is used but never shown.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStore } from '../../scripts/lib/generate-store.js';
import { FILE, POSTGRES } from '../backends.js';
import { actionlog, bytes, seededStore, tempStore } from './cli.js';

const SAMPLE = path.resolve(__dirname, '../../data/actionlog.json');

/** The file copied into a new database log and out again to a new file; the two locations. */
function throughPostgres(original: string): { database: string; copy: string } {
  const database = tempStore(POSTGRES).data;
  const copy = tempStore(FILE).data;
  const into = actionlog(database, ['migrate', '--from', original, '--to', database]);
  expect(into.stderr).toBe('');
  expect(into.code).toBe(0);
  const back = actionlog(database, ['migrate', '--from', database, '--to', copy]);
  expect(back.stderr).toBe('');
  expect(back.code).toBe(0);
  return { database, copy };
}

describe.skipIf(Boolean(POSTGRES.skipReason))(
  `migrate${POSTGRES.skipReason ? ` (skipped: ${POSTGRES.skipReason})` : ''}`,
  () => {
    it('file → PostgreSQL → file is the same file: the bundled sample', () => {
      const { database, copy } = throughPostgres(SAMPLE);
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
      // And the database log reads as the file does.
      for (const args of [['list', '--all', '--json'], ['report', '--as-of', '2025-11-20'], ['history']]) {
        expect(actionlog(database, args).stdout).toBe(actionlog(SAMPLE, args).stdout);
      }
    });

    it('file → PostgreSQL → file is the same file: a generated log of 10,000 items', { timeout: 180_000 }, () => {
      const original = tempStore(FILE).data;
      writeFileSync(original, JSON.stringify(generateStore({ items: 10_000, seed: 11 }), null, 1) + '\n');
      const { database, copy } = throughPostgres(original);
      expect(readFileSync(copy, 'utf8') === readFileSync(original, 'utf8')).toBe(true);
      expect(actionlog(database, ['overdue', '--as-of', '2025-11-20']).stdout).toBe(
        actionlog(original, ['overdue', '--as-of', '2025-11-20']).stdout,
      );
    });

    it('says what it copied, in words and as JSON', () => {
      const database = tempStore(POSTGRES).data;
      const result = actionlog(database, ['migrate', '--from', SAMPLE, '--to', database, '--json']);
      expect(result.json()).toEqual({
        from: SAMPLE,
        to: expect.stringMatching(/^postgresql:\/\//),
        committees: 2,
        meetings: 6,
        items: 15,
        journal: 23,
      });
    });

    it('refuses a target that holds a log, changing nothing, unless --force; an empty log made by init is no obstacle', () => {
      const held = seededStore(POSTGRES).data;
      const before = bytes(held);
      const refused = actionlog(held, ['migrate', '--from', SAMPLE, '--to', held]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(
        /^actionlog: postgresql:.* already holds an action log \(1 committee\(s\), 5 meeting\(s\), 3 item\(s\) and 5 change\(s\) kept for undo\); nothing was copied: give --force to replace it with the one at .*actionlog\.json\n$/,
      );
      expect(bytes(held)).toBe(before);
      expect(actionlog(held, ['migrate', '--from', SAMPLE, '--to', held, '--force']).code).toBe(0);
      expect(actionlog(held, ['list', '--all', '--json']).json()).toHaveLength(15);

      const file = seededStore(FILE).data;
      const fileBefore = bytes(file);
      expect(actionlog(file, ['migrate', '--from', SAMPLE, '--to', file]).code).toBe(2);
      expect(bytes(file)).toBe(fileBefore);

      const empty = tempStore(POSTGRES).data;
      expect(actionlog(empty, ['init']).code).toBe(0);
      expect(actionlog(empty, ['migrate', '--from', SAMPLE, '--to', empty]).code).toBe(0);
    });

    it('bad input: one line, and nothing made', () => {
      const target = tempStore(POSTGRES).data;
      const cases: [string[], RegExp, number][] = [
        [
          ['migrate', '--from', 'no-such-log.json', '--to', target],
          /^actionlog: no action log at .*no-such-log\.json; create one/,
          1,
        ],
        [['migrate', '--from', SAMPLE, '--to', SAMPLE], /^actionlog: --from and --to are the same log/, 2],
        [['migrate', '--from', SAMPLE], /required option '--to <file-or-url>' not specified/, 2],
        [
          ['migrate', '--from', SAMPLE, '--to', 'postgres://'],
          /is not a PostgreSQL connection string; use postgres:\/\/user@host\/database/,
          2,
        ],
      ];
      for (const [args, message, code] of cases) {
        const result = actionlog(target, args);
        expect(result.code, args.join(' ')).toBe(code);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect(bytes(target)).toBe('');
    });

    it('a password in a location is used, and shown nowhere: not in messages, the history, nor the output', () => {
      const plain = tempStore(POSTGRES).data;
      const withPassword = plain.replace('postgresql://postgres@', 'postgresql://postgres:Sekr3t-pa55@');
      const runs = [
        actionlog(plain, ['init', '--data', withPassword]),
        actionlog(plain, ['committee', 'add', 'jhsc', '--name', 'JHSC', '--data', withPassword]),
        actionlog(plain, ['migrate', '--from', withPassword, '--to', tempStore(FILE).data]),
        actionlog(plain, ['migrate', '--from', SAMPLE, '--to', withPassword]),
        actionlog(plain, ['list', '--data', withPassword.replace(/schema=[^&]+/, 'schema=nothing_here')]),
        actionlog(plain, ['history', '--json', '--data', withPassword]),
        actionlog(plain, ['init', '--help', '--data', withPassword]),
        actionlog(plain, ['list', '--data', 'postgres://clerk:Sekr3t-pa55@127.0.0.1:1/democracy?connect_timeout=2']),
      ];
      for (const run of runs) expect(run.stdout + run.stderr).not.toContain('Sekr3t');
      expect(runs.at(-1)!.stderr).toMatch(
        /^actionlog: cannot open the action log at postgres:\/\/clerk@127\.0\.0\.1:1\/democracy\?connect_timeout=2: the server refused the connection/,
      );
    });
  },
);
