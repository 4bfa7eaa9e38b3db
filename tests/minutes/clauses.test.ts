import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/minutes/clauses.js';
import type { Block } from '../../src/minutes/block.js';
import { splitDecisions } from '../../src/minutes/coordination.js';

const block = (paragraphs: string[], paragraphRef: string | null = null, stem = ''): Block => ({
  lines: [],
  paragraphs,
  paragraphRef,
  stem,
  confidence: 0.9,
  found: 'keyword',
});
const refs = (paragraphs: string[]) => splitClauses(block(paragraphs), '31').map((c) => c.ref);

describe('splitClauses', () => {
  it('splits resolutions in every marker style, citing them as printed', () => {
    expect(refs(['(a) That the report be noted;', '(b) That the Clerk write to the bank.'])).toEqual(['(a)', '(b)']);
    expect(refs(['a) the report be noted;', 'b) the Clerk write to the bank.'])).toEqual(['(a)', '(b)']);
    expect(refs(['1. That the accounts be approved.', '2. That the auditor be thanked.'])).toEqual(['1', '2']);
    expect(refs(['(1) the accounts be approved;', '(2) the auditor be thanked.'])).toEqual(['(1)', '(2)']);
    expect(refs(['i. NOTED the report;', 'ii. AGREED the fees.'])).toEqual(['(i)', '(ii)']);
    expect(refs(['- a) NOTED the report.', '- b) AGREED the fees.'])).toEqual(['(a)', '(b)']);
  });

  it('finds clauses marked inside one line, in any style, after any lead-in', () => {
    expect(
      refs(['That (a) the report be noted; (b) the Clerk write to the bank; and (c) a report come back in May.']),
    ).toEqual(['(a)', '(b)', '(c)']);
    expect(refs(['RESOLVED: (1) that the precept be endorsed; (2) that the Chair write to the Minister.'])).toEqual([
      '(1)',
      '(2)',
    ]);
    expect(refs(['that 1) the plan be approved; 2) the plan be published.'])).toEqual(['(1)', '(2)']);
    expect(refs(['that (A) the programme be approved; and', 'B) that any training needs be specified.'])).toEqual([
      '(A)',
      '(B)',
    ]);
    // "item 6.c)" or a lone "(PNA)" is no list
    expect(refs(['That the PNA (the assessment) be approved, as set out in item 6.c).'])).toEqual([null]);
  });

  it('cites a clause under a numbered paragraph with both', () => {
    expect(
      splitClauses(
        block(['It was RESOLVED that (a) the report be noted; (b) officers write to the school.'], '7.3'),
        '7',
      ).map((c) => c.ref),
    ).toEqual(['7.3(a)', '7.3(b)']);
  });

  it('gives sub-items their stem, which is not an item itself', () => {
    const clauses = splitClauses(
      block([
        '(a) That the report be noted;',
        '(b) That the Library Service be requested to consider:',
        '(i) longer opening hours;',
        '(ii) a mobile library.',
      ]),
      '31',
    );
    expect(clauses.map((c) => c.ref)).toEqual(['(a)', '(b)(i)', '(b)(ii)']);
    expect(clauses[1].stem).toContain('Library Service be requested to consider');
  });

  it('reads (i) after (h) as a letter', () => {
    const letters = 'abcdefghi'.split('').map((l) => `(${l}) That item ${l} be noted.`);
    expect(refs(letters).pop()).toBe('(i)');
  });

  it('keeps decimal sub-items as printed under their number', () => {
    expect(refs(['4. AGREED to set up the board to;', '4.1 Approve its terms;', '4.2 Appoint a member.'])).toEqual([
      '4.1',
      '4.2',
    ]);
  });

  it('splits bullets into clauses without a printed reference', () => {
    expect(
      splitClauses(block(['- noted the report;', '- approved the plan.'], null), '9').map((c) => [c.ref, c.text]),
    ).toEqual([
      [null, 'noted the report;'],
      [null, 'approved the plan.'],
    ]);
  });

  it.each([
    [
      'a full stop',
      [
        '- That the report be noted;',
        '- That the bus operators be asked to consider:',
        '- later evening services;',
        '- a Sunday timetable.',
        '- That the Clerk write to the county council.',
      ],
    ],
    [
      'a new "That"',
      [
        '- That the report be noted;',
        '- That the bus operators be asked to consider:',
        '- later evening services;',
        '- a Sunday timetable',
        '- That the Clerk write to the county council.',
      ],
    ],
  ])('gives bullets under a bullet ending in ":" that stem, until %s', (_, paragraphs) => {
    const clauses = splitClauses(block(paragraphs), '31');
    expect(clauses.map((c) => c.text)).toEqual([
      'That the report be noted;',
      'later evening services;',
      expect.stringMatching(/^a Sunday timetable/),
      'That the Clerk write to the county council.',
    ]);
    expect(clauses[1].stem).toContain('bus operators be asked to consider');
    expect(clauses[3].stem).toBe('');
  });

  it.each(['1    ', '1 ', '1\t'])(
    'reads numbers printed with no mark (%j) as numbered clauses when they rise by one',
    (one) => {
      const two = one.replace('1', '2');
      const three = one.replace('1', '3');
      expect(
        refs([
          `${one}The Board NOTED the report.`,
          `${two}The Board AGREED that the Clerk order the signs.`,
          `${three}The Board thanked the volunteers.`,
        ]),
      ).toEqual(['1', '2', '3']);
      // (numbers that do not rise by one are words of the clause: "2 members were absent")
      expect(refs(['That the report be noted.', '2 Members asked for the figures.']).length).toBe(1);
    },
  );

  it('takes an unnumbered resolution whole, placed by its paragraph', () => {
    expect(splitClauses(block(['That the minutes be signed.'], '2.2'), '2')).toMatchObject([
      { minute: '2', ref: '2.2', text: 'That the minutes be signed.' },
    ]);
  });

  it('passes the block’s stem ("That:-", "RESOLVED that Cabinet:") to each clause', () => {
    const clauses = splitClauses(
      block(['(1) the information be received;', '(2) the Director be invited to the next meeting.'], null, 'That:-'),
      '22',
    );
    expect(clauses.map((c) => [c.ref, c.lead])).toEqual([
      ['(1)', 'That:-'],
      ['(2)', 'That:-'],
    ]);
  });

  it('passes an opening "That the Committee:" down as the stem', () => {
    const clauses = splitClauses(block(['That the Committee:', 'a) NOTED the update;', 'b) APPROVED the plan.']), null);
    expect(clauses.every((c) => c.stem === 'That the Committee:')).toBe(true);
  });
});

