// Round 20, owners: who a minute names to act, read from the grammar of the sentence — tested on invented wording,
// several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** An invented scrutiny panel's minutes with one resolution, its clauses numbered. */
const minutes = (...clauses: string[]) =>
  [
    'Wendlebury District Council',
    'Leisure Scrutiny Panel',
    'Minutes of the meeting held on 12 May 2026',
    '',
    '14. Swimming Pool Opening Hours',
    'The Leisure Manager introduced the report on pool use.',
    'RESOLVED -',
    '(1) That the report be noted.',
    ...clauses,
    '',
    '15. Date of Next Meeting',
    'Tuesday 23 June 2026.',
  ].join('\n');

const owners = (...clauses: string[]) =>
  parseMinutes(minutes(...clauses))
    .items.filter((i) => /group|panel|review|pool/i.test(i.text))
    .map((i) => (i.owners ?? [i.owner]).join(' + '));

describe('a body set up "with its terms of reference to be agreed by X": X sets it up', () => {
  it.each([
    [
      '(2) That a working group of three members be set up to look at pool opening hours, with terms of reference to be agreed by the Vice-Chair and the Clerk.',
      'the Vice-Chair + the Clerk',
    ],
    [
      '(2) That a review panel of five councillors be established to look at court hire charges, its terms of reference to be agreed by the Chairman and the Leisure Manager.',
      'the Chairman + the Leisure Manager',
    ],
    [
      '(2) That a task and finish group be formed to examine changing-room repairs, with its terms of reference to be approved by the Vice-Chair.',
      'the Vice-Chair',
    ],
    [
      '(2) That a review panel of five members be created to consider swimming lesson prices,',
      'the terms of reference to be settled by the Head of Leisure.',
      'the Head of Leisure',
    ],
  ])('%s', (...lines) => {
    const expected = lines.pop();
    expect(owners(...lines)).toEqual([expected]);
  });

  it.each([
    // near-misses: no agent after "to be … by" (a day is when), and no aside at all — the body set up does the task
    [
      '(2) That a working group of three members be set up to look at pool opening hours, with terms of reference to be agreed by 30 June 2026.',
      // (round 31: a group's size is not part of its name — fresh 69 02 and 109 04 label the group without it)
      'working group',
    ],
    ['(2) That a Pool Hours Working Group be set up to look at opening hours.', 'Pool Hours Working Group'],
  ])('%s', (clause, expected) => {
    expect(owners(clause)).toEqual([expected]);
  });
});

/** An invented overview panel's resolution that passes something on to a member who decides alone. */
const passedOn = (clause: string) =>
  parseMinutes(
    [
      'Hollinford Borough Council',
      'Overview and Scrutiny Panel',
      'Minutes of the meeting held on 4 June 2026',
      '',
      '8. Allotment Rents Review',
      'The Allotments Officer presented the review.',
      'RESOLVED:',
      '(1) That the report be noted.',
      clause,
      '',
      '9. Date of Next Meeting',
      'Wednesday 15 July 2026.',
    ].join('\n'),
  )
    .items.filter((i) => /allotment|rent|plot/i.test(i.text))
    .map((i) => [i.category, i.owner]);

describe("the body's own view passed on to a member who decides: that member owns it", () => {
  it.each([
    "(2) That the Panel's comments on plot rents be forwarded to the Cabinet Member for Parks and Open Spaces.",
    '(2) That the following comments be sent to the Portfolio Holder for Leisure for consideration before the rents are set: plot rents should rise by no more than 5%.',
    "(2) That the Panel's concerns about waiting lists for allotment plots be passed to the Executive Member for Environment ahead of the rent decision.",
    '(2) That the findings of the review of allotment rents be forwarded to the Cabinet Member for Parks for a response.',
  ])('%s', (clause) => {
    const [[kind, owner]] = passedOn(clause);
    expect(kind).toBe('recommendation');
    expect(owner).toMatch(/^(?:the\s+)?(?:Cabinet Member|Portfolio Holder|Executive Member) for /);
  });

  it.each([
    // near-misses: a paper delivered to a member is an errand or information, not theirs to decide; a letter sent by
    // someone named is that person's errand
    '(2) That a copy of the allotment rents report be sent to the Cabinet Member for Parks.',
    '(2) That the Panel’s comments on plot rents be sent by the Allotments Officer to the Cabinet Member for Parks.',
  ])('%s', (clause) => {
    const owners = passedOn(clause).map(([, owner]) => owner);
    expect(owners.every((o) => !/^(?:the\s+)?Cabinet Member/.test(o ?? ''))).toBe(true);
  });
});

