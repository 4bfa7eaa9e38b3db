// Once per test run: a scratch folder of the run's own for every temporary file the tests make
// (`os.tmpdir()` reads TMPDIR, and the workers and the binaries they run inherit it), removed when
// the run ends — and, first, the folders of runs killed before their teardown swept away.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUN_PID_FILE, sweepLeftovers } from './leftovers.js';

export default function setup(): () => void {
  sweepLeftovers();
  const scratch = mkdtempSync(path.join(tmpdir(), 'actionlog-tests-'));
  writeFileSync(path.join(scratch, RUN_PID_FILE), `${process.pid}\n`);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(scratch, { recursive: true, force: true });
  };
}