describe('one clause that decides two things', () => {
  it.each([
    ['approves the draft for consultation and refers the final strategy to Council for adoption', 2],
    ['to note the performance and to recommend to Cabinet that the trial be extended', 2],
    ['The Board agreed to note the changes; and that the changes be submitted to the Audit Committee', 2],
    ['RECEIVED the report and REQUESTED that the Director review the charges', 2],
    ['the information be noted and information requested be provided', 2],
    ['Members were advised to contact the ICB and an item on dentistry would be added to the work programme', 2],
    ['the Clerk has chased the county council again and will report back next month', 2],
    ['the arrangement be maintained for urgent matters and reviewed at the next meeting', 2],
    ['the work programme be agreed, with the addition of an item on fly-tipping at the January meeting', 2],
    ['APPROVED the plan, subject to checks being carried out with the Parks Service, to settle the timetable', 2],
    ['The programme was agreed, subject to the report on school transport being moved to the March meeting.', 2],
    ['To agree the work plan, with the audit review moved from this meeting to the March meeting.', 2],
    ['The Board agreed the forward plan, with the deferred staffing report to be taken in June.', 2],
    ['That the plan be agreed, with the changes set out in the appendix.', 1],
    ['officers would review the process and make any necessary improvements', 1],
    ['Members asked that the Chair write to the Minister, and this was agreed.', 1],
    ['Members noted that a skip had been left on the verge and requested that the enforcement team investigate.', 2],
    ['The Panel is satisfied, because the premises will operate as a café and will close at 22:00.', 1],
    ['the Overview and Scrutiny Committee will consider the plan at a future meeting', 1],
    ['Healthwatch should assess the data and report back to the Panel', 1],
  ])('%s → %d', (text, count) => {
    expect(splitDecisions(text)).toHaveLength(count);
  });

  it('reads a change made along with the decision as a clause of its own', () => {
    expect(
      splitDecisions('To agree the work plan, with the audit review moved from this meeting to the March meeting.')[1],
    ).toBe('the audit review be moved from this meeting to the March meeting.');
  });

  it('gives a second participle the subject and the verbs before the first', () => {
    expect(
      splitDecisions(
        'That future returns continue to be signed off by the Chair and reported to the Board for ratification.',
      )[1],
      // (and the first's agent: the Chair who signs them off reports them — round 11)
    ).toBe('That future returns continue to be reported by the Chair to the Board for ratification.');
  });

  it('carries the subject of the main clause, not of a participle phrase inside it', () => {
    expect(
      splitDecisions(
        'the minutes of the last meeting, having been circulated, be approved as a true record and signed by the Chair.',
      )[1],
    ).toBe('the minutes of the last meeting, having been circulated, be signed by the Chair.');
  });

  it('gives a predicate split from its subject that subject again', () => {
    expect(splitDecisions('the Deputy Clerk has chased the council again and will report back next month')[1]).toBe(
      'the Deputy Clerk will report back next month',
    );
  });
});
