import { describe, expect, it } from 'vitest';
import { isForwardPlan } from '../../src/minutes/documentKind.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('isForwardPlan', () => {
  it('knows a forward plan of key decisions: nothing in it is decided yet', () => {
    const plan =
      'Harbour District Council\nFORWARD PLAN OF KEY DECISIONS\nDate of decision: 10 March 2026\nRecommendation: That the Director be asked to report to the Scrutiny Committee within six months.';
    expect(isForwardPlan(plan.split('\n'))).toBe(true);
    expect(parseMinutes(plan)).toEqual({ meeting: { date: null }, nextMeetings: [], items: [], noted: [] });
  });

  it('does not mistake minutes that mention the forward plan', () => {
    expect(
      isForwardPlan([
        'Minutes of the Cabinet held on 3 March 2026',
        '4. Forward plan',
        'RESOLVED that the forward plan be noted.',
      ]),
    ).toBe(false);
  });
});
