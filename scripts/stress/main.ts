// `npm run stress`: the full proof that a shared store is safe, on the JSON file and on
// PostgreSQL (a throwaway server of the run's own, which it restarts), printed as a table.
//   npm run stress -- --writers 32 --ops 100 --kills 20 --items 50000 --hostile 5000 --hostile-binary 200
//   npm run stress -- --backends postgres --pg-writers 50 --pg-ops 100 --pg-kills 20 --restarts 4
// Exits 1 if any figure is not zero.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { BIN } from './binary.js';
import { BROKEN_CASES, brokenFile } from './brokenFiles.js';
import { hostileRun } from './hostile.js';
import { hostileText } from './hostileText.js';
import { killedWriters, RECOVERY_LIMIT_MS } from './kills.js';
import { fileBackend, postgresBackend, startServer, type OwnServer, type StressBackend } from './logs.js';
import { killedClients } from './pgKills.js';
import { restartsDuringRun } from './pgRestart.js';
import { parallelWriters } from './writers.js';

const { values } = parseArgs({
  options: {
    backends: { type: 'string', default: 'file,postgres' },
    writers: { type: 'string', default: '8' },
    ops: { type: 'string', default: '25' },
    kills: { type: 'string', default: '20' },
    items: { type: 'string', default: '50000' },
    'pg-writers': { type: 'string', default: '50' },
    'pg-ops': { type: 'string', default: '100' },
    'pg-kills': { type: 'string', default: '20' },
    'pg-items': { type: 'string', default: '50000' },
    restarts: { type: 'string', default: '4' },
    hostile: { type: 'string', default: '5000' },
    'hostile-binary': { type: 'string', default: '200' },
    seed: { type: 'string' },
    only: { type: 'string', default: 'writers,kills,broken,hostile,text,restart' },
  },
});

function count(name: keyof typeof values, min: number, max: number): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`stress: --${name} must be a whole number from ${min} to ${max}\n`);
    process.exit(2);
  }
  return n;
}

const writers = count('writers', 1, 32);
const ops = count('ops', 1, 100);
const kills = count('kills', 1, 100);
const items = count('items', 100, 200_000);
const pgWriters = count('pg-writers', 1, 100);
const pgOps = count('pg-ops', 1, 1000);
const pgKills = count('pg-kills', 1, 100);
const pgItems = count('pg-items', 100, 1_000_000);
const restarts = count('restarts', 0, 20);
const hostile = count('hostile', 0, 100_000);
const hostileBinary = count('hostile-binary', 0, 5_000);
const seed = values.seed === undefined ? Date.now() : Number(values.seed);
const only = new Set(values.only!.split(','));
const backends = new Set(values.backends!.split(','));
for (const name of backends) {
  if (name !== 'file' && name !== 'postgres') {
    process.stderr.write(`stress: --backends takes file, postgres or both ("file,postgres"), not "${name}"\n`);
    process.exit(2);
  }
}

const fmt = (n: number) => n.toLocaleString('en-GB');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: [string, string, string, string, boolean][] = [];
const notes: string[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);

log(
  `stress: built binary ${BIN}, node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} at the start`,
);

