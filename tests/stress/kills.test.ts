// Bounded part (b) of `npm run stress`: writers killed mid-command and mid-write.
import { describe, expect, it } from 'vitest';
import { killedWriters } from '../../scripts/stress/kills.js';

describe('killed writers (bounded; the full run is npm run stress)', () => {
  it('5 SIGKILLs on a 3,000-item store: never corrupt, nothing lost, the next command gets in', async () => {
    const result = await killedWriters(3000, 5);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ corrupt: 0, lost: 0, slowOrFailedRecoveries: 0, leftovers: 0 });
  }, 120_000);
});
