// Where the log is, from --data (or ACTIONLOG_DATA): a PostgreSQL database when the value
// starts postgres: or postgresql:, else a file. Deciding needs no driver; the PostgreSQL
// store and its driver are loaded (a bundle of their own, index.ts) only when a location
// names one, so that the file store's start-up does not pay for them.
import path from 'node:path';
import { isPostgresLocation, parsePostgresLocation, type PostgresLocation } from './postgres/location.js';

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
