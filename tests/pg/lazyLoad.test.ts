// Choosing the store from --data loads no PostgreSQL code: the driver and the PostgreSQL store
// are reached only through import(), which the build makes a bundle of its own.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseDataLocation } from '../../src/store/location.js';

describe('choosing the store', () => {
  it('a postgres: or postgresql: value is a database, anything else a file path', () => {
    expect(parseDataLocation('postgres://clerk@db/democracy', {})).toMatchObject({
      kind: 'postgres',
      schema: 'actionlog',
    });
    expect(parseDataLocation('postgresql:', { PGHOST: 'db' })).toMatchObject({
      kind: 'postgres',
      connectionString: null,
    });
    expect(parseDataLocation('/srv/committees/actionlog.json', {})).toEqual({
      kind: 'file',
      path: '/srv/committees/actionlog.json',
      printable: '/srv/committees/actionlog.json',
    });
  });

  it('openStore loads the PostgreSQL store and the driver only when a PostgreSQL log is used', async () => {
    const result = await build({
      entryPoints: ['src/store/index.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: 'lazy-check',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
    const entry = outputs.find(([, output]) => output.entryPoint === 'src/store/index.ts')!;
    const loaded = (output: (typeof outputs)[number][1]) => Object.keys(output.inputs);
    expect(
      loaded(entry[1]).filter((input) =>
        /node_modules\/(pg|pg-[^/]+|pgpass|postgres-[^/]+|split2)\/|store\/postgres\/(?!location)/.test(input),
      ),
    ).toEqual([]);
    const everything = outputs.flatMap(([, output]) => loaded(output));
    expect(everything.some((input) => input.includes('node_modules/pg/'))).toBe(true);
  });
});
