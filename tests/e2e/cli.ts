// Runs the built binary as a user would, in a temporary directory, with a fixed environment.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.resolve(__dirname, '../../bin/actionlog.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function tempStore(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-e2e-'));
  return { dir, file: path.join(dir, 'actionlog.json') };
}

export function actionlog(file: string, args: string[], input?: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: path.dirname(file),
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: path.dirname(file), ACTIONLOG_DATA: file, NO_COLOR: '1', TZ: 'Europe/London', LANG: 'C.UTF-8', ...env },
  });
  return {
    code: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => JSON.parse(result.stdout),
  };
}

export const bytes = (file: string): string => readFileSync(file, 'utf8');

let template: string | undefined;

/** A store with the JHSC, its 2025–26 meetings, and a few items of 16 June 2025 (built once, then copied). */
export function seededStore(): { dir: string; file: string } {
  template ??= buildSeededStore().file;
  const store = tempStore();
  copyFileSync(template, store.file);
  return store;
}

/** A runner for building a test store: each command must succeed. */
export function mustRun(file: string) {
  return (...args: string[]): void => {
    const result = actionlog(file, args);
    if (result.code !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  };
}

function buildSeededStore(): { dir: string; file: string } {
  const store = tempStore();
  const run = mustRun(store.file);
  run('init');
  run('committee', 'add', 'jhsc', '--name', 'Joint Health Scrutiny Committee');
  run('meeting', 'add', 'jhsc', '2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22', '2026-03-12');
  run('add', 'Circulate the ICB blueprint to members', '-c', 'jhsc', '-m', '2025-06-16', '--minute', '53', '--ref', '3', '--category', 'information', '--owner', 'the ICB');
  run('add', 'Item on dentistry for the work programme', '-c', 'jhsc', '-m', '2025-06-16', '--minute', '53', '--ref', '2', '--type', 'work-programme');
  run('add', 'Update on ICB changes', '-c', 'jhsc', '-m', '2025-06-16', '--minute', '53', '--ref', '4', '--type', 'work-programme', '--due', 'november');
  return store;
}
