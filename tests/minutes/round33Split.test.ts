// Round 33, split and merge: items cut at the label's grain. A body that sets up a group of its own and names someone
// to arrange (or convene) the group's first meeting gives one errand to track — the arranging, owned by whoever
// arranges it, with its date; the setting-up is the body's own act, recorded, whether it is a clause of its own
// ("(1) That a task group be set up …" / "(2) That the Scrutiny Officer arrange its first meeting"), the first half of
// one clause ("… be set up to look at X, and that the Clerk arrange its first meeting by …"), or a sentence before
// the arranger's ("The Panel agreed to form a working group … Ms X will convene the first meeting in January.").
// Tested on invented minutes in several layouts, with near-misses that must not change: a group set up with nobody
// arranging its first meeting, a first meeting only mentioned ("draft its terms before its first meeting"), a
// group that is set up and reports back in the same clause.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { splitDecisions } from '../../src/minutes/coordination.js';

/** Invented minutes of a borough's housing scrutiny panel: the lines given under minute HS/12. */
const panel = (lines: string[]) =>
  [
    'Brackenford Borough Council',
    'Housing Scrutiny Panel',
    '',
    'Minutes of the meeting held on Wednesday 4 November 2026 at 7.00 pm, Town Hall',
    '',
    'Present: Councillors Ada Quint (Chair), Bill Rowe, Cass Ilsley, Dev Marr',
    '',
    'HS/11  Apologies',
    'There were no apologies.',
    '',
    'HS/12  Empty Homes Review',
    'The Housing Strategy Manager introduced a report on homes left empty for more than two years.',
    ...lines,
    '',
    'HS/13  Date of next meeting',
    'Wednesday 9 December 2026.',
    '',
  ].join('\n');

const parsed = (lines: string[]) => parseMinutes(panel(lines));
const items = (lines: string[]) => parsed(lines).items.filter((i) => i.minute === 'HS/12');

describe('a group set up beside the errand to arrange its first meeting: one item, the arranger’s', () => {
  it.each([
    [
      [
        'RESOLVED - That',
        '(1) the report be noted;',
        '(2) a task and finish group of three members be set up to look at empty homes in the town centre; and',
        '(3) the Democratic Services Officer arrange the first meeting of the group before 18 December 2026.',
      ],
    ],
    [
      [
        'RESOLVED:',
        '(a) That the report be noted.',
        '(b) That a task and finish group of three members be set up to look at empty homes in the town centre,',
        '    and that the Democratic Services Officer arrange its first meeting before 18 December 2026.',
      ],
    ],
    [
      [
        'RESOLVED:',
        '1. That the report be noted.',
        '2. That a working group on empty homes in the town centre be established, comprising Councillors Rowe,',
        '   Ilsley and Marr.',
        '3. That the Democratic Services Officer convene the first meeting of the working group before 18 December 2026.',
      ],
    ],
    [
      [
        'The Panel agreed to set up a working group (Councillors Rowe, Ilsley and Marr) to look at empty homes in the',
        'town centre. The Democratic Services Officer will arrange the first meeting before 18 December 2026.',
      ],
    ],
  ])('%j', (lines) => {
    const got = items(lines);
    const arranging = got.filter((i) => /first meeting/i.test(i.text));
    expect(arranging).toHaveLength(1);
    expect(arranging[0].owner).toMatch(/^(?:the )?Democratic Services Officer$/i);
    expect(arranging[0].due).toEqual({ kind: 'date', date: '2026-12-18' });
    expect(got.some((i) => /\b(?:set up|established)\b/i.test(i.text) && !/first meeting/i.test(i.text))).toBe(false);
    expect(got).toHaveLength(1);
    // (the setting-up is recorded, not lost)
    expect(parsed(lines).noted.some((n) => /\b(?:set up|established)\b/i.test(n.text))).toBe(true);
  });

  it('keeps the rest of the resolution as it was', () => {
    const got = items([
      'RESOLVED - That',
      '(1) a task and finish group of three members be set up to look at empty homes in the town centre;',
      '(2) the Democratic Services Officer arrange the first meeting of the group; and',
      '(3) the Housing Strategy Manager circulate the list of empty homes by ward to members.',
    ]);
    expect(got.map((i) => i.ref).sort()).toEqual(['(2)', '(3)']);
  });
});

