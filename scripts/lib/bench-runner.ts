// Timing whole processes: a small runner of our own that interleaves the commands of a
// group run by run, so that a busy machine slows the command and its floor alike; or
// hyperfine, where installed. Peak memory comes from one extra run of each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Command {
  /** What the table calls it. */
  label: string;
  argv: string[];
  /** The environment to run it in; the bench's own when absent. */
  env?: NodeJS.ProcessEnv;
}

export interface Timing {
  /** Median wall time in milliseconds. */
  median: number;
  /** Peak resident memory in kilobytes, or null when it could not be measured. */
  peakKb: number | null;
}

export type RunnerName = 'hyperfine' | 'node';

export const hasProgram = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

export function pickRunner(wanted: string): RunnerName {
  if (wanted !== 'hyperfine' && wanted !== 'node') throw new Error(`--runner ${wanted}: use node or hyperfine`);
  if (wanted === 'hyperfine' && !hasProgram('hyperfine'))
    throw new Error('hyperfine is not installed (apt-get install hyperfine); use --runner node');
  return wanted;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Median wall times of each command, in the order given. */
export function timeGroup(commands: Command[], runs: number, warmup: number, runner: RunnerName): number[] {
  return runner === 'hyperfine' ? timeWithHyperfine(commands, runs, warmup) : timeInterleaved(commands, runs, warmup);
}

function timeInterleaved(commands: Command[], runs: number, warmup: number): number[] {
  const samples = commands.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round++) {
    commands.forEach((command, i) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(command.argv[0], command.argv.slice(1), { stdio: 'ignore', env: command.env });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${command.label} exited with ${result.status}`);
      if (round >= warmup) samples[i].push(elapsed);
    });
  }
  return samples.map(median);
}

function timeWithHyperfine(commands: Command[], runs: number, warmup: number): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-hyperfine-'));
  try {
    const out = path.join(dir, 'results.json');
    const args = ['-N', '--style', 'none', '--warmup', String(warmup), '--runs', String(runs), '--export-json', out];
    for (const command of commands) args.push(command.argv.map(quoteArg).join(' '));
    // One environment for the group: hyperfine passes its own on to every command.
    const env = commands.find((command) => command.env)?.env;
    const result = spawnSync('hyperfine', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`hyperfine failed: ${result.stderr.trim().split('\n').at(-1)}`);
    const parsed = JSON.parse(readFileSync(out, 'utf8')) as { results: { median: number }[] };
    return parsed.results.map((r) => r.median * 1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Quotes an argument for hyperfine's shell-words splitting (-N runs without a shell). */
const quoteArg = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

let rssHook: string | undefined;

/** Peak resident memory of one run: /usr/bin/time where present, else Node's own maxRSS on exit. */
export function peakMemoryKb(command: Command): number | null {
  if (existsSync('/usr/bin/time')) {
    const result = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', ...command.argv], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: command.env,
    });
    const match = /peak-kb (\d+)/.exec(result.stderr);
    return match ? Number(match[1]) : null;
  }
  if (command.argv[0] !== process.execPath) return null;
  rssHook ??= writeRssHook();
  const result = spawnSync(command.argv[0], ['--require', rssHook, ...command.argv.slice(1)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: command.env,
  });
  const match = /peak-kb (\d+)/.exec(result.stderr);
  return match ? Number(match[1]) : null;
}

function writeRssHook(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-rss-')), 'rss.cjs');
  writeFileSync(
    file,
    "process.on('exit', () => process.stderr.write(`peak-kb ${process.resourceUsage().maxRSS}\\n`));\n",
  );
  return file;
}
