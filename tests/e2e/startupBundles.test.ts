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

// The PostgreSQL store and its driver are loaded only for a postgres: location: a command on a
// file never reads them. A string from the driver (its SCRAM login) and one from our SQL.
const POSTGRES = /SCRAM-SHA-256|json_to_recordset/;

it('no command bundle, nor the entry or shared code, carries node-postgres or the PostgreSQL store; their own bundle does', () => {
  const names = readdirSync(DIST).filter((name) => name.endsWith('.js'));
  const startup = names.filter((name) => /^(main|shared|cmd-[\w-]+)\.js$/.test(name));
  expect(startup.length).toBeGreaterThan(5);
  for (const name of startup) expect(readFileSync(path.join(DIST, name), 'utf8'), name).not.toMatch(POSTGRES);
  const postgres = names.filter((name) => POSTGRES.test(readFileSync(path.join(DIST, name), 'utf8')));
  expect(postgres.length).toBeGreaterThan(0);
  expect(postgres.every((name) => name.startsWith('lazy-store-postgres-'))).toBe(true);
});
