// Issue 11, round 24 (dues): a span counted from this sitting or what it decided — "within 14 days of this decision",
// "within six weeks of the date of this meeting" — is a span from this meeting; a span from any other event is not read.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';

describe("a span from this meeting or its decision is the item's span", () => {
  it.each([
    [
      'of this decision',
      'That Mr Oduya be asked to return the keys to the depot within 14 days of this decision',
      14,
      'days',
    ],
    [
      'of the date of this meeting',
      'The Estates Officer write to the tenants within six weeks of the date of this meeting',
      6,
      'weeks',
    ],
    ['of this resolution, passive', 'the fencing to be replaced within three months of this resolution', 3, 'months'],
    ['after this hearing', 'Councillor Amadi to circulate her notes within two weeks after this hearing', 2, 'weeks'],
    ['from today', 'The Clerk obtain three quotes within one month from today', 1, 'months'],
    [
      'of the date of this notice',
      'a noise plan to be agreed with the Council within 28 days of the date of this notice',
      28,
      'days',
    ],
    [
      'a bare span inside what is asked for comes first',
      'That the Trust send members the figures on repeat visits within 7 days, within four weeks of this meeting',
      4,
      'weeks',
    ],
  ])('%s', (_name, sentence, amount, unit) => {
    expect(dueOf(sentence, MEETING)).toEqual({ kind: 'within', amount, unit });
  });

  it.each([
    ['a span from an event to come', 'The Clerk to inspect the play area within a month of the new surface being laid'],
    ['a span from another meeting', 'The Trust be asked to respond within two months of the Board meeting'],
    [
      'an appeal against this decision',
      'The applicant has a right of appeal within 21 days of the date of this notice',
    ],
    [
      'a period required of someone else',
      'That a notice be served requiring the owner to clear the land within 28 days of this decision',
    ],
  ])('not: %s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING)).toBeNull();
  });
});
