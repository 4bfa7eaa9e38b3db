// Bounded part (a) of `npm run stress`: writers at once on one store lose nothing.
import { describe, expect, it } from 'vitest';
import { parallelWriters } from '../../scripts/stress/writers.js';

describe('parallel writers (bounded; the full run is npm run stress)', () => {
  it('4 writers × 10 commands: every change kept, ids unique, no command failed', async () => {
    const result = await parallelWriters(4, 10);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ commands: 40, failed: 0, lost: 0, duplicateIds: 0 });
  }, 120_000);
});
