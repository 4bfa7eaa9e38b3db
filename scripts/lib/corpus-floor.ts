// The ratchet on minutes-dev: the figures main has reached, kept in tests/minutes/corpus-floor.json
// for each set of minutes-dev (the forty, and the ten once kept unread). The corpus test fails below
// them; `npm run eval:minutes -- --raise` raises them after a gain. They are never lowered: a change
// that loses ground on one figure must win it back first.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RatchetedSet } from './minutes-corpus.js';
import type { Totals } from './score-minutes.js';

const FILE = path.resolve(import.meta.dirname, '../../tests/minutes/corpus-floor.json');

/** Figures are kept to a tenth of a percent, rounded down, so that the same run always passes. */
const floorOf = (n: number) => Math.floor(n * 1000) / 1000;

type Floors = Record<RatchetedSet, Totals>;

const readFloors = (): Floors => JSON.parse(readFileSync(FILE, 'utf8')) as Floors;

export function readFloor(set: RatchetedSet): Totals {
  return readFloors()[set];
}

/** Raises each figure of the set that the run beats; returns the names raised. */
export function raiseFloor(set: RatchetedSet, run: Totals): string[] {
  const floors = readFloors();
  const floor = floors[set];
  const raised: string[] = [];
  for (const key of Object.keys(floor) as (keyof Totals)[]) {
    if (floorOf(run[key]) > floor[key]) {
      raised.push(`${set} ${key} ${floor[key]} → ${floorOf(run[key])}`);
      floor[key] = floorOf(run[key]);
    }
  }
  if (raised.length) writeFileSync(FILE, `${JSON.stringify(floors, null, 2)}\n`);
  return raised;
}

/** The figures of a run that beat the floor by a tenth of a percent or more: a gain not yet held. */
export function unheldGains(run: Totals, floor: Totals): string[] {
  return (Object.keys(floor) as (keyof Totals)[]).filter((k) => floorOf(run[k]) > floor[k]);
}
