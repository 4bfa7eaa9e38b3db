// The chair's report as a person sees it: printed to PDF by headless Chromium and read back
// with pdftotext. Needs Debian's `chromium` and `poppler-utils` (.ci/run installs them);
// where either is missing the test is skipped and says why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionlog } from './cli.js';
import { AS_OF, OUTSTANDING, reportStore } from './reportStore.js';

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const chromium = ['chromium', 'chromium-browser'].find(onPath);
const missing = [chromium ? null : 'chromium', onPath('pdftotext') ? null : 'pdftotext (poppler-utils)'].filter(
  Boolean,
);
const skipReason = missing.length
  ? `skipped: ${missing.join(' and ')} not installed (apt-get install chromium poppler-utils)`
  : '';
if (skipReason) console.warn(`report-pdf.test.ts ${skipReason}`);

function printToPdf(html: string, work: string): string {
  const pdf = path.join(work, 'report.pdf');
  const result = spawnSync(
    chromium!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${path.join(work, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(html).href,
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  if (result.status !== 0) throw new Error(`chromium failed (${result.status}): ${result.stderr}`);
  return pdf;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The item's words appear in order. pdftotext reads a table row by row, so a wrapped cell
 * can have a neighbouring cell's words between its lines; an order check is what holds.
 */
function inOrder(text: string, phrase: string): boolean {
  const have = text.split(' ');
  let at = 0;
  for (const word of phrase.split(' ')) {
    at = have.indexOf(word, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

describe.skipIf(Boolean(skipReason))(`the chair's report printed to PDF${skipReason ? ` (${skipReason})` : ''}`, () => {
  it('every outstanding item is there, and each committee starts a new page', { timeout: 120_000 }, () => {
    const store = reportStore();
    const html = path.join(store.dir, 'x.html');
    const written = actionlog(store.data, ['report', '--format', 'html', '--output', html, ...AS_OF]);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toMatch(/^Wrote the chair's report \(HTML\) to /);
    expect(written.stderr).toContain(html);
    expect(readFileSync(html, 'utf8')).not.toMatch(/<(script|link)\b|url\(|@import/);

    const work = mkdtempSync(path.join(tmpdir(), 'actionlog-pdf-'));
    const pdf = printToPdf(html, work);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);

    const pages = text.stdout.split('\f').map(words).filter(Boolean);
    const all = pages.join(' ');
    for (const [id, itemText] of Object.entries(OUTSTANDING)) {
      expect(all).toContain(id);
      expect(inOrder(all, itemText), `"${itemText}" in the PDF`).toBe(true);
    }
    // The done item appears once, under "Completed since the last meeting".
    expect(inOrder(all, 'Send the minutes to the ICB board')).toBe(true);

    const committees = ['Health and Wellbeing Board', 'Joint Health Scrutiny Committee'];
    const starts = committees.map((name) => pages.findIndex((page) => page.startsWith(`Outstanding actions: ${name}`)));
    expect(starts.every((index) => index >= 0)).toBe(true);
    expect(new Set(starts).size).toBe(committees.length);
    expect(pages[0]).toMatch(/Meeting: Thursday 11 December 2025 As of 20 Nov 2025/);
    // RAG in words, so a black-and-white printout still reads.
    expect(all).toMatch(/Red \(overdue\)/);
    expect(all).toMatch(/Amber \(due soon\)/);
  });
});
