// Round 22, precision on the new sets: what the importer proposed that a clerk would not track, read from fresh 61–66's
// extras and counted across the sets — each rule tested on invented wording, several ways a rule, with near-misses
// that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { withoutPageLinks } from '../../src/minutes/pageNotices.js';
import { rejectedOption } from '../../src/minutes/untracked.js';

/** Invented minutes of a town council's finance committee: one resolution under minute 31. */
const finance = (resolution: string[]) =>
  [
    'Ashby Vale Town Council',
    'Finance and General Purposes Committee',
    'Minutes of the meeting held on 9 February 2027',
    '',
    '31. Budget monitoring',
    'The Town Clerk presented the report on spending to the end of January.',
    ...resolution,
    '',
  ].join('\n');

const kinds = (text: string) => parseMinutes(text).items.map((i) => i.category);

describe("money or leave carried forward into the next year is the year's accounts, not a matter put back", () => {
  it.each([
    ['RESOLVED: That the unspent play area budget of £3,200 be carried forward to 2027/28.'],
    [
      'RESOLVED:',
      '(a) that the report be noted;',
      '(b) that the underspend on grounds maintenance be carried forward to 2027/28.',
    ],
    ['It was RESOLVED that the remaining balance of the events fund be carried forward into the next financial year.'],
    ["RESOLVED: That up to three days of the Clerk's untaken leave be carried forward to 31 March 2028."],
    ['RESOLVED: That slippage of £45,000 on the depot scheme be carried over to 2027-28.'],
    ['AGREED: To carry forward the unallocated grant money of £800 to the next round.'],
    ['RESOLVED: That £1,500 be carried forward to next year for the bus shelter.'],
  ])('%s gives no deferral', (...resolution) => {
    expect(kinds(finance(resolution))).not.toContain('deferral');
    expect(kinds(finance(resolution))).not.toContain('action');
  });

  it.each([
    // a matter carried to a meeting is put back
    ['RESOLVED: That the report on the budget be carried forward to the next meeting.'],
    ['RESOLVED: That the review of the grants policy be carried forward to the March meeting.'],
    ['RESOLVED: That the item on allotment fees be carried forward to the agenda of the April meeting.'],
    // a report's subject with no money named, to a month: put back
    ['RESOLVED: That the internal audit report be carried forward to January.'],
  ])('%s stays a deferral', (...resolution) => {
    expect(kinds(finance(resolution))).toContain('deferral');
  });

  it('someone named to carry the money forward is still proposed (not read as the year-end)', () => {
    const text = finance([
      'RESOLVED: That the Responsible Financial Officer carry forward the £600 balance to 2027/28 in the accounts.',
    ]);
    expect(kinds(text)).toHaveLength(1);
  });
});

describe("a bar of a web page's links, cells set apart by '|', is the page's furniture", () => {
  it.each([
    'Back to top  |  Accessibility  |  Contact us  |  Privacy and cookies',
    'Back to top | Contact us | Privacy',
    'Accessibility | Back to top | Cookies',
    'Print this page  |  Share this page  |  Contact us',
    'Skip to main content | Home | Your council',
  ])('%s is dropped', (line) => {
    expect(withoutPageLinks(['1. Minutes', 'The minutes were approved.', '', line])).toEqual([
      '1. Minutes',
      'The minutes were approved.',
      '',
    ]);
  });

  it.each([
    // a flattened action log's row: no page link among its cells
    'AB/12 | Send the survey to members | JR | Dec 2027 | Open',
    // a sentence that mentions going back to the top of a list, no bar
    'Back to top of the waiting list for the two families concerned.',
    // a row of a table whose cell only holds words of a link among others
    'Item | Contact us about the hall hire | Clerk | March',
  ])('%s is kept', (line) => {
    expect(withoutPageLinks(['1. Minutes', line, 'The minutes were approved.'])).toContain(line);
  });

  it('a decision page ending in such a bar proposes nothing from it', () => {
    const page = [
      'Holmbury County Council',
      'Cabinet – decisions taken on 12 May 2027',
      '',
      'CAB/27/14  Library opening hours',
      'Decision: That the revised opening hours be approved.',
      '',
      'Back to top  |  Accessibility  |  Contact us  |  Privacy and cookies',
    ].join('\n');
    expect(parseMinutes(page).items.map((i) => i.text)).not.toContainEqual(expect.stringMatching(/Contact us/));
  });
});

describe('an option rejected "on" its ground is a rejected option', () => {
  it.each([
    '(b) Build a second depot on the north site - rejected on cost (about £3m).',
    'Extend the contract for a year – rejected on grounds of value for money.',
    'Option C: close the branch — rejected on the basis of the consultation.',
    'Move the market to Sundays - rejected on legal advice.',
  ])('%s is read as rejected', (text) => {
    expect(rejectedOption(text)).toBe(true);
  });

  it.each([
    // "rejected" about a thing, not as a verdict after a dash
    'That the Clerk write to the applicant whose claim was rejected on Monday.',
    'The contractor to remove the panels rejected on inspection.',
  ])('%s is not', (text) => {
    expect(rejectedOption(text)).toBe(false);
  });
});

