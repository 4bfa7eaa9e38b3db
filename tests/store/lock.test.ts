// The lock around every save: one taken over by another process is noticed before writing.
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../src/store/lock.js';

describe('withLock', () => {
  it('refuses to write once another process has made the lock its own', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-lock-')), 'log.json');
    await expect(
      withLock(file, async (assertHeld) => {
        assertHeld();
        // What a second waiter does when it wrongly judges our lock stale: remove it and make its own.
        rmdirSync(`${file}.lock`);
        mkdirSync(`${file}.lock`);
        assertHeld();
      }),
    ).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/lost the lock .*another actionlog took it over.*nothing was written/),
    });
  });

  it('a lock still held makes others wait, then they get it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-lock-')), 'log.json');
    const order: string[] = [];
    await Promise.all([
      withLock(file, async () => {
        order.push('first in');
        await new Promise((resolve) => setTimeout(resolve, 200));
        order.push('first out');
      }),
      new Promise((resolve) => setTimeout(resolve, 20)).then(() => withLock(file, async () => order.push('second'))),
    ]);
    expect(order).toEqual(['first in', 'first out', 'second']);
  });
});

describe('waiting for the lock', () => {
  it('gives up after ACTIONLOG_LOCK_TIMEOUT_MS with one line saying the store is locked', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-lock-')), 'log.json');
    const saved = process.env.ACTIONLOG_LOCK_TIMEOUT_MS;
    process.env.ACTIONLOG_LOCK_TIMEOUT_MS = '300';
    try {
      const started = Date.now();
      await withLock(file, async () => {
        await expect(withLock(file, async () => 'never')).rejects.toMatchObject({
          exitCode: 1,
          message: expect.stringMatching(/is locked by another actionlog \(waited 0 s\); try again$/),
        });
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    } finally {
      if (saved === undefined) delete process.env.ACTIONLOG_LOCK_TIMEOUT_MS;
      else process.env.ACTIONLOG_LOCK_TIMEOUT_MS = saved;
    }
  });
});
