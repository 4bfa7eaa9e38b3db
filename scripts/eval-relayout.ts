// npm run eval:relayout [-- --only <name>] [-- --file <prefix>] [-- -v] — the metamorphic measure of issue 11: every
// seed and minutes-dev file, re-laid-out by each transformation of scripts/lib/relayout.ts, scored
// against its own labels. The same minutes laid out otherwise must give the same items; per
// transformation it prints the overall figures, the change from the files as published, and the
// files that lose most. Reads ../shared and skips cleanly without it.
import { existsSync } from 'node:fs';
import { parseMinutes } from '../src/minutes/index.js';
import { loadCorpus, SHARED, type LabelledFile } from './lib/minutes-corpus.js';
import { RELAYOUTS, type Relayout } from './lib/relayout.js';
import { lossOf, relayoutFigures } from './lib/relayout-score.js';
import { scoreFile, totals, type Totals } from './lib/score-minutes.js';

if (!existsSync(SHARED)) {
  console.log(`No labelled minutes at ${SHARED}: nothing to re-lay-out.`);
  process.exit(0);
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
const only = arg('--only');
const files: LabelledFile[] = [
  ...loadCorpus('seeds'),
  ...loadCorpus('minutes-dev'),
  ...loadCorpus('first-sight'),
].filter((f) => !arg('--file') || f.name.startsWith(arg('--file')!));
const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
const KEYS: (keyof Totals)[] = [
  'recall',
  'precision',
  'type',
  'owner',
  'due',
  'reference',
  'meetingDates',
  'nextMeetings',
];

const asPublished = files.map((f) => scoreFile(parseMinutes(f.text), f.expected));
const base = totals(asPublished);
console.log(`${files.length} files (seeds and minutes-dev), as published and re-laid-out`);
console.log(`${'transformation'.padEnd(22)} ${KEYS.map((k) => k.slice(0, 5).padStart(5)).join(' ')}  recall lost`);
console.log(`${'as published'.padEnd(22)} ${KEYS.map((k) => pct(base[k])).join(' ')}`);

const chosen: Relayout[] = only ? RELAYOUTS.filter((r) => r.name === only) : RELAYOUTS;
if (only && !chosen.length) {
  console.error(`No transformation "${only}"; there are: ${RELAYOUTS.map((r) => r.name).join(', ')}`);
  process.exit(2);
}
for (const relayout of chosen) {
  const { figures, scores } = relayoutFigures(files, relayout, parseMinutes);
  const lost = base.recall - figures.recall;
  const cells = KEYS.map((k) => (k === 'reference' && relayout.loses ? '  n/a' : pct(figures[k])));
  console.log(`${relayout.name.padEnd(22)} ${cells.join(' ')}  ${lost > 0.0005 ? pct(lost) : '    -'}`);
  const worst = files
    .map((f, i) => ({ name: f.name, loss: lossOf(asPublished[i], scores[i]) }))
    .filter((w) => w.loss > 0)
    .sort((a, b) => b.loss - a.loss)
    .slice(0, 5);
  if (worst.length) console.log(`    worst: ${worst.map((w) => `${w.name.slice(0, 28)} (−${w.loss})`).join(', ')}`);
  if (verbose) {
    files.forEach((f, i) => {
      const s = scores[i];
      const before = asPublished[i];
      if (lossOf(before, s) === 0) return;
      console.log(`  ${f.name}`);
      for (const m of s.misses.filter((x) => !before.misses.includes(x))) console.log(`    missed  ${m}`);
      for (const x of s.extras.filter((e) => !before.extras.includes(e))) console.log(`    extra   ${x}`);
      for (const w of s.wrong.filter((e) => !before.wrong.includes(e))) console.log(`    wrong   ${w}`);
      if (s.meetingDateRight !== before.meetingDateRight) console.log('    meeting date lost');
      if (s.nextMeetingsRight !== before.nextMeetingsRight) console.log('    next meetings lost');
    });
  }
}
