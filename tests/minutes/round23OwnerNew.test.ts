// Round 23, owners on the newest sets: words read as an owner that name no one, or that cut a name short — a month a
// paper is moved from, a group's name before its lower-case head noun, who sits on a group, when someone came in, a
// modal inside an indirect question. Tested on invented minutes, several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { scrutinyPanelItems } from './helpers/scrutinyPanel.js';
import { cleanOwner } from '../../src/minutes/owner.js';

/** Invented minutes of a scrutiny panel: one minute on its work programme. */
const panel = (...lines: string[]) =>
  scrutinyPanelItems('Work Programme', 'The Scrutiny Officer introduced the work programme for the year.', lines);

describe('"moved from January to March": a month after "from" is when, not whose paper it is', () => {
  it.each([
    ['Members agreed that the paper on bus shelters would move from January to the meeting in April 2027.'],
    [
      'Members agreed that the update on litter bins would be moved from October to the meeting in December, since the contractor is short of staff.',
    ],
    ['It was agreed that the paper on grit bins be moved from November to the meeting in February 2027.'],
    ['RESOLVED – That the update on allotment rents be moved from February to the April meeting.'],
    ['It was agreed that the briefing on street lighting be put back from Monday to the June meeting.'],
    ['Members agreed that the paper on play areas would move from December to the February meeting.'],
  ])('%s', (line) => {
    const items = panel(line);
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.owner)).toEqual(items.map(() => null));
  });
});

describe('near-miss: a report from someone is still theirs', () => {
  it.each([
    ['Members agreed that a report from the Head of Parks be brought to the March meeting.', 'Head of Parks'],
    ['RESOLVED – That a presentation from Ashby Water be added for the June meeting.', 'Ashby Water'],
  ])('%s', (line, owner) => {
    expect(panel(line).map((i) => i.owner)).toEqual([owner]);
  });
});

/** Invented notes of a residents' group: a list of who does what under one heading. */
const notes = (...lines: string[]) =>
  parseMinutes(
    [
      'BRAMBLE COURT RESIDENTS GROUP',
      '',
      'Notes of the committee meeting, Tuesday 6th October 2026',
      '',
      'Present: Jo Hart (JH, chair), Ray Moss (RM), Ali Dean (AD), Bea Long (BL)',
      '',
      '4. Spring fair',
      'The fair last year raised £600 for the garden.',
      ...lines,
      '',
      '5. Date of next meeting',
      'Tuesday 3rd November 2026.',
    ].join('\n'),
  ).items;

describe('"Estates Contracts team to write …": a group named in capitals before a lower-case head noun is one who acts', () => {
  it.each([
    ['  - Estates Contracts team to write to the tenants about the works.', 'Estates Contracts team'],
    ['ACTION: Bramble Court Garden group to order the bulbs.', 'Bramble Court Garden group'],
    ['  - Hall Bookings sub-group to draft the new charges.', 'Hall Bookings sub-group'],
    ['  - Litter Pick team to order the grabbers.', 'Litter Pick team'],
  ])('%s', (line, owner) => {
    expect(notes(line).map((i) => i.owner)).toEqual([owner]);
  });
});

describe('near-miss: a verb and its object, a person with initials, or a thing, keep their reading', () => {
  it.each([
    ['  - RM to contact the fair day team to book the stalls.', ['RM']],
    ['  - Jo Hart (JH) to book the stalls.', ['Jo Hart (JH)']],
    ['  - Officers attend the working group to present the costs.', []],
    ['  - Notice board to go up in the hall.', []],
  ])('%s', (line, owners) => {
    expect(notes(line).map((i) => i.owner)).toEqual(owners);
  });
});

describe('"Cllr A (arrived 7.40pm) said …": a time of day in brackets is when they came or went, not their name', () => {
  it.each([
    ['Cllr Ferris (arrived 7.40pm)', 'Cllr Ferris'],
    ['District Cllr Omar Quist (arrived at 19:05)', 'District Cllr Omar Quist'],
    ['Mrs Tate (left 8.15 pm)', 'Mrs Tate'],
    ['PCSO Rudd (from 7 pm)', 'PCSO Rudd'],
    ['Fair day sub-group (RM, AD)', 'Fair day sub-group'],
  ])('%s', (phrase, owner) => {
    expect(cleanOwner(phrase)).toBe(owner);
  });
  it.each([
    ['the Assistant Director (Education and Inclusion)'],
    ['Jo Hart (JH)'],
    ['Head of Service (2026 restructure)'],
    ['Cllr Price (RP)'],
  ])('near-miss: %s keeps its bracket', (phrase) => {
    expect(cleanOwner(phrase)).toBe(phrase);
  });
});

describe('the aside in a sentence of the notes', () => {
  it.each([
    [
      'County Cllr Amis (arrived 7.35pm) reported on the new bus timetable. He will send the Clerk a copy.',
      'County Cllr Amis',
    ],
    ['Mr Obi (left 8.05pm) will send the Clerk the quote.', 'Mr Obi'],
  ])('%s', (line, owner) => {
    expect(notes(line).map((i) => i.owner)).toEqual([owner]);
  });
});

/** Invented cabinet minutes: one numbered decision under a minute. */
const cabinet = (line: string) =>
  parseMinutes(
    [
      'Kelbrook District Council',
      'Cabinet - minutes of the meeting held on 5 November 2026',
      '',
      'CAB 71  Review of Grass Cutting',
      'DECISION:',
      '1. That the review be noted.',
      `2. ${line}`,
      '',
      'CAB 72  Date of next meeting',
      '3 December 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === 'CAB 71');

describe('"provide a note setting out how the changes will be made": an indirect question after a participle is a clause of its own', () => {
  it.each([
    [
      'That the Head of Streetscene provide a written note to members setting out how the new cutting rota will be introduced.',
      'Head of Streetscene',
    ],
    [
      'That the Director of Place write to the parishes explaining why the verges would be left uncut.',
      'Director of Place',
    ],
    ['That the Parks Manager write to the club, stating whether the contract would be extended.', 'Parks Manager'],
    [
      'That the Head of Streetscene send members a table showing what savings will be made, by 31 January 2027.',
      'Head of Streetscene',
    ],
  ])('%s', (line, owner) => {
    expect(cabinet(line).map((i) => i.owner?.replace(/^the\s+/i, ''))).toContain(owner);
  });
});
