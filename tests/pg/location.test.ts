// A PostgreSQL --data value taken apart without the driver: connection string, schema, and
// a printable form that never holds the password; bad values refused with one line.
import { describe, expect, it } from 'vitest';
import { ActionlogError } from '../../src/errors.js';
import { isPostgresLocation, parsePostgresLocation, redact } from '../../src/store/postgres/location.js';
import { clientConfig, connect } from '../../src/store/postgres/connection.js';

const env = {
  PGHOST: 'db.council.local',
  PGPORT: '5433',
  PGDATABASE: 'democracy',
  PGUSER: 'clerk',
  PGPASSWORD: 'hunter2',
};

function refusal(value: string): ActionlogError {
  try {
    parsePostgresLocation(value, env);
  } catch (error) {
    return error as ActionlogError;
  }
  throw new Error(`accepted ${value}`);
}

describe('a PostgreSQL location', () => {
  it('is a value starting postgres: or postgresql:, in any case; anything else is a file', () => {
    for (const value of [
      'postgres://h/db',
      'postgresql://h/db',
      'POSTGRES://h/db',
      'postgres:',
      ' postgresql:?schema=x ',
    ])
      expect(isPostgresLocation(value)).toBe(true);
    for (const value of [
      'actionlog.json',
      './postgres/log.json',
      '/srv/postgres:log.json',
      'C:\\logs\\a.json',
      'pg://h/db',
    ])
      expect(isPostgresLocation(value)).toBe(false);
  });

  it('keeps the connection string for the driver, and the schema apart from it', () => {
    const location = parsePostgresLocation(
      'postgres://clerk@db.council.local:5433/democracy?sslmode=verify-full&schema=scrutiny',
      env,
    );
    expect(location).toEqual({
      kind: 'postgres',
      connectionString: 'postgres://clerk@db.council.local:5433/democracy?sslmode=verify-full',
      schema: 'scrutiny',
      printable: 'postgres://clerk@db.council.local:5433/democracy?sslmode=verify-full&schema=scrutiny',
    });
    expect(parsePostgresLocation('postgresql://clerk@db/democracy', env).schema).toBe('actionlog');
    expect(parsePostgresLocation('postgresql:///democracy?host=/var/run/postgresql', env).connectionString).toBe(
      'postgresql:///democracy?host=%2Fvar%2Frun%2Fpostgresql',
    );
  });

  it('never shows the password, in the user part or as a parameter', () => {
    const location = parsePostgresLocation(
      'postgres://clerk:s3cr%40t@db.council.local/democracy?password=other&sslmode=require',
      env,
    );
    expect(location.printable).toBe('postgres://clerk@db.council.local/democracy?sslmode=require');
    expect(location.connectionString).toContain('s3cr%40t');
    expect(redact('postgres://clerk:p@ss:w/rd@db/x?password=abc&x=1')).not.toMatch(/p@ss|rd@|abc/);
  });

  it('postgres: alone takes the connection from the PG* environment, shown without its password', () => {
    const location = parsePostgresLocation('postgres:', env);
    expect(location.connectionString).toBeNull();
    expect(location.schema).toBe('actionlog');
    expect(location.printable).toBe('postgres: (from the PG* environment: clerk@db.council.local:5433/democracy)');
    expect(location.printable).not.toContain('hunter2');
    expect(parsePostgresLocation('postgresql:?schema=scrutiny', env).printable).toBe(
      'postgres: (from the PG* environment: clerk@db.council.local:5433/democracy, schema scrutiny)',
    );
  });

  it('refuses a bad value with one line saying what is accepted, without the password (exit 2)', () => {
    for (const [value, why] of [
      ['postgres://', /is not a PostgreSQL connection string; use postgres:\/\/user@host\/database/],
      ['postgres:democracy', /is not a PostgreSQL connection string/],
      ['postgres://clerk:secret@db:notaport/x', /is not a PostgreSQL connection string/],
      [
        'postgres://clerk:secret@db/x?schema=Bad-Name',
        /schema "Bad-Name" is not a schema name; use one name of lower-case letters, digits and _/,
      ],
      ['postgres://db/x?schema=a&schema=b', /schema "a", "b" is not a schema name/],
      ['postgres:?sslmode=require', /takes only \?schema=<name>; set the connection itself in the PG\* environment/],
    ] as const) {
      const error = refusal(value);
      expect(error.message).toMatch(why);
      expect(error.message).not.toContain('secret');
      expect(error.message).not.toContain('\n');
      expect(error.exitCode).toBe(2);
    }
  });
});

