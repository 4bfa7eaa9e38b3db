// Bounded part (a) of `npm run stress`: writers at once on one store lose nothing, on each backend.
import { afterAll, describe, expect, it } from 'vitest';
import { fileBackend, postgresBackend } from '../../scripts/stress/logs.js';
import { parallelWriters } from '../../scripts/stress/writers.js';
import { POSTGRES } from '../backends.js';
import { server } from '../pg/server.js';

describe('parallel writers (bounded; the full run is npm run stress)', () => {
  it('on the JSON file, 4 writers × 10 commands: every change kept, ids unique, no command failed', async () => {
    const result = await parallelWriters(4, 10, fileBackend());
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ commands: 40, failed: 0, lost: 0, duplicateIds: 0 });
  }, 120_000);

  describe.skipIf(Boolean(POSTGRES.skipReason))(
    `on PostgreSQL${POSTGRES.skipReason ? ` (skipped: ${POSTGRES.skipReason})` : ''}`,
    () => {
      const backend = server.url ? postgresBackend(server.url) : null;
      afterAll(() => backend?.dispose());

      it('4 writers × 10 commands through the binary, and 6 writer processes × 10 through main(): every change kept, ids unique', async () => {
        for (const [writers, via] of [
          [4, 'binary'],
          [6, 'client'],
        ] as const) {
          const result = await parallelWriters(writers, 10, backend!, via);
          expect(result.problems).toEqual([]);
          expect(result).toMatchObject({ commands: writers * 10, failed: 0, lost: 0, duplicateIds: 0 });
        }
      }, 180_000);
    },
  );
});
