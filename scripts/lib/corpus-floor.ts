// The ratchet on minutes-dev: the figures main has reached, kept in tests/minutes/corpus-floor.json.
// The corpus test fails below them; `npm run eval:minutes -- --raise` raises them after a gain.
// They are never lowered: a change that loses ground on one figure must win it back first.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Totals } from './score-minutes.js';

const FILE = path.resolve(import.meta.dirname, '../../tests/minutes/corpus-floor.json');

/** Figures are kept to a tenth of a percent, rounded down, so that the same run always passes. */
const floorOf = (n: number) => Math.floor(n * 1000) / 1000;

export function readFloor(): Totals {
  return JSON.parse(readFileSync(FILE, 'utf8')) as Totals;
}

/** Raises each figure that the run beats; returns the names raised. */
export function raiseFloor(run: Totals): string[] {
  const floor = readFloor();
  const raised: string[] = [];
  for (const key of Object.keys(floor) as (keyof Totals)[]) {
    if (floorOf(run[key]) > floor[key]) {
      raised.push(`${key} ${floor[key]} → ${floorOf(run[key])}`);
      floor[key] = floorOf(run[key]);
    }
  }
  if (raised.length) writeFileSync(FILE, `${JSON.stringify(floor, null, 2)}\n`);
  return raised;
}

/** The figures of a run that beat the floor by a tenth of a percent or more: a gain not yet held. */
export function unheldGains(run: Totals, floor: Totals = readFloor()): string[] {
  return (Object.keys(floor) as (keyof Totals)[]).filter((k) => floorOf(run[k]) > floor[k]);
}
