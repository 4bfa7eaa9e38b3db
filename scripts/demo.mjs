// The main job on the bundled sample log, as a clerk preparing papers on 20 November 2025
// for the LLR Joint Health Scrutiny Committee of 27 November: what is open and overdue, the
// carry-forward list for the agenda, and the chair's report on screen; then the papers to
// open — the carry-forward list as a Word paper for the agenda pack, the chase emails to
// owners and the chair's printable report — in a folder the demo names and keeps
// (demo-papers/ where npm was run; `-- --papers <folder>` for another).
// The demo works on a copy of data/actionlog.json in a temporary folder, so the bundled log
// never changes, and removes that folder as it ends, however it ends; `-- --keep` keeps it,
// to try other commands on the copy.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const papersAt = args.indexOf('--papers');
if (papersAt !== -1 && !args[papersAt + 1]) {
  console.error('npm run demo: --papers needs a folder, e.g. npm run demo -- --papers ~/Documents/actionlog-demo');
  process.exit(2);
}
// npm runs scripts in the project's folder; a folder the clerk names is taken from where they typed it.
const papers = path.resolve(
  process.env.INIT_CWD ?? process.cwd(),
  papersAt === -1 ? 'demo-papers' : args[papersAt + 1],
);

const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-demo-'));
const removeFolder = () => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
};
process.on('exit', removeFolder);
// Ctrl-C during the demo: the folder goes all the same.
process.on('SIGINT', () => process.exit(130));

const store = path.join(dir, 'actionlog.json');
copyFileSync('data/actionlog.json', store);
const asOf = ['--as-of', '2025-11-20'];

function show(args) {
  console.log(`\n$ actionlog ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}\n`);
  const result = spawnSync(process.execPath, ['bin/actionlog.js', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ACTIONLOG_DATA: store },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('actionlog demo — a copy of the sample log, as of Thursday 20 November 2025');
show(['list', ...asOf]);
show(['overdue', ...asOf]);
show(['carry-forward', 'llr-jhsc', '--meeting', '2025-11-27', ...asOf]);
show(['report', '--committee', 'llr-jhsc', ...asOf]);

mkdirSync(papers, { recursive: true });
show([
  'carry-forward',
  'llr-jhsc',
  '--meeting',
  '2025-11-27',
  '--output',
  path.join(papers, 'carry-forward.docx'),
  ...asOf,
]);
show([
  'chase',
  '--committee',
  'llr-jhsc',
  '--output',
  path.join(papers, 'chase'),
  '--by',
  'Governance Officer',
  ...asOf,
]);
show(['report', '--format', 'html', '--output', path.join(papers, 'chair-report.html'), ...asOf]);
console.log(`
The papers are in ${papers} (kept; running the demo again writes them afresh):
  carry-forward.docx    the carry-forward list for the agenda pack (open it in Word or LibreOffice)
  chase/                an email draft per owner, the reply sheet attached (open one in Outlook or Thunderbird)
  chair-report.html     the chair's report: open it in a browser and print it`);
console.log(
  keep
    ? `\nThe copy of the log is kept too: ${store}\nTry other commands on it: ACTIONLOG_DATA=${store} npx actionlog list --as-of 2025-11-20`
    : '\nThe copy of the log the demo worked on is removed (npm run demo -- --keep keeps it, to try other commands on).',
);