describe('a named person taking a seat on a body named in lower case is an appointment', () => {
  /** Invented parish minutes: one lettered resolution under minute 52. */
  const parish = (clause: string) =>
    [
      'Brindle Green Parish Council',
      'Minutes of the meeting held on 14 April 2027',
      '',
      '52. Village plan',
      'RESOLVED:',
      'a) that the update be noted;',
      `b) ${clause}`,
      '',
    ].join('\n');

  it.each([
    'that Cllr Pike join the steering group as a second council representative.',
    'that Mrs Oduya sit on the working party until May.',
    'that Councillor Lamb serve on the grants panel for the coming year.',
    'that Mr Ives join the project board in place of Mr Dale.',
    'that Cllr R Stone join the interview panel.',
  ])('%s gives nothing to track', (clause) => {
    expect(parseMinutes(parish(clause)).items.map((i) => i.category)).toEqual([]);
  });

  it.each([
    // what is joined is no body
    'that Cllr Pike join the parish walk on Sunday and report back.',
    'that Mrs Oduya join the litter pick on 3 May.',
    // no one named: the body itself acts
    'that the Council join the county association.',
  ])('%s is still proposed', (clause) => {
    expect(parseMinutes(parish(clause)).items.length).toBeGreaterThan(0);
  });
});

describe('a figure changed from one number to another by the decision itself is set, not an errand', () => {
  /** Invented committee minutes: one minute on a risk register. */
  const register = (sentence: string) =>
    [
      'Northfold Integrated Care Board',
      'Quality Committee',
      'Minutes of the meeting held on 9 February 2027',
      '',
      'QC/27/12  Risk register',
      sentence,
      '',
    ].join('\n');

  it.each([
    'The committee AGREED to increase the score of risk R7 (discharge delays) from 9 to 12.',
    'It was agreed to reduce the rating of risk 4 from 16 to 12.',
    'RESOLVED: That the score of risk C3 be raised from 8 to 15.',
    'The Committee agreed to lower the target for the year from 95 to 92 per cent.',
  ])('%s gives nothing to track', (sentence) => {
    expect(parseMinutes(register(sentence)).items.map((i) => i.category)).toEqual([]);
  });

  it.each([
    // someone named to change the figure runs an errand
    'The Chief Nurse to reduce the agency spend from 12 to 8 per cent.',
    'RESOLVED: That the Director increase the number of audits from 4 to 6 and report back in June.',
  ])('%s is still proposed', (sentence) => {
    expect(parseMinutes(register(sentence)).items.length).toBeGreaterThan(0);
  });
});

describe("an adverb before the verb a list's stem leads into is no verb of its own", () => {
  /** Invented resolution of a board: "That the Board:" and lettered clauses. */
  const board = (clauses: string[]) =>
    [
      'Northfold Council',
      'Health and Wellbeing Board',
      'Minutes of the meeting held on 9 February 2027',
      '',
      '32. Better Care Fund',
      'RESOLVED - That the Board:',
      ...clauses,
      '',
    ].join('\n');

  it.each([
    [
      [
        '(a) retrospectively approves the Quarter 3 return, submitted on 2 February under delegation;',
        '(b) notes the position.',
      ],
    ],
    [['a) Formally notes the year-end position;', 'b) approves the plan.']],
    [['(i) unanimously endorses the strategy;', '(ii) wholeheartedly welcomes the report.']],
  ])('%j gives nothing to track', (clauses) => {
    expect(parseMinutes(board(clauses)).items.map((i) => i.category)).toEqual([]);
  });

  it('an errand after the adverb is still an errand', () => {
    const items = parseMinutes(
      board(['(a) notes the report;', '(b) urgently asks the Director of Public Health to report on uptake in June.']),
    ).items;
    expect(items.length).toBeGreaterThan(0);
  });
});

describe("the work programme's addition of this meeting's own items, pointed to and not named, adds nothing new", () => {
  /** Invented scrutiny minutes: the work programme minute. */
  const programme = (resolution: string) =>
    [
      'Northfold Council',
      'Scrutiny Panel',
      'Minutes of the meeting held on 9 February 2027',
      '',
      '12. Work programme',
      'The Scrutiny Officer presented the draft work programme.',
      resolution,
      '',
    ].join('\n');

  it.each([
    'RESOLVED: That the work programme be agreed, subject to the addition of the items agreed at this meeting.',
    'RESOLVED that the work programme be noted, subject to the addition of the items at minutes 8(b) and 10(c).',
    'RESOLVED – That the work programme be approved, with the inclusion of the matters raised above.',
    'RESOLVED: That the work programme be agreed with the addition of the two items identified earlier in the meeting.',
  ])('%s gives nothing to track', (resolution) => {
    expect(parseMinutes(programme(resolution)).items.map((i) => i.category)).toEqual([]);
  });

  it.each([
    // a new item named
    'RESOLVED that the work programme be noted, subject to the addition of the items on bus lanes and parking.',
    'RESOLVED: That the work programme be agreed, subject to the addition of an item on school transport at the March meeting.',
  ])('%s still adds to the programme', (resolution) => {
    expect(parseMinutes(programme(resolution)).items.map((i) => i.category)).toContain('work-programme');
  });
});
