// The store format's version and an empty store: plain values that every command needs.
// They live apart from schema.ts so that reading a store does not load TypeBox (see
// storeCheck.ts for the check itself, and schema.ts for the schema and its explanations).
import type { StoreData } from './schema.js';

export const SCHEMA_VERSION = 1;

export function emptyStore(): StoreData {
  return { schema: SCHEMA_VERSION, nextItemNumber: 1, committees: [], meetings: [], items: [], journal: [] };
}
