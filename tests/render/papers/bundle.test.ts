// The paper writers as the build will ship them once commands use them: src/render/papers.ts
// and src/replies/index.ts load every writer and reader with import(), and the build's own
// plugin (scripts/lib/build-plugins.mjs, lazyModules) makes each a lazy bundle with its
// library inside (docx, exceljs, nodemailer, ical-generator: none needs to be external).
// Bundled here with the options of scripts/build.mjs, then run.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyModules } from '../../../scripts/lib/build-plugins.mjs';
import { carryForward } from '../../../src/domain/carryForward.js';
import { chaseLetter } from '../../../src/render/chase/letter.js';
import { chaseList } from '../../../src/domain/chase.js';
import { meetingCalendar } from '../../../src/domain/meetingCalendar.js';
import { papersLog, TARGET, TODAY } from './log.js';

const outdir = mkdtempSync(path.join(tmpdir(), 'actionlog-papers-bundle-'));
// As `common` in scripts/build.mjs.
const common: BuildOptions = {
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'error',
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join(' '),
  },
};

beforeAll(async () => {
  const lazy = new Map<string, string>();
  await build({
    ...common,
    entryPoints: { papers: 'src/render/papers.ts', replies: 'src/replies/index.ts' },
    plugins: [lazyModules(lazy)],
  });
  for (const built = new Set<string>(); lazy.size > built.size;) {
    const next = Object.fromEntries([...lazy].filter(([name]) => !built.has(name)));
    for (const name of Object.keys(next)) built.add(name);
    await build({ ...common, entryPoints: next, plugins: [lazyModules(lazy)] });
  }
}, 120_000);

const load = async (name: string) => import(pathToFileURL(path.join(outdir, `${name}.js`)).href);

describe('the paper writers, bundled as the build bundles them', () => {
  it('the entries are small: each library is in the lazy bundle of the writer that needs it', () => {
    for (const entry of ['papers', 'replies']) {
      const code = readFileSync(path.join(outdir, `${entry}.js`), 'utf8');
      expect(code.length).toBeLessThan(40_000);
      expect(code).not.toMatch(/openxmlformats|BEGIN:VCALENDAR|Content-Transfer-Encoding/);
    }
    expect(readFileSync(path.join(outdir, 'lazy-render-xlsx-index.js'), 'utf8')).toContain('openxmlformats');
  });

  it('each writer runs from its bundle', async () => {
    const papers = await load('papers');
    const replies = await load('replies');
    const log = papersLog();
    const list = carryForward(log, 'jhsc', TARGET, TODAY);
    const docx: Buffer = await papers.carryForwardDocx(list, { council: 'Leicester City Council' });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xlsx: Buffer = await papers.carryForwardXlsx(list);
    expect((await replies.readReplySheet(xlsx, 'list.xlsx')).rows.map((r: { id: string }) => r.id).sort()).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
    ]);
    const owner = chaseList(log, { owner: 'icb' }, [], TODAY).owners[0];
    const letter = chaseLetter(owner, { today: TODAY }, 'attachment');
    expect((await papers.letterEml(letter)).toString()).toMatch(/^Content-Type: multipart\/mixed/m);
    expect((await papers.letterDocx(letter)).subarray(0, 2).toString()).toBe('PK');
    expect(await papers.meetingsIcs(meetingCalendar(log, {}, TODAY), { today: TODAY })).toMatch(/^BEGIN:VCALENDAR/);
  });
});
