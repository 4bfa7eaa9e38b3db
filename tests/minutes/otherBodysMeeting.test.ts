// Labelling convention settled across our sets: another body's meeting is no due of this committee's item, dated or
// not (docs/minutes-parser.md, "Labelling conventions settled"). Invented bodies and wording, several forms a rule, and
// the near misses that keep their due: this body's own dated meeting, a deadline that is no sitting, a dated event.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';
import { parseMinutes } from '../../src/minutes/index.js';

const MEETING = '2027-10-12';
const own = ownBodyOf(['Minutes of the Tidemoor Housing Scrutiny Panel held on Tuesday 12 October 2027 at 6pm']);
const due = (text: string) => dueOf(text, MEETING, false, { own });

describe("another body's dated meeting gives no due", () => {
  it.each([
    // recommended to it "at its meeting on"
    'That the allocations scheme be recommended to Council at its meeting on 9 December 2027.',
    'RESOLVED to recommend the tenancy strategy to Full Council at its meeting on Thursday 9 December 2027',
    'That Council be recommended, at its meeting on 9 December 2027, to adopt the revised charges.',
    'That the Panel recommends Cabinet to approve the voids plan at its meeting on 9 December 2027.',
    // referred to it "for its meeting on"
    "That the Panel's comments be referred to Cabinet for its meeting on 16 November 2027.",
    'That the report be referred to the Audit and Governance Committee for consideration at its meeting on 16 November 2027.',
    'the petition to be referred to the Executive for its meeting on 16th November 2027',
    // to it on a day, for a purpose
    'That the rent setting report go to Council on 9 December for approval.',
    'That the fees schedule be recommended to Council on 9 December 2027 for approval.',
    'RESOLVED to RECOMMEND to Council on 9 December 2027 that the lettings policy be adopted.',
    // another committee asked to act at its meeting
    'That the Licensing Committee be asked to consider a review of the street trading zones, at its meeting on 25 November 2027.',
    'That the Corporate Parenting Board be requested to look at the care leaver offer at their meeting to be held on 25 November 2027.',
    // a paper on another body's agenda for a day
    'Action: RT - add the damp cases to the Audit Committee agenda (18 November).',
  ])('%s', (text) => {
    expect(due(text)).toBeNull();
  });

  it('reads past it for a due of its own', () => {
    expect(
      due(
        'That the report be referred to Cabinet at its meeting on 16 November 2027, and the Director reply by 30 November.',
      ),
    ).toEqual({ kind: 'date', date: '2027-11-30' });
  });
});

describe('near misses keep their due', () => {
  it.each([
    [
      "this body's own meeting on a day",
      'That the Director report back to the Panel at its meeting on 7 December 2027.',
      { kind: 'meeting', meeting: '2027-12-07' },
    ],
    [
      "this body's own meeting, named as a meeting",
      'That the item be brought to the meeting of the Panel on 7 December 2027.',
      { kind: 'meeting', meeting: '2027-12-07' },
    ],
    [
      'a deadline that is no sitting',
      'That the Head of Housing send members the figures by 9 December.',
      { kind: 'date', date: '2027-12-09' },
    ],
    [
      'a consultation closing',
      'The Clerk to respond before the consultation closes on 9 December 2027.',
      { kind: 'date', date: '2027-12-09' },
    ],
    [
      'a deadline told by another body sitting',
      'The Chair to circulate the draft before the Cabinet meets on 16 November 2027.',
      { kind: 'date', date: '2027-11-16' },
    ],
    [
      'a dated event, not a sitting',
      'That Councillor Wren attend the housing conference in Leeds on 3 November 2027.',
      { kind: 'date', date: '2027-11-03' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(due(text)).toEqual(expected);
  });
});

describe("an action list's due field that names another body's sitting gives no due", () => {
  const minutes = (when: string) =>
    parseMinutes(
      [
        'Tidemoor Housing Scrutiny Panel',
        'Minutes of the meeting held on Tuesday 12 October 2027',
        '',
        'Item 4  Rent arrears support',
        'The Panel discussed arrears among new tenants.',
        '',
        'Agreed actions',
        ` - Recommendation to Cabinet: extend the hardship fund to new tenants. When: ${when}.`,
        ' - HRM with the Finance Lead: costing of the extension. When: by 29 October 2027.',
        '',
      ].join('\n'),
    ).items.find((i) => i.category === 'recommendation');

  it('another body: no due', () => {
    expect(minutes('Cabinet 16 November 2027')?.due ?? null).toBeNull();
  });
});
