import { describe, expect, it } from 'vitest';
import { categorise } from '../../src/minutes/classify.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('recommending something to a body', () => {
  it('is a recommendation whether "that" follows the body or the thing recommended does', () => {
    expect(categorise('to recommend to Full Council the adoption of the revised parking policy')).toBe('recommendation');
  });

  it('reads an imperative "Recommend to …" clause under "RESOLVED to:"', () => {
    const text = `Minutes of the meeting of the Cabinet held on 2 February 2026

Present: Cllr Lowe (Leader)

1   Apologies

1.1 None.

6   Parking Policy

6.1 Cabinet RESOLVED to:
    1. Recommend to Full Council the adoption of the revised parking policy.

7   Close

7.1 The meeting ended at 11am.
`;
    expect(parseMinutes(text).items.map((i) => i.category)).toContain('recommendation');
  });
});
