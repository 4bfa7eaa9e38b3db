// Round 10, recall and types: forms the sets first scored unseen missed or mistyped, each a rule of the grammar or of
// a layout, worded several ways. Invented examples only.
import { describe, expect, it } from 'vitest';
import { readClause } from '../../src/minutes/grammar.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { minuteTwoItems, parksMinutes } from './parksMinutes.js';

const minutes = parksMinutes;
const second = minuteTwoItems;

describe('a guest asked to a meeting by the officer named before "to" is an invitation, whatever the line marks it as', () => {
  it.each([
    'Action: Clerk to invite the tree warden to the May meeting',
    'ACTION: Parks Officer to invite Ms Reyes to the next meeting to talk about the orchard',
    '- [ ] @Dee Lamb invite the county ecologist to the July meeting',
    'Action: Clerk to invite the allotment society to attend the June meeting',
  ])('%s', (line) => {
    expect(second(line).map((i) => i.category)).toEqual(['invitation']);
  });

  it.each([
    // (the same officer's errand with no meeting to come to, or a report owed, stays an action)
    'Action: Clerk to invite quotes for the fencing',
    'Action: Parks Officer to report the outcome to the Committee as soon as it is known',
  ])('%s', (line) => {
    expect(second(line).map((i) => i.category)).toEqual(['action']);
  });
});

describe('a question word opens a clause of its own: its verb is not the that-clause’s', () => {
  it.each([
    ['that the next annual report include a section on vandalism and how it was dealt with', 'include'],
    ['that the review cover the waiting list and why it has grown', 'cover'],
    ['that the survey ask how tenants would change it', 'ask'],
    ['that members be told when the works will start', 'told'],
  ])('%s: the verb is %s', (clause, verb) => {
    const reading = readClause(clause);
    expect([reading.verb, reading.form]).toEqual([verb, 'subjunctive']);
  });

  it.each([
    'The Chair thanked the warden and asked that the next annual report include a section on vandalism and how it was dealt with.',
    'Members asked that the next annual report include a section on vandalism and how it had been handled.',
  ])('%s: an item of the work programme', (sentence) => {
    expect(second('The warden presented the annual report.', sentence).map((i) => i.category)).toEqual([
      'work-programme',
    ]);
  });
});

describe('a suggestion the meeting agreed, however the agreement is joined to it', () => {
  it.each([
    'Cllr Hale asked that the tree warden be invited to the next meeting to talk about the orchard; this was agreed.',
    'Cllr Hale asked that the tree warden be invited to the next meeting to talk about the orchard, and this was agreed.',
    'Cllr Hale proposed that the tree warden be invited to the next meeting to talk about the orchard, which was agreed.',
    'Cllr Hale suggested that the tree warden be invited to the next meeting to talk about the orchard; and this was supported.',
  ])('%s', (sentence) => {
    expect(second('The Clerk gave an update on the orchard.', sentence).map((i) => i.category)).toEqual(['invitation']);
  });

  it('a suggestion with no agreement after it stays unagreed', () => {
    expect(
      second('Cllr Hale asked that the tree warden be invited to the next meeting; this was not pursued.'),
    ).toEqual([]);
  });
});

describe('a bare "Chair" is whoever chairs this meeting, not the chair of another body the minute names', () => {
  const text = (action: string) =>
    minutes('The Chair of the County Allotments Federation had written about plot rents.', action);
  it.each(['Action: Chair to reply to the letter.', 'ACTION: the Chair to reply to the letter'])('%s', (action) => {
    const [item] = parseMinutes(text(action)).items.filter((i) => i.minute === '2');
    expect(item.owner).toMatch(/^(?:the\s+)?Chair$/);
  });

  it('an officer named by a fuller title in the minute is still expanded', () => {
    const [item] = parseMinutes(
      minutes('The Director of Parks and Open Spaces presented the report.', 'Action: Director to order the seed.'),
    ).items.filter((i) => i.minute === '2');
    expect(item.owner).toBe('Director of Parks and Open Spaces');
  });
});
