// npm run eval:minutes [-- -v] [-- --raise] — how well the minutes parser
// reads labelled minutes, per file and overall: the real minutes in ../shared (seeds and
// minutes-dev, with the issue's targets flagged), then the sets we wrote ourselves in other
// councils' styles (tests/fixtures/minutes-*), which measure and do not gate.
//   --raise        writes minutes-dev's figures into the ratchet (tests/minutes/corpus-floor.json)
//                  where they beat it; the corpus test then holds them. The forty and the ten once
//                  kept unread for a first-sight figure (FIRST_SIGHT) are scored and held apart.
//                  Our own sets' figures go into tests/minutes/own-sets-floor.json the same way
//                  (a set new since the last raise gets its first floor): a set kept unread for a
//                  first-sight figure must not be in OWN_SETS until it is scored.
import { existsSync } from 'node:fs';
import { parseMinutes } from '../src/minutes/index.js';
import { loadCorpus, loadOwnSet, OWN_SETS, RATCHETED, SHARED, type CorpusSet } from './lib/minutes-corpus.js';
import { belowFloor, OWN_FLOOR, raiseFloor, readFloor } from './lib/corpus-floor.js';
import { scoreFile, TARGETS, totals, type Score, type Totals } from './lib/score-minutes.js';

const flag = (...names: string[]) => names.some((n) => process.argv.includes(n));
const verbose = flag('--verbose', '-v');
const shared = existsSync(SHARED);
if (!shared) console.log(`No labelled minutes at ${SHARED}: scoring only our own sets.`);

const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
const ownSets = Object.keys(OWN_SETS) as (keyof typeof OWN_SETS)[];
const corpusSets: CorpusSet[] = shared ? ['seeds', 'minutes-dev', 'first-sight'] : [];
const results = new Map<string, Totals>();

for (const set of [...corpusSets, ...ownSets]) {
  const scores: Score[] = [];
  console.log(`\n== ${set}`);
  console.log('file                                           exp prop match type owner due  ref  date next');
  const files = set === 'seeds' || set === 'minutes-dev' || set === 'first-sight' ? loadCorpus(set) : loadOwnSet(set);
  for (const file of files) {
    const s = scoreFile(parseMinutes(file.text), file.expected);
    scores.push(s);
    const refs = `${s.refRight}/${s.refPrinted}`;
    console.log(
      `${file.name.slice(0, 46).padEnd(46)} ${String(s.expected).padStart(3)} ${String(s.proposed).padStart(4)} ${String(s.matched).padStart(5)} ${String(s.typeRight).padStart(4)} ${String(s.ownerRight).padStart(5)} ${String(s.dueRight).padStart(3)} ${refs.padStart(5)}  ${s.meetingDateRight ? ' ok ' : 'MISS'} ${s.nextMeetingsRight ? ' ok' : 'MISS'}`,
    );
    if (verbose) {
      for (const m of s.misses) console.log(`    missed  ${m}`);
      for (const x of s.extras) console.log(`    extra   ${x}`);
      for (const w of s.wrong) console.log(`    wrong   ${w}`);
    }
  }
  const t = totals(scores);
  results.set(set, t);
  const target: Partial<Totals> =
    set === 'seeds' ? TARGETS.seeds : set === 'minutes-dev' || set === 'first-sight' ? TARGETS['minutes-dev'] : {};
  const line = (Object.keys(t) as (keyof Totals)[]).map((k) => {
    const below = target[k] !== undefined && t[k] < target[k]!;
    return `${k} ${pct(t[k]).trim()}${below ? ` (BELOW ${pct(target[k]!).trim()})` : ''}`;
  });
  console.log(`overall ${set}: ${line.join(', ')}`);
}

for (const set of RATCHETED) {
  const run = results.get(set);
  const floor = readFloor(set);
  if (!run || !floor) continue;
  const below = belowFloor(run, floor);
  console.log(
    below.length
      ? `\nratchet: ${set} is below the figures main has reached on ${below.join(', ')}`
      : `\nratchet: ${set} holds the figures main has reached`,
  );
  if (flag('--raise')) {
    const raised = raiseFloor(set, run);
    console.log(raised.length ? `ratchet raised: ${raised.join(', ')}` : `ratchet: nothing to raise on ${set}`);
  }
}

// Our own sets: one line for those that fell, none for those that hold.
const fallen = ownSets.flatMap((set) => {
  const floor = readFloor(set, OWN_FLOOR);
  return floor ? belowFloor(results.get(set)!, floor).map((k) => `${set} ${k}`) : [];
});
const unfloored = ownSets.filter((set) => !readFloor(set, OWN_FLOOR));
console.log(
  fallen.length
    ? `ratchet: our sets are below the figures main has reached on ${fallen.join(', ')}`
    : `ratchet: our sets hold the figures main has reached${unfloored.length ? ` (no floor yet: ${unfloored.join(', ')})` : ''}`,
);
if (flag('--raise')) {
  const raised = ownSets.flatMap((set) => raiseFloor(set, results.get(set)!, OWN_FLOOR));
  console.log(raised.length ? `ratchet raised: ${raised.join(', ')}` : 'ratchet: nothing to raise on our sets');
}
