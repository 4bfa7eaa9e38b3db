// Writes a file so that a reader, or a crash, sees either the old version or the new one
// whole: a temporary file beside it, flushed to disk, renamed over it, and the folder flushed
// so that the rename itself survives a power cut. Temporary files carry the store's name so
// that the next writer (holding the lock) can clear away any that a killed writer left.
import type * as Crypto from 'node:crypto';
import { promises as fs } from 'node:fs';
import { lazyRequire } from '../lazy.js';
import path from 'node:path';

// node:crypto is required when a temporary name is first needed: loading it costs every
// command several milliseconds at start, and read commands never write.
const crypto = lazyRequire<typeof Crypto>('node:crypto');
const randomHex = (): string => crypto().randomBytes(4).toString('hex');

/** A new store gets rw-rw-r-- less the user's umask: a team can share it, the world cannot write it. */
const NEW_FILE_MODE = 0o664;
const WORLD_WRITABLE = 0o002;

/** `.actionlog.json.<pid>-<random>.tmp` beside `actionlog.json`. */
export function temporaryPath(file: string, tag = ''): string {
  const name = `.${path.basename(file)}.${tag}${process.pid}-${randomHex()}.tmp`;
  return path.join(path.dirname(file), name);
}

/**
 * Writes `text` (or bytes: a Word or Excel paper) to `file` atomically. `beforeCommit` runs just before the rename and may throw
 * (the lock was lost): then the temporary file is removed and the store is left as it was.
 */
export async function writeAtomic(
  file: string,
  text: string | Buffer,
  beforeCommit: () => void = () => undefined,
): Promise<void> {
  const temp = temporaryPath(file);
  const existingMode = await modeOf(file);
  try {
    const handle = await fs.open(temp, 'wx', NEW_FILE_MODE);
    try {
      // Keep the mode the team gave the store (say rw-rw-r--), whatever this user's umask is.
      if (existingMode !== null) await handle.chmod(existingMode & ~WORLD_WRITABLE);
      await handle.writeFile(text, typeof text === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    beforeCommit();
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/** Removes temporary files of this store left by writers that were killed. Call holding the lock. */
export async function removeLeftovers(file: string): Promise<number> {
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(file));
  } catch {
    return 0;
  }
  const leftovers = names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  await Promise.all(
    leftovers.map((name) => fs.rm(path.join(path.dirname(file), name), { force: true }).catch(() => undefined)),
  );
  return leftovers.length;
}

async function modeOf(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).mode & 0o777;
  } catch {
    return null;
  }
}

/** Some file systems (network shares among them) cannot flush a folder; the rename is still atomic there. */
export async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort, see above
  }
}
