// Part (c): the store damaged in each way we know of. Every command must stop with exit 1
// and one line naming the problem, and leave the file (and its kept version) byte for byte.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../src/store/format.js';
import { calendarStore, mustRun, run, tempDir } from './binary.js';

export interface BrokenCase {
  name: string;
  /** Damages the good store at `file`, whose text is `good`. */
  damage: (file: string, good: string) => void;
  /** What the one-line message must say. */
  message: RegExp;
  /** Reading commands still work on a read-only store; only writing ones must refuse. */
  readable?: boolean;
}

export const BROKEN_CASES: BrokenCase[] = [
  {
    name: 'truncated',
    damage: (f, good) => writeFileSync(f, good.slice(0, Math.floor(good.length / 2))),
    message: /is cut short: not valid JSON .* at line \d+, column \d+/,
  },
  { name: 'zero-length', damage: (f) => writeFileSync(f, ''), message: /is empty \(0 bytes/ },
  {
    name: 'NUL-filled',
    damage: (f, good) => writeFileSync(f, Buffer.alloc(good.length)),
    message: /contains \d+ NUL byte/,
  },
  {
    name: 'invalid JSON',
    damage: (f, good) => writeFileSync(f, good.replace('"items"', 'items')),
    message: /is not valid JSON .* at line \d+, column \d+/,
  },
  {
    name: 'valid JSON, wrong shape',
    damage: (f) => writeFileSync(f, '{"tasks": [{"description": "from another tool"}]}\n'),
    message: /not a valid action log at \/: must have required properties schema, nextItemNumber/,
  },
  {
    name: 'item with a bad status',
    damage: (f, good) => writeFileSync(f, good.replace('"status": "open"', '"status": "finished"')),
    message: /not a valid action log at \/items\/\d+\/status/,
  },
  {
    name: 'newer schema version',
    damage: (f, good) =>
      writeFileSync(f, good.replace(`"schema": ${SCHEMA_VERSION}`, `"schema": ${SCHEMA_VERSION + 1}`)),
    message: new RegExp(`newer actionlog \\(schema ${SCHEMA_VERSION + 1}`),
  },
  { name: 'a directory in its place', damage: (f) => (rmSync(f), mkdirSync(f)), message: /is a directory/ },
  {
    name: 'read-only file',
    damage: (f) => chmodSync(f, 0o444),
    message: /is read-only; nothing was changed/,
    readable: true,
  },
];

const READ = ['list', '--all'];
const WRITES = [['add', 'Report back', '-c', 'jhsc', '-m', '2025-06-16'], ['done', 'A1'], ['undo']];

export interface BrokenResult {
  name: string;
  commands: number;
  handled: boolean;
  problems: string[];
}

function snapshot(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (stat.isDirectory()) return `directory ${stat.mode.toString(8)}`;
  return `${stat.mode.toString(8)} ${readFileSync(file).toString('base64')}`;
}

let template: string | undefined;

async function goodStore(): Promise<string> {
  if (!template) {
    const file = path.join(tempDir('broken-template'), 'actionlog.json');
    await calendarStore(file);
    await mustRun(file, ['add', 'Circulate the blueprint', '-c', 'jhsc', '-m', '2025-06-16']);
    template = file;
  }
  return template;
}

export async function brokenFile(brokenCase: BrokenCase): Promise<BrokenResult> {
  const source = await goodStore();
  const file = path.join(tempDir('broken'), 'actionlog.json');
  copyFileSync(source, file);
  copyFileSync(`${source}.bak`, `${file}.bak`);
  brokenCase.damage(file, readFileSync(source, 'utf8'));
  const before = [snapshot(file), snapshot(`${file}.bak`)];
  const problems: string[] = [];
  const commands = [READ, ...WRITES];
  for (const args of commands) {
    const result = await run(file, args);
    const refuse = !(brokenCase.readable && args === READ);
    const lines = result.stderr.trim().split('\n');
    if (!refuse) {
      if (result.code !== 0)
        problems.push(`${args[0]}: exit ${result.code} on a readable store: ${result.stderr.trim()}`);
    } else if (result.code !== 1) problems.push(`${args[0]}: exit ${result.code}, expected 1: ${result.stderr.trim()}`);
    else if (lines.length !== 1 || !brokenCase.message.test(lines[0]))
      problems.push(`${args[0]}: message ${JSON.stringify(result.stderr)}`);
    else if (/unexpected error|\bat .*\.js:\d+/.test(result.stderr))
      problems.push(`${args[0]}: crashed: ${result.stderr}`);
    if (snapshot(file) !== before[0] || snapshot(`${file}.bak`) !== before[1])
      problems.push(`${args[0]}: the file or its kept version changed`);
  }
  return { name: brokenCase.name, commands: commands.length, handled: problems.length === 0, problems };
}
