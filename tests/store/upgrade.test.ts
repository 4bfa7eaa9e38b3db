// A log written by an older actionlog keeps working: it is read in today's shape, and written
// so by the next change. Version 2 added owners' contact details; version 3 (issue 12) items'
// owners, movedFrom and the "next" due. tests/fixtures/stores/sample-v1.json and
// sample-v2.json are the bundled sample as it was at those versions.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { StoreFile } from '../../src/store/jsonFile.js';
import { SCHEMA_VERSION } from '../../src/store/format.js';
import { upgradeStore } from '../../src/store/upgrade.js';

const V1 = 'tests/fixtures/stores/sample-v1.json';
const V2 = 'tests/fixtures/stores/sample-v2.json';
const copyOf = (source: string): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-upgrade-')), 'log.json');
  copyFileSync(source, file);
  return file;
};

describe('reading an older log', () => {
  it("gives each item owners (its one owner, or none) and movedFrom null, in the store's field order", async () => {
    const v1 = JSON.parse(readFileSync(V1, 'utf8'));
    const data = (await new StoreFile(V1).read())!;
    expect(data.schema).toBe(SCHEMA_VERSION);
    expect(data.owners).toEqual([]);
    expect(data.items).toHaveLength(v1.items.length);
    data.items.forEach((item, i) => {
      expect(item.owners).toEqual(v1.items[i].owner === null ? [] : [v1.items[i].owner]);
      expect(item.movedFrom).toBeNull();
      const keys = Object.keys(item);
      expect(keys.indexOf('movedFrom')).toBe(keys.indexOf('committee') + 1);
      expect(keys.indexOf('owners')).toBe(keys.indexOf('owner') + 1);
    });
    // The undo records hold items too: an undo after the upgrade puts back version 2 items.
    const replaced = data.journal.flatMap((entry) => entry.undo?.replacedItems ?? []);
    expect(replaced.length).toBeGreaterThan(0);
    for (const item of replaced) expect(item.owners).toEqual(item.owner === null ? [] : [item.owner]);
  });

  it('version 2 is the bundled sample as it was: read, it is the sample as it now is', async () => {
    const data = (await new StoreFile(V2).read())!;
    expect(JSON.stringify(data, null, 1) + '\n').toBe(readFileSync('data/actionlog.json', 'utf8'));
  });

  it('is written at the current version by the next change, the version 1 file kept as the backup', async () => {
    const file = copyOf(V1);
    const store = openStore(file);
    await store.transact('committee add', { at: '2025-11-20T09:00:00.000Z', by: 'clerk' }, async (tx) => {
      await tx.addCommittee({ slug: 'icb', name: 'LLR ICB Board' });
    });
    expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe(SCHEMA_VERSION);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(readFileSync(V1, 'utf8'));
    expect((await store.view({ ids: ['A4'] })).items[0].owners).toEqual(['LLR ICB']);
  });

  it('a damaged version 1 log is still refused, saying where', async () => {
    const file = copyOf(V1);
    const broken = JSON.parse(readFileSync(V1, 'utf8'));
    broken.items[2].status = 'finished';
    writeFileSync(file, JSON.stringify(broken));
    await expect(new StoreFile(file).read()).rejects.toThrow(/is not a valid action log at \/items\/2\/status/);
  });

  it('leaves alone what is not an older log, and what in one is not an item', () => {
    for (const data of [null, 7, 'text', [], { schema: 9, items: [{ owner: 'x', committee: 'c' }] }]) {
      const before = JSON.stringify(data);
      expect(JSON.stringify(upgradeStore(data))).toBe(before);
    }
    expect(upgradeStore({ schema: 2, items: [null, 3, { id: 'A1' }], journal: 'none' })).toEqual({
      schema: 3,
      items: [null, 3, { id: 'A1' }],
      journal: 'none',
    });
  });
});
