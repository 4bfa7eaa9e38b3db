// Round 27, precision: non-decisions read by their structure, not their words. Another body's timetable told in the
// future — the body (or one of its sittings) as the subject, or a paper's route to it, with "will", "would", "is to" —
// is that body's business, printed so members know when; it is neither an errand of this meeting nor its decision.
// Tested on invented minutes in several layouts (a resolution, a clerk's note, a bracketed aside, the discussion), with
// near-misses that must stay items: this body's own sitting, a person's undertaking, a matter this body sends on.
import { describe, expect, it } from 'vitest';
import { othersTimetable } from '../../src/minutes/othersTimetable.js';
import { secondInstructionMarked } from '../../src/minutes/secondInstruction.js';
import { parseMinutes } from '../../src/minutes/index.js';
import type { OwnBody } from '../../src/minutes/bodies.js';

/** Invented minutes of a district's environment scrutiny panel: the lines given under minute 14. */
const panel = (lines: string[]) =>
  [
    'Fernhollow District Council',
    'Minutes of the Environment Scrutiny Panel held on 4 November 2026',
    '',
    '14. Waste Collection Charges 2027/28',
    'The Waste Services Manager introduced the report on garden waste and bulky item charges.',
    ...lines,
    '',
    '15. Date of next meeting',
    'The next meeting will be held on 13 January 2027.',
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items;
const texts = (text: string) => items(text).map((i) => i.text);

describe("another body's timetable, told, gives no item", () => {
  it.each([
    // a clerk's note under the resolution
    [
      'RESOLVED: That the report be noted.',
      'Note: the Executive will consider the charges at its meeting on 8 December 2026.',
    ],
    // a bracketed aside
    [
      'RESOLVED: That the report be noted.',
      '(Full Council will consider the charges at its meeting on 24 February 2027.)',
    ],
    // a paper's route, joined to the noting by "and that"
    [
      'RESOLVED: That the report be noted and that the final schedule would go to the Executive on 8 December 2026.',
      '',
    ],
    [
      'Decision: The Panel noted the report and that the final schedule would go to the Executive on 8 December 2026.',
      '',
    ],
    // "is to", with a month
    ['RESOLVED: That the report be noted.', 'The Executive is to decide the charges in December.'],
  ])('%s / %s', (a, b) => {
    expect(texts(panel([a, b]))).toEqual([]);
  });

  // Near-misses: this body's own sitting, a person who undertakes to take it there, a matter this body sends on, and
  // another body asked to act — all still items.
  it.each([
    ['RESOLVED: That the Panel consider the charges again at its meeting on 13 January 2027.'],
    ['The Waste Services Manager would report the final schedule to the Executive on 8 December 2026.'],
    ['RESOLVED: That the Panel’s comments be submitted to the Executive for its meeting on 8 December 2026.'],
    ['RESOLVED: That the Executive be asked to consider a concession for tenants at its meeting on 8 December 2026.'],
    ['RESOLVED: That the Panel will review the charges at its meeting on 13 January 2027.'],
  ])('%s still gives an item', (line) => {
    expect(items(panel([line])).length).toBeGreaterThan(0);
  });
});

describe('othersTimetable reads the form, not the words', () => {
  const own: OwnBody = {
    name: 'Environment Scrutiny Panel',
    is: (np) => /^(?:the\s+)?(?:panel|environment scrutiny panel)$/i.test(np.trim()),
  };
  it.each([
    'Cabinet will consider the tariff at its meeting on 2 March 2027.',
    'NB: the Licensing Committee would determine the policy in April.',
    'The draft strategy will go to the Health and Wellbeing Board on 9 February 2027.',
    'It would come before the Planning Committee on 3 March 2027.',
    "the Trust Board's January meeting will consider the estates plan",
    '(The Town Council is due to consider the precept in January.)',
  ])('%s is another body’s timetable', (text) => {
    expect(othersTimetable(text, own)).toBe(true);
  });
  it.each([
    // this body
    'The Panel will consider the tariff at its meeting on 2 March 2027.',
    // a person, not a body or a paper
    'The Director would present the strategy to Cabinet on 9 February 2027.',
    // no time told, and more than a pronoun
    'Cabinet will consider the tariff.',
    // asked, not told
    'That Cabinet consider the tariff at its meeting on 2 March 2027.',
    // another body doing work, not sitting on a matter
    'The County Council will repair the footway in March.',
    // a paper's route told without the other body's day, or sent by a passive: read as the resolution reads it
    'The final strategy would go to Cabinet in the spring.',
    'The draft strategy will be presented to the Health and Wellbeing Board on 9 February 2027.',
  ])('%s is not', (text) => {
    expect(othersTimetable(text, own)).toBe(false);
  });
});

describe('a timetable told with what this meeting did in the same sentence stays read', () => {
  it('keeps the request after the semicolon', () => {
    const found = items(
      panel([
        "The Officer said the Executive's Waste Board would discuss bulky collections on 2 December; members asked that the Board's chair be invited to the Panel's January meeting.",
        'RESOLVED: That the report be noted.',
      ]),
    );
    expect(found.length).toBeGreaterThan(0);
  });
});

/** Invented minutes of a parish council: the lines given under minute 31. */
const parish = (lines: string[]) =>
  [
    'Oakbridge Parish Council',
    'Minutes of the meeting of Oakbridge Parish Council held on 4 November 2026',
    '',
    '31. Highways and amenities',
    ...lines,
    '',
    '32. Date of next meeting',
    'The next meeting will be held on 2 December 2026.',
    '',
  ].join('\n');

describe('a new actor after "and" begins an errand of its own', () => {
  it.each([
    ['RESOLVED: That the policy be adopted and the Clerk to publish it on the website.', 'the Clerk'],
    ['RESOLVED: That the revised policy be adopted, and the Clerk to publish it on the website.', 'the Clerk'],
    ['RESOLVED: That the quotation from Ashby Fencing be accepted and Cllr Hale to arrange the work.', 'Cllr Hale'],
    ['RESOLVED – the grant of £400 to the youth club be approved and RK to send the cheque.', 'RK'],
    [
      'It was RESOLVED to approve the draft budget and the Responsible Financial Officer to prepare the precept form.',
      'the Responsible Financial Officer',
    ],
  ])('%s gives an item for %s', (line, owner) => {
    const found = items(parish([line]));
    expect(found.map((i) => i.owner)).toContain(owner);
  });

  // Near-misses: two people given one errand, and a title that holds "and" — one item, not split between them.
  it.each([
    'RESOLVED: That Cllr Hale and the Clerk to meet the contractor on site.',
    'RESOLVED: To ask the Chairman and the Clerk to sign the mandate.',
    'RESOLVED: That the Head of Parks and Open Spaces to arrange the replanting.',
    // a purpose with its own actors: the reason for a deferral, no errand
    'RESOLVED: That the application be deferred to allow the applicant to submit a drainage survey and the Drainage Officer to comment on it.',
  ])('%s stays one item', (line) => {
    expect(items(parish([line]))).toHaveLength(1);
  });
});

describe('a second instruction whose "to" is left out', () => {
  it.each([
    ['RESOLVED: To approve the draft budget and refer it to the Finance Committee.', 'recommendation'],
    ['RESOLVED: To adopt the revised standing orders and send them to the District Council.', 'recommendation'],
    ['It was RESOLVED to accept the quotation and ask the contractor to start in March.', 'action'],
  ])('%s gives the second as an item', (line, category) => {
    expect(items(parish([line])).map((i) => i.category)).toContain(category);
  });

  it.each([
    // the second verb is the asked body's, not the meeting's
    'to ask the County Council to repair the wall and send the bill to the owner',
    // a verb that neither sends nor asks keeps one clause
    'To note the report and thank the officers.',
    // an errand's own steps: the second hands on what the first made
    'Cllr Vance agreed to photograph the culvert and send it to the Clerk.',
    // inside a that-clause
    'to request that officers survey the verge and write to the landowner',
  ])('%s is left as printed', (text) => {
    expect(secondInstructionMarked(text)).toBe(text);
  });
});

describe('a step handed on to the next actor is due when the next one is', () => {
  it('gives the drafting the day of the submission', () => {
    const found = items(
      parish([
        'Six houses at Mill Farm. After discussion it was RESOLVED to object on the grounds of flood risk. Cllr Ross to draft the comments and Clerk to send them by 20th November.',
      ]),
    );
    const draft = found.find((i) => /draft/.test(i.text));
    expect(draft?.due).toEqual({ kind: 'date', date: '2026-11-20' });
  });
});
