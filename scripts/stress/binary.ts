// Runs the built actionlog binary as a user's shell would: its own process, a fixed
// environment, the store given by ACTIONLOG_DATA (a file path, or a PostgreSQL location whose
// folder for files beside it logs.ts records). Shared by `npm run stress` and the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** ACTIONLOG_BIN runs a copy, so that a long run is not upset by a rebuild of dist/ meanwhile. */
export const BIN = process.env.ACTIONLOG_BIN || path.join(ROOT, 'bin/actionlog.js');

export interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The folder each database log's commands run in (a file's is its own folder). */
const folders = new Map<string, string>();

export const useFolder = (data: string, dir: string): void => void folders.set(data, dir);
export const folderOf = (data: string): string => folders.get(data) ?? path.dirname(data);

export function environment(data: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: folderOf(data),
    ACTIONLOG_DATA: data,
    NO_COLOR: '1',
    TZ: 'Europe/London',
    LANG: 'C.UTF-8',
    ...extra,
  };
}

export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `actionlog-${label}-`));
}

/** Starts the binary; `done` resolves when it exits, however it exits. */
export function start(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; done: Promise<Result> } {
  const began = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: folderOf(file),
    env: environment(file, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<Result>((resolve) => {
    child.on('error', (error) =>
      resolve({ code: null, signal: null, stdout, stderr: stderr + String(error), ms: performance.now() - began }),
    );
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - began }));
  });
  return { child, done };
}

export function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return start(file, args, env).done;
}

/** Runs the binary and throws unless it succeeds: for setting up a store. */
export async function mustRun(file: string, args: string[]): Promise<Result> {
  const result = await run(file, args);
  if (result.code !== 0) throw new Error(`actionlog ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result;
}

/** A store with one committee and its meetings, ready for items. */
export async function calendarStore(file: string): Promise<void> {
  await mustRun(file, ['init']);
  await mustRun(file, ['committee', 'add', 'jhsc', '--name', 'Joint Health Scrutiny Committee']);
  await mustRun(file, ['meeting', 'add', 'jhsc', '2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22', '2026-03-12']);
}
