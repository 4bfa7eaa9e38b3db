// Creating the log's schema and keeping it up to date: the migrations (migrations/) not yet
// applied run in order, each recorded in schema_migrations, all in one transaction with the
// caller's (database.ts): an upgrade is whole or not at all. Only `init` does this; every
// other command refuses a schema older or newer than the one it knows.
import type pg from 'pg';
import { failure } from '../../errors.js';
import type { PostgresLocation } from './location.js';
import type { Migration } from './migrations/migration.js';
import { VERSIONS_TABLE } from './migrations/versionsTable.js';
import { SCHEMA } from './sessionSql.js';

export interface SchemaChange {
  /** The version found: 0 where there was no log. */
  from: number;
  /** The version now. */
  to: number;
}

/** Runs inside a transaction it opens; the caller commits. */
export async function upgradeSchema(
  client: pg.Client,
  location: PostgresLocation,
  migrations: readonly Migration[],
  stage: (next: 'work') => void,
): Promise<SchemaChange> {
  const latest = migrations.at(-1)!.version;
  const { schema } = location;
  await client.query(SCHEMA.begin(schema));
  stage('work');
  await client.query(SCHEMA.lockInit, [schema]);
  // Create only what is missing: a role may use a schema its administrator made, without the
  // right to create one (and CREATE … IF NOT EXISTS asks for that right even when it exists).
  if ((await client.query(SCHEMA.exists, [schema])).rowCount === 0) await client.query(SCHEMA.create(schema));
  if ((await client.query(SCHEMA.versionsTableExists)).rows[0].exists !== true) await client.query(VERSIONS_TABLE);
  const from = (await client.query<{ version: number }>(SCHEMA.appliedVersion)).rows[0].version;
  if (from > latest) throw newerSchema(location, from, latest);
  for (const migration of migrations.filter((m) => m.version > from)) {
    await client.query(migration.sql);
    await client.query(SCHEMA.recordMigration, [migration.version, migration.name]);
  }
  return { from, to: Math.max(from, latest) };
}

/** As the file store refuses a file from a newer actionlog. */
export function newerSchema(location: PostgresLocation, version: number, latest: number) {
  return failure(
    `${location.printable} was written by a newer actionlog (database schema ${version}; this version knows up to ${latest}); upgrade actionlog`,
  );
}
