// Part (a): W writer processes at once, each running M commands in turn against one store —
// adds, notes on a few items every writer shares, defers and done. Afterwards every change a
// command reported as made must be in the store: no lost update, no duplicate id.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStore } from '../../src/store/jsonFile.js';
import { calendarStore, mustRun, run, tempDir } from './binary.js';

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

const SHARED_ITEMS = 4;

export async function parallelWriters(writers: number, ops: number): Promise<WritersResult> {
  const file = path.join(tempDir('writers'), 'actionlog.json');
  await calendarStore(file);
  const shared: string[] = [];
  for (let i = 0; i < SHARED_ITEMS; i++) {
    shared.push(JSON.parse((await mustRun(file, ['add', `Shared item ${i}`, '-c', 'jhsc', '-m', '2025-06-16', '--json'])).stdout).id);
  }
  const expected: Expected[] = [];
  const problems: string[] = [];
  const times: number[] = [];
  let failed = 0;
  const began = performance.now();

  async function writer(w: number): Promise<void> {
    let own = '';
    for (let i = 0; i < ops; i++) {
      const note = `w${w} op${i}`;
      const by = ['--by', `writer ${w}`];
      const step = i % 4;
      const args =
        step === 0 ? ['add', note, '-c', 'jhsc', '-m', '2025-06-16', '--json', ...by]
        : step === 1 ? ['update', shared[(w + i) % SHARED_ITEMS], '--note', note, ...by]
        : step === 2 ? ['defer', own, '--to', '2027-06-30', '--reason', note, '--as-of', '2025-07-01', ...by]
        : ['done', own, '--note', note, ...by];
      const result = await run(file, args);
      times.push(result.ms);
      if (result.code !== 0) {
        failed++;
        problems.push(`${args.join(' ')} → exit ${result.code}: ${result.stderr.trim()}`);
        continue;
      }
      if (step === 0) own = JSON.parse(result.stdout).id;
      // An add's note is its text, found in the created item; the rest leave a note in the history.
      expected.push({ id: step === 0 ? own : step === 1 ? shared[(w + i) % SHARED_ITEMS] : own, note });
    }
  }

  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  const seconds = (performance.now() - began) / 1000;
  const data = await parseStore(readFileSync(file, 'utf8'), file);
  const items = new Map(data.items.map((item) => [item.id, item]));
  let lost = 0;
  for (const { id, note } of expected) {
    const item = items.get(id);
    const found = item && (item.text === note || item.history.some((h) => h.note === note) || item.deferrals.some((d) => d.reason === note));
    if (!found) {
      lost++;
      problems.push(`lost: ${note} on ${id}`);
    }
  }
  const duplicateIds = data.items.length - items.size;
  times.sort((a, b) => a - b);
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
