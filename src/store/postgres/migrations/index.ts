// The PostgreSQL schema, as the migrations that build it, oldest first. Each runs once, in
// order, inside the transaction that records it in schema_migrations (schemaVersions.ts); a migration
// is never edited once released, only followed by another. The statements run with the log's
// schema first on the search_path, so they name no schema.
//
// The tables hold what the file store holds (src/store/schema.ts), and the constraints refuse
// what its check refuses: a status, type, category or due kind outside the lists, an id not
// like A12, a due without its date, two items with one id, an item of an unknown committee.
// Calendar days are `date`s (the database refuses 30 February); instants are kept as the text
// actionlog wrote. History values and undo records are `json`, which keeps the text it was
// given (key order included), where `jsonb` would reorder keys and the file written back
// would differ from the original. `ordinal` keeps each list in the order the file has it.
import { VERSION_1 } from './version1.js';
import { VERSION_2 } from './version2.js';
import { VERSION_3 } from './version3.js';
import { VERSION_4 } from './version4.js';
import { VERSION_5 } from './version5.js';
import { VERSION_6 } from './version6.js';
import { VERSION_7 } from './version7.js';
import { VERSION_8 } from './version8.js';
import { VERSION_9 } from './version9.js';
import type { Migration } from './migration.js';

export const MIGRATIONS: readonly Migration[] = [
  VERSION_1,
  VERSION_2,
  VERSION_3,
  VERSION_4,
  VERSION_5,
  VERSION_6,
  VERSION_7,
  VERSION_8,
  VERSION_9,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;
