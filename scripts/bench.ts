// npm run bench [-- --sizes 1000,10000,100000 --pg-sizes 100000,1000000 --runs 10 --warmup 2 --runner node|hyperfine --seed 1 --keep]  (--help)
// Times whole actionlog processes against their physical floor, on generated stores: the
// JSON file, and the same stores in PostgreSQL (scripts/lib/bench-postgres.ts).
// Ratios are the figure: absolute times vary from machine to machine. The default runner
// interleaves each command with its floor run by run, so that a shared, busy machine slows
// both alike; --runner hyperfine (where installed) times each command's runs back to back.
// The PostgreSQL backend's targets are times (the issue's), shown beside the start-up floor.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { dataCases, readFloor, startupCases, useBin, writeFloor, type Case } from './lib/bench-cases.js';
import { peakMemoryKb, pickRunner, timeGroup, type Command, type RunnerName } from './lib/bench-runner.js';
import { missedTargets, renderRows, type Row } from './lib/bench-table.js';
import { GENERATED_TODAY, generateStore } from './lib/generate-store.js';
import { benchServer, loadStore, postgresCases, targetOf, type BenchServer } from './lib/bench-postgres.js';
import { taskwarriorPeer } from './lib/taskwarrior.js';

const USAGE = `Usage: npm run bench [-- options]
Times actionlog's commands against their floors on generated stores (and Taskwarrior's
\`task overdue\` on the same items, where installed).

  --sizes <n,n,…>   store sizes in items on the JSON file (default 1000,10000,100000; none to leave it out)
  --pg-sizes <n,…>  store sizes in items on PostgreSQL (default 100000,1000000; none to leave it out);
                    the server is ACTIONLOG_BENCH_PG's, else a throwaway one on this machine
  --reload          load the PostgreSQL stores again even where a kept one holds them
  --runs <n>        timed runs of each command (default 10, 5 at 100,000 items;
                    four times as many for --version and --help, which take a tenth of a second)
  --warmup <n>      untimed runs first (default 2)
  --runner <name>   node (interleaves each command with its floor) or hyperfine (default node)
  --seed <n>        seed of the generated stores (default 1)
  --keep            keep the stores and Taskwarrior's data, and say where
  -h, --help        show this help

Examples: npm run bench -- --sizes 10000,100000 --runs 15
          npm run bench -- --sizes 100000 --pg-sizes 100000,1000000`;

const options = {
  sizes: { type: 'string', default: '1000,10000,100000' },
  'pg-sizes': { type: 'string', default: '100000,1000000' },
  reload: { type: 'boolean', default: false },
  runs: { type: 'string' },
  warmup: { type: 'string', default: '2' },
  runner: { type: 'string', default: 'node' },
  seed: { type: 'string', default: '1' },
  keep: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const values = parseOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** The options, or one line on what is wrong with them and exit 2. */
function parseOptions() {
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
    const accepted = 'accepted: --sizes, --pg-sizes, --reload, --runs, --warmup, --runner, --seed, --keep, --help';
    const named = /'([^']+)'/.exec((error as Error).message)?.[1];
    const problem =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${named}`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `unexpected argument ${named}`
          : (error as Error).message.split('\n')[0];
    console.error(`bench: ${problem}; ${accepted} (--help for more)`);
    process.exit(2);
  }
}

const sizeList = (text: string): number[] =>
  text === 'none' || text === '' ? [] : text.split(',').map((s) => Number(s.replace(/_/g, '')));
const sizes = sizeList(values.sizes);
const pgSizes = sizeList(values['pg-sizes']);
for (const size of [...sizes, ...pgSizes]) {
  if (!Number.isInteger(size) || size < 1) {
    console.error(`bench: a size must be a whole number of items, not ${size}`);
    process.exit(2);
  }
}
const warmup = Number(values.warmup);
// Fewer runs at 100,000 by default, where one run takes a second or two.
const runsFor = (size: number): number => (values.runs ? Number(values.runs) : size >= 100_000 ? 5 : 10);
const runner: RunnerName = (() => {
  try {
    return pickRunner(values.runner);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(2);
  }
})();
const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-bench-'));
const rows: Row[] = [];

// Its own build, exactly as `npm run build` makes it, so that someone rebuilding dist/ meanwhile
// cannot break a run. Under node_modules so that the bundle still finds its dependencies.
const buildDir = 'node_modules/.cache/actionlog-bench';
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', `${buildDir}/dist`], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
mkdirSync(`${buildDir}/bin`, { recursive: true });
writeFileSync(`${buildDir}/bin/actionlog.js`, readFileSync('bin/actionlog.js'));
useBin(`${buildDir}/bin/actionlog.js`);

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
console.log(
  `actionlog bench: node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, runner ${runner}`,
);
console.log(`how busy the machine was: load average ${load()} (1, 5, 15 minutes) at the start`);
console.log(
  `medians of ${values.runs ?? '10 (5 at 100,000)'} runs (four times as many at start-up) after ${warmup} warm-up; stores from seed ${values.seed}, as of ${GENERATED_TODAY}\n`,
);

try {
  benchStartup();
  for (const size of sizes) benchSize(size);
  if (pgSizes.length > 0) await benchPostgres();
  console.log(`how busy the machine was: load average ${load()} at the end`);
  console.log(renderRows(rows));
  const missed = missedTargets(rows);
  console.log(missed.length === 0 ? '\nAll targets hold.' : `\nTargets missed:\n  ${missed.join('\n  ')}`);
  for (const size of sizes.filter((s) => s >= 10_000)) {
    const ours =
      rows.find((row) => row.size === size.toLocaleString('en-GB') && row.label === 'overdue' && !row.note)?.median ??
      null;
    console.log(
      taskwarriorPeer(
        generateStore({ items: size, seed: Number(values.seed) }),
        dir,
        GENERATED_TODAY,
        runsFor(size),
        warmup,
        runner,
        ours,
      ),
    );
  }
} finally {
  if (values.keep) console.log(`\nstores kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

