// The store and its kept version on a shared folder: created with the user's umask but never
// world-writable, a team's chosen mode kept across saves, no temporary files left behind.
import { chmodSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { writeAtomic } from '../../src/store/atomicWrite.js';

const actor = { at: '2025-06-20T09:00:00.000Z', by: 'clerk' };
const mode = (file: string) => statSync(file).mode & 0o777;
const saved = process.umask();
afterEach(() => process.umask(saved));

async function storeWithTwoSaves(umask: number): Promise<string> {
  process.umask(umask);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-mode-')), 'log.json');
  const store = openStore(file);
  await store.init();
  await store.transact('committee add', actor, (tx) => tx.addCommittee({ slug: 'jhsc', name: 'JHSC' }));
  return file;
}

describe('file modes on a shared folder', () => {
  it.each([
    [0o022, 0o644],
    [0o002, 0o664],
    [0o077, 0o600],
    [0o000, 0o664],
  ])('umask %o: the store and its kept version are %o', async (umask, expected) => {
    const file = await storeWithTwoSaves(umask);
    expect(mode(file)).toBe(expected);
    expect(mode(`${file}.bak`)).toBe(expected);
  });

  it("keeps the team's mode when someone with a stricter umask saves, but never world-writable", async () => {
    const file = await storeWithTwoSaves(0o002);
    chmodSync(file, 0o660);
    process.umask(0o077);
    await openStore(file).transact('committee add', actor, (tx) => tx.addCommittee({ slug: 'hwb', name: 'HWB' }));
    expect(mode(file)).toBe(0o660);
    chmodSync(file, 0o666);
    await openStore(file).transact('committee add', actor, (tx) => tx.addCommittee({ slug: 'cab', name: 'Cabinet' }));
    expect(mode(file)).toBe(0o664);
  });

  it('leaves no temporary files, and clears those a killed writer left', async () => {
    const file = await storeWithTwoSaves(0o022);
    const dir = path.dirname(file);
    writeFileSync(path.join(dir, '.log.json.999999-deadbeef.tmp'), '{"half a');
    writeFileSync(path.join(dir, '.log.json.bak.999999-deadbeef.tmp'), '');
    writeFileSync(path.join(dir, 'notes.tmp'), 'not ours');
    await openStore(file).transact('committee add', actor, (tx) => tx.addCommittee({ slug: 'hwb', name: 'HWB' }));
    expect(readdirSync(dir).sort()).toEqual(['log.json', 'log.json.bak', 'notes.tmp']);
  });

  it('a failed commit removes its temporary file and leaves the old version', async () => {
    const file = await storeWithTwoSaves(0o022);
    const before = statSync(file).ino;
    await expect(
      writeAtomic(file, 'new', () => {
        throw new Error('lock lost');
      }),
    ).rejects.toThrow('lock lost');
    expect(statSync(file).ino).toBe(before);
    expect(readdirSync(path.dirname(file)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
