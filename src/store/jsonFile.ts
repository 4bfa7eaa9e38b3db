// The lowdb adapter for the store file: reads and validates, and writes atomically
// (a unique temporary file, flushed, then renamed) keeping the previous version beside it.
// lowdb holds the log as read (null when there is no file yet) and writes it back.
import { closeSync, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';
import type { Adapter } from 'lowdb';
import { ActionlogError, failure } from '../errors.js';
import { removeLeftovers, temporaryPath, writeAtomic } from './atomicWrite.js';
import { SCHEMA_VERSION } from './format.js';
import type { StoreData } from './format.js';
import { isValidStore } from './storeCheck.js';
import { upgradeStore } from './upgrade.js';
import { mark } from '../timing.js';

export const backupPath = (path: string): string => `${path}.bak`;

export class StoreFile implements Adapter<StoreData | null> {
  /** `beforeCommit` runs just before the new version replaces the old, and throws if the lock was lost. */
  constructor(
    readonly path: string,
    private readonly beforeCommit: () => void = () => undefined,
  ) {}

  /** Null when there is no file yet; throws (exit 1) when the file cannot be trusted. */
  async read(): Promise<StoreData | null> {
    let text: string;
    try {
      text = readText(this.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code === 'EISDIR') throw failure(`${this.path} is a directory, not an action log file`);
      throw failure(`cannot read ${this.path}: ${(error as Error).message}`);
    }
    mark('store read');
    return parseStore(text, this.path);
  }

  async write(data: StoreData | null): Promise<void> {
    // lowdb writes only what it holds; it holds null only before a log exists.
    if (data === null) return;
    await assertWritable(this.path);
    const text = JSON.stringify(data, null, 1) + '\n';
    try {
      await removeLeftovers(this.path);
      await keepPreviousVersion(this.path);
      await writeAtomic(this.path, text, this.beforeCommit);
    } catch (error) {
      if (error instanceof ActionlogError) throw error;
      throw failure(`cannot write ${this.path}: ${(error as Error).message}; nothing was changed`);
    }
  }
}

/** A store up to this size is read as bytes, then decoded (see readText). */
const READ_AS_BYTES_UP_TO = 32 * 1024 * 1024;

/**
 * The file's text, read in one go (fs.promises.readFile reads a large store in 512 KB
 * pieces and joins them, which at 100,000 items cost a third more memory and time than the
 * file itself). A store up to 32 MB is read as bytes in one call, then decoded: a third
 * faster than readFileSync(path, 'utf8'), which reads in small pieces. A larger one is
 * decoded as it is read, so that its bytes and its text are not held at once while it is
 * parsed: as bytes, a 134 MB store took 130 MB more at its peak.
 */
function readText(path: string): string {
  const fd = openSync(path, 'r');
  try {
    return fstatSync(fd).size <= READ_AS_BYTES_UP_TO ? readFileSync(fd).toString('utf8') : readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export const RECOVER_HINT = 'it was left as it is; "actionlog recover" can restore the last good version';
export const NO_KEPT_VERSION_HINT =
  'it was left as it is; no earlier version is kept beside it to restore, so put it back from your own backups';

/** A damaged store's problem without the hint that follows it (for `recover`, which says its own). */
export const withoutHint = (message: string): string =>
  message.replace(`; ${RECOVER_HINT}`, '').replace(`; ${NO_KEPT_VERSION_HINT}`, '');

/** The error for a store that cannot be trusted: what is wrong, and `recover` only when it has a good version to put back. */
async function damaged(path: string, problem: string): Promise<ActionlogError> {
  return failure(`${path} ${problem}; ${(await keptVersionIsGood(path)) ? RECOVER_HINT : NO_KEPT_VERSION_HINT}`);
}

/** The version kept beside the store (`<path>.bak`) is there and passes the checks. */
async function keptVersionIsGood(path: string): Promise<boolean> {
  try {
    await parseStore(readText(backupPath(path)), backupPath(path));
    return true;
  } catch {
    return false;
  }
}

/** The store in `text`, checked; throws (exit 1) saying what is wrong when it cannot be trusted. */
export async function parseStore(text: string, path: string): Promise<StoreData> {
  // Both checks look at the text without copying it (trim() and split() would, at 130 MB).
  if (/^\s*$/.test(text)) throw await damaged(path, 'is empty (0 bytes of data)');
  const nuls = text.includes('\0') ? text.split('\0').length - 1 : 0;
  if (nuls > 0) {
    // What a power cut during a save leaves on some file systems: the size written, the data not.
    throw await damaged(path, `is damaged: it contains ${nuls} NUL byte(s) in ${text.length} characters`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
    mark('store parsed');
  } catch (error) {
    const cutShort = endsEarly(error as Error, text);
    const what = cutShort ? 'is cut short: not valid JSON' : 'is not valid JSON';
    throw await damaged(path, `${what} (${describeJsonError(error as Error, text)})`);
  }
  const version = (data as { schema?: unknown } | null)?.schema;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw failure(
      `${path} was written by a newer actionlog (schema ${version}; this version reads ${SCHEMA_VERSION}); upgrade actionlog`,
    );
  }
  // A log from an older actionlog is read in today's shape; the next change writes it so.
  data = upgradeStore(data);
  if (isValidStore(data)) {
    mark('store checked');
    return data as StoreData;
  }
  // Saying where the store is wrong needs TypeBox and the schema: loaded only when it is.
  const { validationProblem } = await import('./schema.js');
  const problem = validationProblem(data) ?? 'it does not match the action log format';
  throw await damaged(path, `is not a valid action log at ${problem}`);
}

/** The parser ran out of text: the file was cut short (a failed copy, a full disk). */
function endsEarly(error: Error, text: string): boolean {
  const position = /position (\d+)/.exec(error.message);
  return /end of JSON input/.test(error.message) || (position !== null && Number(position[1]) >= text.trimEnd().length);
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
  const temporary = temporaryPath(path, 'bak.');
  try {
    await fs.link(path, temporary);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    await fs.copyFile(path, temporary);
  }
  await fs.rename(temporary, backupPath(path));
  // When `.bak` already is the store (a writer was killed between keeping it and replacing
  // the store), both names are links to one file and rename() does nothing: drop the extra name.
  await fs.rm(temporary, { force: true });
}
