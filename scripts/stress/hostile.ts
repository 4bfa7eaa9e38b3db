// Part (d): hostile arguments for every command. Each run must end with exit 0, 1 or 2; on
// failure print one line (never "unexpected error"), and leave the store as it was; on
// success leave a store that still validates. Most cases run in-process, some through the
// built binary; the figures say which. On either backend: a PostgreSQL log is compared
// table by table, and put back with its journal when a run changed it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseStore } from '../../src/store/jsonFile.js';
import { openStore } from '../../src/store/index.js';
import { calendarStore, environment, folderOf, mustRun, run } from './binary.js';
import { hostileArgv } from './hostileArgs.js';
import { runInProcess } from './inProcess.js';
import { fileBackend, type StressBackend } from './logs.js';

export interface Sandbox {
  dir: string;
  /** The log's location, what --data takes. */
  file: string;
  /** The log as text, to compare. */
  snapshot: () => Promise<string>;
  /** Why the log is not one actionlog can read (a file checked as it is read; a database's tables hold only what they may). */
  problem: () => Promise<string | null>;
  /** The seeded store and its kept version, put back after a run that changed them. */
  reset: () => Promise<void>;
}

/** A store with a committee, its meetings and four items, plus the files path options point at. */
export async function makeSandbox(backend: StressBackend = fileBackend()): Promise<Sandbox> {
  const file = backend.newLog('hostile');
  const dir = folderOf(file);
  await calendarStore(file);
  for (const [text, extra] of [
    ['Circulate the blueprint', []],
    ['Item on dentistry', ['--type', 'work-programme']],
    ['Invite the ICB', ['--category', 'invitation']],
    ['Report on winter', []],
  ] as const) {
    await mustRun(file, ['add', text, '-c', 'jhsc', '-m', '2025-06-16', ...extra]);
  }
  await mustRun(file, ['done', 'A4', '--note', 'Presented']);
  mkdirSync(path.join(dir, 'folder'));
  mkdirSync(path.join(dir, 'out'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(
    path.join(dir, 'minutes.txt'),
    'RESOLVED:\n(a) That the report be noted.\n(b) \u202Eevil\u202C =cmd|calc 📋\n\0\x1b[31m',
  );
  writeFileSync(path.join(dir, 'garbage.pdf'), '%PDF-1.7\n\0\0garbage');
  writeFileSync(path.join(dir, 'garbage.docx'), 'PK\x03\x04 not really a zip');
  if (backend.kind === 'postgres') {
    const seeded = await backend.read(file);
    return {
      dir,
      file,
      snapshot: () => backend.snapshot(file),
      problem: async () => null,
      reset: async () => {
        const store = openStore(file);
        await store.replaceWith(structuredClone(seeded), () => null);
        await store.close();
      },
    };
  }
  const store = readFileSync(file);
  const backup = readFileSync(`${file}.bak`);
  return {
    dir,
    file,
    snapshot: async () => readFileSync(file, 'utf8'),
    problem: async () =>
      parseStore(readFileSync(file, 'utf8'), file).then(
        () => null,
        (error: Error) => error.message,
      ),
    reset: async () => {
      writeFileSync(file, store);
      writeFileSync(`${file}.bak`, backup);
    },
  };
}

interface Outcome {
  code: number | null;
  stderr: string;
  crashes: string[];
}

/** The exit code, and null when the run behaved or else what was wrong. */
export async function checkCase(
  sandbox: Sandbox,
  argv: string[],
  via: 'in-process' | 'binary',
): Promise<{ code: number | null; problem: string | null }> {
  const before = await sandbox.snapshot();
  const outcome: Outcome =
    via === 'binary'
      ? { ...(await run(sandbox.file, argv)), crashes: [] }
      : await runInProcess(argv, environment(sandbox.file) as Record<string, string>);
  const after = await sandbox.snapshot();
  let problem = await judge(outcome, before, after, sandbox);
  if (existsSync(`${sandbox.file}.lock`)) problem = `${problem ?? ''} left the lock behind`.trim();
  if (after !== before) await sandbox.reset();
  return { code: outcome.code, problem };
}

async function judge(outcome: Outcome, before: string, after: string, sandbox: Sandbox): Promise<string | null> {
  if (outcome.crashes.length) return outcome.crashes[0].slice(0, 500);
  if (outcome.code !== 0 && outcome.code !== 1 && outcome.code !== 2)
    return `exit ${outcome.code}: ${outcome.stderr.slice(0, 300)}`;
  if (/unexpected error|\n\s+at .*:\d+:\d+/.test(outcome.stderr))
    return `crash message: ${outcome.stderr.slice(0, 300)}`;
  if (outcome.code === 0) {
    const problem = await sandbox.problem();
    return problem && `left an invalid store: ${problem}`;
  }
  const lines = outcome.stderr.trimEnd().split('\n');
  if (!outcome.stderr.trim() || lines.length !== 1)
    return `exit ${outcome.code} with message ${JSON.stringify(outcome.stderr.slice(0, 300))}`;
  if (after !== before) return `exit ${outcome.code} but the store changed: ${outcome.stderr.trim().slice(0, 200)}`;
  return null;
}

export interface HostileResult {
  inProcess: number;
  binary: number;
  crashes: number;
  exits: Record<string, number>;
  seconds: number;
  problems: string[];
}

/** The binary cannot be given NUL in an argument, nor one longer than the kernel allows. */
const spawnable = (argv: string[]) => argv.map((a) => a.replaceAll('\0', '').slice(0, 30_000));

export async function hostileRun(
  inProcess: number,
  binary: number,
  seed = Date.now(),
  backend: StressBackend = fileBackend(),
): Promise<HostileResult> {
  const sandbox = await makeSandbox(backend);
  const cases = fc.sample(hostileArgv(sandbox.dir), { numRuns: inProcess + binary, seed });
  const result: HostileResult = { inProcess, binary, crashes: 0, exits: {}, seconds: 0, problems: [] };
  const began = performance.now();
  for (const [n, argv] of cases.entries()) {
    const via = n < inProcess ? 'in-process' : 'binary';
    const { code, problem } = await checkCase(sandbox, via === 'binary' ? spawnable(argv) : argv, via);
    const key = `${via} exit ${code}`;
    result.exits[key] = (result.exits[key] ?? 0) + 1;
    if (problem) {
      result.crashes++;
      result.problems.push(`${via} ${JSON.stringify(argv).slice(0, 300)}: ${problem}`);
    }
  }
  result.seconds = (performance.now() - began) / 1000;
  result.problems.unshift(...(result.crashes ? [`seed ${seed}`] : []));
  return result;
}
