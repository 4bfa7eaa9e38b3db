// The bundles' code cache (src/bundles.ts): a run with no cache saves one, the next run uses it
// and prints the same bytes, ACTIONLOG_CODE_CACHE=0 leaves it alone, and a cache that cannot be
// written costs nothing but the cache. Each test runs its own copy of the built CLI, so the
// project's dist/v8-cache is never touched. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built CLI with no cache, and the bundled sample log beside it. */
function copyOfCli(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-cache-'));
  made.push(dir);
  cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), {
    recursive: true,
    filter: (source) => !source.includes('v8-cache'),
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  cpSync(path.join(ROOT, 'data/actionlog.json'), path.join(dir, 'actionlog.json'));
  return dir;
}

function overdue(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/actionlog.js', 'overdue', '--as-of', '2025-11-20'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      ACTIONLOG_DATA: 'actionlog.json',
      NO_COLOR: '1',
      TZ: 'Europe/London',
      ...env,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cacheFiles = (dir: string): string[] => {
  try {
    return readdirSync(path.join(dir, 'dist/v8-cache')).sort();
  } catch {
    return [];
  }
};

it('saves the cache on the first run and prints the same bytes when it reads it', () => {
  const dir = copyOfCli();
  const first = overdue(dir);
  expect(first.code).toBe(0);
  const saved = cacheFiles(dir);
  expect(saved.length).toBeGreaterThan(0);
  expect(saved.every((name) => /^cmd-overdue-v[\d.]+-\w+-\d+\.bin$/.test(name) || name.startsWith('lazy-'))).toBe(true);
  const second = overdue(dir);
  expect(second).toEqual(first);
  expect(cacheFiles(dir)).toEqual(saved);
});

it('ACTIONLOG_CODE_CACHE=0 neither reads nor writes a cache', () => {
  const dir = copyOfCli();
  const result = overdue(dir, { ACTIONLOG_CODE_CACHE: '0' });
  expect(result.code).toBe(0);
  expect(cacheFiles(dir)).toEqual([]);
});

it('a cache that cannot be written leaves the output as it was and no half-written file', () => {
  const dir = copyOfCli();
  const expected = overdue(dir, { ACTIONLOG_CODE_CACHE: '0' });
  overdue(dir);
  const names = cacheFiles(dir);
  // Each cache file's place taken by a non-empty folder: the rename onto it fails.
  rmSync(path.join(dir, 'dist/v8-cache'), { recursive: true });
  for (const name of names) mkdirSync(path.join(dir, 'dist/v8-cache', name, 'taken'), { recursive: true });
  expect(overdue(dir)).toEqual(expected);
  expect(cacheFiles(dir)).toEqual(names);
});
