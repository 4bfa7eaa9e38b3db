// The built CLI loads only the bundle of the command being run (commandWords.ts), and answers
// --help from command summaries; launch.ts does the same from source. What the user sees
// must be what the full program (cli.ts) prints.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgram, main } from '../../src/cli.js';
import { bundleFor, COMMAND_MODULES } from '../../src/commandWords.js';
import { launch, LOADERS } from '../../src/launch.js';

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

  it('knows every command that cli.ts registers, and no other, and a module for each', () => {
    expect(Object.keys(COMMAND_MODULES).sort()).toEqual(buildProgram().commands.map((c) => c.name()).sort());
    expect(Object.keys(LOADERS).sort()).toEqual([...new Set(Object.values(COMMAND_MODULES))].sort());
  });

  it.each([
    [[], 'help'], [['--help'], 'help'], [['help'], 'help'], [['help', 'add'], 'add'], [['help', 'lsit'], 'all'],
    [['done', 'A1'], 'update'], [['carry-forward', 'llr'], 'carryForward'], [['--data', 'list', 'overdue'], 'overdue'],
    [['--limit', '5', 'list'], 'list'], [['--json', 'show', 'A1'], 'show'], [['lsit'], 'all'], [['--', 'list'], 'list'],
  ])('picks the bundle for %j: %s', (args, bundle) => {
    expect(bundleFor(args)).toBe(bundle);
  });

  it.each([[], ['--help'], ['-h'], ['help'], ['help', 'add'], ['add', '--help'], ['meeting', '--help'], ['lsit'], ['--bogus'], ['list', '--bogus'], ['--data', 'list', '--help'], ['--json']])(
    'prints what the full program prints for %j',
    async (...args: string[]) => {
      const full = await capture(() => main(argv(...args)));
      const lazy = await capture(() => launch(argv(...args)));
      expect(full.out + full.err).not.toBe('');
      expect(lazy).toEqual(full);
    },
  );
});

describe('the built CLI', () => {
  const bin = path.resolve(__dirname, '../../bin/actionlog.js');

  // The plain help comes from main.ts, worked out at build time; the rest from the bundles.
  it.each([[], ['--help'], ['-h'], ['help'], ['help', 'add'], ['overdue', '--help'], ['lsit'], ['list', '--bogus'], ['--json']])(
    'prints what the full program prints for %j',
    async (...args: string[]) => {
      const full = await capture(() => main(argv(...args)));
      const built = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
      expect({ code: built.status, out: built.stdout, err: built.stderr }).toEqual(full);
    },
  );
});
