// `npm run stress`: the full proof that a shared store is safe, printed as a table.
//   npm run stress -- --writers 32 --ops 100 --kills 20 --items 50000 --hostile 5000 --hostile-binary 200
// Exits 1 if any figure is not zero.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { BIN } from './binary.js';
import { BROKEN_CASES, brokenFile } from './brokenFiles.js';
import { hostileRun } from './hostile.js';
import { killedWriters, RECOVERY_LIMIT_MS } from './kills.js';
import { parallelWriters } from './writers.js';

const { values } = parseArgs({
  options: {
    writers: { type: 'string', default: '8' },
    ops: { type: 'string', default: '25' },
    kills: { type: 'string', default: '20' },
    items: { type: 'string', default: '50000' },
    hostile: { type: 'string', default: '5000' },
    'hostile-binary': { type: 'string', default: '200' },
    seed: { type: 'string' },
    only: { type: 'string', default: 'writers,kills,broken,hostile' },
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
const hostile = count('hostile', 0, 100_000);
const hostileBinary = count('hostile-binary', 0, 5_000);
const seed = values.seed === undefined ? Date.now() : Number(values.seed);
const only = new Set(values.only!.split(','));

const fmt = (n: number) => n.toLocaleString('en-GB');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: [string, string, string, boolean][] = [];
const notes: string[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);

log(`stress: built binary ${BIN}, node ${process.version}, ${cpus().length} cores`);
if (only.has('writers')) {
  log(`stress: ${writers} writers × ${ops} commands…`);
  const r = await parallelWriters(writers, ops);
  rows.push(['parallel writers', `${writers} writers × ${ops} commands = ${fmt(r.commands)}`, `${r.lost} lost, ${r.failed} failed, ${r.duplicateIds} duplicate ids`, r.lost + r.failed + r.duplicateIds === 0]);
  notes.push(`writers: ${r.seconds.toFixed(1)} s in all, 95% of commands within ${secs(r.p95Ms)}`, ...r.problems.slice(0, 10));
}
if (only.has('kills')) {
  log(`stress: ${kills} writers killed on a ${fmt(items)}-item store…`);
  const r = await killedWriters(items, kills);
  const ok = r.corrupt + r.lost + r.slowOrFailedRecoveries === 0;
  rows.push(['killed writers', `${fmt(items)} items, ${kills} SIGKILLs`, `${r.corrupt} corrupt, ${r.lost} lost, ${r.slowOrFailedRecoveries} next commands over ${RECOVERY_LIMIT_MS / 1000} s`, ok]);
  notes.push(
    `kills: an add takes ${secs(r.commandMs)}, its write ${secs(r.writeMs)}; ${r.heldLock} kills left the lock held, ${r.midWrite} left a half-written temporary file, ${r.committed} landed after the commit`,
    `kills: slowest next command ${secs(r.slowestRecoveryMs)} (a dead writer's lock is taken over after 6 s); temporary files left at the end: ${r.leftovers}`,
    ...r.problems.slice(0, 10),
  );
}
if (only.has('broken')) {
  log('stress: broken files…');
  const results = [];
  for (const c of BROKEN_CASES) results.push(await brokenFile(c));
  const handled = results.filter((r) => r.handled).length;
  rows.push(['broken files', `${results.length} kinds × ${results[0].commands} commands`, `${handled}/${results.length} handled (exit 1, one line naming it, file untouched)`, handled === results.length]);
  notes.push(`broken: ${results.map((r) => r.name).join('; ')}`, ...results.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`)).slice(0, 10));
}
if (only.has('hostile')) {
  log(`stress: ${hostile} hostile cases in-process, ${hostileBinary} through the binary (seed ${seed})…`);
  const r = await hostileRun(hostile, hostileBinary, seed);
  rows.push(['hostile input', `${fmt(hostile)} in-process + ${fmt(hostileBinary)} via the binary`, `${r.crashes} crashes`, r.crashes === 0]);
  const exits = Object.entries(r.exits).sort().map(([k, v]) => `${k}: ${v}`).join(', ');
  notes.push(`hostile: seed ${seed}, ${r.seconds.toFixed(1)} s; ${exits}`, ...r.problems.slice(0, 10));
}

const header: [string, string, string, string] = ['part', 'size', 'result', 'pass'];
const table = [header, ...rows.map(([a, b, c, ok]) => [a, b, c, ok ? 'yes' : 'NO'])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log([line(table[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n'));
console.log('');
for (const note of notes) console.log(`- ${note}`);
process.exitCode = rows.every((row) => row[3]) ? 0 : 1;
