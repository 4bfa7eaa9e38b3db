// The main job on the bundled sample log, as a clerk preparing papers on 20 November 2025
// for the LLR Joint Health Scrutiny Committee of 27 November: what is overdue, the
// carry-forward list for the agenda, and the chair's printed report. Works on a copy, so
// data/actionlog.json never changes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-demo-'));
const store = path.join(dir, 'actionlog.json');
copyFileSync('data/actionlog.json', store);
const asOf = ['--as-of', '2025-11-20'];

function show(title, args) {
  console.log(`\n$ actionlog ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, ['bin/actionlog.js', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ACTIONLOG_DATA: store },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`actionlog demo — a copy of the sample log in ${dir}, as of Thursday 20 November 2025`);
show('Open items', ['list', ...asOf]);
show('Overdue', ['overdue', ...asOf]);
show('Carry-forward list', ['carry-forward', 'llr-jhsc', '--meeting', '2025-11-27', ...asOf]);
show("Chair's report", ['report', '--format', 'html', '--output', path.join(dir, 'chair-report.html'), ...asOf]);
console.log(`\nOpen ${path.join(dir, 'chair-report.html')} in a browser and print it for the chair.`);
