import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A scratch folder of the run's own for temporary files (tests/harness/scratch.ts), and where
    // the PostgreSQL tests find a server (tests/pg/server.ts; starts none by itself).
    globalSetup: ['tests/harness/scratch.ts', 'tests/pg/globalSetup.ts'],
    // Spawned binaries must not inherit a colour level or NODE_ENV from the runner.
    env: { FORCE_COLOR: '0', NO_COLOR: '1' },
  },
});
