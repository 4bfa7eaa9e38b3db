// The hand-written store check (storeCheck.ts) must give TypeBox's verdict on the schema
// (schema.ts) for every store: valid ones as generated, and broken ones made by changing,
// removing or adding one value anywhere in a store, at random and at every kind of place.
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { generateStore } from '../../scripts/lib/generate-store.js';
import { seededRandom, type Random } from '../../scripts/lib/random.js';
import { StoreSchema } from '../../src/store/schema.js';
import { isValidStore } from '../../src/store/storeCheck.js';

const oracle = Compile(StoreSchema);

/** A small store that uses every part of the schema: deferrals, sign-off, a journal entry that replaced items. */
function richStore() {
  const store = generateStore({ items: 12, seed: 11, today: '2025-11-20' });
  store.journal.splice(0, store.journal.length - 2);
  // Set by hand, so that the test does not depend on the generator's mix at 60 items.
  store.items[1].signedOff = '2025-10-01';
  store.items[2].deferrals.push({
    at: '2025-09-01T09:00:00.000Z',
    from: { kind: 'meeting', meeting: '2025-09-01' },
    to: { kind: 'date', date: '2025-12-01' },
    reason: null,
  });
  store.items[3].deferrals.push({
    at: '2025-09-01T09:00:00.000Z',
    from: { kind: 'future' },
    to: { kind: 'future' },
    reason: 'awaiting the review',
  });
  store.journal.push({
    seq: store.journal.at(-1)!.seq + 1,
    at: '2025-11-20T10:00:00.000Z',
    by: 'clerk',
    command: 'update',
    summary: 'updated A1',
    undone: false,
    undo: {
      addedItems: [],
      replacedItems: [structuredClone(store.items[0])],
      committees: [structuredClone(store.committees[0])],
      meetings: [],
    },
  });
  return store;
}

/** Every path to a value in `value`, objects and arrays included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...paths(v, [...at, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) found.push(...paths(v, [...at, k]));
  return found;
}

const REPLACEMENTS: unknown[] = [
  null,
  true,
  false,
  0,
  1,
  -1,
  1.5,
  2 ** 53,
  '',
  'x',
  'A',
  'A12',
  'a12',
  'A1x',
  '2025-11-20',
  '2025-1-20',
  '2025-11-20 ',
  '２０２５-11-20',
  'open',
  'done',
  'action',
  'work-programme',
  'information',
  'meeting',
  'date',
  'future',
  [],
  [1],
  {},
  { kind: 'future' },
  { kind: 'meeting', meeting: '2025-11-20' },
  { kind: 'date', date: 'soon' },
  { slug: 'x', name: 'X' },
];

type Mutation = (store: unknown, random: Random, places: Places) => string;

/** Where a mutation may act, worked out once from the unbroken store. */
interface Places {
  values: (string | number)[][];
  objects: (string | number)[][];
}

function placesIn(store: unknown): Places {
  const all = paths(store);
  const valueAt = (p: (string | number)[]) =>
    p.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], store);
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return { values: all.filter((p) => p.length > 0), objects: all.filter((p) => isObject(valueAt(p))) };
}

function parentAndKey(store: unknown, path: (string | number)[]): [Record<string | number, unknown>, string | number] {
  let parent = store as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  return [parent, path.at(-1)!];
}

const mutations: Mutation[] = [
  (store, random, places) => {
    const path = random.pick(places.values);
    const [parent, key] = parentAndKey(store, path);
    const value = random.pick(REPLACEMENTS);
    parent[key] = structuredClone(value);
    return `${path.join('/')} = ${JSON.stringify(value)}`;
  },
  (store, random, places) => {
    const path = random.pick(places.values);
    const [parent, key] = parentAndKey(store, path);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return `removed ${path.join('/')}`;
  },
  (store, random, places) => {
    const path = random.pick(places.objects);
    const target = path.length
      ? (parentAndKey(store, path)[0][path.at(-1)!] as Record<string, unknown>)
      : (store as Record<string, unknown>);
    target.extra = random.pick(REPLACEMENTS);
    return `added ${path.join('/')}/extra`;
  },
];

describe('the store check', () => {
  it('accepts generated stores of every size, as TypeBox does', () => {
    for (const [items, seed] of [
      [0, 1],
      [1, 2],
      [500, 3],
      [3000, 4],
    ]) {
      const store = generateStore({ items, seed });
      expect(oracle.Check(store)).toBe(true);
      expect(isValidStore(store)).toBe(true);
    }
    expect(isValidStore(richStore())).toBe(true);
  });

  it('agrees with TypeBox on thousands of stores with one value changed, removed or added', () => {
    const random = seededRandom(2026);
    const base = richStore();
    const places = placesIn(base);
    let rejected = 0;
    for (let run = 0; run < 3000; run++) {
      const store = structuredClone(base);
      const what = random.pick(mutations)(store, random, places);
      const expected = oracle.Check(store);
      if (!expected) rejected++;
      expect(isValidStore(store), what).toBe(expected);
    }
    // The mutations must mostly break the store, or the test proves little.
    expect(rejected).toBeGreaterThan(1200);
  });

  it('agrees with TypeBox on every field of an item, the journal and the top level set to each kind of wrong value', () => {
    const base = richStore();
    const places = paths(base).filter(
      (p) => p.length > 0 && (p[0] !== 'items' || p[1] === 0) && (p[0] !== 'meetings' || p[1] === 0),
    );
    for (const path of places) {
      for (const value of REPLACEMENTS) {
        const store = structuredClone(base);
        const [parent, key] = parentAndKey(store, path);
        parent[key] = structuredClone(value);
        expect(isValidStore(store), `${path.join('/')} = ${JSON.stringify(value)}`).toBe(oracle.Check(store));
      }
    }
  });

  it('rejects what is not a store at all', () => {
    for (const value of [null, undefined, 0, 'store', [], {}, { schema: 2 }]) {
      expect(isValidStore(value)).toBe(false);
      expect(oracle.Check(value)).toBe(false);
    }
  });
});