function benchStartup(): void {
  const { floor, cases } = startupCases();
  const group = [floor, ...cases.map((c) => c.command)];
  process.stderr.write('timing start-up…\n');
  // Four times the runs: each takes a tenth of a second, and the machine's noise is a larger
  // share of so short a time.
  const medians = timeGroup(group, 4 * runsFor(0), warmup, runner);
  const peaks = group.map(peakMemoryKb);
  rows.push({
    size: '—',
    label: floor.label,
    median: medians[0],
    floor: null,
    peakKb: peaks[0],
    floorKb: null,
    timeTarget: null,
    memoryTarget: null,
  });
  cases.forEach((c, i) => {
    rows.push({
      size: '—',
      label: c.command.label,
      median: medians[i + 1],
      floor: medians[0],
      peakKb: peaks[i + 1],
      floorKb: peaks[0],
      timeTarget: 1.3,
      memoryTarget: null,
    });
  });
}

function benchSize(size: number): void {
  process.stderr.write(`generating ${size} items…\n`);
  const store = generateStore({ items: size, seed: Number(values.seed) });
  const file = path.join(dir, `store-${size}.json`);
  const writable = path.join(dir, `store-${size}-writes.json`);
  writeFileSync(file, JSON.stringify(store, null, 1) + '\n');
  copyFileSync(file, writable);
  const label = size.toLocaleString('en-GB');

  const available: Case[] = [];
  const missing: Row[] = [];
  for (const c of dataCases(store, file, writable, GENERATED_TODAY)) {
    const problem = tryOnce(c.command);
    if (problem)
      missing.push({
        size: label,
        label: c.command.label,
        median: 0,
        floor: null,
        peakKb: null,
        floorKb: null,
        timeTarget: null,
        memoryTarget: null,
        note: problem,
      });
    else available.push(c);
  }
  const floors: Command[] = [readFloor(file), writeFloor(file, path.join(dir, 'floor-out.json'))];
  const group = [...floors, ...available.map((c) => c.command)];
  process.stderr.write(`timing ${group.length} commands at ${label} items…\n`);
  const medians = timeGroup(group, runsFor(size), warmup, runner);
  const peaks = group.map(peakMemoryKb);
  const floorOf = (kind: Case['floor']) => (kind === 'write' ? 1 : 0);
  floors.forEach((floor, i) => {
    rows.push({
      size: label,
      label: floor.label,
      median: medians[i],
      floor: null,
      peakKb: peaks[i],
      floorKb: null,
      timeTarget: null,
      memoryTarget: null,
    });
  });
  available.forEach((c, i) => {
    const at = i + floors.length;
    const timeTarget = size < 10_000 ? null : c.floor === 'read' ? 1.5 : size === 10_000 ? 1.5 : null;
    rows.push({
      size: label,
      label: c.command.label,
      median: medians[at],
      floor: medians[floorOf(c.floor)],
      // Memory beside the same floor as time: a write also holds the new file's text.
      peakKb: peaks[at],
      floorKb: peaks[floorOf(c.floor)],
      timeTarget,
      memoryTarget: size >= 100_000 ? 1.5 : null,
    });
  });
  rows.push(...missing);
}

