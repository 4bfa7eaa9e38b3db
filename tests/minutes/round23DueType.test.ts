// Issue 11, round 23 (dues and types): a matter "brought back in May" after "AGREED that …" is not held back as a
// relative clause; "the addition of an item on X for March 2028" to a work programme is due at that month's meeting.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';
const panel = ownBodyOf(['Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027']);
const march = { kind: 'month', month: 'March' };

describe('"AGREED that …" opens what was decided, not a relative clause', () => {
  it.each([
    ['agreed, the passive', 'AGREED that the revised lettings policy be brought to the Panel in March 2028'],
    ['resolved, lower case', 'resolved that the caretaking review come back to the Panel in March'],
    ['it was agreed', 'It was agreed that the Estates Officer report on the repairs backlog in March 2028'],
  ])('%s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).toEqual(march);
  });

  it.each([
    ['a relative "that" after it', 'AGREED that the survey that will be reported in March 2028 be noted'],
    ['a series begun', 'AGREED that the officers report on the lifts, starting in March 2028'],
    ['a past event', 'AGREED that the tenants survey that was presented in March 2027 be published'],
  ])('not: %s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).not.toEqual(march);
  });
});

describe('an item added to the programme "for" or "in" a named month is due at that month\'s meeting', () => {
  it.each([
    [
      'subject to the addition of',
      'That the work plan be endorsed, subject to the addition of a session on play areas for March 2028',
    ],
    ['with the addition of … in', 'the forward plan be agreed, with the addition of an item on lifts in March 2028'],
    ['adding, no year', 'Members agreed the work plan, adding a report on the caretaking contract for March'],
    [
      "the addition of, the month's meeting",
      'the plan be agreed with the addition of the repairs survey for the March meeting',
    ],
  ])('%s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).toEqual(march);
  });

  it.each([
    ['a clause of its own', 'the addition of a clause that the works stop in March 2028 be agreed'],
    ['a day, not a month', 'subject to the addition of a site visit on 14 March 2028'],
    ['another sentence', 'The addition of a new member was welcomed. The survey closes in March 2028'],
  ])('not: %s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).not.toEqual(march);
  });
});
