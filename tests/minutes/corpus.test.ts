// The targets of issue 4, measured on the labelled minutes beside the repository.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { loadCorpus, SHARED } from '../../scripts/lib/minutes-corpus.js';
import { scoreFile, TARGETS, totals } from '../../scripts/lib/score-minutes.js';

describe.skipIf(!existsSync(SHARED))('minutes parser against the labelled minutes', () => {
  for (const set of ['seeds', 'minutes-dev'] as const) {
    it(`meets the targets on ${set}`, () => {
      const scores = loadCorpus(set).map((file) => scoreFile(parseMinutes(file.text), file.expected));
      const figures = totals(scores);
      for (const [name, target] of Object.entries(TARGETS[set])) {
        expect(figures[name as keyof typeof figures], name).toBeGreaterThanOrEqual(target!);
      }
    });
  }
});
