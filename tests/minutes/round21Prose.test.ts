// Round 21, precision in the discussion: what the prose of a minute proposed that a clerk would not track — each rule
// tested on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { settledAtThisSitting } from '../../src/minutes/untracked.js';

/** Invented minutes of a licensing committee, one discussion paragraph under minute 14. */
const committee = (sentence: string) =>
  [
    'Fernleigh District Council',
    'Licensing Committee',
    'Minutes of the meeting held on 3 March 2026',
    '',
    '14. Street trading policy',
    'The Licensing Manager introduced the report on the draft policy.',
    sentence,
    'RESOLVED: That the draft policy be noted.',
  ].join('\n');

describe("a member's part in this sitting's vote or debate is conduct of the meeting", () => {
  it.each([
    'Councillor Pell would take no part in the vote on item (9).',
    'Cllr Osei would take no part in the vote on Minute 17/26.',
    'Councillor Marr would take no part in the debate or the vote.',
    'TW would take part in the discussion but not in the decision.',
    'Mrs Kaye will take no part in the decision on this item.',
    'Councillor Dunn said she would not take part in the voting.',
    'JR would take part in the debate but would not vote.',
  ])('%s is nothing to track', (text) => {
    expect(settledAtThisSitting(text)).toBe(true);
    expect(parseMinutes(committee(text)).items.map((i) => i.kind)).toEqual([]);
  });

  it.each([
    // taking part in something outside the meeting is an errand
    'Councillor Pell would take part in the consultation events in April.',
    'Cllr Osei would take part in the site visit on 12 April.',
    // a debate at a later meeting is not this sitting's
    'Councillor Marr would take no part in the discussion at the next meeting.',
  ])('%s is not read so', (text) => {
    expect(settledAtThisSitting(text)).toBe(false);
  });
});