describe('near-misses that keep the group’s own item', () => {
  it('a group set up with nobody arranging its first meeting', () => {
    const got = items([
      'RESOLVED - That',
      '(1) a task and finish group of three members be set up to look at empty homes in the town centre; and',
      '(2) the Housing Strategy Manager circulate the list of empty homes by ward to members.',
    ]);
    expect(got.some((i) => /be set up/.test(i.text))).toBe(true);
  });

  it('a first meeting only mentioned, not arranged', () => {
    const got = items([
      'RESOLVED - That',
      '(1) a task and finish group of three members be set up to look at empty homes in the town centre; and',
      '(2) the Democratic Services Officer draft terms of reference and send them to members before its first meeting.',
    ]);
    expect(got.some((i) => /be set up/.test(i.text))).toBe(true);
    expect(got.some((i) => /draft terms/.test(i.text))).toBe(true);
  });

  it('a first meeting arranged for something that is not a group', () => {
    const got = items([
      'RESOLVED - That',
      '(1) a budget of £5,000 be set aside for a landlord forum; and',
      '(2) the Democratic Services Officer arrange the first meeting of the forum with landlords in January.',
    ]);
    expect(got.some((i) => /set aside/.test(i.text))).toBe(true);
  });

  it('a group set up that reports back in the same clause', () => {
    const got = items([
      'RESOLVED - That',
      '(1) a task and finish group of three members be set up to look at empty homes and report its findings to the',
      '    Panel in March 2027; and',
      '(2) the Democratic Services Officer arrange the first meeting of the group.',
    ]);
    expect(got.some((i) => /findings/.test(i.text))).toBe(true);
  });
});

// An errand and its own report on itself, the report told with a modal: "Cllr X offered to look into Y and will report
// back at the next meeting" is one errand, due when the report is, as "… and to report back" already was. Not where the
// first half is done ("the Clerk has chased the company again and will report back next month": the report is the one
// thing left to do), nor where the second half reports something of its own ("… and will report the figures to
// Cabinet") or reports to a body in a named month ("… and would report back to the Panel in January", business to come).
describe('an errand’s report on itself, told with "will"', () => {
  it.each([
    'Cllr Dee Hart offered to look into a community speedwatch scheme and will report back at the next meeting.',
    'The Estates Officer agreed to inspect the boundary fence and would report back to the next meeting.',
    'Mr Orme undertook to ask the bus company about the evening service and will report back.',
    'The Clerk will obtain three quotes for the railings and will report back at the next meeting.',
  ])('%s', (text) => {
    expect(splitDecisions(text)).toHaveLength(1);
  });

  it.each([
    'the Clerk has chased the county council again and will report back next month',
    'The Estates Officer agreed to inspect the boundary fence and will report the repair costs to Cabinet.',
    'The Estates Officer agreed to inspect the boundary fence and would report back to the Panel in January.',
  ])('%s (near-miss: two)', (text) => {
    expect(splitDecisions(text)).toHaveLength(2);
  });

  it('reads the errand in the discussion as one item, due when it reports', () => {
    const got = items([
      'Cllr Dee Hart offered to look into a community speedwatch scheme and will report back at the next meeting.',
      'RESOLVED - That the report be noted.',
    ]);
    expect(got).toHaveLength(1);
    expect(got[0].due).toEqual({ kind: 'next' });
  });
});

describe('a group someone is named to set up', () => {
  it('keeps the setting-up as that person’s errand', () => {
    const got = items([
      'RESOLVED - That',
      '(1) the Housing Strategy Manager set up a working group of landlords and letting agents; and',
      '(2) the Democratic Services Officer arrange the first meeting of the working group.',
    ]);
    expect(got.some((i) => /set up a working group/.test(i.text))).toBe(true);
  });
});
