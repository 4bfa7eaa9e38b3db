// The one door to the data. Commands see only these interfaces, and openStore is the one place
// a backend is chosen: from --data (or ACTIONLOG_DATA), a PostgreSQL database for a value that
// starts postgres: or postgresql:, else the JSON file at that path (location.ts). Everything is
// async and asks for what it needs — the committees and calendars, the items a query names,
// one item — so that a database answers from its indexes, in one transaction per change,
// rather than loading the whole log for each command (docs/development.md).
import { FileStore } from './fileStore.js';
import type { ActionStore, StoreOptions } from './interface.js';
import { LazyStore } from './lazyStore.js';
import { parseDataLocation } from './location.js';

export type { ActionStore, Actor, Initialised, LogSize, LogView, StoreOptions, StoreTransaction } from './interface.js';
export { isEmptyLog, sizeOf } from './interface.js';
export type { ItemQuery } from './query.js';
export type { JournalEntry, StoreData } from './format.js';
export { normaliseItemId } from './itemId.js';
export { emptyStore } from './format.js';
export { unknownCommittee } from './transaction.js';

/**
 * The store at this location (a file path, or a postgres: location); nothing is opened until
 * it is used. `options` are the command line's wishes (StoreOptions), honoured by both backends.
 */
export function openStore(
  value: string,
  options: StoreOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ActionStore {
  const location = parseDataLocation(value, env);
  if (location.kind === 'file') return new FileStore(location.path, options);
  // The PostgreSQL store and the driver load only now, as a bundle of their own.
  return new LazyStore(
    location.printable,
    async () => new (await import('./postgres/store.js')).PostgresStore(location, options),
  );
}
