// Round 43, the grammar of the decision in the discussion, each form read by its grammar and not by a wording:
// "promised" with a noun phrase for its object is the errand of giving that thing (promisedThing.ts); and a matter moved to a later sitting told in the present or the future tense ("is deferred to …",
// "… planned for <month> will be taken in <month> instead") is the deferral its past tense records (movedInstead.ts);
// and a bare "Agreed." after a proposal (a "that" clause or a gerund) takes the proposal (assentedProposal.ts).
// Invented minutes of a borough's communities scrutiny committee, with near-misses that must give
// nothing new.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { gerundBase } from '../../src/minutes/assentedProposal.js';
import { promisedAsErrand } from '../../src/minutes/promisedThing.js';

/** A committee's minutes with one discussion under minute 21. */
const minute21 = (text: string) =>
  parseMinutes(
    [
      'WELLMERE BOROUGH COUNCIL',
      'Minutes of the Communities Scrutiny Committee held on Tuesday 9 March 2027 at 6.30 pm',
      'Present: Councillors H Ormsby (Chair), J Tull, K Varga',
      'In attendance: Ms R Pell (Head of Housing), Mr D Kaye (Scrutiny Officer)',
      '',
      '20. Minutes',
      'RESOLVED: That the minutes of the meeting held on 9 February 2027 be approved.',
      '',
      '21. Temporary Accommodation',
      text,
      '',
      '22. Date of next meeting',
      'Tuesday 13 April 2027 at 6.30 pm.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '21');

describe('"promised" with a thing for its object is the errand of giving it', () => {
  it.each([
    ['Ms Pell promised a written note on the waiting list.', 'Ms Pell', /written note on the waiting list/],
    [
      'Ms Pell said the hostel would stay open over the winter and promised a written note on its staffing to members.',
      'Ms Pell',
      /written note on its staffing/,
    ],
    [
      'Mr Kaye promised a briefing on the new allocations policy before the next meeting.',
      'Mr Kaye',
      /briefing on the new allocations policy/,
    ],
    [
      'Asked about repairs, Ms Pell promised the full list of outstanding jobs by the end of March.',
      'Ms Pell',
      /full list of outstanding jobs/,
    ],
  ])('%s', (text, owner, what) => {
    const items = minute21(text);
    expect(items.map((i) => i.owner)).toContain(owner);
    expect(items.some((i) => what.test(i.text))).toBe(true);
  });

  it.each([
    'The Chair said the contractor had promised the end of October for the works.',
    'Members were promised a written note on the waiting list.',
    'The figures promised at the last meeting had been sent, as promised.',
    'Ms Pell said she had already promised a note to the ward members.',
  ])('no new errand: %s', (text) => {
    expect(minute21(text)).toEqual([]);
  });

  it('leaves "promised to" and "promised that" as they are', () => {
    expect(promisedAsErrand('Ms Pell promised to send a note.')).toBe('Ms Pell promised to send a note.');
    expect(promisedAsErrand('Ms Pell promised that a note would follow.')).toBe(
      'Ms Pell promised that a note would follow.',
    );
  });
});

describe('a matter moved to a later sitting in the present or the future tense is put back', () => {
  it.each([
    [
      'The Committee reviewed its work programme. The item on damp planned for April will be taken in June 2027 instead, as the survey will not be ready.',
      'June',
    ],
    ['The item on damp is deferred to the June meeting.', 'June'],
    ['The item on damp is deferred to the June meeting, as the officer is away.', 'June'],
    ['The damp report will be considered at the June meeting instead.', 'June'],
    ['The review of allocations scheduled for the next meeting will now be heard at the July meeting instead.', 'July'],
    ['Consideration of the hostel contract is postponed until the July meeting.', 'July'],
  ])('%s', (text, month) => {
    const items = minute21(text);
    expect(items).toHaveLength(1);
    expect(items[0]!.category).toBe('deferral');
    expect(items[0]!.due).toMatchObject({ kind: 'month', month });
  });

  it.each([
    'The meeting will be held in the library instead.',
    'Residents will be consulted in June instead.',
    'If the survey is late, the item will be taken in June instead.',
    'The item on damp is not deferred to the June meeting.',
    'The item was taken in June instead.',
  ])('gives no deferral: %s', (text) => {
    expect(minute21(text).filter((i) => i.category === 'deferral')).toEqual([]);
  });
});

describe('a bare "Agreed." after a proposal takes the proposal, as "This was agreed." does', () => {
  it.each([
    [
      'The Chair proposed adding the hostel inspection to the June agenda. Agreed.',
      /add the hostel inspection to the June agenda/,
    ],
    ['Councillor Tull proposed inviting the bus operator to the June meeting. Agreed.', /invite the bus operator/],
    [
      'Councillor Varga suggested that the Scrutiny Officer write to the landlord about the lifts. Agreed.',
      /write to the landlord/,
    ],
    [
      'Councillor Tull proposed putting the lettings policy on the July agenda. Agreed.',
      /put the lettings policy on the July agenda/,
    ],
  ])('%s', (text, what) => {
    expect(minute21(text).some((i) => what.test(i.text))).toBe(true);
  });

  it.each([
    'Proposed by Councillor Tull, seconded by Councillor Varga. Agreed.',
    'Councillor Tull asked about the lifts at Elm Court. Agreed.',
    'The minutes of the last meeting were read. Agreed.',
  ])('gives nothing: %s', (text) => {
    expect(minute21(text)).toEqual([]);
  });

  it.each([
    ['adding', 'add'],
    ['putting', 'put'],
    ['inviting', 'invite'],
    ['writing', 'write'],
    ['moving', 'move'],
    ['reducing', 'reduce'],
    ['including', 'include'],
    ['asking', 'ask'],
    ['holding', 'hold'],
    ['sending', 'send'],
    ['seeking', 'seek'],
    ['deferring', 'defer'],
  ])('reads the gerund %s as %s', (gerund, base) => {
    expect(gerundBase(gerund)).toBe(base);
  });
});
