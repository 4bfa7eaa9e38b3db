// The built CLI loads only the module of the command being run (commandLine.ts,
// commands/registry.ts), and answers --help from command summaries; launch.ts does the same
// from source. What the user sees must be what the full program (cli.ts) prints.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { commandFor } from '../../src/commands/registry.js';
import { launch } from '../../src/launch.js';

async function capture(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await run(), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

const argv = (...args: string[]) => ['node', 'actionlog', ...args];

describe('launch', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [[], 'help'],
    [['--help'], 'help'],
    [['help'], 'help'],
    [['help', 'add'], 'add'],
    [['help', 'lsit'], 'all'],
    [['done', 'A1'], 'update'],
    [['carry-forward', 'llr'], 'carryForward'],
    [['--data', 'list', 'overdue'], 'overdue'],
    [['--limit', '5', 'list'], 'list'],
    [['--json', 'show', 'A1'], 'show'],
    [['lsit'], 'all'],
    [['--', 'list'], 'list'],
  ])('picks the command module for %j: %s', (args, bundle) => {
    expect(commandFor(args)).toBe(bundle);
  });

  it.each([
    [],
    ['--help'],
    ['-h'],
    ['help'],
    ['help', 'add'],
    ['add', '--help'],
    ['meeting', '--help'],
    ['lsit'],
    ['--bogus'],
    ['list', '--bogus'],
    ['--data', 'list', '--help'],
    ['--json'],
  ])('prints what the full program prints for %j', async (...args: string[]) => {
    const full = await capture(() => main(argv(...args)));
    const lazy = await capture(() => launch(argv(...args)));
    expect(full.out + full.err).not.toBe('');
    expect(lazy).toEqual(full);
  });
});

describe('the built CLI', () => {
  const bin = path.resolve(__dirname, '../../bin/actionlog.js');

  // The plain help comes from main.ts, worked out at build time; the rest from the bundles.
  it.each([
    [],
    ['--help'],
    ['-h'],
    ['help'],
    ['help', 'add'],
    ['overdue', '--help'],
    ['lsit'],
    ['list', '--bogus'],
    ['--json'],
  ])('prints what the full program prints for %j', async (...args: string[]) => {
    const full = await capture(() => main(argv(...args)));
    const built = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
    });
    expect({ code: built.status, out: built.stdout, err: built.stderr }).toEqual(full);
  });
});
