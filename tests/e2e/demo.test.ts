// `npm run demo` (scripts/demo.mjs) shows the main job on a copy of the sample log, writes the
// papers to a folder it names and keeps, and leaves nothing behind in the temporary folder
// where it worked, unless asked to keep it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function demo(args: string[] = []) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'actionlog-demo-test-'));
  const papers = path.join(scratch, 'papers');
  const result = spawnSync(process.execPath, ['scripts/demo.mjs', '--papers', papers, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TMPDIR: scratch, NO_COLOR: '1', TZ: 'Europe/London' },
  });
  return { ...result, scratch, papers };
}

describe('npm run demo', () => {
  it('shows the main job, keeps the papers in the folder it names, and removes its temporary folder', () => {
    const { status, stdout, stderr, scratch, papers } = demo();
    expect(status).toBe(0);
    expect(stdout).toMatch(/\$ actionlog overdue --as-of 2025-11-20/);
    expect(stdout).toMatch(/Carried forward/);
    expect(stdout).toContain(`The papers are in ${papers}`);
    expect(readdirSync(scratch)).toEqual(['papers']);
    expect(readdirSync(papers).sort()).toEqual(['carry-forward.docx', 'chair-report.html', 'chase']);
    expect(readdirSync(path.join(papers, 'chase')).some((f) => f.endsWith('.eml'))).toBe(true);
    // stderr has only the lines saying where each paper went.
    for (const line of stderr.trim().split('\n')) expect(line).toMatch(/^(Wrote |Warning: no email address)/);
  });

  it('with --keep, keeps the copy of the log as well, and says where', () => {
    const { status, stdout, scratch } = demo(['--keep']);
    expect(status).toBe(0);
    const folder = readdirSync(scratch).find((f) => f.startsWith('actionlog-demo-'));
    expect(folder).toBeDefined();
    const store = path.join(scratch, folder!, 'actionlog.json');
    expect(existsSync(store)).toBe(true);
    expect(stdout).toContain(`The copy of the log is kept too: ${store}`);
  });
});
