// A lock across processes around every read-modify-write. proper-lockfile keeps a
// `<store>.lock` directory fresh while we hold it; one left by a killed process goes
// stale and is taken over after STALE_MS.
import { existsSync, statSync } from 'node:fs';
import nodePath from 'node:path';
import lockfile from 'proper-lockfile';
import { failure } from '../errors.js';
import { LOCK_WAIT_MS, WAIT_NOTICE_MS } from './interface.js';

const STALE_MS = 6000;

/** Runs `work` holding the lock; `work` calls `assertHeld` just before it writes. `onWait` is called if the lock takes a while (WAIT_NOTICE_MS). */
export async function withLock<T>(
  path: string,
  work: (assertHeld: () => void) => Promise<T>,
  onWait?: () => void,
): Promise<T> {
  const waitMs = Number(process.env.ACTIONLOG_LOCK_TIMEOUT_MS) || LOCK_WAIT_MS;
  // proper-lockfile would retry a missing folder until waitMs had passed.
  if (!existsSync(nodePath.dirname(nodePath.resolve(path)))) throw failure(missingFolder(path));
  let release: () => Promise<void>;
  let compromised: Error | undefined;
  const notice = onWait ? setTimeout(onWait, WAIT_NOTICE_MS) : undefined;
  try {
    release = await lockfile.lock(path, {
      stale: STALE_MS,
      realpath: false,
      // Try again every 10 ms at first, then up to every 200 ms, at random within each
      // step so that waiters do not wake together, until waitMs have passed.
      retries: {
        retries: 12,
        factor: 1.3,
        minTimeout: 10,
        maxTimeout: 200,
        randomize: true,
        forever: true,
        maxRetryTime: waitMs,
      },
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      throw failure(`${path} is locked by another actionlog (waited ${Math.round(waitMs / 1000)} s); try again`);
    }
    throw failure(`cannot lock ${path}: ${(error as Error).message}`);
  } finally {
    clearTimeout(notice);
  }
  const lockPath = `${nodePath.resolve(path)}.lock`;
  const ours = lockIdentity(lockPath);
  try {
    return await work(() => {
      // Two waiters that both find a dead writer's lock stale can both take it over; the
      // loser's lock directory is then another one, so check it is still ours before writing.
      const lost = compromised?.message ?? (lockIdentity(lockPath) !== ours ? 'another actionlog took it over' : null);
      if (lost) throw failure(`lost the lock on ${path} while working (${lost}); nothing was written`);
    });
  } finally {
    await release().catch(() => undefined);
  }
}

/** The line for a log whose folder is not there (a mistyped --data, a shared drive not connected). */
export const missingFolder = (path: string): string =>
  `there is no folder ${nodePath.dirname(nodePath.resolve(path))} for the action log; check the path (--data or ACTIONLOG_DATA), or create the folder first`;

/** The lock directory's inode and birth time (not mtime or ctime, which the holder refreshes). */
function lockIdentity(lockPath: string): string {
  try {
    const stat = statSync(lockPath, { bigint: true });
    return `${stat.ino}:${stat.birthtimeNs}`;
  } catch {
    return 'gone';
  }
}
