// Round 12, owners: who a decision names to act, read as the grammar and the layout of minutes —
// each rule tested on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** One minute of an invented body, its resolution's clauses lettered (a), (b), … under "RESOLVED:". */
const minute = (...clauses: string[]) =>
  [
    'Brackwater Valley Leisure Trust',
    'Minutes of the Board meeting held on 14 April 2026',
    '',
    '7.  Governance matters',
    'The Company Secretary introduced the report.',
    'RESOLVED:',
    ...clauses.map((c, k) => `(${String.fromCharCode(97 + k)}) ${c}`),
    '',
    '8.  Date of next meeting',
    'Tuesday 9 June 2026.',
  ].join('\n');

const owners = (text: string) => parseMinutes(text).items.map((i) => i.owners ?? (i.owner ? [i.owner] : []));

describe('the subject of a subjunctive is a title however long, or the body’s people all together', () => {
  it.each([
    [
      'that the Chair and the Audit and Risk Officer finalise the annual statement by 30 June 2026.',
      ['the Chair', 'the Audit and Risk Officer'],
    ],
    [
      'that the Governance and Membership Officer update the register of interests before the next meeting.',
      ['the Governance and Membership Officer'],
    ],
    [
      'that the Finance and Performance Officer and the Treasurer prepare a revised budget for the June meeting.',
      ['the Finance and Performance Officer', 'the Treasurer'],
    ],
    [
      'that all members of the Board complete the safeguarding module by the end of May 2026.',
      ['all members of the Board'],
    ],
    [
      'that all trustees of the Trust complete the declaration of eligibility before 1 June 2026.',
      ['all trustees of the Trust'],
    ],
    ['That all directors of the Company attend the induction day in May.', ['all directors of the Company']],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('does not make the whole membership the owner of what they only note or of a thing', () => {
    expect(owners(minute('that all members of the Board note the guidance.'))).toEqual([]);
    // a lower-case "officer" after a long description is still not a title
    expect(
      owners(
        minute(
          'that the cost of the new reception officer post be met from reserves and reported to the next meeting.',
        ),
      ),
    ).not.toContainEqual(['the cost of the new reception officer post']);
  });
});
