// Round 31, forward business: a matter given a place at a later meeting of this body read as work programme (or a
// deferral), not as an errand or as nothing. Three forms, each written several ways in invented wording
// (an invented parish council and an invented scrutiny panel), with near-misses that must keep their reading:
// - the verb "be" making a matter an item of a later meeting ("be an item on the next agenda", "to be an agenda item
//   in January", "should be a main item at a future meeting");
// - one member's request that a matter come to a later meeting, with the meeting's assent after it ("- BK asked for …
//   to be deferred to February. Agreed.");
// - a fragment with no subject sending the minute's matter on ("No decision; to be an agenda item in January.").
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** The minutes of an invented parish council, one minute with the given lines under its heading. */
const parish = (lines: string[]) =>
  parseMinutes(
    [
      'BRAMLEY PARISH COUNCIL',
      'Minutes of the meeting of the Council held on Tuesday 10 November 2026 at 7.30pm',
      '',
      'Present: Cllr A Hollis (Chair), Cllr B Kerr, Cllr C Dunmore',
      'In attendance: J Pike (Clerk)',
      '',
      '45/26 Apologies',
      'None.',
      '',
      '46/26 Play area',
      ...lines,
      '',
      '47/26 Date of next meeting',
      'Tuesday 8 December 2026.',
    ].join('\n'),
  ).items;

/** The minutes of an invented scrutiny panel, with its decisions under "RESOLVED:" in one minute. */
const panel = (lines: string[]) =>
  parseMinutes(
    [
      'Hallam Vale District Council',
      'Communities Scrutiny Panel',
      'Minutes of the meeting held on Wednesday 18 November 2026',
      '',
      '31. WORK PROGRAMME',
      'The Scrutiny Officer introduced the work programme.',
      ...lines,
    ].join('\n'),
  ).items;

describe('a matter made an item of a later meeting with the verb "be" is work programme', () => {
  it.each([
    ['RESOLVED: That the play area surfacing be an item on the next agenda.', { kind: 'next' }],
    ['RESOLVED: That community transport be a main item at a future meeting.', { kind: 'future' }],
    ['RESOLVED: That the leisure centre contract should be an agenda item for the January meeting.', null],
    ['The Panel agreed that food poverty should be the main item at its March meeting.', null],
  ])('%s', (line, due) => {
    const items = panel([line]);
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe('work-programme');
    expect(items[0].owner).toBeNull();
    if (due) expect(items[0].due).toEqual(due);
  });

  it('a fragment in notes: "No decision; to be an agenda item in January."', () => {
    const items = parish(['The Clerk reported on the inspection. No decision; to be an agenda item in January.']);
    expect(items.map((i) => i.category)).toEqual(['work-programme']);
  });
});

describe('near-misses: "be … item" that gives no later sitting of this body keeps its reading', () => {
  it.each([
    'RESOLVED: That the new mower be an item of expenditure in the 2027/28 budget.',
    'RESOLVED: That the road closure be an agenda item for Cabinet in March.',
    'RESOLVED: That the minutes be noted.',
  ])('%s', (line) => {
    expect(panel([line]).filter((i) => i.category === 'work-programme')).toEqual([]);
  });

  it('what was an item at an earlier meeting is no business to come', () => {
    const items = parish(['The surfacing had been an item at the last meeting. The Clerk reported on the inspection.']);
    expect(items).toEqual([]);
  });
});

describe("one member's request for a place at a later meeting, and the meeting's assent, is forward business", () => {
  it.each([
    [
      'Cllr Kerr asked that the play area surfacing be an item on the next agenda. Agreed.',
      'work-programme',
      { kind: 'next' },
    ],
    ['- BK asked for the hall heating to be an item next time. Agreed.', 'work-programme', { kind: 'next' }],
    [
      '- CD asked that the lettings policy be deferred to February. Agreed.',
      'deferral',
      { kind: 'month', month: 'February' },
    ],
    // (read already on main, through "This was agreed." after any proposal: kept so this rule leaves it as it was)
    [
      'Councillor Dunmore requested that the fence be put back to the January meeting. This was agreed.',
      'deferral',
      { kind: 'month', month: 'January' },
    ],
  ])('%s', (line, category, due) => {
    const items = parish([line]);
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe(category);
    expect(items[0].type).toBe('work-programme');
    expect(items[0].owner).toBeNull();
    expect(items[0].due).toEqual(due);
  });

  it('a matter of two nouns is read whole, not split at its "and"', () => {
    const items = parish(['- BK asked for the swings and roundabout to be an item next time. Agreed.']);
    expect(items.map((i) => i.text)).toEqual(['The swings and roundabout be an item next time.']);
  });
});

describe("near-misses: a member's request that is no place at a later meeting, or not assented to, is not read so", () => {
  it.each([
    // no assent: whether one member's request is the meeting's is labelled both ways
    'Cllr Kerr asked that the play area surfacing be an item on the next agenda.',
    // a wish with no sitting named
    'Cllr Kerr asked that the hedges be looked at again. Agreed.',
    // another body asked, told in the pluperfect
    'The police had asked for the lane to be added to the agenda. Agreed.',
    // a question, not a request for business
    'Cllr Kerr asked whether the surfacing would be on the next agenda.',
    // a guest invited: who owns the invitation is labelled both ways (the invitee, or no one)
    'Councillor Dunmore requested that the tree warden be invited to a future meeting. Agreed.',
    // a standing item is every meeting's business, not a later sitting's (see the round's "Left")
    'AH asked that the allotment rents be a standing item on each agenda. Agreed.',
  ])('%s', (line) => {
    expect(parish([line])).toEqual([]);
  });

  it("an errand asked for by one member is not made the meeting's by this rule", () => {
    const items = parish([
      'Cllr Kerr asked that the Clerk write to the county council before the next meeting. Agreed.',
    ]);
    expect(items.filter((i) => i.type === 'work-programme')).toEqual([]);
  });
});

describe('a fragment with no subject that sends the matter to a later meeting is forward business', () => {
  it.each([
    ['No decision; to be an agenda item in January.', { kind: 'month', month: 'January' }, null],
    [
      'Item withdrawn; to be taken at the January meeting with the new tree strategy.',
      { kind: 'month', month: 'January' },
      null,
    ],
    // (read already on main, as a step after the suggestion: kept so this rule leaves it as it was)
    ['Peter suggested a session for residents. To be discussed at the next meeting.', { kind: 'next' }, null],
    ['Not decided; to come back next time with a costed plan (BK).', { kind: 'next' }, 'BK'],
  ])('%s', (line, due, owner) => {
    const items = parish([line]);
    expect(items).toHaveLength(1);
    expect(items[0].type).toBe('work-programme');
    expect(items[0].due).toEqual(due);
    expect(items[0].owner).toBe(owner);
  });
});

describe('near-misses: a fragment that names no later sitting of this body is not read so', () => {
  it.each([
    'Discussed but not agreed; to be looked at again in the spring.',
    'No decision was taken on the survey; to be considered when quotes are available.',
    'Paint ordered; to be delivered in March.',
    // after a dash: tried and left (the round's "Left")
    'Not decided – to come back in February once the costs are in.',
  ])('%s', (line) => {
    expect(parish([line]).filter((i) => i.type === 'work-programme')).toEqual([]);
  });
});
