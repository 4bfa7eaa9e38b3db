// The whole of a PostgreSQL log as text, every table's rows in a fixed order: what the tests
// compare to show that a refused command changed nothing (tests/backends.ts), read under the
// store rather than through it.  node tests/pg/programs/dump.mjs <url with ?schema=>
import pg from 'pg';

const url = new URL(process.argv[2]);
const schema = url.searchParams.get('schema') ?? 'actionlog';
url.searchParams.delete('schema');
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
try {
  const { rows: tables } = await client.query(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
    [schema],
  );
  for (const { table_name: table } of tables) {
    if (table === 'schema_migrations') continue; // when each migration ran, not the log
    const { rows } = await client.query(
      `SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') AS rows FROM "${schema}"."${table}" t`,
    );
    process.stdout.write(`-- ${table}\n${rows[0].rows}\n`);
  }
} finally {
  await client.end();
}
