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

/** A minute of an invented parish council whose clerk closes a resolution with a short line naming who acts. */
const parish = (...lines: string[]) =>
  [
    'Ollerby Parish Council',
    'Minutes of the meeting held on 4 May 2026',
    '',
    '52/26 Highways',
    ...lines,
    '',
    '53/26 Date of next meeting',
    'Monday 1 June 2026.',
  ].join('\n');

const parishItems = (...lines: string[]) =>
  parseMinutes(parish(...lines)).items.map((i) => ({ type: i.type, owner: i.owner }));

describe('a closing line "X to <verb>." after a resolution to ask another body: the one named sends the request', () => {
  it.each([
    [['52.1 It was RESOLVED to ask the Highways Authority to cut back the hedge. Clerk to write.'], 'Clerk'],
    [['52.1 It was agreed to request the bus company to restore the Sunday service. The Clerk to write.'], 'The Clerk'],
    [['52.1 RESOLVED to ask the County Council to repaint the lines. Cllr Ward to write.'], 'Cllr Ward'],
    [['52.1 Members asked that a letter of thanks be sent to the litter pickers. Clerk to action.'], 'Clerk'],
  ])('%s', (lines, expected) => {
    expect(parishItems(...lines)).toEqual([{ type: 'action', owner: expected }]);
  });

  it('a resolution in two parts: the part the line repeats is the one it names', () => {
    expect(
      parishItems(
        '52.1 Verge parking: it was RESOLVED to write to the surgery and to ask the Police to patrol at surgery hours.',
        'Clerk to write.',
      ),
    ).toEqual([
      { type: 'action', owner: 'Clerk' },
      { type: 'action', owner: 'the Police' },
    ]);
  });

  it('not: a closing errand with a verb of its own is an errand of its own', () => {
    expect(parishItems('52.1 It was agreed to buy a new bench for the green. Clerk to attend.')).toHaveLength(2);
  });

  it.each([
    // no closing line: the body asked is who the request goes to, as before
    ['52.1 It was RESOLVED to ask the Highways Authority to cut back the hedge.', 'the Highways Authority'],
    // a closing line after a resolution with no one asked names who acts
    ['52.1 It was RESOLVED to buy a new grit bin for Mill Lane. Clerk to order.', 'Clerk'],
  ])('as before: %s', (line, expected) => {
    expect(parishItems(line).map((i) => i.owner)).toEqual([expected]);
  });
});
