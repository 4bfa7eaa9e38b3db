// A change that has to wait for another clerk's save says so, rather than seeming to hang:
// on a file, waiting for its lock; on PostgreSQL, for the log row another change holds.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachBackend, holdLogRow, type TestBackend } from '../backends.js';
import { actionlog, folderOf, seededStore } from './cli.js';

const BIN = path.resolve(__dirname, '../../bin/actionlog.js');

/** Another actionlog in the middle of a change; the function ends it. */
async function anotherChange(backend: TestBackend, data: string): Promise<() => Promise<void>> {
  if (backend.kind === 'postgres') {
    const holder = await holdLogRow(data);
    return async () => {
      await holder.query('ROLLBACK');
      await holder.end();
    };
  }
  // Its lock directory, kept fresh so that it is not taken for a dead one.
  mkdirSync(`${data}.lock`);
  return async () => rmSync(`${data}.lock`, { recursive: true });
}

forEachBackend((backend) => {
  describe('waiting for another change', () => {
    it(
      'says so on stderr after a second, then makes the change once the other is done',
      { timeout: 30_000 },
      async () => {
        const { data: file } = seededStore(backend);
        const finish = await anotherChange(backend, file);
        const child = spawn(
          process.execPath,
          [BIN, 'add', 'Added while another change was saving', '-c', 'jhsc', '-m', '2025-06-16'],
          {
            env: {
              PATH: process.env.PATH,
              HOME: folderOf(file),
              ACTIONLOG_DATA: file,
              NO_COLOR: '1',
              TZ: 'Europe/London',
            },
          },
        );
        let stderr = '';
        let stdout = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.stdout.on('data', (chunk) => (stdout += chunk));
        const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));

        // The notice comes a second after the command asks for the lock: not before, and (however
        // slowly a busy machine starts Node) soon after.
        const started = Date.now();
        while (stderr === '' && Date.now() - started < 15_000) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
        expect(stderr).toBe('Waiting for another change to finish…\n');
        await finish();

        expect(await exited).toBe(0);
        expect(stdout).toMatch(/^Added A4 /);
        expect(stderr).toBe('Waiting for another change to finish…\n');
        expect(actionlog(file, ['show', 'A4', '--json']).json().text).toBe('Added while another change was saving');
      },
    );

    it('a change that need not wait says nothing of it', () => {
      const { data: file } = seededStore(backend);
      const result = actionlog(file, ['done', 'A1']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
    });
  });
});
