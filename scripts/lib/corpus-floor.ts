// The ratchets: the figures main has reached, kept in tests/minutes/corpus-floor.json for each set
// of minutes-dev (the forty, and the ten once kept unread) and in tests/minutes/own-sets-floor.json
// for each of our own labelled sets. The corpus test fails below them; `npm run eval:minutes --
// --raise` raises them after a gain. They are never lowered: a change that loses ground on one
// figure must win it back first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Totals } from './score-minutes.js';

const FOLDER = path.resolve(import.meta.dirname, '../../tests/minutes');
/** minutes-dev's ratchet. */
export const SHARED_FLOOR = path.join(FOLDER, 'corpus-floor.json');
/** Our own sets' ratchet: a set written since has no floor until the next `--raise`. */
export const OWN_FLOOR = path.join(FOLDER, 'own-sets-floor.json');

/** Figures are kept to a tenth of a percent, rounded down, so that the same run always passes. */
const floorOf = (n: number) => Math.floor(n * 1000) / 1000;

type Floors = Record<string, Totals>;

const readFloors = (file: string): Floors =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Floors) : {};

export function readFloor(set: string, file = SHARED_FLOOR): Totals | undefined {
  return readFloors(file)[set];
}

/** The figures of a run below the set's floor. */
export function belowFloor(run: Totals, floor: Totals): (keyof Totals)[] {
  return (Object.keys(floor) as (keyof Totals)[]).filter((k) => run[k] < floor[k]);
}

/** Raises each figure of the set that the run beats (a set with no floor gets the run's); returns what was raised. */
export function raiseFloor(set: string, run: Totals, file = SHARED_FLOOR): string[] {
  const floors = readFloors(file);
  const floor = floors[set];
  const raised: string[] = [];
  if (!floor) {
    floors[set] = Object.fromEntries(Object.entries(run).map(([k, v]) => [k, floorOf(v)])) as unknown as Totals;
    raised.push(`${set} (its first floor)`);
  } else {
    for (const key of Object.keys(floor) as (keyof Totals)[]) {
      if (floorOf(run[key]) > floor[key]) {
        raised.push(`${set} ${key} ${floor[key]} → ${floorOf(run[key])}`);
        floor[key] = floorOf(run[key]);
      }
    }
  }
  if (raised.length) writeFileSync(file, `${JSON.stringify(floors, null, 2)}\n`);
  return raised;
}

/** The figures of a run that beat the floor by a tenth of a percent or more: a gain not yet held. */
export function unheldGains(run: Totals, floor: Totals): string[] {
  return (Object.keys(floor) as (keyof Totals)[]).filter((k) => floorOf(run[k]) > floor[k]);
}
