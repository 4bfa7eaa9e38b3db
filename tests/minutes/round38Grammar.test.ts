// Round 38, the grammar of the decision: a second clause after a first in one resolution, "the report be noted; the
// <post> to <verb> …". A post that names its service with an article ("the Head of the Virtual School") was not taken
// for the subject of the instruction after the semicolon, so the second commitment was lost in the noting. Invented
// minutes throughout, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { splitDecisions } from '../../src/minutes/coordination.js';

/** The items of minute 7 of an invented housing panel, whose resolution is `resolution`. */
const minuteSeven = (resolution: string) =>
  parseMinutes(
    [
      'RIVERMEAD BOROUGH COUNCIL',
      'Minutes of the Housing Scrutiny Panel held on Tuesday 9 February 2027 at 6.30 pm',
      '',
      'Present: Councillors P Adeyemi (Chair), L Thorne, G Pascoe',
      '',
      '6. Minutes',
      'RESOLVED that the minutes of the meeting held on 12 January 2027 be approved.',
      '',
      '7. Empty homes review',
      'The Housing Manager introduced the review group’s progress so far.',
      resolution,
      '',
      '8. Date of next meeting',
      'The next meeting will be held on Tuesday 9 March 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '7');

// A post that names its service with an article ("the Head of the Virtual School") after "be noted;": the instruction
// "<post> to <verb>" after the semicolon is a second decision, as it was with "the Head of Housing".
describe('an instruction to a post "of the <service>" after a semicolon', () => {
  it.each([
    [
      'Agreed: the report be noted; the Head of the Lettings Service to bring a progress report to the Panel in March.',
      /progress report/,
      'the Head of the Lettings Service',
    ],
    [
      'RESOLVED that the item be deferred; the Director of the Housing Trust to write to the Panel by 30 April 2027.',
      /write to the Panel/,
      'the Director of the Housing Trust',
    ],
  ])('%s', (resolution, text, owner) => {
    const item = minuteSeven(resolution).find((i) => text.test(i.text));
    expect(item).toBeDefined();
    expect(item?.owner).toBe(owner);
  });

  it.each([
    // a lower-case subject after the semicolon is not a named post: left as it was
    ['the report be noted; the views of the Panel to be passed on'],
    // no semicolon: one clause
    ['the Head of the Lettings Service to bring a progress report to the Panel in March'],
  ])('%s', (part) => {
    expect(splitDecisions(part)).toEqual([part]);
  });
});
