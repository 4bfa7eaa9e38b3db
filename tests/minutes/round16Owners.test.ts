// Round 16, owners: who a minute names to act, read from plain grammar — each rule tested on invented wording,
// several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A minute of an invented cabinet whose resolution is a stem with lettered points. */
const cabinet = (...lines: string[]) =>
  [
    'Marlowe Vale District Council',
    'Cabinet',
    'Minutes of the meeting held on 12 March 2026',
    '',
    '14.  Riverside car park',
    'RESOLVED - That the Cabinet:',
    ...lines,
    '',
    '15.  Date of next meeting',
    'Thursday 16 April 2026.',
  ].join('\n');

const owners = (...lines: string[]) => parseMinutes(cabinet(...lines)).items.map((i) => i.owner);

describe('"delegate to <someone> the <task>": the one given the task ends where the task begins', () => {
  it.each([
    ['a) delegates to the Head of Estates the letting of the kiosk.', 'the Head of Estates'],
    ['a) delegate to the Director of Place the award of the resurfacing contract;', 'the Director of Place'],
    [
      'a) delegate to the Director of Place, in consultation with the Leader, the approval of the final layout;',
      'the Director of Place',
    ],
    ['a) delegates to the Parking Manager a review of the tariff.', 'the Parking Manager'],
    ['a) To delegate to the Head of Legal Services the signing of the lease.', 'the Head of Legal Services'],
  ])('%s', (line, expected) => {
    expect(owners(line)).toEqual([expected]);
  });

  it.each([
    // a post whose own name has "the" after "of" keeps it
    ['a) delegates to the Head of the Paid Service the letting of the kiosk.', 'the Head of the Paid Service'],
    // two people given it together: "and the" goes on
    [
      'a) delegates to the Head of Estates and the Leader the letting of the kiosk.',
      'the Head of Estates and the Leader',
    ],
    // the task in an infinitive is read as before
    ['a) delegate to the Head of Estates to let the kiosk.', 'the Head of Estates'],
  ])('not cut short: %s', (line, expected) => {
    expect(owners(line)).toEqual([expected]);
  });
});