describe('a passive whose agent comes after its complement: the agent acts', () => {
  it.each([
    [
      "(2) That the Panel's comments on plot rents be reported to Cabinet on 9 July 2026 by the Vice-Chair.",
      'the Vice-Chair',
    ],
    ['(2) That the allotment holders be told of the new rents by the Allotments Officer.', 'the Allotments Officer'],
    [
      "(2) That the Panel's findings on plot rents be sent to the Cabinet Member for Parks by the Chair by 30 June 2026.",
      'the Chair',
    ],
    [
      '(2) That the tenants of the allotments be informed of the outcome by Democratic Services.',
      'Democratic Services',
    ],
  ])('%s', (clause, owner) => {
    expect(passedOn(clause).map(([, o]) => o)).toEqual([owner]);
  });

  it.each([
    // near-misses: "by" and a day or a month after the complement is when, not who
    ["(2) That the Panel's comments on plot rents be reported to Cabinet by July.", 'Cabinet'],
    ["(2) That the Panel's comments on plot rents be reported to Cabinet by Friday 10 July.", 'Cabinet'],
  ])('%s', (clause, owner) => {
    expect(passedOn(clause).map(([, o]) => o)).toEqual([owner]);
  });
});

/** Invented typed notes with an attendance list of initials and "ACTION:" lines under an item. */
const notes = (...lines: string[]) =>
  parseMinutes(
    [
      'Farnley Community Safety Board',
      'Notes of meeting - Tuesday 10 March 2026, 10.00am',
      '',
      'Present:',
      'Cllr Peter Wragg (PW) - Chair',
      'Lisa Tandoh (LT) - Community Safety Manager',
      'Omar Quill (OQ) - Neighbourhood Inspector',
      '',
      '2. Street lighting',
      'LT presented the lighting audit. The Board noted it.',
      ...lines,
      '',
      'Next meeting: Tuesday 9 June 2026',
    ].join('\n'),
  ).items.map((i) => [(i.owners ?? [i.owner]).join(' + '), i.text]);

describe('"ACTION: <errand> - XX": initials closing the action line after a dash own the errand', () => {
  it.each([
    ['ACTION: Send the audit map to all partners - LT', 'LT', 'Send the audit map to all partners'],
    ['ACTION: Lighting audit map to all partners – OQ', 'OQ', 'Lighting audit map to all partners'],
    ['Action: Ask the county for column repair dates - LT / OQ', 'LT + OQ', 'Ask the county for column repair dates'],
    ['ACTION: Dark-spot figures to Board members - LT (by end of April)', 'LT', 'Dark-spot figures to Board members'],
  ])('%s', (line, owner, errand) => {
    const [[who, text]] = notes(line);
    expect(who).toBe(owner);
    expect(text.startsWith(errand)).toBe(true);
  });

  it.each([
    // near-misses: the owner first, then the errand after the dash, as before
    ['ACTION: LT - send the audit map to all partners', 'LT'],
    ['ACTION: Community Safety Manager - send the audit map to all partners', 'Community Safety Manager'],
  ])('%s', (line, owner) => {
    const [[who]] = notes(line);
    expect(who).toBe(owner);
  });
});

describe('"recommended to full Council": "full" is the adjective of the body, not a verb', () => {
  it.each([
    ['(2) That the revised allotment rules be recommended to full Council for adoption.', 'full Council'],
    [
      '(2) That the new plot rents be recommended to full Council for final approval at its meeting on 9 July 2026.',
      'full Council',
    ],
    ['(2) That the Panel recommend to full Council that the allotment rents be frozen for a year.', 'full Council'],
    // near-misses: a body asked in the passive to do something is still the one asked
    ['(2) That Cabinet be recommended to freeze the allotment rents for a year.', 'Cabinet'],
    ['(2) That the revised allotment rules be recommended to Full Council for adoption.', 'Full Council'],
  ])('%s', (clause, owner) => {
    expect(passedOn(clause)).toEqual([['recommendation', owner]]);
  });
});
