import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RUN_PID_FILE, sweepLeftovers } from './leftovers.js';

describe("the run's scratch folder", () => {
  it('holds the temporary files the tests make', () => {
    expect(path.basename(tmpdir())).toMatch(/^actionlog-tests-/);
  });
});

describe('sweeping the folders of test runs stopped before their teardown', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sweep-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const folder = (name: string, pid?: number): string => {
    const dir = path.join(root, name);
    mkdirSync(dir);
    if (pid !== undefined) writeFileSync(path.join(dir, RUN_PID_FILE), `${pid}\n`);
    return dir;
  };
  const aged = (dir: string): string => {
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    utimesSync(dir, twoHoursAgo, twoHoursAgo);
    return dir;
  };
  // a process that has been and gone
  const ended = spawnSync(process.execPath, ['-e', '0']).pid!;

  it("removes a killed run's folder, with what it holds", () => {
    const dir = folder('actionlog-pg-killed', ended);
    mkdirSync(path.join(dir, 'server'));
    writeFileSync(path.join(dir, 'server', 'url'), 'postgresql://nowhere\n');
    sweepLeftovers(root);
    expect(existsSync(dir)).toBe(false);
  });

  it('leaves the folder of a run that still lives, however old', () => {
    const dir = aged(folder('actionlog-pg-running', process.pid));
    sweepLeftovers(root);
    expect(existsSync(dir)).toBe(true);
  });

  it('removes an unnamed folder only when it is empty and more than an hour old', () => {
    const old = aged(folder('actionlog-pg-old'));
    const fresh = folder('actionlog-pg-fresh');
    const holding = folder('actionlog-pg-holding');
    writeFileSync(path.join(holding, 'proposal.json'), '{}');
    aged(holding);
    sweepLeftovers(root);
    expect([existsSync(old), existsSync(fresh), existsSync(holding)]).toEqual([false, true, true]);
  });

  it('touches nothing else in the folder it sweeps', () => {
    const other = aged(folder('someone-else', ended));
    sweepLeftovers(root);
    expect(existsSync(other)).toBe(true);
  });
});
