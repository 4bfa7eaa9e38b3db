// The optional peer: Taskwarrior's `task overdue` on a task list made from the same store,
// imported with `task import` as a user would. Skipped, saying so, where Taskwarrior is not
// installed, and saying why where it cannot hold the items.
//
// Taskwarrior runs in a directory of its own: a generated taskrc (TASKRC, so no first-run
// prompt; confirmation off; plain output) and TASKDATA, which `man task` says overrides
// data.location, so that a TASKDATA in the user's environment cannot point the bench at their
// own tasks. Standard input is always ignored, so nothing can wait on it.
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

/**
 * Taskwarrior 2.6 reads a date it has stored (seconds since 1970) as a date only from
 * 315532800, 1 January 1980, on (so that a number like 20251120 is not taken for one). Given
 * an earlier date, `task import` dies (SIGSEGV on a JSON array, "not a valid date" on one
 * task a line), and a report sorting or filtering on an earlier due date stops with
 * "'200000000' is not a valid date". Checked with 2.6.2: 19791231T235959Z fails, 19800101T000000Z works.
 */
const FIRST_READABLE = '19800101T000000Z';

const ms = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);

interface Task {
  uuid: string;
  description: string;
  project: string;
  status: 'pending' | 'completed' | 'deleted';
  entry: string;
  modified: string;
  end?: string;
  due?: string;
}

/**
 * One line on Taskwarrior's `task overdue` at this size: its median beside `ours` (the median
 * of `actionlog overdue` at the same size), or why it was not timed.
 */
export function taskwarriorPeer(
  store: StoreData,
  dir: string,
  today: string,
  runs: number,
  warmup: number,
  runner: RunnerName,
  ours: number | null,
): string {
  const label = store.items.length.toLocaleString('en-GB');
  if (!hasProgram('task')) return `peer: Taskwarrior is not installed; skipped at ${label} items`;
  const data = path.join(dir, `task-${store.items.length}`);
  mkdirSync(data, { recursive: true });
  const rc = path.join(data, 'taskrc');
  writeFileSync(
    rc,
    `data.location=${data}\nconfirmation=off\nrecurrence.confirmation=no\nhooks=off\nverbose=nothing\ncolor=off\n`,
  );
  const env = { ...process.env, TASKRC: rc, TASKDATA: data };
  const task = (...args: string[]) =>
    spawnSync('task', [`rc:${rc}`, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
  const version = `Taskwarrior ${task('_version').stdout.trim() || '(version unknown)'}`;

  const calendars = calendarIndex(store.meetings);
  const tasks = store.items.map((item): Task => {
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

  const imported = task('import', file);
  if (imported.status !== 0) {
    const how =
      imported.error?.message ??
      (imported.signal
        ? `was killed by ${imported.signal}`
        : `exited ${imported.status}: ${firstLine(imported.stderr)}`);
    const early = tasks.filter((t) =>
      [t.entry, t.modified, t.end, t.due].some((d) => d !== undefined && d < FIRST_READABLE),
    );
    if (early.length === 0) return `peer: Taskwarrior's import of ${label} items ${how}`;
    const oldest = early
      .map((t) => t.entry)
      .sort()[0]
      .slice(0, 4);
    const open = early.filter((t) => t.status === 'pending' && t.due !== undefined && t.due < FIRST_READABLE).length;
    return (
      `peer: not timed at ${label} items: ${version} reads no date before 1 January 1980, and ${early.length.toLocaleString('en-GB')} of these items ` +
      `(${open.toLocaleString('en-GB')} of them open and due) are dated earlier, the store going back to ${oldest}; its import ${how}`
    );
  }

  // The same number of tasks, with the same mix, as Taskwarrior itself counts them.
  const want = { pending: 0, completed: 0, deleted: 0 };
  for (const t of tasks) want[t.status]++;
  for (const [status, count] of Object.entries(want)) {
    const counted = task(`status:${status}`, 'count');
    if (counted.status !== 0 || Number(counted.stdout.trim()) !== count) {
      return `peer: Taskwarrior holds ${counted.stdout.trim() || '?'} ${status} tasks at ${label} items, not ${count}; not timed`;
    }
  }
  // The first report after an import moves the completed and deleted tasks out of
  // pending.data (Taskwarrior's gc); let that happen before timing, as a user's list has had it.
  const settled = task('overdue');
  if (settled.status !== 0)
    return `peer: task overdue at ${label} items exited ${settled.status}: ${firstLine(settled.stderr)}; not timed`;

  // Taskwarrior has no --as-of; its overdue uses the clock, so the counts differ but the work is alike.
  const [median] = timeGroup(
    [{ label: 'task overdue', argv: ['task', `rc:${rc}`, 'overdue'], env }],
    runs,
    warmup,
    runner,
  );
  const beside =
    ours === null
      ? 'actionlog overdue not timed'
      : `actionlog overdue ${ms(ours)}, ${(ours / median).toFixed(2)}× Taskwarrior's`;
  return `peer: task overdue at ${label} items (${version}; its today is the clock's, not ${today}): ${ms(median)} median; ${beside}`;
}

const firstLine = (text: string): string => text.trim().split('\n')[0] || '(no message)';
