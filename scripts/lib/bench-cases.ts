// What the bench runs: the commands a clerk meets, each beside the floor that bounds it.
import type { StoreData } from '../../src/store/schema.js';
import type { Command } from './bench-runner.js';

export type FloorKind = 'start-up' | 'read' | 'write';

export interface Case {
  command: Command;
  floor: FloorKind;
}

const node = process.execPath;
let bin = 'bin/actionlog.js';
/** Runs the CLI from this launcher (the bench builds its own copy, see bench.ts). */
export const useBin = (path: string): void => {
  bin = path;
};
const cli = (label: string, ...args: string[]): Command => ({ label, argv: [node, bin, ...args] });

export function startupCases(): { floor: Command; cases: Case[] } {
  return {
    floor: { label: 'node -e 0', argv: [node, '-e', '0'] },
    cases: [
      { command: cli('--version', '--version'), floor: 'start-up' },
      { command: cli('--help', '--help'), floor: 'start-up' },
    ],
  };
}

/** The read floor: start Node, read the store file and JSON.parse it. */
export const readFloor = (file: string): Command => ({
  label: 'floor: read + JSON.parse',
  argv: [node, '-e', 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))', file],
});

/** The write floor: the read floor, then JSON.stringify as the store formats it and write the file. */
export const writeFloor = (file: string, out: string): Command => ({
  label: 'floor: + JSON.stringify + write',
  argv: [
    node,
    '-e',
    'const fs = require("fs"); const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); fs.writeFileSync(process.argv[2], JSON.stringify(d, null, 1) + "\\n")',
    file,
    out,
  ],
});

/** The data commands for one store: reads on `file`, the write on `writable` (a copy). */
export function dataCases(store: StoreData, file: string, writable: string, today: string): Case[] {
  const committee = busiestCommittee(store);
  const latestHeld = store.meetings.filter((m) => m.committee === committee && !m.cancelled && m.date < today).at(-1)!;
  const middleId = store.items[Math.floor(store.items.length / 2)]?.id ?? 'A1';
  const on = (f: string) => ['--data', f, '--as-of', today];
  const read = (label: string, ...args: string[]): Case => ({
    command: cli(label, ...args, ...on(file)),
    floor: 'read',
  });
  return [
    read('list --json', 'list', '--json'),
    read('overdue', 'overdue'),
    read('overdue --json', 'overdue', '--json'),
    read(`carry-forward ${committee}`, 'carry-forward', committee),
    read('report --format html', 'report', '--format', 'html'),
    read(`show ${middleId}`, 'show', middleId),
    {
      command: cli(
        'add',
        'add',
        'Figures on ambulance handover times to be circulated to members',
        '-c',
        committee,
        '-m',
        latestHeld.date,
        '--category',
        'information',
        ...on(writable),
      ),
      floor: 'write',
    },
  ];
}

function busiestCommittee(store: StoreData): string {
  const counts = new Map<string, number>();
  for (const item of store.items) counts.set(item.committee, (counts.get(item.committee) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? store.committees[0].slug;
}
