// Where a PostgreSQL log is: the `--data` value that names it, taken apart without loading
// the driver. `postgres://user@host/db` (or `postgresql://…`) is a connection string as libpq
// reads it; `postgres:` alone means "the PG* environment" (PGHOST, PGDATABASE, PGUSER, …);
// either may end in `?schema=<name>` to keep the log in a schema other than `actionlog`.
// The location is shown to people (messages, history, help) only as `printable`, which never
// holds a password.
import { usageError } from '../../errors.js';

export const DEFAULT_SCHEMA = 'actionlog';

export interface PostgresLocation {
  kind: 'postgres';
  /** The connection string for the driver (without `schema`), or null for the PG* environment. */
  connectionString: string | null;
  /** The PostgreSQL schema holding the log's tables. */
  schema: string;
  /** The location without any password, for messages. */
  printable: string;
}

const SCHEME = /^postgres(?:ql)?:/i;
const ENVIRONMENT_ONLY = /^postgres(?:ql)?:(?:\?(.*))?$/i;
/** Lower-case, unquoted identifiers only: no quoting to get wrong, and the same name in psql. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export const isPostgresLocation = (value: string): boolean => SCHEME.test(value.trim());

export function parsePostgresLocation(value: string, env: NodeJS.ProcessEnv = process.env): PostgresLocation {
  const text = value.trim();
  const fromEnvironment = ENVIRONMENT_ONLY.exec(text);
  if (fromEnvironment) {
    const params = new URLSearchParams(fromEnvironment[1] ?? '');
    const schema = schemaFrom(params, text);
    const unknown = [...params.keys()].filter((key) => key !== 'schema');
    if (unknown.length > 0) {
      throw usageError(
        `"${redact(text)}" takes only ?schema=<name>; set the connection itself in the PG* environment (PGHOST, PGDATABASE, PGUSER) or give postgres://user@host/database`,
      );
    }
    return { kind: 'postgres', connectionString: null, schema, printable: environmentPrintable(env, schema) };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw notAConnectionString(text);
  }
  const saysWhere = url.host || url.searchParams.has('host') || url.pathname.length > 1;
  if (!/^postgres(?:ql)?:\/\//i.test(text) || !saysWhere) throw notAConnectionString(text);
  const schema = schemaFrom(url.searchParams, text);
  url.searchParams.delete('schema');
  const connectionString = url.toString();
  return { kind: 'postgres', connectionString, schema, printable: printableUrl(url, schema) };
}

function schemaFrom(params: URLSearchParams, text: string): string {
  const names = params.getAll('schema');
  if (names.length === 0) return DEFAULT_SCHEMA;
  const name = names.at(-1)!;
  if (names.length > 1 || !SCHEMA_NAME.test(name)) {
    throw usageError(
      `"${redact(text)}": schema "${names.join('", "')}" is not a schema name; use one name of lower-case letters, digits and _ (such as actionlog or scrutiny_log)`,
    );
  }
  return name;
}

function notAConnectionString(text: string) {
  return usageError(
    `"${redact(text)}" is not a PostgreSQL connection string; use postgres://user@host/database (add ?sslmode=verify-full for TLS, ?schema=<name> for a schema other than ${DEFAULT_SCHEMA}), or postgres: to use the PG* environment`,
  );
}

/** The URL as given, less any password (in the user part or as ?password=). */
function printableUrl(url: URL, schema: string): string {
  const shown = new URL(url.toString());
  shown.password = '';
  shown.searchParams.delete('password');
  if (schema !== DEFAULT_SCHEMA) shown.searchParams.set('schema', schema);
  return shown.toString();
}

/** `postgres:` shown with what the environment makes of it, as libpq would fill it in. */
function environmentPrintable(env: NodeJS.ProcessEnv, schema: string): string {
  const user = env.PGUSER || env.USER || '';
  const host = env.PGHOST || 'localhost';
  const port = env.PGPORT ? `:${env.PGPORT}` : '';
  const database = env.PGDATABASE || user;
  const where = host.startsWith('/') ? `${user}@/${database}?host=${host}` : `${user}@${host}${port}/${database}`;
  return `postgres: (from the PG* environment: ${where}${schema === DEFAULT_SCHEMA ? '' : `, schema ${schema}`})`;
}

/**
 * Text a user typed, with anything that may be a password removed: from the first `:` after
 * `//` to the last `@`, and a `password=` parameter. For a value that is not a valid URL, so
 * it errs on the side of removing too much.
 */
export function redact(text: string): string {
  const start = text.indexOf('//');
  const at = text.lastIndexOf('@');
  const colon = start === -1 ? -1 : text.indexOf(':', start + 2);
  const shown = colon !== -1 && colon < at ? text.slice(0, colon) + text.slice(at) : text;
  return shown.replace(/([?&]password=)[^&#]*/gi, '$1…');
}
