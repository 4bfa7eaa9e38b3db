// Reading the papers back as people's programs do: LibreOffice turns a Word file into a
// PDF, pdftotext reads the PDF, pdftoppm draws its pages. Where LibreOffice or poppler is
// not installed (.ci/run installs them on Debian), the tests that need them skip and say why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const soffice = ['soffice', 'libreoffice'].find(onPath);
const missing = [soffice ? null : 'LibreOffice', onPath('pdftotext') ? null : 'pdftotext (poppler-utils)'].filter(
  Boolean,
);

/** Empty when LibreOffice and pdftotext are both here; else why the PDF checks are skipped. */
export const officeSkipReason = missing.length
  ? `skipped: ${missing.join(' and ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils)`
  : '';

/**
 * Each file (name → bytes) converted to PDF in one LibreOffice run, with a profile of its
 * own so that it never waits on, or disturbs, another LibreOffice on the machine.
 */
export function toPdf(files: Record<string, Buffer>): Record<string, string> {
  const work = mkdtempSync(path.join(tmpdir(), 'actionlog-office-'));
  const paths = Object.entries(files).map(([name, bytes]) => {
    const file = path.join(work, name);
    writeFileSync(file, bytes);
    return file;
  });
  const result = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...paths,
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (result.status !== 0) throw new Error(`LibreOffice failed (${result.status}): ${result.stderr}`);
  return Object.fromEntries(
    Object.keys(files).map((name) => [name, path.join(work, name.replace(/\.[^.]+$/, '.pdf'))]),
  );
}

/** The PDF's text, page by page, each page's whitespace collapsed. */
export function pdfPages(pdf: string): string[] {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The words of `phrase` appear in `text` in order (a table cell may wrap around its neighbours' words). */
export function inOrder(text: string, phrase: string): boolean {
  const have = text.split(' ');
  let at = 0;
  for (const word of phrase.split(' ')) {
    at = have.indexOf(word, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** A part of an Office file (a zip), as text. */
export async function zipPart(bytes: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the file`);
  return file.async('string');
}

export const readBytes = (file: string): Buffer => readFileSync(file);
