// Where the log is, from --data (or ACTIONLOG_DATA): a PostgreSQL database when the value
// starts postgres: or postgresql:, else a file. Deciding needs no driver; the PostgreSQL
// store and its driver are loaded (a bundle of their own) only when a location names one,
// so that the file store's start-up does not pay for them.
import path from 'node:path';
import { isPostgresLocation, parsePostgresLocation, type PostgresLocation } from './postgres/location.js';
import type { LogDatabase, OpenOptions } from './postgres/database.js';

export interface FileLocation {
  kind: 'file';
  path: string;
  printable: string;
}

export type DataLocation = FileLocation | PostgresLocation;

export function parseDataLocation(value: string, env: NodeJS.ProcessEnv = process.env): DataLocation {
  if (isPostgresLocation(value)) return parsePostgresLocation(value, env);
  const resolved = path.resolve(value);
  return { kind: 'file', path: resolved, printable: resolved };
}

/** A connection to the PostgreSQL log, loading the driver now. */
export async function openPostgresLog(location: PostgresLocation, options?: OpenOptions): Promise<LogDatabase> {
  const { LogDatabase } = await import('./postgres/database.js');
  return LogDatabase.open(location, options);
}
