// The lowdb adapter for the store file: reads and validates, and writes atomically
// (a unique temporary file, flushed, then renamed) keeping the previous version beside it.
import { promises as fs } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import type { Adapter } from 'lowdb';
import { failure } from '../errors.js';
import { SCHEMA_VERSION, validationProblem, type StoreData } from './schema.js';

export const backupPath = (path: string): string => `${path}.bak`;

export class StoreFile implements Adapter<StoreData> {
  constructor(readonly path: string) {}

  /** Null when there is no file yet; throws (exit 1) when the file cannot be trusted. */
  async read(): Promise<StoreData | null> {
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code === 'EISDIR') throw failure(`${this.path} is a directory, not an action log file`);
      throw failure(`cannot read ${this.path}: ${(error as Error).message}`);
    }
    return parseStore(text, this.path);
  }

  async write(data: StoreData): Promise<void> {
    await assertWritable(this.path);
    await keepPreviousVersion(this.path);
    try {
      await writeFileAtomic(this.path, JSON.stringify(data, null, 1) + '\n');
    } catch (error) {
      throw failure(`cannot write ${this.path}: ${(error as Error).message}`);
    }
  }
}

export function parseStore(text: string, path: string): StoreData {
  if (text.trim() === '') throw failure(`${path} is empty (0 bytes of data); restore it with "actionlog recover" or from a backup`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw failure(`${path} is not valid JSON (${describeJsonError(error as Error, text)}); it was left as it is`);
  }
  const version = (data as { schema?: unknown } | null)?.schema;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw failure(`${path} was written by a newer actionlog (schema ${version}; this version reads ${SCHEMA_VERSION}); upgrade actionlog`);
  }
  const problem = validationProblem(data);
  if (problem) throw failure(`${path} is not a valid action log at ${problem}; it was left as it is`);
  return data as StoreData;
}

function describeJsonError(error: Error, text: string): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return error.message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** A read-only store is refused before anything is written (as root, access() would say yes). */
async function assertWritable(path: string): Promise<void> {
  try {
    const stat = await fs.stat(path);
    if ((stat.mode & 0o222) === 0) throw failure(`${path} is read-only; nothing was changed`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Keeps the version about to be replaced as `<path>.bak`. A hard link costs nothing and is
 * atomic; where the file system has no hard links, a copy does.
 */
async function keepPreviousVersion(path: string): Promise<void> {
  const temporary = `${backupPath(path)}.${process.pid}.tmp`;
  try {
    await fs.link(path, temporary);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    await fs.copyFile(path, temporary);
  }
  await fs.rename(temporary, backupPath(path));
}
