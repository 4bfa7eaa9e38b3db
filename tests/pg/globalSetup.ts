// Once per test run: where the PostgreSQL tests find their server (see server.ts). With
// ACTIONLOG_TEST_PG set (.ci/run sets it), that server; else a folder in which the first test
// file that needs a server starts a throwaway one, which this stops when the run ends.
// Runs that need no server start none.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { RUN_PID_FILE } from '../harness/leftovers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server's URL when one was given; '' for none. */
    pgUrl: string;
    /** Where a throwaway server is started on demand; '' when a URL was given. */
    pgFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  const given = process.env.ACTIONLOG_TEST_PG ?? '';
  // Under /tmp: a Unix socket's path must be short. Readable by the server's user (postgres, as root).
  const folder = given ? '' : mkdtempSync('/tmp/actionlog-pg-');
  if (folder) chmodSync(folder, 0o755);
  // (so that a later run can tell this run's folder, and its server, from a killed run's)
  if (folder) writeFileSync(`${folder}/${RUN_PID_FILE}`, `${process.pid}\n`);
  project.provide('pgUrl', given);
  project.provide('pgFolder', folder);
  return () => {
    if (folder) spawnSync('bash', ['scripts/pg-server.sh', 'stop', `${folder}/server`], { stdio: 'ignore' });
    if (folder) spawnSync('rm', ['-rf', folder]);
  };
}
