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

/** Invented decision record of a cabinet: each decision followed by its record's fields. */
const record = (field: string, tag: string) =>
  [
    'Kelmarsh Borough Council',
    'CABINET - RECORD OF DECISIONS',
    'Meeting held on Tuesday 10 March 2026',
    '',
    'CAB 21   Allotments strategy',
    '',
    'Decision:       Cabinet approved the allotments strategy.',
    'Reasons:        The waiting list has doubled.',
    field,
    tag,
    'Wards:          All',
  ].join('\n');

describe("a decision record's fields above its lead officer are no errand", () => {
  it.each([
    ['Call-in deadline: 5.00 pm, Friday 20 March 2026', 'Lead officer:   Ann Holt, Head of Parks'],
    ['Call-in deadline: not applicable', 'Lead officer: Director of Place'],
    ['Call-in expiry: 18 March 2026 (parts 1 and 2 only)', 'Lead officer:   Ann Holt'],
    ['Alternatives considered: to do nothing - rejected.', 'Lead officer: Head of Parks'],
    ['Date of publication: 11 March 2026', 'Lead officer:   Ann Holt, Head of Parks'],
  ])('%s over %s proposes nothing of its own', (field, tag) => {
    const items = parseMinutes(record(field, tag)).items;
    expect(items.filter((i) => /call-in|alternatives|publication/i.test(i.text))).toEqual([]);
  });

  // near-miss: a paragraph of the discussion over an owner's tag is still that owner's errand
  it('a sentence over "Action: Ann Holt" is still her errand', () => {
    const text = record('The deadline for bids to be extended to 30 April.', 'Action: Ann Holt');
    const items = parseMinutes(text).items.filter((i) => /deadline for bids/i.test(i.text));
    expect(items.length).toBe(1);
    expect(items[0].owner).toBe('Ann Holt');
  });
});
