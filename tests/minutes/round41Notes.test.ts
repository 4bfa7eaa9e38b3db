// Issue 11, round 41: the informal-notes register — notes with no resolutions, where the notes themselves are the
// record and an errand is written in shorthand: initials that spell a word ("AS to send …"), an errand joined on by a
// comma or a dash and named to one of the meeting by a first name ("- no decision, Faye to come back …"), a matter sent
// on after a dash with no subject ("- put on next agenda"), and a proposal whose outcome is "voted down". Invented
// bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { wrenfordFormalItems as formal, wrenfordItems as notes } from './helpers/wrenfordNotes.js';

const brief = (items: ReturnType<typeof notes>) =>
  items.map((i) => ({ category: i.category, owner: i.owner, due: i.due?.kind ?? null }));

describe('initials that spell a word are the person the attendance list gives', () => {
  it.each([
    ['"AS" at the start of a line', 'AS to send the AGM notice to all households.', 'AS'],
    ['"AT" after a semicolon', 'The hall is booked for the quiz; AT to collect the keys.', 'AT'],
    ['"AS" in a numbered point', '3.1 AS to write to the council about the bus shelter.', 'AS'],
  ])('%s', (_name, business, owner) => {
    expect(brief(notes(business))).toEqual([{ category: 'action', owner, due: null }]);
  });

  it('near-miss: "As" in small letters opens a phrase, and nobody is sent', () => {
    expect(notes('As to the bus shelter, nothing more was said.')).toEqual([]);
  });
});

describe('an errand joined on by a comma or a dash, named to one of the meeting by a first name', () => {
  it('after "no decision" and a comma', () => {
    expect(
      brief(notes('A summer fete was talked about - no decision, Faye to come back with costs at the next meeting.')),
    ).toEqual([{ category: 'work-programme', owner: 'Faye', due: 'next' }]);
  });

  it('after a verbless phrase of its own dash, as "no quotes yet"', () => {
    expect(brief(notes('Hedge cutting talked about - no quotes yet, Raj to ask two firms before October.'))).toEqual([
      { category: 'action', owner: 'Raj', due: null },
    ]);
  });

  it('near-miss (left, round 41): after a clause with its own verb, the comma keeps the name with it', () => {
    expect(notes('A bid was discussed at length, Faye to draft it for the fund.').map((i) => i.owner)).not.toContain(
      'Faye',
    );
  });

  it('already read: after a semicolon, two names joined by "and"', () => {
    expect(brief(notes('The noticeboard is broken; Colin and Raj to fix it before the fete.'))).toEqual([
      { category: 'action', owner: 'Colin', due: null },
    ]);
  });

  it.each([
    ['a capitalised word that is no one of the meeting', 'The shop opens Monday to Friday, Sunday to be confirmed.'],
    ['a place after a comma', 'The walk went from the green to the canal, Brindley to be next year.'],
  ])('near-miss: %s', (_name, business) => {
    expect(notes(business).filter((i) => i.owner && /Sunday|Brindley/.test(i.owner))).toEqual([]);
  });

  it('near-miss: formal minutes, which decide under "RESOLVED", are not read as notes', () => {
    expect(formal('The fete was discussed - no decision, Faye to come back with costs.').length).toBe(0);
  });
});

describe('a matter sent on after a dash, with no subject', () => {
  it.each([
    [
      '"put on next agenda"',
      'RK asked about the gym noise. Nobody knew - put on next agenda.',
      'work-programme',
      'next',
    ],
    [
      '"to be discussed", the dash at the end of a line',
      'CB asked about new bins -\nto be discussed at the next meeting.',
      'work-programme',
      'next',
    ],
    [
      'already read: "carried over to" a month\'s meeting',
      'Hedge cutting - no quotes yet - carried over to the November meeting.',
      'deferral',
      'month',
    ],
  ])('%s', (_name, business, category, due) => {
    expect(brief(notes(business))).toEqual([{ category, owner: null, due }]);
  });
});

describe('a proposal whose outcome is "voted down"', () => {
  it.each([
    ['with a count after a dash', 'Proposal to raise the subs to £10 - voted down 3-4.'],
    ['with a count in words', 'Proposal to buy a marquee was voted down 2 to 3; leave for now.'],
  ])('%s: no errand', (_name, business) => {
    expect(notes(business)).toEqual([]);
  });

  it('near-miss: an errand beside it is still read', () => {
    expect(brief(notes('Proposal to raise the subs - voted down 3-4. AT to update the membership form.'))).toEqual([
      { category: 'action', owner: 'AT', due: null },
    ]);
  });
});

describe('someone sent to carry out the decision just made, with only when after the verb', () => {
  it("is the decision's step, its deadline the decision's", () => {
    const items = formal(
      'The Committee AGREED that the hall damp be reported to the parish council. AT to arrange before 5th October 2027.',
    );
    expect(items.length).toBe(1);
    expect(items[0].due).toEqual({ kind: 'date', date: '2027-10-05' });
  });

  it('near-miss: an errand with a thing of its own stays an item', () => {
    expect(
      formal(
        'The Committee AGREED that the hall damp be reported to the parish council. AT to arrange a survey of the hall.',
      ).length,
    ).toBe(2);
  });
});
