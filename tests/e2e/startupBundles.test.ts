// Start-up speed: the Word, Excel, mail and calendar libraries are loaded only by the code
// that writes those files (src/render/papers.ts loads them with import()). No command's
// bundle, nor the entry, may carry them. Run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const DIST = path.resolve(__dirname, '../../dist');
// A string from each library's own code: OOXML namespaces (docx, exceljs), MIME (nodemailer), iCalendar.
const HEAVY = /schemas\.openxmlformats\.org|Content-Transfer-Encoding|BEGIN:VCALENDAR/;

it('no command bundle carries the docx, exceljs, nodemailer or ical-generator code', () => {
  const bundles = readdirSync(DIST).filter((name) => /^(main|cmd-[\w-]+)\.js$/.test(name));
  expect(bundles.length).toBeGreaterThan(5);
  for (const name of bundles) expect(readFileSync(path.join(DIST, name), 'utf8'), name).not.toMatch(HEAVY);
});
