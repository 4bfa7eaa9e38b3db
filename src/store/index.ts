// The one door to the data. Commands see only these interfaces: the JSON file behind them
// (fileStore.ts) is one backend; a server database can be another (docs/development.md).
// Everything is async and asks for what it needs — the committees and calendars, the items
// a query names, one item — so that a database answers from its indexes, in one transaction
// per change, rather than loading the whole log for each command.
import { FileStore } from './fileStore.js';
import type { ActionStore, StoreOptions } from './interface.js';

export type { ActionStore, Actor, LogView, StoreOptions, StoreTransaction } from './interface.js';
export type { ItemQuery } from './query.js';
export type { JournalEntry, StoreData } from './format.js';
export { normaliseItemId } from './itemId.js';
export { emptyStore } from './format.js';
export { unknownCommittee } from './transaction.js';

export function openStore(location: string, options: StoreOptions = {}): ActionStore {
  return new FileStore(location, options);
}
