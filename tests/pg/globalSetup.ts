// Once per test run: where the PostgreSQL tests find their server (see server.ts). With
// ACTIONLOG_TEST_PG set (.ci/run sets it), that server; else a folder in which the first test
// file that needs a server starts a throwaway one, which this stops when the run ends.
// Runs that need no server start none.
import { chmodSync, mkdtempSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

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
  if (!given) sweepEmptyFolders();
  const folder = given ? '' : mkdtempSync('/tmp/actionlog-pg-');
  if (folder) chmodSync(folder, 0o755);
  project.provide('pgUrl', given);
  project.provide('pgFolder', folder);
  return () => {
    if (folder) spawnSync('bash', ['scripts/pg-server.sh', 'stop', `${folder}/server`], { stdio: 'ignore' });
    if (folder) spawnSync('rm', ['-rf', folder]);
  };
}

/**
 * A run stopped before its teardown (killed, or its output's pipe closed) leaves its folder
 * behind; one that never started a server leaves it empty. Those more than an hour old are
 * removed (rmdir removes only an empty folder: one holding a server is left for its owner).
 */
function sweepEmptyFolders(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync('/tmp')) {
    if (!name.startsWith('actionlog-pg-')) continue;
    try {
      if (statSync(`/tmp/${name}`).mtimeMs < hourAgo) rmdirSync(`/tmp/${name}`);
    } catch {
      // Not empty, not ours, or gone already.
    }
  }
}
