// The optional peer: Taskwarrior's `task overdue` on a task list made from the same store.
// Skipped, saying so, where Taskwarrior is not installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { calendarIndex } from '../../src/domain/calendar.js';
import { effectiveDueDate } from '../../src/domain/due.js';
import type { StoreData } from '../../src/store/schema.js';
import { hasProgram, timeGroup, type RunnerName } from './bench-runner.js';

/** Taskwarrior's dates: 20251120T101500Z, from an ISO day or instant. */
const taskDate = (iso: string): string =>
  iso.length === 10 ? `${iso.replace(/-/g, '')}T000000Z` : `${iso.replace(/[-:]/g, '').slice(0, 15)}Z`;
const uuidOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function taskwarriorPeer(store: StoreData, dir: string, today: string, runs: number, warmup: number, runner: RunnerName): string | null {
  const label = store.items.length.toLocaleString('en-GB');
  if (!hasProgram('task')) return `peer: Taskwarrior is not installed; skipped at ${label} items`;
  const data = path.join(dir, `task-${store.items.length}`);
  mkdirSync(data, { recursive: true });
  const rc = path.join(data, 'taskrc');
  writeFileSync(rc, `data.location=${data}\nconfirmation=off\nhooks=off\nverbose=nothing\ncolor=off\n`);
  const calendars = calendarIndex(store.meetings);
  const tasks = store.items.map((item) => {
    const due = effectiveDueDate(item.due, calendars.get(item.committee) ?? []);
    const status = item.status === 'done' ? 'completed' : item.status === 'dropped' ? 'deleted' : 'pending';
    return {
      uuid: uuidOf(Number(item.id.slice(1))),
      description: item.text,
      project: item.committee,
      status,
      entry: taskDate(item.createdAt),
      modified: taskDate(item.updatedAt),
      ...(status === 'pending' ? {} : { end: taskDate(item.updatedAt) }),
      ...(due ? { due: taskDate(due) } : {}),
    };
  });
  const file = path.join(data, 'import.json');
  writeFileSync(file, JSON.stringify(tasks));
  const env = { ...process.env, TASKRC: rc };
  // Taskwarrior reports on every task it imports; keep room for that rather than fail on it.
  const imported = spawnSync('task', [`rc:${rc}`, 'import', file], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  if (imported.status !== 0) {
    const why = imported.error?.message ?? (imported.signal ? `killed by ${imported.signal}` : imported.stderr.trim().split('\n')[0]);
    return `peer: Taskwarrior import failed at ${label} items (exit ${imported.status}): ${why}`;
  }
  // Taskwarrior has no --as-of; its overdue uses the clock, so the counts differ but the work is alike.
  const [median] = timeGroup([{ label: 'task overdue', argv: ['task', `rc:${rc}`, 'overdue'] }], runs, warmup, runner);
  return `peer: task overdue at ${label} items (today ${today} is not settable there): ${median.toFixed(0)} ms median`;
}