async function onFile(backend: StressBackend): Promise<void> {
  if (only.has('writers')) {
    log(`stress (file): ${writers} writers × ${ops} commands…`);
    const r = await parallelWriters(writers, ops, backend);
    rows.push([
      'file',
      'parallel writers',
      `${writers} writers × ${ops} commands = ${fmt(r.commands)}`,
      `${r.lost} lost, ${r.failed} failed, ${r.duplicateIds} duplicate ids`,
      r.lost + r.failed + r.duplicateIds === 0,
    ]);
    notes.push(
      `file writers: ${r.seconds.toFixed(1)} s in all, 95% of commands within ${secs(r.p95Ms)}`,
      ...r.problems.slice(0, 10),
    );
  }
  if (only.has('kills')) {
    log(`stress (file): ${kills} writers killed on a ${fmt(items)}-item store…`);
    const r = await killedWriters(items, kills);
    const ok = r.corrupt + r.lost + r.slowOrFailedRecoveries === 0;
    rows.push([
      'file',
      'killed writers',
      `${fmt(items)} items, ${kills} SIGKILLs`,
      `${r.corrupt} corrupt, ${r.lost} lost, ${r.slowOrFailedRecoveries} next commands over ${RECOVERY_LIMIT_MS / 1000} s`,
      ok,
    ]);
    notes.push(
      `file kills: an add takes ${secs(r.commandMs)}, its write ${secs(r.writeMs)}; ${r.heldLock} kills left the lock held, ${r.midWrite} left a half-written temporary file, ${r.committed} landed after the commit`,
      `file kills: slowest next command ${secs(r.slowestRecoveryMs)} (a dead writer's lock is taken over after 6 s); temporary files left at the end: ${r.leftovers}`,
      ...r.problems.slice(0, 10),
    );
  }
  if (only.has('broken')) {
    log('stress (file): broken files…');
    const results = [];
    for (const c of BROKEN_CASES) results.push(await brokenFile(c));
    const handled = results.filter((r) => r.handled).length;
    rows.push([
      'file',
      'broken files',
      `${results.length} kinds × ${results[0].commands} commands`,
      `${handled}/${results.length} handled (exit 1, one line naming it, file untouched)`,
      handled === results.length,
    ]);
    notes.push(
      `file broken: ${results.map((r) => r.name).join('; ')}`,
      ...results.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`)).slice(0, 10),
    );
  }
  await both(backend);
}

async function onPostgres(server: OwnServer): Promise<void> {
  const backend = postgresBackend(server.url);
  try {
    if (only.has('writers')) {
      log(`stress (postgres): ${pgWriters} writers × ${pgOps} commands…`);
      const r = await parallelWriters(pgWriters, pgOps, backend, 'client');
      rows.push([
        'postgres',
        'parallel writers',
        `${pgWriters} writers × ${pgOps} commands = ${fmt(r.commands)}`,
        `${r.lost} lost, ${r.failed} failed, ${r.duplicateIds} duplicate ids`,
        r.lost + r.failed + r.duplicateIds === 0,
      ]);
      notes.push(
        `postgres writers: each writer a process running its commands through the CLI's main(), a connection and a transaction each; ${r.seconds.toFixed(1)} s in all, 95% of commands within ${secs(r.p95Ms)}`,
        ...r.problems.slice(0, 10),
      );
    }
    if (only.has('kills')) {
      log(`stress (postgres): ${pgKills} clients killed inside their transaction on a ${fmt(pgItems)}-item log…`);
      const r = await killedClients(pgItems, pgKills, backend);
      const ok = r.partial + r.lost + r.slowOrFailedRecoveries === 0 && r.midTransaction === pgKills;
      rows.push([
        'postgres',
        'killed clients',
        `${fmt(pgItems)} items, ${r.midTransaction} SIGKILLs inside a transaction`,
        `${r.partial} partial, ${r.lost} lost, ${r.slowOrFailedRecoveries} next commands over ${RECOVERY_LIMIT_MS / 1000} s`,
        ok,
      ]);
      notes.push(
        `postgres kills: an add's transaction takes ${secs(r.transactionMs)} as the server sees it; ${r.committed} killed adds were found whole (killed as they committed), the rest not at all; slowest next command ${secs(r.slowestRecoveryMs)}`,
        ...r.problems.slice(0, 10),
      );
    }
    await both(backend);
    if (only.has('restart') && restarts > 0) {
      log(`stress (postgres): the server restarted ${restarts} times under 8 writers…`);
      const r = await restartsDuringRun(server, 8, 40, restarts);
      rows.push([
        'postgres',
        'server restarted',
        `${r.restarts} restarts (clean, crash) under ${fmt(r.writers * r.ops)} commands`,
        `${r.failedBadly} failed badly, ${r.lost} lost (${r.completed} completed, ${r.failedOneLine} failed with one line)`,
        r.failedBadly + r.lost === 0,
      ]);
      notes.push(
        `postgres restarts: ${r.seconds.toFixed(1)} s; ${r.uncertain} said their change may or may not have been saved`,
        ...r.reasons.slice(0, 6).map((reason) => `postgres restarts: ${reason}`),
        ...r.problems.slice(0, 10),
      );
    }
  } finally {
    await backend.dispose();
  }
}

/** The parts the same on both backends: hostile arguments, hostile text. */
async function both(backend: StressBackend): Promise<void> {
  const name = backend.kind;
  if (only.has('hostile')) {
    log(`stress (${name}): ${hostile} hostile cases in-process, ${hostileBinary} through the binary (seed ${seed})…`);
    const r = await hostileRun(hostile, hostileBinary, seed, backend);
    rows.push([
      name,
      'hostile input',
      `${fmt(hostile)} in-process + ${fmt(hostileBinary)} via the binary`,
      `${r.crashes} crashes`,
      r.crashes === 0,
    ]);
    const exits = Object.entries(r.exits)
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    notes.push(`${name} hostile: seed ${seed}, ${r.seconds.toFixed(1)} s; ${exits}`, ...r.problems.slice(0, 10));
  }
  if (only.has('text')) {
    log(`stress (${name}): hostile text stored and read back…`);
    const r = await hostileText(backend);
    rows.push([
      name,
      'hostile text',
      `${r.strings} strings (quotes, SQL, NUL, 100,000 characters) × 8 fields`,
      `${r.differ} read back differently, ${r.failed} failed`,
      r.differ + r.failed === 0,
    ]);
    notes.push(...r.problems.slice(0, 10));
  }
}

if (backends.has('file')) await onFile(fileBackend());
if (backends.has('postgres')) {
  let server: OwnServer | null = null;
  try {
    server = startServer();
  } catch (error) {
    rows.push(['postgres', 'all parts', '—', `skipped: ${(error as Error).message}`, true]);
  }
  if (server) {
    try {
      await onPostgres(server);
    } finally {
      server.stop();
    }
  }
}

log(
  `stress: load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} at the end`,
);
const header: [string, string, string, string, string] = ['backend', 'part', 'size', 'result', 'pass'];
const table = [header, ...rows.map(([a, b, c, d, ok]) => [a, b, c, d, ok ? 'yes' : 'NO'])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(
  [line(table[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n'),
);
console.log('');
for (const note of notes) console.log(`- ${note}`);
process.exitCode = rows.every((row) => row[4]) ? 0 : 1;