describe("the driver's settings", () => {
  it('sslmode keeps the meaning it has for psql: require encrypts without checking the certificate, verify-full checks it', () => {
    const config = (value: string) => clientConfig(parsePostgresLocation(value, {}), {});
    expect(config('postgres://db/x?sslmode=disable').ssl).toBe(false);
    expect(config('postgres://db/x?sslmode=require').ssl).toEqual({ rejectUnauthorized: false });
    expect(config('postgres://db/x?sslmode=verify-full').ssl).toEqual({});
    expect(config('postgres://db/x').ssl).toBeUndefined();
    expect(clientConfig(parsePostgresLocation('postgres:', {}), { PGSSLMODE: 'require' }).ssl).toEqual({
      rejectUnauthorized: false,
    });
    expect(clientConfig(parsePostgresLocation('postgres://db/x', {}), { PGSSLMODE: 'verify-full' }).ssl).toEqual({});
  });

  it('takes the password from the string, else PGPASSWORD, else asks ~/.pgpass when the server wants one', () => {
    expect(clientConfig(parsePostgresLocation('postgres://u:pw@db/x', {}), { PGPASSWORD: 'env' }).password).toBe('pw');
    expect(clientConfig(parsePostgresLocation('postgres://u@db/x', {}), { PGPASSWORD: 'env' }).password).toBe('env');
    expect(typeof clientConfig(parsePostgresLocation('postgres://u@db/x', {}), {}).password).toBe('function');
  });

  it('names itself actionlog to the server unless told otherwise, and gives up connecting after 10 s (or connect_timeout)', () => {
    const config = clientConfig(parsePostgresLocation('postgres://db/x', {}), {});
    expect(config.application_name).toBe('actionlog');
    expect(config.connectionTimeoutMillis).toBe(10_000);
    expect(
      clientConfig(parsePostgresLocation('postgres://db/x?connect_timeout=3&application_name=clerk', {}), {}),
    ).toMatchObject({
      application_name: 'clerk',
      connectionTimeoutMillis: 3000,
    });
  });
});

describe('settings that cannot work', () => {
  it('are refused with one line before connecting: a certificate file that is not there, verify-ca without its authority', async () => {
    const open = (value: string) => connect(parsePostgresLocation(value, {}), {});
    await expect(
      open('postgres://clerk:secret@db.invalid/x?sslmode=verify-full&sslrootcert=/no/such/ca.pem'),
    ).rejects.toThrow(
      /^cannot use postgres:\/\/clerk@db\.invalid\/x\?sslmode=verify-full&sslrootcert=%2Fno%2Fsuch%2Fca\.pem: there is no file \/no\/such\/ca\.pem$/,
    );
    await expect(open('postgres://db.invalid/x?sslmode=verify-ca')).rejects.toThrow(
      /: sslmode=verify-ca needs sslrootcert=</,
    );
  });

  it('a server that is not there: one line, without the password, exit 1', async () => {
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    const error = await connect(parsePostgresLocation('postgres://clerk:secret@127.0.0.1:1/democracy', {}), {}).then(
      () => new ActionlogError('connected'),
      (e: ActionlogError) => e,
    );
    expect(error.message).toBe(
      'cannot open the action log at postgres://clerk@127.0.0.1:1/democracy: the server refused the connection (is PostgreSQL running there, on that port?)',
    );
    expect(error.exitCode).toBe(1);
  });
});
