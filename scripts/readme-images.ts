// Draws the README's pictures from the bundled sample log, through the built CLI as a clerk
// would make the files, and as a person would see them:
//   docs/images/carry-forward-docx.png  the Word carry-forward paper (carry-forward --output x.docx),
//                                        opened by LibreOffice (converted to PDF), first page;
//   docs/images/chair-report-pdf.png    the chair's report (report --format html), printed to
//                                        PDF by Chromium, first page.
//
//   npm run build && npx tsx scripts/readme-images.ts     (needs LibreOffice, Chromium and poppler-utils)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const work = mkdtempSync(path.join(tmpdir(), 'actionlog-images-'));
const store = path.join(work, 'actionlog.json');
copyFileSync('data/actionlog.json', store);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ACTIONLOG_DATA: store } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
}

/** The PDF's first page as a PNG at `dpi`, copied to `target`. */
function firstPage(pdf: string, dpi: number, target: string): void {
  const page = path.join(work, path.basename(target, '.png'));
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, page]);
  copyFileSync(`${page}.png`, target);
  console.log(`wrote ${target}`);
}

const asOf = ['--as-of', '2025-11-20'];
const docx = path.join(work, 'carry-forward.docx');
run(process.execPath, [
  'bin/actionlog.js',
  'carry-forward',
  'llr-jhsc',
  '--meeting',
  '2025-11-27',
  '--output',
  docx,
  ...asOf,
]);
run('soffice', [
  `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
  '--headless',
  '--convert-to',
  'pdf',
  '--outdir',
  work,
  docx,
]);
firstPage(path.join(work, 'carry-forward.pdf'), 72, 'docs/images/carry-forward-docx.png');

const html = path.join(work, 'chair-report.html');
const pdf = path.join(work, 'chair-report.pdf');
run(process.execPath, ['bin/actionlog.js', 'report', '--committee', 'llr-jhsc', '--output', html, ...asOf]);
run('chromium', [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--user-data-dir=${path.join(work, 'chromium')}`,
  '--no-pdf-header-footer',
  `--print-to-pdf=${pdf}`,
  pathToFileURL(html).href,
]);
firstPage(pdf, 80, 'docs/images/chair-report-pdf.png');
