// Folders that test runs stopped before their teardown (killed by a time limit, or their output's
// pipe closed) leave behind in /tmp: a run's scratch folder, and the folder of its throwaway
// PostgreSQL server, perhaps with the server still running.
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The file in a run's folder naming the process of the run that made it. */
export const RUN_PID_FILE = 'run.pid';

/** The prefixes of the folders a test run makes in /tmp (scratch.ts, tests/pg/globalSetup.ts). */
export const RUN_FOLDERS = ['actionlog-tests-', 'actionlog-pg-'];

/**
 * Sweeps `root` of the run folders no live run owns: a folder whose run's process is gone has its
 * server (if any) stopped and is removed; one from before runs named their process is removed only
 * when empty and more than an hour old. A folder whose run still lives is left alone (a reused
 * process id errs on the side of leaving it).
 */
export function sweepLeftovers(root = '/tmp', now = Date.now()): void {
  for (const name of readdirSync(root)) {
    if (!RUN_FOLDERS.some((prefix) => name.startsWith(prefix))) continue;
    const folder = path.join(root, name);
    try {
      const owner = runOf(folder);
      if (owner === null) {
        if (statSync(folder).mtimeMs < now - 3_600_000) rmdirSync(folder);
      } else if (!alive(owner)) {
        if (existsSync(path.join(folder, 'server')))
          spawnSync('bash', ['scripts/pg-server.sh', 'stop', path.join(folder, 'server')], { stdio: 'ignore' });
        rmSync(folder, { recursive: true, force: true });
      }
    } catch {
      // Not empty, not ours, or gone already.
    }
  }
}

function runOf(folder: string): number | null {
  const file = path.join(folder, RUN_PID_FILE);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
