// `actionlog recover` through the built binary: a damaged store is put back from `<store>.bak`,
// the damaged file kept aside, and nothing ever deleted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POSTGRES } from '../backends.js';
import { actionlog, bytes, seededStore, tempStore } from './cli.js';

const BIN = path.resolve(__dirname, '../../bin/actionlog.js');

/** A seeded store whose latest save is then damaged: `.bak` holds the version before it. */
function damagedStore(damage: (file: string) => void = (file) => writeFileSync(file, '{"schema": 1, "items": [')) {
  const store = seededStore();
  expect(actionlog(store.data, ['done', 'A1']).code).toBe(0);
  const kept = bytes(`${store.data}.bak`);
  const good = bytes(store.data);
  damage(store.data);
  return { ...store, kept, good };
}

const aside = (dir: string) => readdirSync(dir).filter((name) => name.includes('.damaged-'));

describe('actionlog recover', () => {
  it('says a sound store is fine and changes nothing', () => {
    const { data: file } = seededStore();
    const before = bytes(file);
    const result = actionlog(file, ['recover', '--yes']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/is fine \(1 committee\(s\), 3 item\(s\)\); there is nothing to recover/);
    expect(bytes(file)).toBe(before);
    expect(actionlog(file, ['recover', '--json']).json()).toEqual({
      path: file,
      state: 'fine',
      committees: 1,
      items: 3,
    });
  });

  it('without a terminal and without --yes: exit 2, says what it found and to use --yes, changes nothing', () => {
    const { data: file, dir } = damagedStore();
    const before = bytes(file);
    const result = actionlog(file, ['recover']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /cut short: not valid JSON .*the last good version, .*\.bak, saved .* has 1 committee\(s\) and 3 item\(s\).*run "actionlog recover --yes"/,
    );
    expect(bytes(file)).toBe(before);
    expect(aside(dir)).toEqual([]);
  });

  it('--yes restores the kept version and keeps the damaged file aside, byte for byte', () => {
    const { data: file, dir, kept } = damagedStore();
    const damaged = bytes(file);
    const result = actionlog(file, ['recover', '--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Restored .* from .*\.bak \(saved .*: 1 committee\(s\), 3 item\(s\)\)\. The damaged file is kept as .*\.damaged-\d{8}-\d{6}\./,
    );
    expect(bytes(file)).toBe(kept);
    expect(bytes(`${file}.bak`)).toBe(kept);
    expect(aside(dir).map((name) => bytes(path.join(dir, name)))).toEqual([damaged]);
    expect(actionlog(file, ['list', '--json']).json()).toHaveLength(3);
    expect(actionlog(file, ['recover']).stdout).toMatch(/is fine/);
  });

  it('--json reports what it restored', () => {
    const { data: file } = damagedStore((f) => writeFileSync(f, Buffer.alloc(2000)));
    const report = actionlog(file, ['recover', '--yes', '--json']).json();
    expect(report).toMatchObject({
      path: file,
      state: 'restored',
      restoredFrom: `${file}.bak`,
      committees: 1,
      items: 3,
    });
    expect(report.problem).toMatch(/NUL byte/);
    expect(existsSync(report.damagedKeptAs)).toBe(true);
  });

  it("a directory in the store's place is moved aside, not deleted", () => {
    const {
      data: file,
      dir,
      kept,
    } = damagedStore((f) => {
      rmSync(f);
      mkdirSync(f);
      writeFileSync(path.join(f, 'note.txt'), 'someone unzipped here');
    });
    expect(actionlog(file, ['recover', '--yes']).code).toBe(0);
    expect(bytes(file)).toBe(kept);
    expect(statSync(path.join(dir, aside(dir)[0], 'note.txt')).isFile()).toBe(true);
  });

  it('a missing store is put back from its kept version', () => {
    const { data: file, dir, kept } = damagedStore((f) => rmSync(f));
    expect(actionlog(file, ['recover', '--yes']).stdout).toMatch(/^Restored/);
    expect(bytes(file)).toBe(kept);
    expect(aside(dir)).toEqual([]);
  });

  it('when the kept version is bad too: exit 1, says so, changes nothing', () => {
    const { data: file, dir } = damagedStore();
    writeFileSync(`${file}.bak`, '');
    const before = bytes(file);
    const result = actionlog(file, ['recover', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the kept version cannot be used either \(.*\.bak is empty.*\); nothing was changed/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(bytes(file)).toBe(before);
    expect(bytes(`${file}.bak`)).toBe('');
    expect(aside(dir)).toEqual([]);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal it asks first: no changes nothing, yes restores', () => {
    const { data: file, kept } = damagedStore();
    const damaged = bytes(file);
    const onTerminal = (answer: string) =>
      spawnSync(
        'sh',
        ['-c', `(sleep 1; printf '${answer}\\r') | script -qec "'${process.execPath}' '${BIN}' recover" /dev/null`],
        {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            HOME: path.dirname(file),
            ACTIONLOG_DATA: file,
            TERM: 'dumb',
            NO_COLOR: '1',
            TZ: 'Europe/London',
          },
        },
      );
    const no = onTerminal('n');
    expect(no.stdout).toMatch(/Restore the last good version\?[\s\S]*Nothing was changed/);
    expect(bytes(file)).toBe(damaged);
    const yes = onTerminal('y');
    expect(yes.stdout).toMatch(/Restored /);
    expect(bytes(file)).toBe(kept);
  });
});

// A database log has no kept version beside it: the server's backups hold its earlier ones.
describe.skipIf(Boolean(POSTGRES.skipReason))(
  `actionlog recover on PostgreSQL${POSTGRES.skipReason ? ` (skipped: ${POSTGRES.skipReason})` : ''}`,
  () => {
    it('says a sound log is fine and changes nothing', () => {
      const { data } = seededStore(POSTGRES);
      const before = bytes(data);
      const result = actionlog(data, ['recover', '--yes']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(
        /^The action log at postgresql:.* is fine \(1 committee\(s\), 3 item\(s\)\); there is nothing to recover\.\n$/,
      );
      expect(bytes(data)).toBe(before);
    });

    it("where there is no log: exit 1, one line pointing at the server's backups, nothing made", () => {
      const { data } = tempStore(POSTGRES);
      const result = actionlog(data, ['recover', '--yes']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^actionlog: no action log at postgresql:.*; the kept version cannot be used either \(a database log keeps no earlier version beside it: the server's backups \(pg_dump\) hold those\); nothing was changed: restore it from your own backups\n$/,
      );
      expect(bytes(data)).toBe('');
    });
  },
);
