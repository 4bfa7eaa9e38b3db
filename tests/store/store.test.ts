import { mkdtempSync, readFileSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createItem } from '../../src/domain/lifecycle.js';
import { openStore, type ActionStore } from '../../src/store/index.js';
import { emptyStore, SCHEMA_VERSION } from '../../src/store/schema.js';

const actor = { at: '2025-06-20T09:00:00.000Z', by: 'clerk' };
let file: string;
let store: ActionStore;

beforeEach(async () => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-store-')), 'log.json');
  store = openStore(file);
  await store.init();
});

async function addItem(text: string): Promise<string> {
  return store.transact('add', actor, async (tx) => {
    const item = createItem(
      {
        id: await tx.newItemId(),
        type: 'action',
        category: 'action',
        committee: 'jhsc',
        text,
        owner: null,
        source: { meeting: '2025-06-16', minute: null, ref: null },
        due: { kind: 'future' },
      },
      actor,
    );
    await tx.addItem(item);
    tx.summary = `added ${item.id}`;
    return item.id;
  });
}

describe('the store file', () => {
  it('starts empty with a schema version, and init leaves an existing store alone', async () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(emptyStore());
    await addItem('one');
    expect(await store.init()).toEqual({ created: false, upgraded: null });
    expect((await store.read()).items).toHaveLength(1);
  });

  it('reads a log written by version 1 (no owners) and writes it back at the current version at the next change', async () => {
    const v1: Record<string, unknown> = { ...emptyStore(), schema: 1 };
    delete v1.owners;
    writeFileSync(file, JSON.stringify(v1, null, 1) + '\n');
    expect((await store.read()).owners).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe(1); // reading changes nothing
    await addItem('one');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.schema).toBe(SCHEMA_VERSION);
    expect(Object.keys(written)).toEqual(Object.keys(emptyStore()));
    expect(written.owners).toEqual([]);
  });

  it('keeps the previous version beside the store', async () => {
    await addItem('one');
    const before = readFileSync(file, 'utf8');
    await addItem('two');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(before);
  });

  it('gives ids that are never reused, even after undo', async () => {
    expect(await addItem('one')).toBe('A1');
    await store.undo(actor);
    expect(await addItem('two')).toBe('A2');
  });

  it('undo reverses exactly the last change and says what it was', async () => {
    await addItem('one');
    await addItem('two');
    const undone = await store.undo(actor);
    expect(undone?.summary).toBe('added A2');
    expect((await store.read()).items.map((i) => i.id)).toEqual(['A1']);
    expect((await store.undo(actor))?.summary).toBe('added A1');
    expect(await store.undo(actor)).toBeNull();
  });

  it('a change that throws writes nothing', async () => {
    await addItem('one');
    const before = readFileSync(file, 'utf8');
    await expect(
      store.transact('add', actor, async (tx) => {
        await tx.addItem({ ...(await tx.item('A1')), id: await tx.newItemId() });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a change that changes nothing writes nothing', async () => {
    const before = readFileSync(file, 'utf8');
    await store.transact('noop', actor, async () => undefined);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('loses nothing when many changes run at once', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => addItem(`item ${i}`)));
    const ids = (await store.read()).items.map((i) => i.id);
    expect(new Set(ids).size).toBe(20);
  });
});

describe('a store that cannot be trusted', () => {
  it.each([
    ['invalid JSON', '{"schema": 1,', /not valid JSON .* line 1, column 14/],
    ['the wrong shape', '{"schema": 1, "items": "lots"}', /not a valid action log at \//],
    ['a bad status deep inside', null, /\/items\/0\/status/],
    ['a newer schema', '{"schema": 9}', /newer actionlog \(schema 9/],
    ['zero bytes', '', /is empty/],
  ])('%s: exit 1, says where, and is never written to', async (_name, content, message) => {
    if (content === null) {
      await addItem('one');
      content = readFileSync(file, 'utf8').replace('"status": "open"', '"status": "finished"');
    }
    writeFileSync(file, content);
    await expect(store.read()).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(message) });
    await expect(addItem('two')).rejects.toMatchObject({ exitCode: 1 });
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('a missing store says how to create one', async () => {
    await expect(openStore(`${file}.missing`).read()).rejects.toThrow(/actionlog init/);
  });

  it('a read-only store is refused before writing', async () => {
    chmodSync(file, 0o444);
    const before = readFileSync(file, 'utf8');
    await expect(addItem('one')).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/read-only/) });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
