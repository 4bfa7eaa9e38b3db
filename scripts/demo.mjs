// The main job on the bundled sample log, as a clerk preparing papers on 20 November 2025
// for the LLR Joint Health Scrutiny Committee of 27 November: what is overdue, the
// carry-forward list for the agenda (on screen, and as the Word paper for the agenda pack),
// the chase letters to owners, and the chair's printed report. Works on a copy, so
// data/actionlog.json never changes; the files are left in a temporary folder, named at the end.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-demo-'));
const store = path.join(dir, 'actionlog.json');
copyFileSync('data/actionlog.json', store);
const asOf = ['--as-of', '2025-11-20'];

function show(title, args) {
  console.log(`\n$ actionlog ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}\n`);
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
show('Carry-forward list as a Word paper', ['carry-forward', 'llr-jhsc', '--meeting', '2025-11-27', '--output', path.join(dir, 'carry-forward.docx'), ...asOf]);
show('Chase letters', ['chase', '--committee', 'llr-jhsc', '--output', path.join(dir, 'chase'), '--by', 'Governance Officer', ...asOf]);
show("Chair's report", ['report', '--format', 'html', '--output', path.join(dir, 'chair-report.html'), ...asOf]);
console.log(`
The papers are in ${dir}:
  carry-forward.docx    the carry-forward list for the agenda pack (open it in Word or LibreOffice)
  chase/                an email draft per owner, the reply sheet attached (open one in Outlook or Thunderbird)
  chair-report.html     the chair's report: open it in a browser and print it`);
