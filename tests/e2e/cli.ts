// Runs the built binary as a user would, in a temporary directory, with a fixed environment,
// on a log of either backend (tests/backends.ts): `data` is what ACTIONLOG_DATA is given.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { FILE, isPostgres, snapshot, type TestBackend, type TestLog } from '../backends.js';

const BIN = path.resolve(__dirname, '../../bin/actionlog.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The folder of each log made here: where commands on it run, and its HOME. */
const folders = new Map<string, string>();

/** A place for a new log on the backend (the JSON file unless told), not yet created. */
export function tempStore(backend: TestBackend = FILE): TestLog {
  const log = backend.newLog();
  folders.set(log.data, log.dir);
  return log;
}

export const folderOf = (data: string): string => folders.get(data) ?? path.dirname(data);

export function actionlog(data: string, args: string[], input?: string, env: Record<string, string> = {}): Run {
  const dir = folderOf(data);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      ACTIONLOG_DATA: data,
      NO_COLOR: '1',
      TZ: 'Europe/London',
      LANG: 'C.UTF-8',
      ...env,
    },
  });
  return {
    code: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => JSON.parse(result.stdout),
  };
}

/** The whole log as text (a file's bytes; a database's rows), to show a refused command changed nothing. */
export const bytes = (data: string): string => snapshot(data);

/** A runner for building a test store: each command must succeed. */
export function mustRun(data: string) {
  return (...args: string[]): void => {
    const result = actionlog(data, args);
    if (result.code !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  };
}

/** A new log holding a copy of the log at `template`: the file copied, or a database log copied by `migrate`. */
export function copyOf(template: string, backend: TestBackend): TestLog {
  const log = tempStore(backend);
  if (!isPostgres(log.data)) copyFileSync(template, log.data);
  else mustRun(log.data)('migrate', '--from', template, '--to', log.data);
  return log;
}

const templates = new Map<TestBackend, string>();

/** A store with the JHSC, its 2025–26 meetings, and a few items of 16 June 2025 (built once on each backend, then copied). */
export function seededStore(backend: TestBackend = FILE): TestLog {
  if (!templates.has(backend)) templates.set(backend, buildSeededStore(backend).data);
  return copyOf(templates.get(backend)!, backend);
}

function buildSeededStore(backend: TestBackend): TestLog {
  const store = tempStore(backend);
  const run = mustRun(store.data);
  run('init');
  run('committee', 'add', 'jhsc', '--name', 'Joint Health Scrutiny Committee');
  run('meeting', 'add', 'jhsc', '2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22', '2026-03-12');
  run(
    'add',
    'Circulate the ICB blueprint to members',
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '53',
    '--ref',
    '3',
    '--category',
    'information',
    '--owner',
    'the ICB',
  );
  run(
    'add',
    'Item on dentistry for the work programme',
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '53',
    '--ref',
    '2',
    '--type',
    'work-programme',
  );
  run(
    'add',
    'Update on ICB changes',
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '53',
    '--ref',
    '4',
    '--type',
    'work-programme',
    '--due',
    'november',
  );
  return store;
}