/**
 * The PostgreSQL backend on the same generated stores: the reads interleaved with the
 * start-up floor (`node -e 0`), then `add` on its own, each add undone afterwards with
 * `actionlog undo` so that the kept store holds the same items for the next run. Where
 * the file store cannot hold a size (a 1,000,000-item file is some 1.3 GB, more than
 * Node's longest string), its row says so, for the comparison.
 */
async function benchPostgres(): Promise<void> {
  let server: BenchServer;
  try {
    server = benchServer();
  } catch (error) {
    for (const size of pgSizes)
      rows.push({
        size: size.toLocaleString('en-GB'),
        label: 'postgres',
        median: 0,
        floor: null,
        peakKb: null,
        floorKb: null,
        timeTarget: null,
        memoryTarget: null,
        note: `not measured: ${(error as Error).message}`,
      });
    return;
  }
  console.log(`PostgreSQL: ${server.description}`);
  try {
    for (const size of pgSizes) {
      const label = size.toLocaleString('en-GB');
      if (!sizes.includes(size)) {
        rows.push({
          size: label,
          label: 'file store',
          median: 0,
          floor: null,
          peakKb: null,
          floorKb: null,
          timeTarget: null,
          memoryTarget: null,
          note: fileNote(size),
        });
      }
      process.stderr.write(`generating ${size} items for PostgreSQL…\n`);
      const store = generateStore({ items: size, seed: Number(values.seed) });
      process.stderr.write(`loading them (unless kept from a run before)…\n`);
      const { data, loadMs } = await loadStore(server.url, store, Number(values.seed), values.reload);
      console.log(
        `PostgreSQL at ${label} items: ${loadMs === null ? 'the store kept from an earlier run' : `loaded in ${(loadMs / 1000).toFixed(1)} s (batched inserts, one transaction)`}`,
      );
      const floor: Command = { label: 'postgres: floor node -e 0', argv: [process.execPath, '-e', '0'] };
      const cases = postgresCases(store, data, GENERATED_TODAY).map((c) => ({
        ...c,
        command: { ...c.command, label: `postgres: ${c.command.label}` },
      }));
      const reads = cases.filter((c) => c.floor === 'read');
      const writes = cases.filter((c) => c.floor === 'write');
      for (const [group, kind] of [
        [reads, 'reads'],
        [writes, 'add'],
      ] as const) {
        const commands = [floor, ...group.map((c) => c.command)];
        process.stderr.write(`timing PostgreSQL ${kind} at ${label} items…\n`);
        const medians = timeGroup(commands, runsFor(size), warmup, runner);
        const peaks = commands.map(peakMemoryKb);
        if (kind === 'reads')
          rows.push({
            size: label,
            label: floor.label,
            median: medians[0],
            floor: null,
            peakKb: peaks[0],
            floorKb: null,
            timeTarget: null,
            memoryTarget: null,
          });
        group.forEach((c, i) => {
          const target = targetOf(c.command.label.replace('postgres: ', ''));
          rows.push({
            size: label,
            label: c.command.label,
            median: medians[i + 1],
            floor: medians[0],
            peakKb: peaks[i + 1],
            floorKb: null,
            timeTarget: null,
            memoryTarget: null,
            msTarget: target,
          });
        });
        if (kind === 'add') undoAdds(data, runsFor(size) + warmup + 1);
      }
    }
  } finally {
    server.stop();
  }
}

/** Why the file store has no figures at this size. */
function fileNote(size: number): string {
  return size >= 1_000_000
    ? 'not measured: a log this size is a file of over a gigabyte, more than Node can read as one string (512 MB); the file store stops well before'
    : 'not measured: add the size to --sizes for the file store beside it';
}

/** Takes back the bench's adds (the timed runs, the warm-up, the memory run). */
function undoAdds(data: string, count: number): void {
  for (let n = 0; n < count; n++) {
    const undone = spawnSync(process.execPath, [`${buildDir}/bin/actionlog.js`, 'undo', '--data', data], {
      encoding: 'utf8',
    });
    if (undone.status !== 0) throw new Error(`undo after the bench's adds failed: ${undone.stderr.trim()}`);
  }
}

/** Null when the command runs and succeeds; otherwise why it cannot be measured. */
function tryOnce(command: Command): string | null {
  const result = spawnSync(command.argv[0], command.argv.slice(1), {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (result.status === 0) return null;
  if (/unknown command/.test(result.stderr)) return 'not available (command not built yet)';
  return `fails: ${result.stderr.trim().split('\n')[0]}`;
}
