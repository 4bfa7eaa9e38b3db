// A standing arrangement decided for this body: a paper it will receive at a frequency is a
// standing item of its work programme (due at no one meeting); a practice its members will keep
// at every such meeting is how they work, nothing to track. Neither is an errand.
import { describe, expect, it } from 'vitest';
import { ownBodyOf, type OwnBody } from '../../src/minutes/bodies.js';
import { classify } from '../../src/minutes/classify.js';

const panel: OwnBody = ownBodyOf(['Minutes of the Environment Scrutiny Panel held on 14 January 2026']);
const kind = (text: string) => classify(text, panel).category;

describe('a paper this body receives at a frequency', () => {
  it.each([
    'That the Panel continue to receive the performance data in its current format on a quarterly basis',
    'That the Panel continues to receive the budget monitoring report quarterly.',
    'The Panel to continue to receive the risk register every six months.',
    'That the Panel receive the complaints report annually.',
    'to continue to consider the enforcement figures at each meeting',
  ])('%s → a standing work-programme item', (text) => {
    expect(kind(text)).toBe('work-programme');
  });
});

describe('a practice the members keep at each meeting', () => {
  it.each([
    'That Panel Members consider and raise any issues with the Commissioner at the meeting following receipt of the quarterly data',
    'That Members raise any questions on the monthly figures with the Clerk before each meeting.',
  ])('%s → noted', (text) => {
    expect(kind(text)).toBe('noted');
  });
});

describe('is not read into', () => {
  it.each([
    ['That officers continue to liaise with the school.', 'noted'],
    ['That Members advocate for the strategy at every opportunity and nominate a member of staff.', 'action'],
    ['That the Panel receive a report on the quarterly figures at its March meeting.', 'work-programme'],
    ['That officers provide the quarterly figures to Members.', 'information'],
  ])('%s → %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });
});
