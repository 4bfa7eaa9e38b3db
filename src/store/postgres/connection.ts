// Opening a connection to the log's server with node-postgres, as libpq would from the same
// connection string and PG* environment: `sslmode` means what it means to psql, and a password
// comes from the connection string, PGPASSWORD or ~/.pgpass. What goes wrong is one line that
// names the location without its password.
import pg from 'pg';
import { parse, toClientConfig } from 'pg-connection-string';
import pgpass from 'pgpass';
import { failure } from '../../errors.js';
import type { PostgresLocation } from './location.js';

const DATE_OID = 1082;
const INT8_OID = 20;
const CONNECT_TIMEOUT_MS = 10_000;

// Calendar days stay the text the store uses ("2025-11-27"): the driver would make them
// Dates at local midnight. Counts and sequence numbers (bigint) are well within a number.
const types = new pg.TypeOverrides();
types.setTypeParser(DATE_OID, (text: string) => text);
types.setTypeParser(INT8_OID, (text: string) => Number(text));

/** Connections begun before the store asked for one (connectEarly), by the connection string. */
const early = new Map<string | null, Promise<pg.Client>>();

/**
 * Begins connecting to a log as the program starts (main.ts), so that the server's work of
 * starting a session overlaps the loading of the command's own code; `connect` then takes
 * this connection. A failure is not reported here: `connect` reports it, once, when the
 * command first uses the log. A connection the command never takes says goodbye at exit.
 */
export function connectEarly(location: PostgresLocation): void {
  const pending = connect(location);
  early.set(location.connectionString, pending);
  pending.then(
    (client) => process.once('exit', () => early.get(location.connectionString) === pending && void client.end()),
    () => undefined,
  );
}

export async function connect(location: PostgresLocation, env: NodeJS.ProcessEnv = process.env): Promise<pg.Client> {
  const begun = env === process.env ? early.get(location.connectionString) : undefined;
  if (begun) {
    early.delete(location.connectionString);
    return begun;
  }
  let config: pg.ClientConfig;
  try {
    config = clientConfig(location, env);
  } catch (error) {
    throw failure(`cannot use ${location.printable}: ${settingProblem(error)}`);
  }
  const client = new pg.Client(config);
  // A connection lost between statements (the server restarted) is reported by the next
  // statement; without a listener the driver's 'error' event would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw connectionFailure(error, location);
  }
  return client;
}

export function clientConfig(location: PostgresLocation, env: NodeJS.ProcessEnv = process.env): pg.ClientConfig {
  const parsed = location.connectionString === null ? null : parse(location.connectionString, { useLibpqCompat: true });
  const given = parsed === null ? {} : toClientConfig(parsed);
  const seconds = Number(parsed?.connect_timeout ?? env.PGCONNECT_TIMEOUT);
  return {
    ...given,
    ssl: given.ssl ?? sslFromEnvironment(env),
    // The driver calls a password function with the parameters it resolved (its types say without).
    password: given.password || env.PGPASSWORD || (passwordFromFile as unknown as () => Promise<string>),
    application_name: given.application_name ?? env.PGAPPNAME ?? 'actionlog',
    connectionTimeoutMillis: seconds > 0 ? seconds * 1000 : CONNECT_TIMEOUT_MS,
    keepAlive: true,
    // Statements sent together go to the server at once, each answered in turn, rather than
    // each sent when the one before has been answered: a report's reads (database.ts,
    // readAtOnce) then cost the server's time and the program's, overlapped, not added up.
    pipeline: true,
    types,
  };
}

/** PGSSLMODE and the certificate variables, read with libpq's meaning (as the connection string is). */
function sslFromEnvironment(env: NodeJS.ProcessEnv): pg.ClientConfig['ssl'] {
  const params = new URLSearchParams();
  const variables = {
    sslmode: env.PGSSLMODE,
    sslrootcert: env.PGSSLROOTCERT,
    sslcert: env.PGSSLCERT,
    sslkey: env.PGSSLKEY,
  };
  for (const [name, value] of Object.entries(variables)) if (value) params.set(name, value);
  if ([...params.keys()].length === 0) return undefined;
  return toClientConfig(parse(`postgres://localhost/?${params}`, { useLibpqCompat: true })).ssl;
}

/** ~/.pgpass (or PGPASSFILE), as libpq reads it; asked only when the server wants a password. */
function passwordFromFile(parameters: {
  host: string;
  port: number;
  database: string;
  user: string;
}): Promise<string | undefined> {
  const { host, port, database, user } = parameters;
  return new Promise((resolve) => pgpass({ host, port: String(port), database, user }, resolve));
}

/** What is wrong with the connection's settings (a certificate file that cannot be read, say). */
function settingProblem(error: unknown): string {
  const { code, path, message = '' } = error as { code?: string; path?: string; message?: string };
  if (code === 'ENOENT' && path) return `there is no file ${path}`;
  if (code && path) return `cannot read ${path} (${code})`;
  if (/verify-ca requires specifying a CA/.test(message))
    return 'sslmode=verify-ca needs sslrootcert=<the file of the certificate authority to check the server against>';
  return message.split('\n')[0];
}

/** Why a connection could not be made, in one line. Driver and system messages carry no password. */
export function connectionFailure(error: unknown, location: PostgresLocation) {
  return failure(`cannot open the action log at ${location.printable}: ${reasonFor(error)}`);
}

export function reasonFor(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code ?? '') {
    case 'ECONNREFUSED':
      return 'the server refused the connection (is PostgreSQL running there, on that port?)';
    case 'ENOENT':
      return 'there is no server socket there (is PostgreSQL running, with that host folder?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'no such host';
    case 'ETIMEDOUT':
      return 'the server did not answer in time';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the server closed the connection';
    case '28P01':
      return `${message} (check the password in the connection string, PGPASSWORD or ~/.pgpass)`;
    case '3D000':
      return `${message} (create it, or check the database name)`;
  }
  if (/client password must be a string/.test(message ?? '')) {
    return 'the server wants a password and none was given (put it in ~/.pgpass, or set PGPASSWORD)';
  }
  if (/timeout expired/i.test(message ?? '')) return 'the server did not answer in time';
  return (message ?? String(error)).split('\n')[0];
}
