// Part (f), PostgreSQL only: the server restarted while writers work — cleanly (an
// administrator's restart, an upgrade) and as after a crash (immediate: no goodbye to the
// clients, what was committed kept by the log on disk). Every command must either complete
// or fail with one line saying why, and every change a command reported made must be there.
import { calendarStore, mustRun, run } from './binary.js';
import { postgresBackend, type OwnServer } from './logs.js';
import { runWriter, type Outcome } from './writers.js';

export interface RestartResult {
  writers: number;
  ops: number;
  restarts: number;
  completed: number;
  /** Commands that failed with one line (the server away, or the connection lost). */
  failedOneLine: number;
  /** Of those, the ones whose commit was under way when the connection went: said to be uncertain. */
  uncertain: number;
  /** Commands that failed otherwise: more than one line, a crash, an exit code other than 1. */
  failedBadly: number;
  /** Changes a command reported made that the log does not hold. */
  lost: number;
  seconds: number;
  /** Each line the failed commands gave, and how often (the location left out). */
  reasons: string[];
  problems: string[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Adds and notes on shared items, alternately: each change's note can be found afterwards. */
const step = (w: number, i: number, shared: readonly string[]): string[] =>
  i % 2 === 0
    ? ['add', `w${w} op${i}`, '-c', 'jhsc', '-m', '2025-06-16', '--json']
    : ['update', shared[(w + i) % shared.length], '--note', `w${w} op${i}`];

export async function restartsDuringRun(
  server: OwnServer,
  writers: number,
  ops: number,
  restarts: number,
): Promise<RestartResult> {
  const backend = postgresBackend(server.url);
  const data = backend.newLog('pg-restart');
  await calendarStore(data);
  const shared: string[] = [];
  for (let i = 0; i < 4; i++)
    shared.push(
      JSON.parse((await mustRun(data, ['add', `Shared item ${i}`, '-c', 'jhsc', '-m', '2025-06-16', '--json'])).stdout)
        .id,
    );

  const result: RestartResult = {
    writers,
    ops,
    restarts: 0,
    completed: 0,
    failedOneLine: 0,
    uncertain: 0,
    failedBadly: 0,
    lost: 0,
    seconds: 0,
    reasons: [],
    problems: [],
  };
  const began = performance.now();
  let working = true;
  let finished = 0;
  const counted = async (args: string[]) => {
    const outcome = await run(data, args);
    finished++;
    return outcome;
  };
  const work = Promise.all(Array.from({ length: writers }, (_, w) => runWriter(w, ops, shared, counted, step))).finally(
    () => (working = false),
  );
  // Restarts spread through the run, clean and as after a crash in turn — by the commands finished, not by the clock:
  // on a quick machine a fixed pause outlasted the whole run.
  const total = writers * ops;
  for (let r = 0; r < restarts; r++) {
    while (working && finished < ((r + 1) * total) / (restarts + 1)) await pause(20);
    if (!working) break;
    server.restart(r % 2 === 0 ? 'fast' : 'immediate');
    result.restarts++;
  }
  const outcomes: Outcome[] = (await work).flat();
  result.seconds = (performance.now() - began) / 1000;

  const log = await backend.read(data);
  const texts = new Set(log.items.map((item) => item.text));
  const notes = new Set(log.items.flatMap((item) => item.history.map((h) => h.note)));
  for (const outcome of outcomes) {
    const note = outcome.args[outcome.args[0] === 'add' ? 1 : 3];
    const lines = outcome.stderr.trimEnd().split('\n');
    if (outcome.code === 0) {
      result.completed++;
      if (!texts.has(note) && !notes.has(note)) {
        result.lost++;
        result.problems.push(`lost: ${outcome.args.join(' ')}`);
      }
    } else if (
      outcome.code === 1 &&
      lines.length === 1 &&
      lines[0].startsWith('actionlog: ') &&
      !/unexpected error/.test(lines[0])
    ) {
      result.failedOneLine++;
      if (/may or may not have been saved/.test(lines[0])) result.uncertain++;
    } else {
      result.failedBadly++;
      result.problems.push(`${outcome.args.join(' ')} → exit ${outcome.code}: ${outcome.stderr.slice(0, 300)}`);
    }
  }
  const reasons = new Map<string, number>();
  for (const outcome of outcomes.filter((o) => o.code === 1)) {
    const reason = outcome.stderr
      .replace(/postgres\S*/g, '…')
      .replace(/\(waited \d+ s\)/, '')
      .trim();
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  result.reasons = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} × ${reason}`);
  await backend.dispose();
  return result;
}
