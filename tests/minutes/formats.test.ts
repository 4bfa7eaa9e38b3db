// One set of minutes as clerks publish them — typed text, a Word file whose clause markers are
// automatic numbering, and the web page printed to PDF by a browser with its header and footer
// on — must give the same proposal. The files are made by scripts/make-format-fixtures.ts
// (the PDF by headless Chromium); the .html beside them is only the page that was printed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readMinutesFile } from '../../src/minutes/readers/index.js';

const fixture = (extension: string) => path.resolve(__dirname, `../fixtures/formats/ashcombe-minutes.${extension}`);
const read = async (extension: string) => (await readMinutesFile(fixture(extension))).text;

describe('the same minutes as text, Word and a browser-printed PDF', () => {
  it('Word numbering comes through as the markers the text types: minute numbers from 41, (a)–(d) with (i) and (ii) inside, and numbered lists that start again at 1', async () => {
    const text = await read('docx');
    for (const line of [
      '41. Apologies for absence',
      '46. Date of the next meeting',
      '(c) That the Footpaths Working Group be asked to:',
      '(ii) report its findings to the next meeting;',
      '(d) That the Council',
      '3. That a report on the completed works',
      '1. That the annual inspection report be noted;',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/^4\. That the annual inspection/m);
  });

  it("the browser's header and footer and the page's running header are gone from the PDF's text", async () => {
    const text = await read('pdf');
    expect(text).not.toMatch(/file:\/\//);
    expect(text).not.toMatch(/\d{1,2}:\d{2}\s*(AM|PM)?/);
    expect(text).not.toMatch(/^\s*\d\/\d\s*$/m);
    expect(text).not.toMatch(/Ashcombe Parish Council – Minutes – 3 March 2026/); // the page title the browser prints
    expect(text).not.toMatch(/Full Council · 3 March 2026/); // the running header
    expect(text).toMatch(/^44\. Village hall roof$/m); // which shared a baseline with the running header
  });

  it('gives the same items, noted resolutions, meeting and next meetings', async () => {
    const [text, word, printed] = await Promise.all(
      ['txt', 'docx', 'pdf'].map(async (extension) => parseMinutes(await read(extension))),
    );
    expect(text.meeting.date).toBe('2026-03-03');
    expect(text.nextMeetings).toEqual(['2026-04-07']);
    expect(text.items.length).toBeGreaterThanOrEqual(5);
    expect(text.items.map((i) => i.minute)).toEqual(expect.arrayContaining(['43', '44', '45']));
    expect(word).toEqual(text);
    expect(printed).toEqual(text);
  });
});
