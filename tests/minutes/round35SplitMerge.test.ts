// Round 35, split and merge: two things to track hung on one clause by a noun phrase.
// (1) A report back hung on a decision by "with" — "a review be carried out, with the outcome reported back to this
//     Committee within six months", "… with a progress report to the Board in the spring": the errand and, apart,
//     the body's own report at a later meeting, due then (the errand without that due).
// (2) Two changes to the programme named as nouns after one "with the addition of": "… and the deferral of X to the
//     March meeting", "… and an invitation to Y to attend …": the added item and, apart, the matter put back or the
//     guest invited.
// Tested on invented minutes of a district's communities panel in several layouts and wordings, with near-misses that
// must not change.
import { describe, expect, it } from 'vitest';
import { splitDecisions } from '../../src/minutes/coordination.js';
import { scrutinyPanelItems } from './helpers/scrutinyPanel.js';

const items = (lines: string[]) =>
  scrutinyPanelItems(
    'Allotments and Green Spaces',
    'The Parks Manager presented a report on allotment provision.',
    lines,
  );

describe('a report back hung on a decision by "with": the errand and the report apart', () => {
  it.each([
    [
      'RESOLVED – That a review of allotment rents be undertaken, with the outcome reported back to this Panel within six months.',
      /review of allotment rents be undertaken$/i,
      { kind: 'within', amount: 6, unit: 'months' },
    ],
    [
      'RESOLVED – That the Parks Manager consult plot holders on the new tenancy terms, with the findings brought back to the Panel at its March meeting.',
      /consult plot holders on the new tenancy terms$/i,
      { kind: 'month', month: 'March' },
    ],
    [
      'The Panel RESOLVED to ask the Parks Manager to set up a plot holders’ forum, with a progress report to the Panel in the spring.',
      /set up a plot holders’ forum$/i,
      null,
    ],
    [
      'RESOLVED – That a survey of waiting lists be undertaken, with the results presented to the next meeting.',
      /survey of waiting lists be undertaken$/i,
      { kind: 'next' },
    ],
  ])('%s', (line, errand, due) => {
    const got = items([line]);
    expect(got).toHaveLength(2);
    const [first, report] = got;
    expect(first.text).toMatch(errand);
    expect(first.due).toBeNull();
    expect(report.type).toBe('work-programme');
    if (due) expect(report.due).toEqual(due);
  });

  it('under a stem that recommends to another body, the report back is still this body’s business', () => {
    const got = items([
      'The Panel AGREED to RECOMMEND to the Cabinet that:',
      '(1) the grant to the allotment federation be renewed;',
      '(2) a review of allotment rents be undertaken, with the outcome reported back to this Panel within six months.',
    ]);
    const report = got.find((i) => /outcome/i.test(i.text));
    expect(report?.type).toBe('work-programme');
    expect(report?.due).toEqual({ kind: 'within', amount: 6, unit: 'months' });
    expect(got.find((i) => /review of allotment rents/i.test(i.text))?.due).toBeNull();
  });

  it.each([
    // how the thing decided is made, not a report
    'That the rent increase be approved, with the cap set at 2%.',
    'That the survey findings be noted, with the results attached to the response to the consultation.',
    // a report to no meeting or body: the press, residents
    'That a review of allotment rents be carried out, with the outcome reported in the parish newsletter.',
    // a report to another body named as such goes elsewhere, not to this body's programme
    'That a review of allotment rents be undertaken, with a progress report to the Health and Wellbeing Board in June.',
    // no comma: one noun phrase
    'That the Parks Manager prepare a plan with a report to the Panel in the spring.',
  ])('no report apart: %s', (line) => {
    expect(splitDecisions(line)).toEqual([line.replace(/\.$/, '.')].map((l) => l));
  });
});

describe('two changes to the programme after one "with the addition of"', () => {
  it.each([
    [
      'RESOLVED – That the work programme be agreed, with the addition of an item on path lighting for the February 2027 meeting and the deferral of the tree strategy to the April meeting at the request of officers.',
      /tree strategy be deferred to the April meeting/i,
      { kind: 'month', month: 'April' },
      null,
    ],
    [
      'RESOLVED that the work plan be approved, subject to the addition of a report on play areas at the February meeting and the postponement of the cemetery review until the June meeting.',
      /cemetery review be postponed until the June meeting/i,
      { kind: 'month', month: 'June' },
      null,
    ],
    [
      'RESOLVED – That the work programme be agreed, with the addition of an item on path lighting for the February 2027 meeting and an invitation to the Chief Inspector to attend the March meeting.',
      /Chief Inspector be invited to attend the March meeting/i,
      { kind: 'month', month: 'March' },
      /Chief Inspector$/,
    ],
  ])('%s', (line, second, due, owner) => {
    const got = items([line]);
    expect(got).toHaveLength(2);
    expect(got[0].text).toMatch(/^the addition of (?:an item on path lighting|a report on play areas)/i);
    expect(got[0].text).not.toMatch(/\band (?:the|an) (?:deferral|postponement|invitation)\b/i);
    expect(got[1].text).toMatch(second);
    expect(got[1].due).toEqual(due);
    if (owner) expect(got[1].owner).toMatch(owner);
  });

  it.each([
    // a change that takes nothing off to track: the removal is part of agreeing the programme
    'That the work programme be agreed, with the addition of an item on path lighting for the February meeting and the removal of the parking item.',
    // a deferral that says no when
    'That the work programme be agreed, with the addition of an item on path lighting for the February meeting and the deferral of the rent review for a period.',
    // the deferral is the item's own subject, not a second change
    'That the work programme be agreed, with the addition of an item on the deferral of rents to 2027 for plot holders.',
  ])('one addition: %s', (line) => {
    const parts = splitDecisions(line);
    expect(parts.filter((p) => /^the (?:addition|inclusion) of/i.test(p))).toHaveLength(1);
    expect(parts.some((p) => /\bbe (?:deferred|invited|removed)\b/i.test(p))).toBe(false);
  });
});
