// npm run eval:minutes [-- -v] — how well the minutes parser reads labelled minutes, per
// file and overall: the real minutes in ../shared (seeds and minutes-dev, with the issue's
// targets flagged), then the sets we wrote ourselves in other councils' styles
// (tests/fixtures/minutes-*), which carry no targets: they measure, they do not gate.
import { existsSync } from 'node:fs';
import { parseMinutes } from '../src/minutes/index.js';
import { loadCorpus, loadOwnSet, OWN_SETS, SHARED } from './lib/minutes-corpus.js';
import { scoreFile, TARGETS, totals, type Score, type Totals } from './lib/score-minutes.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const shared = existsSync(SHARED);
if (!shared) console.log(`No labelled minutes at ${SHARED}: scoring only our own sets.`);

const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
const ownSets = Object.keys(OWN_SETS) as (keyof typeof OWN_SETS)[];
for (const set of [...(shared ? (['seeds', 'minutes-dev'] as const) : []), ...ownSets]) {
  const scores: Score[] = [];
  console.log(`\n== ${set}`);
  console.log('file                                           exp prop match type owner due  date next');
  for (const file of set === 'seeds' || set === 'minutes-dev' ? loadCorpus(set) : loadOwnSet(set)) {
    const s = scoreFile(parseMinutes(file.text), file.expected);
    scores.push(s);
    console.log(
      `${file.name.slice(0, 46).padEnd(46)} ${String(s.expected).padStart(3)} ${String(s.proposed).padStart(4)} ${String(s.matched).padStart(5)} ${String(s.typeRight).padStart(4)} ${String(s.ownerRight).padStart(5)} ${String(s.dueRight).padStart(3)}  ${s.meetingDateRight ? ' ok ' : 'MISS'} ${s.nextMeetingsRight ? ' ok' : 'MISS'}`,
    );
    if (verbose) {
      for (const m of s.misses) console.log(`    missed  ${m}`);
      for (const x of s.extras) console.log(`    extra   ${x}`);
      for (const w of s.wrong) console.log(`    wrong   ${w}`);
    }
  }
  const t = totals(scores);
  // Our own sets have no targets in the issue: they measure, they do not gate.
  const target: Partial<Totals> = set === 'seeds' || set === 'minutes-dev' ? TARGETS[set] : {};
  const line = (Object.keys(t) as (keyof Totals)[]).map((k) => {
    const below = target[k] !== undefined && t[k] < target[k]!;
    return `${k} ${pct(t[k]).trim()}${below ? ` (BELOW ${pct(target[k]!).trim()})` : ''}`;
  });
  console.log(`overall ${set}: ${line.join(', ')}`);
}
