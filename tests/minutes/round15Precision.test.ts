// Round 15, precision: forms of writing the importer proposed that a clerk would not track, each a plain rule of
// English or of how minutes are laid out. Invented wording throughout, several layouts a rule, and near-misses that
// must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'MINUTES of the Ferrisby Town Council Amenities Committee held on 9 March 2027\n\nPresent: Councillors Achebe (Chair), Brannigan, Ceylan\n\n';
const read = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 8.15 pm.\n`);
const texts = (body: string) => read(body).items.map((i) => i.text);

describe('a charge kept where it is, at an amount or its present level, is set by the decision', () => {
  const ERRAND = '(z) That the Clerk order two new litter bins by 30 April 2027.';
  it.each([
    ['passive "be held at" two amounts', 'That the pitch fees be held at £30 for residents and £45 for visitors.'],
    ['"remain at" an amount, a year named', 'That hall hire charges for 2027/28 remain at £18 an hour.'],
    ['"be frozen at" this year\'s level', "That the burial fees be frozen at this year's level."],
    ['"stay at" the current level', 'That the grant to the youth club stay at the current level.'],
    ['"remain unchanged at" a percentage', 'That the discount for members remain unchanged at 10%.'],
    ['"be kept at" the existing rate', 'That the room rate be kept at the existing rate.'],
  ])('%s', (_name, clause) => {
    expect(texts(`12. Fees and charges\n\nRESOLVED:\n(a) ${clause}\n${ERRAND}`)).toEqual([
      'The Clerk order two new litter bins by 30 April 2027.',
    ]);
  });

  it.each([
    ['an event held at a place', 'That the summer fair be held at the Green on 4 July 2027.'],
    ['someone named to hold a sum', 'That the Treasurer hold the float at £200 until the audit.'],
    [
      'another body asked to hold the charge',
      'That the Committee recommend to the Cabinet Member for Parks that the pitch fee be held at £40 for 2027-28.',
    ],
  ])('near-miss: %s', (_name, clause) => {
    expect(texts(`12. Fees and charges\n\nRESOLVED:\n(a) ${clause}`)).toHaveLength(1);
  });
});

describe('an option a decision record prints with its verdict in brackets is no item', () => {
  const DECISION =
    'JC 12  Cleaning contract\n\nDECISION:\n(1) That the contract be awarded to the preferred bidder.\n(2) That the Manager write to the bidders by 30 April 2027.\n';
  it.each([
    [
      'lettered, "(rejected: …)"',
      'Options considered:\nB. Extend the current contract by a year (rejected: the option has been used)',
    ],
    [
      'numbered, "(not pursued, as …)"',
      'Other options:\n2. Bring the work in-house (not pursued, as there is no depot)',
    ],
    ['no heading, "(rejected because …)"', 'Re-let the contract in two lots (rejected because of the cost).'],
    ['a bare verdict in brackets', 'Alternative options: Share a contract with Hollins District Council (rejected).'],
  ])('%s', (_name, options) => {
    expect(texts(`${DECISION}${options}`)).toEqual(['The Manager write to the bidders by 30 April 2027.']);
  });

  it('near-miss: a bracket that tells the history of the thing to be done', () => {
    expect(
      texts('JC 13  Bid\n\nRESOLVED: That the Manager re-submit the grant bid (rejected last month) by 1 June 2027.'),
    ).toHaveLength(1);
  });
});

describe('the minutes approved subject to a correction are one approval, not an errand', () => {
  it.each([
    [
      'a member added to those present',
      'RESOLVED: That the minutes of the meeting held on 2 February 2027 be approved as a correct record, subject to Councillor Ross being added to the list of those present.',
    ],
    [
      'a date corrected, "agreed"',
      'RESOLVED – That the minutes of the working group be agreed, subject to the date in minute 6 being corrected to 14 January.',
    ],
    [
      'the active, "to approve the minutes"',
      'It was RESOLVED to approve the minutes of 12 January 2027, subject to the apologies of Councillor Dee being recorded.',
    ],
  ])('%s', (_name, line) => {
    expect(texts(`3. Minutes\n\n${line}`)).toEqual([]);
  });

  it.each([
    [
      'a plan approved subject to someone acting',
      'RESOLVED: That the play area plan be approved, subject to a quote being obtained from the insurers.',
    ],
  ])('near-miss: %s', (_name, line) => {
    expect(texts(`5. Play area\n\n${line}`)).toHaveLength(1);
  });
});

describe('an item of business named by its matter and taken off the programme leaves nothing to track', () => {
  it.each([
    [
      'passive, "as it is to be considered by" another body',
      'That the youth item be removed from the programme, as it is to be considered by the Safety Committee.',
    ],
    [
      'withdrawn from the agenda, "because"',
      'That the road safety item be withdrawn from the agenda because Cabinet will take it.',
    ],
    ['dropped from the work plan', 'That the two allotment items be dropped from the work plan.'],
  ])('%s', (_name, clause) => {
    expect(texts(`12. Work programme\n\nRESOLVED:\n(a) That the work programme be agreed.\n(b) ${clause}`)).toEqual([]);
  });

  it.each([
    ['things taken from a store', 'That the broken items be removed from the store by the Clerk.'],
    ['the Clerk clearing a noticeboard', 'That the Clerk remove the old items from the noticeboard.'],
  ])('near-miss: %s', (_name, clause) => {
    expect(texts(`12. Storage\n\nRESOLVED:\n(a) ${clause}`)).toHaveLength(1);
  });
});

describe('a point of a permission "subject to:" that only names its conditions is no item', () => {
  it.each([
    [
      'delegated to grant, numbered points, "with an additional condition requiring"',
      'RESOLVED - That authority be delegated to the Head of Planning to GRANT permission subject to:\n  (1) the completion of a section 106 agreement within six months; and\n  (2) the conditions set out in the report, with an additional condition requiring a noise survey.',
      ['The completion of a section 106 agreement within six months'],
    ],
    [
      'permission granted, lettered points, a condition amended "to require … to be built"',
      'RESOLVED: that permission be granted subject to:\n(a) the conditions in Annex B, with condition 6 amended to require the fence to be built first;\n(b) the Head of Planning being authorised to agree the final wording of the conditions.',
      ['The Head of Planning being authorised to agree the final wording of the conditions.'],
    ],
    [
      'the standard conditions alone',
      'RESOLVED: That the application be approved subject to:\ni) the standard conditions listed in the update sheet;\nii) the Planning Manager to issue the decision by 30 April 2027.',
      ['The Planning Manager to issue the decision by 30 April 2027.'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(texts(`74   Land at Mill Farm\n\n${body}`)).toEqual(expected);
  });

  it.each([
    [
      'conditions to be reviewed by someone',
      'That the conditions in Annex C be reviewed by the Head of Planning by 1 June 2027.',
    ],
    ['conditions to be enforced', 'That the planning conditions at the depot be enforced.'],
  ])('near-miss: %s', (_name, clause) => {
    expect(texts(`76   Depot\n\nRESOLVED:\n(a) ${clause}`)).toHaveLength(1);
  });
});

describe('an adverb of manner between the subject and its verb is neither', () => {
  it.each([
    ['"retrospectively endorse"', 'That the Board retrospectively endorse the Quarter 3 return.'],
    ['"provisionally agree"', 'That the Committee provisionally agree the dates for 2028.'],
    ['"reluctantly accept"', 'That the Panel reluctantly accept the revised figures.'],
  ])('a recording verb so qualified is still a record: %s', (_name, clause) => {
    expect(texts(`5. Returns\n\nRESOLVED:\n(a) ${clause}`)).toEqual([]);
  });

  it.each([
    ['"urgently write"', 'That the Clerk urgently write to the police by 1 May 2027.'],
    ['"personally deliver"', 'That the Clerk personally deliver the letter to the school.'],
    ['a verb ending in -ly, "apply"', 'That the Clerk apply for the lottery grant by 1 June 2027.'],
  ])('an errand so qualified keeps its owner: %s', (_name, clause) => {
    expect(read(`5. Errands\n\nRESOLVED:\n(a) ${clause}`).items.map((i) => i.owner)).toEqual(['the Clerk']);
  });
});
