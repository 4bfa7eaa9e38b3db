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
    expect(kinds(text).filter((k) => k !== 'noted')).toHaveLength(1);
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
