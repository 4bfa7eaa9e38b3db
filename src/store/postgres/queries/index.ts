// The statements on the log's tables as one object (SQL): the reads (reads.ts) and the writes (writes.ts).
//
// Every statement the PostgreSQL store runs on the log's tables, in this folder. Values always
// travel as parameters ($1, $2, …), never in the text. Lists of rows travel as one `json`
// parameter read with json_to_recordset: one statement for one item or for ten thousand.
// The tables are named without a schema: each transaction puts the log's schema on the
// search_path first (database.ts).
import { READS } from './reads.js';
import { WRITES } from './writes.js';

export const SQL = { ...READS, ...WRITES } as const;
