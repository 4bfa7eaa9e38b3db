// The store file's shape, as a TypeBox schema, and what is wrong with a store that fails
// the check. The check every load runs (storeCheck.ts) is this schema written out by hand
// for speed, and held to TypeBox's verdict by tests; the types in format.ts are held equal to
// this schema's by tests/store/schemaTypes.test.ts. A command loads this module (and TypeBox)
// only to explain a store that failed the check.
import Type, { type Static, type TSchema } from 'typebox';
import { Errors } from 'typebox/value';
import { CATEGORIES, ITEM_TYPES, STATUSES } from '../domain/types.js';
import { SCHEMA_VERSION } from './format.js';
import { isValidStore } from './storeCheck.js';

export { SCHEMA_VERSION, emptyStore, type Inverse, type JournalEntry, type StoreData } from './format.js';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const OneOf = <const T extends string[]>(values: readonly [...T]) => Type.Enum(values);

const Due = Type.Union([
  Type.Object({ kind: Type.Literal('meeting'), meeting: IsoDate }),
  Type.Object({ kind: Type.Literal('date'), date: IsoDate }),
  Type.Object({ kind: Type.Literal('next'), after: IsoDate }),
  Type.Object({ kind: Type.Literal('future') }),
]);

const HistoryEntry = Type.Object({
  at: Type.String(),
  by: Type.String(),
  change: Type.String(),
  from: Type.Unknown(),
  to: Type.Unknown(),
  note: Nullable(Type.String()),
});

const Item = Type.Object({
  id: Type.String({ pattern: '^A\\d+$' }),
  type: OneOf(ITEM_TYPES),
  category: OneOf(CATEGORIES),
  committee: Type.String(),
  movedFrom: Nullable(Type.String()),
  text: Type.String(),
  owner: Nullable(Type.String()),
  owners: Type.Array(Type.String()),
  status: OneOf(STATUSES),
  source: Type.Object({ meeting: IsoDate, minute: Nullable(Type.String()), ref: Nullable(Type.String()) }),
  due: Due,
  originalDue: Due,
  deferrals: Type.Array(Type.Object({ at: Type.String(), from: Due, to: Due, reason: Nullable(Type.String()) })),
  lastNote: Nullable(Type.String()),
  signedOff: Nullable(IsoDate),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  history: Type.Array(HistoryEntry),
});

const Committee = Type.Object({
  slug: Type.String({ minLength: 1 }),
  name: Type.String(),
  council: Type.Optional(Type.String()),
});
const OwnerContact = Type.Object({
  name: Type.String({ minLength: 1 }),
  email: Nullable(Type.String()),
  contact: Nullable(Type.String()),
});
const Meeting = Type.Object({
  committee: Type.String(),
  date: IsoDate,
  cancelled: Type.Boolean(),
  movedTo: Nullable(IsoDate),
});

const Inverse = Type.Object({
  addedItems: Type.Array(Type.String()),
  replacedItems: Type.Array(Item),
  committees: Nullable(Type.Array(Committee)),
  meetings: Nullable(Type.Array(Meeting)),
  owners: Type.Optional(Type.Array(OwnerContact)),
});

const JournalEntry = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  at: Type.String(),
  by: Type.String(),
  command: Type.String(),
  summary: Type.String(),
  undone: Type.Boolean(),
  undo: Nullable(Inverse),
});

export const StoreSchema = Type.Object({
  schema: Type.Literal(SCHEMA_VERSION),
  nextItemNumber: Type.Integer({ minimum: 1 }),
  committees: Type.Array(Committee),
  meetings: Type.Array(Meeting),
  items: Type.Array(Item),
  owners: Type.Array(OwnerContact),
  journal: Type.Array(JournalEntry),
});

/** The types the schema describes, for tests/store/schemaTypes.test.ts to hold equal to format.ts's. */
export type SchemaTypes = {
  StoreData: Static<typeof StoreSchema>;
  JournalEntry: Static<typeof JournalEntry>;
  Inverse: Static<typeof Inverse>;
  Item: Static<typeof Item>;
  Committee: Static<typeof Committee>;
  Meeting: Static<typeof Meeting>;
  OwnerContact: Static<typeof OwnerContact>;
};

/** Null when valid, else where the first problem is and what it is. */
export function validationProblem(data: unknown): string | null {
  if (isValidStore(data)) return null;
  const [first] = Errors(StoreSchema, data);
  if (!first) return 'it does not match the action log format';
  // TypeBox's message, as part of a sentence (field names keep their case).
  return `${first.instancePath || '/'}: ${first.message.charAt(0).toLowerCase()}${first.message.slice(1)}`;
}
