// Round 21, owners in typed notes and action lines: the owners' initials a writer sets after a closed sentence, two
// spaces or more apart, are the owner column of that line's entry (however long the line ran in a document wrapped at a
// column); a bare step after a semicolon ("…; LT to arrange.") owns the clause before it. Invented notes, several ways,
// with near-misses that must not fire. (Owners in resolutions are round21Owner.test.ts.)
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/**
 * Invented typed notes of a partnership group, wrapped at a column near 90 characters (so the layout step looks for
 * wrapped lines), with one minute whose lines are given.
 */
const notes = (...lines: string[]) =>
  [
    'Marshfield Community Transport Partnership',
    'Operations Group - notes of meeting held on 4 March 2026',
    '',
    'Present:',
    'Nadia Quist         Operations Lead, Marshfield Transport Trust                  (NQ)',
    'Ben Oduya           Fleet Manager, Marshfield Transport Trust                    (BO)',
    'Priya Lund          Volunteer Coordinator, Marshfield Volunteer Centre           (PL)',
    'Tom Ashdown         Partnership Officer, Marshfield District Council             (TA)',
    '',
    '1. Welcome and apologies',
    'NQ welcomed everyone to the meeting and thanked the volunteers for their work over winter.',
    '',
    '2. Fleet and volunteers',
    'BO reported that two minibuses had failed their inspections in February and were now back.',
    ...lines,
    '',
    '3. Date of next meeting',
    'The next meeting will be held on Wednesday 3 June 2026 at the Marshfield Community Centre.',
  ].join('\n');

const owned = (...lines: string[]) =>
  parseMinutes(notes(...lines))
    .items.filter((i) => i.minute === '2')
    .map((i) => (i.owners ?? [i.owner]).join('/'));

describe('initials two spaces or more after a closed sentence own that line, not the next one', () => {
  it.each([
    [
      [
        'It was agreed that BO and PL review the driver rota to cover the Saturday shopping runs.  BO/PL',
        'It was agreed that the volunteer handbook should carry a section on wheelchair loading',
        'for the new vehicles.  TA',
      ],
      ['BO/PL', 'TA'],
    ],
    [
      [
        'PL to write to the three new volunteers to offer them training dates in the spring.  PL',
        'BO to obtain quotes for replacing the tail lift on the oldest minibus before April.  BO',
      ],
      ['PL', 'BO'],
    ],
    [
      [
        'Members agreed that TA would ask the district council about grant funding for fuel.  TA',
        'A list of the quieter routes is to be drawn up and shared with the drivers by Easter.  NQ',
      ],
      ['TA', 'NQ'],
    ],
  ])('%j', (lines, expected) => {
    expect(owned(...lines)).toEqual(expected);
  });
});

describe('near-misses: one space before initials is a wrapped sentence, not a column', () => {
  it('"… after the inspections. BO" over "said he would …" is BO speaking on the next line', () => {
    const items = owned(
      'PL asked how long the minibuses had been off the road after the failed inspections. BO',
      'said he would circulate the repair dates to members of the group before the next meeting.',
    );
    expect(items).toEqual(['BO']);
  });
});

/** Invented parish-hall notes with one minute of prose. */
const hall = (sentence: string) =>
  parseMinutes(
    [
      'Ashcombe Village Hall Committee - notes of meeting',
      '',
      'Present: Cllr Ann Beck (AB), Cllr Tim Lowe (TL), Lisa Tate, Clerk (LT)',
      '',
      '4. Hall hire',
      `AB outlined the bookings for the autumn. ${sentence}`,
      '',
      '5. Date of next meeting',
      'To be confirmed.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '4');

describe('"…; LT to arrange.": a bare step after a semicolon owns the clause before it, as after a full stop', () => {
  it.each([
    ['It was agreed that members would be offered a tour of the new kitchen in the spring; LT to arrange.', 'LT'],
    ['It was agreed that members would be offered a tour of the new kitchen in the spring. LT to arrange.', 'LT'],
    ['Members agreed that the hall would be repainted before the summer fair; Clerk to action.', 'Clerk'],
    ['It was agreed that a second key holder be found for the weekend lettings; TL to progress.', 'TL'],
  ])('%s', (sentence, owner) => {
    const items = hall(sentence);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe(owner);
  });
});

describe('near-miss: an errand of its own after a semicolon stays its own item', () => {
  it('"…; TL to check the fire exits." after the Clerk\'s own errand is a second errand, TL\'s', () => {
    const items = hall(
      'It was agreed that the Clerk would order twenty new stacking chairs; TL to check the fire exits.',
    );
    expect(items.map((i) => i.owner)).toEqual(['the Clerk', 'TL']);
  });
  it("\"…; TL to present it.\" after AB's own errand is TL's errand, not AB's step", () => {
    const items = hall(
      'It was agreed that AB would draft a letter to the brewery about the beer festival; TL to present it.',
    );
    expect(items.map((i) => i.owner)).toEqual(['AB', 'TL']);
  });
});
