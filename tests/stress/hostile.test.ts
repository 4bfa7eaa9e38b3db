// Bounded part (d) of `npm run stress`: property tests over every command's arguments and
// options, on each backend. 200 cases run in-process (main() with captured output), 10
// through the binary; and part (e), hostile text stored and read back exactly.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkCase, makeSandbox, type Sandbox } from '../../scripts/stress/hostile.js';
import { hostileArgv } from '../../scripts/stress/hostileArgs.js';
import { hostileText } from '../../scripts/stress/hostileText.js';
import { fileBackend, postgresBackend, type StressBackend } from '../../scripts/stress/logs.js';
import { forEachBackend } from '../backends.js';
import { server } from '../pg/server.js';

const noNul = (argv: string[]) => argv.map((a) => a.replaceAll('\0', '').slice(0, 30_000));

forEachBackend((backend) => {
  let stress: StressBackend;
  let sandbox: Sandbox;

  beforeAll(async () => {
    stress = backend.kind === 'file' ? fileBackend() : postgresBackend(server.url!);
    sandbox = await makeSandbox(stress);
  }, 120_000);
  afterAll(() => stress?.dispose());

  it('hostile input to every command, in-process: exit 0, 1 or 2, one line on failure, the store unchanged when it fails', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgv(sandbox.dir), async (argv) => {
        expect((await checkCase(sandbox, argv, 'in-process')).problem).toBeNull();
      }),
      { numRuns: 200 },
    );
  }, 300_000);

  it('hostile input through the binary, a smaller sample', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgv(sandbox.dir), async (argv) => {
        expect((await checkCase(sandbox, noNul(argv), 'binary')).problem).toBeNull();
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('hostile text (quotes, SQL, NUL, lone surrogates, 100,000 characters) stored and read back exactly', async () => {
    const result = await hostileText(stress);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ differ: 0, failed: 0 });
  }, 120_000);
});
