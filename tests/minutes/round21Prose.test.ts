// Round 21, precision in the discussion: what the prose of a minute proposed that a clerk would not track — each rule
// tested on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { closesLogEntries } from '../../src/minutes/recordedDecisions.js';
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
    'RB would take part in the debate but not in the vote.',
    'Mrs Kaye will take no part in the decision on this item.',
    'Councillor Dunn said she would not take part in the voting.',
    'JR would take part in the debate but would not vote.',
  ])('%s is nothing to track', (text) => {
    expect(settledAtThisSitting(text)).toBe(true);
    expect(parseMinutes(committee(text)).items.map((i) => i.category)).toEqual([]);
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

/** Invented minutes set with the page's own "Action" column, an action log pasted inside one minute. */
const withColumn = (status: [string, string, string]) =>
  [
    'Larchfield Hospitals NHS Foundation Trust',
    'COUNCIL OF GOVERNORS - MINUTES',
    'Thursday 12 March 2026',
    '',
    '                                                                       Action',
    'CoG/26/20  Action log',
    '           The Council reviewed the action log:',
    '',
    '  Ref        Action                                   Owner   Due        Status',
    `  CoG/26/05  Staff canteen opening hours review       PB      Feb 2026   ${status[0]}`,
    '             for night shifts',
    `  CoG/26/09  Governor newsletter to be                JT      Feb 2026   ${status[1]}`,
    '             published online',
    `  CoG/26/11  Provide waiting list figures by          PB      Apr 2026   ${status[2]}`,
    '             specialty',
    '',
    '           The Council agreed to close the completed actions.',
    '',
    "CoG/26/21  Chair's report",
    '           The Council noted the report. The Chair to write to the',
    '           volunteers to thank them.                                   HL',
  ].join('\n');

describe("a log's status cell under the page's action column names no one", () => {
  it.each([
    [['Complete', 'Complete', 'Open'] as [string, string, string]],
    [['Closed', 'Done', 'In progress'] as [string, string, string]],
    [['Completed', 'Closed', 'Ongoing'] as [string, string, string]],
  ])("rows %j: the finished rows add nothing, the open one is the log's", (status) => {
    const items = parseMinutes(withColumn(status)).items;
    const texts = items.map((i) => i.text).join(' | ');
    expect(texts).not.toMatch(/canteen|newsletter|reviewed the action log|close the completed/i);
    // near-miss: the page's column still names who acts on the minute's own errand
    expect(items.find((i) => /write to the volunteers/i.test(i.text))?.owner).toBe('HL');
  });
});

describe('closing the finished rows of the log, none named, is a record', () => {
  it.each([
    'The Council agreed to close the completed actions.',
    'The Board agreed to close all completed actions.',
    'Members agreed to close the three completed actions.',
    'The Committee resolved to close the finished entries.',
    'It was agreed to close the actions marked complete.',
  ])('%s', (text) => {
    expect(closesLogEntries(text)).toBe(true);
  });

  it.each([
    // closing a place or a service is an errand, and "complete" as a verb is work to do
    'The Council agreed to close the completed car park on Sundays.',
    'The Board agreed to complete the actions before the audit.',
    'Officers to close the outstanding complaints by May.',
  ])('%s is not', (text) => {
    expect(closesLogEntries(text)).toBe(false);
  });
});
