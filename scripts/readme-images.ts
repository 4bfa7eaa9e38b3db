// Draws the README's picture of the Word carry-forward paper from the bundled sample log,
// as a clerk would see it: the .docx written by actionlog's Word writer, opened by
// LibreOffice (converted to PDF), its first page drawn by pdftoppm.
//
//   npx tsx scripts/readme-images.ts     (needs LibreOffice and poppler-utils)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { carryForward } from '../src/domain/carryForward.js';
import type { LogData } from '../src/domain/reportItem.js';
import { carryForwardDocx } from '../src/render/papers.js';

const log = JSON.parse(readFileSync('data/actionlog.json', 'utf8')) as LogData;
const work = mkdtempSync(path.join(tmpdir(), 'actionlog-images-'));
const docx = path.join(work, 'carry-forward.docx');
writeFileSync(docx, await carryForwardDocx(carryForward(log, 'llr-jhsc', '2025-11-27', '2025-11-20'), { council: 'Leicester City Council' }));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error}`);
}
run('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx]);
run('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', path.join(work, 'carry-forward.pdf'), path.join(work, 'page')]);
copyFileSync(path.join(work, 'page.png'), 'docs/images/carry-forward-docx.png');
console.log('wrote docs/images/carry-forward-docx.png');
