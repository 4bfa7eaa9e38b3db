// The built CLI sets one V8 flag after start-up (src/main.ts: the young generation grows in
// one step). Node documents such flags as unsafe in general; this test holds every write to
// the same bytes with the flag and without it (ACTIONLOG_V8_DEFAULTS=1), on a store large
// enough for the young generation to grow while it is read and changed.
import { copyFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_TODAY, generateStore } from '../../scripts/lib/generate-store.js';
import { actionlog, bytes, tempStore } from './cli.js';

/** The store's text with each change's instant (the clock's) taken out: all else must be equal. */
const withoutInstants = (text: string) => text.replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/g, '"<instant>"');

describe('the V8 flag set after start-up', () => {
  it('changes no byte that a write makes', () => {
    const data = generateStore({ items: 4000, seed: 3 });
    const original = tempStore();
    writeFileSync(original.data, `${JSON.stringify(data, null, 1)}\n`);
    const committee = data.committees[0].slug;
    const held = data.meetings
      .filter((m) => m.committee === committee && !m.cancelled && m.date < GENERATED_TODAY)
      .at(-1)!.date;
    const open = data.items.find((i) => i.status === 'open' && i.committee === committee)!.id;
    const writes = [
      ['add', 'Figures on ambulance handover times to be circulated', '-c', committee, '-m', held, '--owner', 'UHL'],
      ['update', open, '--note', 'Letter sent'],
      ['done', open, '--note', 'Circulated on 3 July'],
      ['meeting', 'add', committee, '2027-01-14'],
      ['undo'],
    ];
    const runs: Record<string, string>[] = [{}, { ACTIONLOG_V8_DEFAULTS: '1' }];
    const stores = runs.map((env) => {
      const store = tempStore();
      copyFileSync(original.data, store.data);
      for (const args of writes) {
        const result = actionlog(store.data, [...args, '--as-of', GENERATED_TODAY, '--by', 'clerk'], undefined, env);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
      }
      // Read back and checked whole: the new item is there, the undone meeting is not.
      expect(
        actionlog(store.data, ['show', 'A4001', '--json', '--as-of', GENERATED_TODAY], undefined, env).json(),
      ).toMatchObject({ owner: 'UHL' });
      expect(
        actionlog(store.data, ['meeting', 'list', committee, '--json'], undefined, env)
          .json()
          .map((m: { date: string }) => m.date),
      ).not.toContain('2027-01-14');
      return withoutInstants(bytes(store.data));
    });
    expect(stores[0]).toBe(stores[1]);
    expect(stores[0]).not.toBe(withoutInstants(bytes(original.data)));
  });
});
