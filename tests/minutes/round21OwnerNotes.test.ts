// Round 21, owners in typed notes: the owners' initials a writer sets after a closed sentence, two spaces or more
// apart, are the owner column of that line's entry — whatever the next line says, and however long the line ran in a
// document wrapped at a column. Invented notes, several ways, with near-misses that must not fire.
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
