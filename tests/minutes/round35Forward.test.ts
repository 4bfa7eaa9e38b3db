// Round 35, forward business: work brought to a later meeting of this body typed as its work programme, not as an
// errand. Two forms, each written several ways in invented wording (an invented district audit committee), with
// near-misses that must keep their reading:
// - a matter to be held in this body's next paper of a kind, in the passive ("be included in the next performance
//   update", "would be explained in its next annual assurance report");
// - a matter added for a month, whatever it is called ("the Committee's self-assessment be added for March 2027").
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** The minutes of an invented audit committee, one minute with the given lines under its heading. */
const audit = (lines: string[]) =>
  parseMinutes(
    [
      'WESTMERE DISTRICT COUNCIL',
      'Minutes of the meeting of the Audit and Standards Committee held on Tuesday 10 November 2026',
      '',
      '22. INTERNAL AUDIT PROGRESS',
      'The Chief Internal Auditor presented the progress report.',
      ...lines,
      '',
      '23. DATE OF NEXT MEETING',
      'Tuesday 19 January 2027.',
    ].join('\n'),
  ).items;

const only = (items: ReturnType<typeof audit>) => {
  expect(items).toHaveLength(1);
  return items[0];
};

describe("a matter to be held in this body's next paper of a kind, in the passive, is work programme", () => {
  it.each([
    // no interval: the next meeting
    [
      'Members requested that sickness absence by directorate be included in the next performance update.',
      { kind: 'next' },
    ],
    [
      'RESOLVED: That the write-off figures be covered in the next treasury update to this Committee.',
      { kind: 'next' },
    ],
    // a paper that comes at intervals: its next one is at a meeting to come, not said which
    ['It was agreed that the missed inspection would be explained in its next annual assurance report.', null],
    ['RESOLVED: That the counter-fraud caseload be shown in the next quarterly progress report.', null],
  ])('%s', (line, due) => {
    const item = only(audit([line]));
    expect(item.category).toBe('work-programme');
    expect(item.due).toEqual(due);
  });

  it.each([
    // an officer named to put it there: an errand (labelled both ways in the read sets), left as it was
    'RESOLVED: That the Chief Internal Auditor include the counter-fraud caseload in the next quarterly progress report.',
    // a document named by its initials, with a life of its own
    'RESOLVED: That cold homes be included in the next JSNA update.',
    // another body's paper
    'RESOLVED: That the reserves position be set out in the next budget report to Cabinet.',
    // not a paper: a time
    'RESOLVED: That the contractor be written to in the next week.',
  ])('near-miss, still an errand: %s', (line) => {
    const item = only(audit([line]));
    expect(item.category).not.toBe('work-programme');
    expect(item.type).toBe('action');
  });
});

describe('a matter added for a month is work programme, whatever it is called', () => {
  it.each([
    ["RESOLVED: That the Committee's self-assessment be added for March 2027.", 'March'],
    // (read on main already: the meeting named is a sitting of this body)
    ['RESOLVED: That the whistleblowing policy be added for the June meeting.', 'June'],
    ['RESOLVED: That fraud awareness for members be added for February.', 'February'],
  ])('%s', (line, month) => {
    const item = only(audit([line]));
    expect(item.category).toBe('work-programme');
    expect(item.due).toEqual({ kind: 'month', month });
  });

  it.each([
    'RESOLVED: That a budget of £500 be added for the spring fair.',
    'RESOLVED: That the new risk be added to the corporate risk register for March.',
  ])('near-miss, not a slot in the programme: %s', (line) => {
    for (const item of audit([line])) expect(item.category).not.toBe('work-programme');
  });
});
