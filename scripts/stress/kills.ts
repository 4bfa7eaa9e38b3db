// Part (b): a writer killed (SIGKILL: no clean-up runs) at points spread from its start to
// its end, on a large store. After each kill the store must load and validate, hold every
// item committed before, and the next command must succeed within 15 s — which means taking
// over the lock the dead writer left once it goes stale.
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { parseStore } from '../../src/store/jsonFile.js';
import { writeBigStore } from './bigStore.js';
import { mustRun, run, start, tempDir } from './binary.js';

export const RECOVERY_LIMIT_MS = 15_000;

export interface KillsResult {
  items: number;
  kills: number;
  /** Kills that left a store (or its kept previous version) that does not load and validate. */
  corrupt: number;
  /** Items committed before a kill and missing after it. */
  lost: number;
  /** Next commands that failed or took longer than RECOVERY_LIMIT_MS. */
  slowOrFailedRecoveries: number;
  /** Kills that landed while the writer held the lock (so the next command had to wait it out). */
  heldLock: number;
  /** Kills after which the killed add turned out committed. */
  committed: number;
  /** Kills that landed while the new version was being written (its temporary file was left). */
  midWrite: number;
  slowestRecoveryMs: number;
  commandMs: number;
  /** From the new version's temporary file appearing to the writer's exit. */
  writeMs: number;
  leftovers: number;
  problems: string[];
}

async function ids(file: string): Promise<Set<string>> {
  return new Set((await parseStore(readFileSync(file, 'utf8'), file)).items.map((item) => item.id));
}

const temporaryFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp')).length;

const ADD = (text: string) => ['add', text, '-c', 'jhsc', '-m', '2025-06-16'];

/**
 * Starts an add and kills it: `after` ms from its start, or — when `afterWriteBegins` — that
 * many ms after its new version's temporary file appears (seen through a folder watch).
 */
async function killedAdd(
  file: string,
  text: string,
  after: number,
  afterWriteBegins: boolean,
): Promise<{ code: number | null; writeMs: number | null }> {
  const dir = path.dirname(file);
  const writer = start(file, ADD(text));
  const began = performance.now();
  let writeBegan: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => writer.child.kill('SIGKILL');
  const watcher = watch(dir, (_event, name) => {
    if (writeBegan !== null || !name || !STORE_TEMP.test(name)) return;
    writeBegan = performance.now();
    if (afterWriteBegins) timer = setTimeout(kill, after);
  });
  if (!afterWriteBegins) timer = setTimeout(kill, after);
  const outcome = await writer.done;
  clearTimeout(timer);
  watcher.close();
  const ended = began + outcome.ms;
  return { code: outcome.code, writeMs: writeBegan === null ? null : ended - writeBegan };
}

/** The new version's temporary file (not the kept version's, tagged "bak."). */
const STORE_TEMP = /^\.actionlog\.json\.\d+-[0-9a-f]+\.tmp$/;

export async function killedWriters(items: number, kills: number): Promise<KillsResult> {
  const dir = tempDir('kills');
  const file = path.join(dir, 'actionlog.json');
  writeBigStore(file, items);
  const timing = await killedAdd(file, 'timing run', 600_000, false);
  const commandMs = (await mustRun(file, ADD('timing run 2'))).ms;
  const writeMs = timing.writeMs ?? commandMs / 4;
  const result: KillsResult = {
    items,
    kills,
    corrupt: 0,
    lost: 0,
    slowOrFailedRecoveries: 0,
    heldLock: 0,
    committed: 0,
    midWrite: 0,
    slowestRecoveryMs: 0,
    commandMs,
    writeMs,
    leftovers: 0,
    problems: [],
  };
  let known = await ids(file);
  const early = Math.ceil(kills / 2);
  for (let k = 0; k < kills; k++) {
    // Half spread evenly over the whole command (start-up, lock, read, validate), half over
    // the write itself: from the temporary file appearing to the writer's exit.
    const inWrite = k >= early;
    const share = inWrite ? (k - early) / Math.max(1, kills - early - 1) : k / Math.max(1, early - 1);
    const delay = inWrite ? writeMs * share : commandMs * (0.05 + 0.95 * share);
    const outcome = await killedAdd(file, `killed writer ${k}`, delay, inWrite);
    if (existsSync(`${file}.lock`)) result.heldLock++;
    if (temporaryFiles(dir) > 0) result.midWrite++;
    let after: Set<string>;
    try {
      after = await ids(file);
      if (existsSync(`${file}.bak`)) await ids(`${file}.bak`);
    } catch (error) {
      result.corrupt++;
      result.problems.push(`kill ${k} at ${Math.round(delay)} ms: ${(error as Error).message.slice(0, 200)}`);
      continue;
    }
    const missing = [...known].filter((id) => !after.has(id));
    result.lost += missing.length;
    if (missing.length) result.problems.push(`kill ${k}: lost ${missing.slice(0, 5).join(', ')}`);
    if (after.size > known.size) result.committed++;
    if (outcome.code === 0 && after.size === known.size)
      result.problems.push(`kill ${k}: add reported success but is not in the store`);
    const next = await run(file, ADD(`after kill ${k}`));
    result.slowestRecoveryMs = Math.max(result.slowestRecoveryMs, next.ms);
    if (next.code !== 0 || next.ms > RECOVERY_LIMIT_MS) {
      result.slowOrFailedRecoveries++;
      result.problems.push(`after kill ${k}: exit ${next.code} in ${Math.round(next.ms)} ms: ${next.stderr.trim()}`);
    }
    known = await ids(file);
  }
  result.leftovers = temporaryFiles(dir);
  if (result.leftovers) result.problems.push(`temporary files left: ${readdirSync(dir).join(' ')}`);
  return result;
}
