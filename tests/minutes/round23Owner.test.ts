// Round 23, owners: an action line that names its owner with a bracket after it, then a dash and the errand
// ("ACTION: Estates Team (TV) – survey the roof"). Tested on invented minutes, several ways, with near-misses that must
// not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented notes of a partnership subgroup: attendance with initials, one paragraph, then its action line. */
const notes = (...lines: string[]) =>
  parseMinutes(
    [
      'Wexmoor Housing Partnership',
      'Repairs Subgroup',
      'Minutes – Monday 12 October 2026',
      '',
      'Attendees',
      'Ann Rook (Chair) – Head of Housing, Wexmoor Council (AR)',
      'Tom Vane – Surveyor, Estates Team (TV)',
      'Mia Olsen – Tenancy Officer, Brightwater Homes (MO)',
      '',
      '1. Welcome and apologies',
      '1.1 AR welcomed members.',
      '',
      '2. Notes of the last meeting',
      '2.1 The notes were agreed.',
      '',
      '3. Damp in older stock',
      '3.1 TV reported that forty homes in the older stock had damp in the last winter.',
      ...lines,
      '',
      '4. Date of next meeting',
      '9 November 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '3');

/** The one item the line gives under minute 3 is owned by `owner`. */
const expectOwner = (line: string, owner: string) => expect(notes(line).map((i) => i.owner)).toEqual([owner]);

describe('"ACTION: Estates Team (TV) – survey …": who acts stands before the dash, with its bracket', () => {
  it.each([
    // initials the attendance list gives, in brackets after a body: the person who speaks for the body — the body acts
    ['ACTION: Estates Team (TV) – survey the forty homes before the winter', 'Estates Team'],
    [
      'ACTION: Brightwater Homes (MO) – write to the tenants about ventilation – by 30 November 2026',
      'Brightwater Homes',
    ],
    ['Action: Wexmoor Council (AR) - report the costs to the next meeting', 'Wexmoor Council'],
    ['ACTION: Estates Team (TV): survey the forty homes', 'Estates Team'],
    // a bracket that is no one's initials on the attendance list is part of how the owner is named: kept as printed
    ['ACTION: TV and Jo Marsh (WCA) – set up a tenants’ panel on damp', 'TV and Jo Marsh (WCA)'],
    ['ACTION: Head of Housing (Interim) – write to the landlords’ forum', 'Head of Housing (Interim)'],
  ])('%s', expectOwner);
});

describe('near-miss: an action line without a bracket, or with the errand first, keeps its reading', () => {
  it.each([
    ['ACTION: Estates Team – survey the forty homes before the winter', 'Estates Team'],
    ['ACTION: TV – survey the forty homes before the winter', 'TV'],
    ['ACTION: TV to survey the forty homes (older stock) before the winter', 'TV'],
    ['ACTION: Survey the forty homes before the winter - TV', 'TV'],
  ])('%s', expectOwner);
});

describe('the attendance list keys initials however its lines are laid out', () => {
  const minutes = (attendees: string[], line: string) =>
    parseMinutes(
      [
        'Wexmoor Housing Partnership',
        'Repairs Subgroup',
        'Minutes – Monday 12 October 2026',
        '',
        'Attendees',
        ...attendees,
        '',
        '1. Welcome and apologies',
        '1.1 The Chair welcomed members.',
        '',
        '2. Notes of the last meeting',
        '2.1 The notes were agreed.',
        '',
        '3. Damp in older stock',
        '3.1 Members heard that forty homes in the older stock had damp in the last winter.',
        line,
        '',
        '4. Date of next meeting',
        '9 November 2026.',
      ].join('\n'),
    ).items.filter((i) => i.minute === '3');
  it.each([
    // two entries run onto one line, as a PDF's columns come out
    [
      ['Ann Rook (Chair) – Wexmoor Council (AR) Dr Lee Hart – Estates Team (LH)'],
      'ACTION: Estates Team (LH) – survey the homes',
      'Estates Team',
    ],
    // an honorific or a rank before the name: the initials are the name's own
    [
      ['Insp Kay Dunn – Roads Policing, Wexmoor Police (KD)'],
      'ACTION: Wexmoor Police (KD) – share the patrol times',
      'Wexmoor Police',
    ],
    // near-miss: the bracket is a body's letters, not the person's — kept
    [['Kay Dunn – Wexmoor Police (WP)'], 'ACTION: Kay Dunn (WP) – share the patrol times', 'Kay Dunn (WP)'],
  ])('%j', (attendees, line, owner) => {
    expect(minutes(attendees, line).map((i) => i.owner)).toEqual([owner]);
  });
});
