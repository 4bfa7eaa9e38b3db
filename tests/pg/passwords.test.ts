// A server that asks for a password, as a council's does: the built binary signs in with
// SCRAM (PostgreSQL's default) and with the older md5, and a wrong password is one line that
// does not repeat it. The driver's hashing is loaded only when a server asks for a password
// (scripts/lib/build-plugins.mjs), so this is the test that it still is, when asked.
// A server of its own, since the shared test server trusts every local connection.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(__dirname, '../../bin/actionlog.js');
const programs = spawnSync('bash', ['scripts/pg-server.sh', 'find'], { encoding: 'utf8' });
const skip = programs.status === 0 ? false : `no PostgreSQL server programs to start a server that asks for passwords`;

let folder = '';

beforeAll(async () => {
  if (skip) return;
  // Short: a socket's path must fit in 107 bytes.
  folder = mkdtempSync('/tmp/actionlog-pgpw-');
  const started = spawnSync('bash', ['scripts/pg-server.sh', 'start', folder], { encoding: 'utf8', timeout: 120_000 });
  if (started.status !== 0) throw new Error(`could not start a server: ${started.stderr}`);
  const hba = path.join(folder, 'data', 'pg_hba.conf');
  writeFileSync(hba, `local all scram_clerk scram-sha-256\nlocal all md5_clerk md5\n${readFileSync(hba, 'utf8')}`);
  const restarted = spawnSync('bash', ['scripts/pg-server.sh', 'restart', folder, 'fast'], { encoding: 'utf8' });
  if (restarted.status !== 0) throw new Error(`could not restart the server: ${restarted.stderr}`);
  const admin = new pg.Client({ connectionString: started.stdout.trim() });
  await admin.connect();
  try {
    for (const [role, method, password] of [
      ['scram_clerk', 'scram-sha-256', 'correct horse'],
      ['md5_clerk', 'md5', 'battery staple'],
    ]) {
      await admin.query(`SET password_encryption = '${method}'`);
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
      await admin.query(`GRANT CREATE ON DATABASE postgres TO ${role}`);
    }
  } finally {
    await admin.end();
  }
}, 180_000);

afterAll(() => {
  if (folder) spawnSync('bash', ['scripts/pg-server.sh', 'stop', folder]);
});

function actionlog(user: string, password: string, args: string[]) {
  const data = `postgresql://${user}:${encodeURIComponent(password)}@localhost/postgres?host=${folder}&schema=${user}_log`;
  const result = spawnSync(process.execPath, [BIN, ...args, '--data', data], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: folder, NO_COLOR: '1', TZ: 'Europe/London' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(skip)('a server that asks for a password', () => {
  it.each([
    ['SCRAM', 'scram_clerk', 'correct horse'],
    ['md5', 'md5_clerk', 'battery staple'],
  ])('signs in with %s and works the log', (_method, user, password) => {
    expect(actionlog(user, password, ['init'])).toMatchObject({ code: 0 });
    expect(actionlog(user, password, ['committee', 'add', 'audit', '--name', 'Audit Committee'])).toMatchObject({
      code: 0,
    });
    const listed = actionlog(user, password, ['committee', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ slug: 'audit', name: 'Audit Committee' }]);
  });

  it('refuses a wrong password in one line that does not repeat it', () => {
    const refused = actionlog('scram_clerk', 'wrong secret', ['committee', 'list']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/password/);
    expect(refused.stderr).not.toContain('wrong secret');
  });
});
