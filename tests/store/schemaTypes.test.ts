// The store's types are written once by hand (domain/types.ts, store/format.ts) and once as
// the TypeBox schema that checks a file (store/schema.ts): `npm run typecheck` fails here if
// the two ever differ, field by field.
import { describe, expectTypeOf, it } from 'vitest';
import type { Committee, Item, Meeting, OwnerContact } from '../../src/domain/types.js';
import type { Inverse, JournalEntry, StoreData } from '../../src/store/format.js';
import type { SchemaTypes } from '../../src/store/schema.js';

describe('the schema and the types', () => {
  it('describe the same data', () => {
    expectTypeOf<SchemaTypes['Item']>().toEqualTypeOf<Item>();
    expectTypeOf<SchemaTypes['Committee']>().toEqualTypeOf<Committee>();
    expectTypeOf<SchemaTypes['Meeting']>().toEqualTypeOf<Meeting>();
    expectTypeOf<SchemaTypes['OwnerContact']>().toEqualTypeOf<OwnerContact>();
    expectTypeOf<SchemaTypes['Inverse']>().toEqualTypeOf<Inverse>();
    expectTypeOf<SchemaTypes['JournalEntry']>().toEqualTypeOf<JournalEntry>();
    expectTypeOf<SchemaTypes['StoreData']>().toEqualTypeOf<StoreData>();
  });
});
