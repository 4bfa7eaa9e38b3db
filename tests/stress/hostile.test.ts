// Bounded part (d) of `npm run stress`: property tests over every command's arguments and
// options. 200 cases run in-process (main() with captured output), 10 through the binary.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, makeSandbox, type Sandbox } from '../../scripts/stress/hostile.js';
import { hostileArgv } from '../../scripts/stress/hostileArgs.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await makeSandbox();
});

const noNul = (argv: string[]) => argv.map((a) => a.replaceAll('\0', '').slice(0, 30_000));

describe('hostile input to every command', () => {
  it('in-process: exit 0, 1 or 2, one line on failure, the store unchanged when it fails', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgv(sandbox.dir), async (argv) => {
        expect((await checkCase(sandbox, argv, 'in-process')).problem).toBeNull();
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('through the binary, a smaller sample', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgv(sandbox.dir), async (argv) => {
        expect((await checkCase(sandbox, noNul(argv), 'binary')).problem).toBeNull();
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
