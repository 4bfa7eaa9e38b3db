// Bounded part (b) of `npm run stress`: writers killed mid-command and mid-write (the file),
// clients killed inside their transaction (PostgreSQL).
import { afterAll, describe, expect, it } from 'vitest';
import { killedWriters } from '../../scripts/stress/kills.js';
import { postgresBackend } from '../../scripts/stress/logs.js';
import { killedClients } from '../../scripts/stress/pgKills.js';
import { POSTGRES } from '../backends.js';
import { server } from '../pg/server.js';

describe('killed writers (bounded; the full run is npm run stress)', () => {
  it('on the JSON file, 5 SIGKILLs on a 3,000-item store: never corrupt, nothing lost, the next command gets in', async () => {
    const result = await killedWriters(3000, 5);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ corrupt: 0, lost: 0, slowOrFailedRecoveries: 0, leftovers: 0 });
  }, 120_000);

  describe.skipIf(Boolean(POSTGRES.skipReason))(
    `on PostgreSQL${POSTGRES.skipReason ? ` (skipped: ${POSTGRES.skipReason})` : ''}`,
    () => {
      const backend = server.url ? postgresBackend(server.url) : null;
      afterAll(() => backend?.dispose());

      it('5 clients killed inside their transaction on a 3,000-item log: nothing partial, nothing lost, the next command gets in', async () => {
        const result = await killedClients(3000, 5, backend!);
        expect(result.problems).toEqual([]);
        expect(result).toMatchObject({ midTransaction: 5, partial: 0, lost: 0, slowOrFailedRecoveries: 0 });
      }, 180_000);
    },
  );
});
