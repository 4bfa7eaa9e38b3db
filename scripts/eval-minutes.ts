// npm run eval:minutes — how well the minutes parser reads the labelled minutes in
// ../shared, per file and overall, with the figures below target flagged; then the
// held-out minutes written for this repository (tests/fixtures/minutes-heldout), which the
// parser was not developed on, so they measure how well it generalises (no targets); and a
// fresh set (tests/fixtures/minutes-fresh) written after the held-out set was used for tuning;
// and a second fresh set (tests/fixtures/minutes-fresh2) of the most common English formats.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../src/minutes/index.js';
import { loadCorpus, SHARED, type LabelledFile } from './lib/minutes-corpus.js';
import { scoreFile, TARGETS, totals, type Expected, type Score, type Totals } from './lib/score-minutes.js';

const HELD_OUT = path.resolve(import.meta.dirname, '../tests/fixtures/minutes-heldout');
const HELD_OUT_SET = 'held-out (ours)';
const FRESH = path.resolve(import.meta.dirname, '../tests/fixtures/minutes-fresh');
const FRESH_SET = 'fresh (ours)';
const FRESH2 = path.resolve(import.meta.dirname, '../tests/fixtures/minutes-fresh2');
const FRESH2_SET = 'fresh 2 (ours)';
function loadHeldOut(dir = HELD_OUT): LabelledFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const base = f.replace(/\.txt$/, '');
      const expected = JSON.parse(readFileSync(path.join(dir, `${base}.expected.json`), 'utf8')) as Expected;
      return { name: base, text: readFileSync(path.join(dir, f), 'utf8'), expected };
    });
}

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
if (!existsSync(SHARED)) {
  console.log(`No labelled minutes at ${SHARED}; nothing to score.`);
  process.exit(0);
}

const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
for (const set of ['seeds', 'minutes-dev', HELD_OUT_SET, FRESH_SET, FRESH2_SET] as const) {
  const scores: Score[] = [];
  console.log(`\n== ${set}`);
  console.log('file                                           exp prop match type owner due  date next');
  for (const file of set === HELD_OUT_SET ? loadHeldOut() : set === FRESH_SET ? loadHeldOut(FRESH) : set === FRESH2_SET ? loadHeldOut(FRESH2) : loadCorpus(set)) {
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
  const target: Partial<Totals> = set === HELD_OUT_SET || set === FRESH_SET || set === FRESH2_SET ? {} : TARGETS[set];
  const line = (Object.keys(t) as (keyof Totals)[]).map((k) => {
    const below = target[k] !== undefined && t[k] < target[k]!;
    return `${k} ${pct(t[k]).trim()}${below ? ` (BELOW ${pct(target[k]!).trim()})` : ''}`;
  });
  console.log(`overall ${set}: ${line.join(', ')}`);
}
