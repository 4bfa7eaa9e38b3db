// Round 18, owners: who a minute names to act, read from plain grammar — each rule tested on invented wording,
// several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A minute of an invented scrutiny panel whose resolution is numbered, with a stem over lettered points. */
const panel = (...lines: string[]) =>
  [
    'Hollowmere Borough Council',
    'Communities Scrutiny Panel',
    'Minutes of the meeting held on 9 June 2026',
    '',
    '7.  Library opening hours',
    'RESOLVED:',
    '(1) That the report be noted.',
    ...lines,
    '',
    '8.  Date of next meeting',
    'Tuesday 14 July 2026.',
  ].join('\n');

const read = (...lines: string[]) =>
  parseMinutes(panel(...lines)).items.map((i) => ({ owner: i.owner, category: i.category }));

describe('a stem that makes recommendations to someone in the passive: each clause is theirs to decide', () => {
  it.each([
    [
      [
        '(2) That the following recommendations be made to Cabinet:',
        '    (a) that the mobile library keep its Saturday stops;',
        '    (b) that the opening hours be reviewed after a year.',
      ],
      'Cabinet',
    ],
    [
      [
        '(2) That the following recommendations be submitted to the Executive:',
        '    (a) that the mobile library keep its Saturday stops;',
        '    (b) that the opening hours be reviewed after a year.',
      ],
      'the Executive',
    ],
    [
      [
        '(2) That the following recommendations be made to the Cabinet Member for Culture,',
        '    Leisure and Libraries:',
        '    (i) that the mobile library keep its Saturday stops;',
        '    (ii) that the opening hours be reviewed after a year.',
      ],
      'the Cabinet Member for Culture, Leisure and Libraries',
    ],
    [
      [
        '(2) That these recommendations be sent to the Portfolio Holder for Communities:',
        '    (a) that the mobile library keep its Saturday stops;',
        '    (b) that the opening hours be reviewed after a year.',
      ],
      'the Portfolio Holder for Communities',
    ],
  ])('%j', (lines, body) => {
    expect(read(...lines)).toEqual([
      { owner: body, category: 'recommendation' },
      { owner: body, category: 'recommendation' },
    ]);
  });

  it.each([
    // the panel's own errands under a stem that sends nothing to anyone
    [['(2) That the following actions be taken:', '    (a) that the Libraries Manager review the Saturday stops;']],
    // the recommendations are made by someone else, not to anyone
    [
      [
        '(2) That the following recommendations of the working group be noted:',
        '    (a) that the Libraries Manager review the Saturday stops;',
      ],
    ],
  ])('not a recommendation to a body: %j', (lines) => {
    expect(read(...lines).map((i) => i.category)).not.toContain('recommendation');
  });
});
