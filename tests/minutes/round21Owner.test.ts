// Round 21, owners in resolutions: who a decision names to act, read from how titles are written — tested on invented
// wording, several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** An invented cabinet's minutes with one resolution, its clauses lettered. */
const minutes = (...clauses: string[]) =>
  [
    'Ambridge Vale District Council',
    'Resources Cabinet',
    'Minutes of the meeting held on 4 March 2026',
    '',
    '21. Depot Relocation',
    'The Estates Manager introduced the report on the move of the vehicle depot.',
    'RESOLVED -',
    '(a) That the report be noted.',
    ...clauses,
    '',
    '22. Date of Next Meeting',
    'Wednesday 15 April 2026.',
  ].join('\n');

const owners = (...clauses: string[]) =>
  parseMinutes(minutes(...clauses))
    .items.filter((i) => /depot|costs|lease|plan/i.test(i.text))
    .map((i) => (i.owners ?? [i.owner]).join(' + '));

describe('a number inside a title is part of it: "the Section 151 Officer"', () => {
  it.each([
    ['(b) That the Section 151 Officer revise the depot costs in the capital programme.', 'the Section 151 Officer'],
    ['(b) That the Section 151 Officer be asked to revise the depot costs.', 'the Section 151 Officer'],
    ['(b) That the Tier 2 Estates Manager negotiate the depot lease with the landlord.', 'the Tier 2 Estates Manager'],
    ['(b) That the Block 4B Caretaker prepare a plan for the depot keys.', 'the Block 4B Caretaker'],
    [
      '(b) That the depot costs be revised by the Section 151 Officer and the Estates Manager.',
      'the Section 151 Officer + the Estates Manager',
    ],
  ])('%s', (clause, expected) => {
    expect(owners(clause)).toEqual([expected]);
  });
});

describe('near-misses: a number that is not inside a title', () => {
  it('a year before a thing is no owner ("the 2026 Depot Plan be adopted")', () => {
    const items = parseMinutes(minutes('(b) That the 2026 Depot Plan be adopted.')).items;
    expect(items.some((i) => /2026 Depot Plan/.test(i.owner ?? ''))).toBe(false);
  });
  it('a number closing a phrase is not taken into a title ("the Head of Section 3")', () => {
    const items = parseMinutes(minutes('(b) That the costs in Section 3 revise the depot lease.')).items;
    expect(items.some((i) => /Section 3/.test(i.owner ?? ''))).toBe(false);
  });
});

describe('a body set up "with X to <verb>": X acts now, as with its passive "to be agreed by X"', () => {
  it.each([
    [
      '(b) That a depot working group be set up, with the Estates Manager to seek nominations from the political groups.',
      'the Estates Manager',
    ],
    [
      '(b) That a task and finish group on depot costs be established, with the scrutiny officer to draft its terms of reference.',
      'the scrutiny officer',
    ],
    [
      '(b) That a depot review panel of three members be formed, with the Clerk and the Estates Manager to arrange its first meeting.',
      'the Clerk + the Estates Manager',
    ],
  ])('%s', (clause, expected) => {
    expect(owners(clause)).toEqual([expected]);
  });
});

describe('near-misses: "with" before no one who acts, or a body not set up', () => {
  it('a thing after "with" is no owner ("with the aim to cut depot costs")', () => {
    const items = parseMinutes(
      minutes('(b) That a depot working group be set up, with the aim to cut depot costs by a tenth.'),
    ).items;
    expect(items.some((i) => /aim/.test(i.owner ?? ''))).toBe(false);
  });
  it('the subject who acts stands ("Cllrs A and B visit the depot, with the Clerk to make the arrangements")', () => {
    expect(
      owners(
        '(b) That Cllrs Archer and Brook visit the depot before the next meeting, with the Clerk to make the arrangements.',
      ),
    ).not.toContain('the Clerk');
  });
});
