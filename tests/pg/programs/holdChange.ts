// A client that dies mid-change: opens a change on the log at argv[2], adds an item and a
// journal entry, says "holding" and waits, never committing, until it is killed.
import { LogDatabase } from '../../../src/store/postgres/database.js';
import { parsePostgresLocation } from '../../../src/store/postgres/location.js';
import { makeItem } from '../../factories.js';

const db = await LogDatabase.open(parsePostgresLocation(process.argv[2]));
await db.change(async (log) => {
  const id = await log.takeItemId();
  await log.addItems([makeItem({ id })]);
  await log.appendJournal(
    { at: '2025-06-20T09:00:00.000Z', by: 'doomed', command: 'add', summary: `added ${id}`, undone: false, undo: null },
    100,
  );
  process.stdout.write('holding\n');
  await new Promise(() => undefined);
});
