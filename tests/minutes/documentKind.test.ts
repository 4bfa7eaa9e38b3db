import { describe, expect, it } from 'vitest';
import { isForwardPlan, ownBody } from '../../src/minutes/documentKind.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('isForwardPlan', () => {
  it('knows a forward plan of key decisions: nothing in it is decided yet', () => {
    const plan = 'Harbour District Council\nFORWARD PLAN OF KEY DECISIONS\nDate of decision: 10 March 2026\nRecommendation: That the Director be asked to report to the Scrutiny Committee within six months.';
    expect(isForwardPlan(plan.split('\n'))).toBe(true);
    expect(parseMinutes(plan)).toEqual({ meeting: { date: null }, nextMeetings: [], items: [], noted: [] });
  });

  it('does not mistake minutes that mention the forward plan', () => {
    expect(isForwardPlan(['Minutes of the Cabinet held on 3 March 2026', '4. Forward plan', 'RESOLVED that the forward plan be noted.'])).toBe(false);
  });
});

describe('ownBody', () => {
  it('reads the body\'s own name in its minutes as "the Committee"', () => {
    const own = ownBody(['Minutes of the Cabinet held on Tuesday 17 March 2026 at 10.00 am']);
    expect(own('the results be reported to Cabinet in September 2026')).toBe('the results be reported to the Committee in September 2026');
    expect(own('the Cabinet Member for Transport be consulted')).toBe('the Cabinet Member for Transport be consulted');
  });

  it('changes nothing when the heading names no body', () => {
    expect(ownBody(['Minutes of the meeting held on 3 March 2026'])('submitted to Cabinet')).toBe('submitted to Cabinet');
  });

  it('makes "reported to Cabinet in September" in Cabinet\'s minutes an item for its own agenda', () => {
    const p = parseMinutes('Minutes of the Cabinet held on Tuesday 17 March 2026\n\n88. Transport plan\nDecision:\n(1) That the plan be approved for consultation.\n(2) That the results of the consultation be reported to Cabinet in September 2026.');
    expect(p.items.map((i) => [i.ref, i.category, i.due])).toEqual([['2', 'work-programme', { kind: 'month', month: 'September' }]]);
  });
});
