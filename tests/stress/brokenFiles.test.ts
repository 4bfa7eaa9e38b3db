// Part (c) of `npm run stress`, in full: every kind of damaged store, through the binary.
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES, brokenFile } from '../../scripts/stress/brokenFiles.js';

describe('a broken store file', () => {
  it.each(BROKEN_CASES.map((c) => [c.name, c] as const))(
    '%s: exit 1, one line naming it, file untouched',
    async (_name, brokenCase) => {
      const result = await brokenFile(brokenCase);
      expect(result.problems).toEqual([]);
      expect(result.handled).toBe(true);
    },
  );
});
