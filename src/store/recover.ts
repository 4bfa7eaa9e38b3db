// Putting back the last good version of a damaged store: `<store>.bak`, which every save
// keeps. Nothing is ever deleted: the damaged file is kept aside as `<store>.damaged-<when>`.
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { failure } from '../errors.js';
import { syncDirectory, temporaryPath } from './atomicWrite.js';
import { backupPath, StoreFile, withoutHint } from './jsonFile.js';
import { withLock } from './lock.js';

// What recover reports (the types live with the store interface, which every backend answers).
export type { KeptVersion, StoreCondition } from './interface.js';
import type { KeptVersion, StoreCondition } from './interface.js';

/** What is wrong with the store, and whether its kept version can replace it. */
export async function inspectStore(path: string): Promise<StoreCondition> {
  const problem = await problemWith(path);
  if (typeof problem !== 'string') return { state: 'fine', committees: problem.committees, items: problem.items };
  const backup = backupPath(path);
  const backupProblem = await problemWith(backup);
  if (typeof backupProblem === 'string') return { state: 'lost', problem, backupProblem };
  const stat = await fs.stat(backup);
  return { state: 'damaged', problem, backup: { path: backup, ...backupProblem, savedAt: stat.mtime.toISOString() } };
}

async function problemWith(
  path: string,
): Promise<string | { committees: number; items: number; lastChange: KeptVersion['lastChange'] }> {
  try {
    const data = await new StoreFile(path).read();
    if (data === null) return `there is no file at ${path}`;
    const last = data.journal.at(-1);
    return {
      committees: data.committees.length,
      items: data.items.length,
      lastChange: last ? { at: last.at, by: last.by, summary: last.summary } : null,
    };
  } catch (error) {
    return withoutHint((error as Error).message);
  }
}

/**
 * Restores the kept version over a damaged store, holding the lock, after checking again
 * that it is still damaged. Returns where the damaged file was kept (null if there was none).
 */
export async function restoreKeptVersion(path: string, now: Date): Promise<{ damagedKeptAs: string | null }> {
  return withLock(path, async (assertHeld) => {
    const condition = await inspectStore(path);
    if (condition.state === 'fine')
      throw failure(`${path} is fine now (someone may have repaired it); nothing was changed`);
    if (condition.state === 'lost') throw failure(`the kept version cannot be used either: ${condition.backupProblem}`);
    const temp = temporaryPath(path, 'restore.');
    await fs.copyFile(backupPath(path), temp);
    try {
      const damagedKeptAs = await keepAside(path, now);
      assertHeld();
      await fs.rename(temp, path);
      await syncDirectory(dirname(path));
      return { damagedKeptAs };
    } finally {
      await fs.rm(temp, { force: true });
    }
  });
}

/** Gives the damaged store a second name (a link, or for a directory a rename) beside it. */
async function keepAside(path: string, now: Date): Promise<string | null> {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const stat = await fs.stat(path).catch(() => null);
  if (!stat) return null;
  for (let n = 1; ; n++) {
    const aside = `${path}.damaged-${stamp}${n > 1 ? `-${n}` : ''}`;
    try {
      if (stat.isDirectory()) {
        if (await fs.stat(aside).catch(() => null)) continue;
        await fs.rename(path, aside);
      } else {
        await fs.link(path, aside).catch(async (error) => {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
          await fs.copyFile(path, aside, fs.constants.COPYFILE_EXCL);
        });
      }
      return aside;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
