// Issue 11, round 23 (dues and types): a matter "brought back in May" after "AGREED that …" is not held back as a
// relative clause; "the addition of an item on X for March 2028" to a work programme is due at that month's meeting.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';
const panel = ownBodyOf(['Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027']);
const council = ownBodyOf(['Minutes of the meeting of Brackenford Town Council held on Tuesday 9 November 2027']);
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
      'That the work programme be agreed, subject to the addition of a session on play areas for March 2028',
    ],
    [
      'with the addition of … in',
      'the forward plan be approved as amended, with the addition of an item on lifts in March 2028',
    ],
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

describe('a report brought back "by" a named month is due at that month\'s meeting', () => {
  it.each([
    ['report back, the year given', 'the Lettings Manager report back to the Panel on the void figures by March 2028'],
    ['the passive', 'the outcome of the review be reported to this Panel by March 2028'],
    ['bring it', 'to ask the Tenants Group to draw up a charter and bring it to the Panel by March'],
    ['no body named', 'officers to report on the options for the garages by March 2028'],
    [
      'a participle after the task',
      'the Treasurer review the banking terms and seek two offers, reporting back by March 2028',
    ],
    [
      'the verb first, its object long',
      'asks the Head of Housing to present the revised allocations scheme and its costs by March 2028',
    ],
    ['"no later than"', 'the Estates Group present its findings to the Panel no later than March 2028'],
    [
      '"not later than", a resolution\'s "That"',
      'That the findings be reported to the Panel not later than March 2028',
    ],
  ])('%s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).toEqual(march);
  });

  it('a council\'s own "Full Council"', () => {
    expect(
      dueOf('the Green Spaces Group bring a draft tree strategy to Full Council by March 2028', MEETING, false, {
        own: council,
      }),
    ).toEqual(march);
  });

  it.each([
    ['a task, not a report', 'the Lettings Manager to replace the door entry system by March 2028'],
    ['the end of the month is a date', 'the Lettings Manager to report back by the end of March 2028'],
    ['a day of the month is a date', 'the Lettings Manager to report back to the Panel by 31 March 2028'],
    ['a report to another body', 'the Lettings Manager to report to the Audit Committee by March 2028'],
    ['the month in another sentence', 'The Lettings Manager will report back. Works to finish by March 2028'],
  ])('not: %s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).not.toEqual(march);
  });
});
