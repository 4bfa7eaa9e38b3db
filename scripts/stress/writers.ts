// Part (a): W writers at once, each running M commands in turn against one store — adds,
// notes on a few items every writer shares, defers and done. Afterwards every change a
// command reported as made must be in the store: no lost update, no duplicate id. On either
// backend (logs.ts): a file under its lock, or a PostgreSQL log, one transaction a command.
//
// A writer is a process per command (the built binary), or, for the larger PostgreSQL runs
// (50 × 100), a process of its own running its commands one after another through the CLI's
// main() (writerClient.ts): the same parsing, store, connection and transaction per command,
// without paying Node's start-up 5,000 times on two cores.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarStore, environment, mustRun, run } from './binary.js';
import { fileBackend, type StressBackend } from './logs.js';

export interface WritersResult {
  writers: number;
  ops: number;
  commands: number;
  /** Commands that exited non-zero (a lock not obtained in time, say). */
  failed: number;
  /** Changes a command reported made that the store does not hold. */
  lost: number;
  duplicateIds: number;
  seconds: number;
  p95Ms: number;
  problems: string[];
}

/** A change a command made: which item, and the note its history must hold. */
interface Expected {
  id: string;
  note: string;
}

/** What one command did, as a writer reports it. */
export interface Outcome {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

const SHARED_ITEMS = 4;

/** The i-th command of writer w: `own` is the item its latest add made. */
export function writerStep(w: number, i: number, shared: readonly string[], own: string): string[] {
  const note = `w${w} op${i}`;
  const by = ['--by', `writer ${w}`];
  const step = i % 4;
  return step === 0
    ? ['add', note, '-c', 'jhsc', '-m', '2025-06-16', '--json', ...by]
    : step === 1
      ? ['update', shared[(w + i) % shared.length], '--note', note, ...by]
      : step === 2
        ? ['defer', own, '--to', '2027-06-30', '--reason', note, '--as-of', '2025-07-01', ...by]
        : ['done', own, '--note', note, ...by];
}

/** Runs writer w's commands in turn, each through `run`; returns what each did. */
export async function runWriter(
  w: number,
  ops: number,
  shared: readonly string[],
  run: (args: string[]) => Promise<Omit<Outcome, 'args'>>,
  step: typeof writerStep = writerStep,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let own = '';
  for (let i = 0; i < ops; i++) {
    const args = step(w, i, shared, own);
    const outcome = { args, ...(await run(args)) };
    outcomes.push(outcome);
    if (outcome.code === 0 && i % 4 === 0) own = JSON.parse(outcome.stdout).id;
  }
  return outcomes;
}

const CLIENT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'writerClient.ts');

/** Writer w as a process of its own (writerClient.ts), its outcomes read from its output. */
function clientProcess(data: string, w: number, ops: number, shared: readonly string[]): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLIENT, data, String(w), String(ops), ...shared], {
      env: environment(data),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(
            out
              .trim()
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line) as Outcome),
          )
        : reject(new Error(`writer ${w} exited with ${code}`)),
    );
  });
}

export async function parallelWriters(
  writers: number,
  ops: number,
  backend: StressBackend = fileBackend(),
  via: 'binary' | 'client' = 'binary',
): Promise<WritersResult> {
  const file = backend.newLog('writers');
  await calendarStore(file);
  const shared: string[] = [];
  for (let i = 0; i < SHARED_ITEMS; i++) {
    shared.push(
      JSON.parse((await mustRun(file, ['add', `Shared item ${i}`, '-c', 'jhsc', '-m', '2025-06-16', '--json'])).stdout)
        .id,
    );
  }
  const began = performance.now();
  const outcomes = (
    await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        via === 'client' ? clientProcess(file, w, ops, shared) : runWriter(w, ops, shared, (args) => run(file, args)),
      ),
    )
  ).flat();
  const seconds = (performance.now() - began) / 1000;

  const expected: Expected[] = [];
  const problems: string[] = [];
  let failed = 0;
  let own = new Map<string, string>();
  for (const outcome of outcomes) {
    const [command, target] = outcome.args;
    const note = outcome.args[command === 'add' ? 1 : command === 'update' || command === 'done' ? 3 : 5];
    const writer = outcome.args.at(-1)!;
    if (outcome.code !== 0) {
      failed++;
      problems.push(`${outcome.args.join(' ')} → exit ${outcome.code}: ${outcome.stderr.trim()}`);
      continue;
    }
    if (command === 'add') own = own.set(writer, JSON.parse(outcome.stdout).id);
    // An add's note is its text, found in the created item; the rest leave a note in the history.
    expected.push({ id: command === 'add' ? own.get(writer)! : target, note });
  }
  const data = await backend.read(file);
  const items = new Map(data.items.map((item) => [item.id, item]));
  let lost = 0;
  for (const { id, note } of expected) {
    const item = items.get(id);
    const found =
      item &&
      (item.text === note ||
        item.history.some((h) => h.note === note) ||
        item.deferrals.some((d) => d.reason === note));
    if (!found) {
      lost++;
      problems.push(`lost: ${note} on ${id}`);
    }
  }
  const duplicateIds = data.items.length - items.size;
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return {
    writers,
    ops,
    commands: writers * ops,
    failed,
    lost,
    duplicateIds,
    seconds,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
    problems,
  };
}
