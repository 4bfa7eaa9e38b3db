import { describe, expect, it } from 'vitest';
import { categorise, splitDecisions } from '../../src/minutes/classify.js';

describe('categorise', () => {
  it.each([
    ['That the report be noted.', 'noted'],
    ['That the minutes of the meeting held on 4 May be confirmed as a correct record.', 'noted'],
    ['NOTED the progress on the cycle lanes.', 'noted'],
    ['That the Committee welcomes the new partnership.', 'noted'],
    ['to remove item 12 (Market Hall) from the planner;', 'noted'],
    ['to amend minute 7 to read ‘a report in May’.', 'noted'],
    ['That it be noted that the depot will be sold next year.', 'noted'],
    ['That a report on fly-tipping be brought to the next meeting.', 'work-programme'],
    ['That an item on school transport be added to the work programme.', 'work-programme'],
    ['That a further update be scheduled for the March meeting.', 'work-programme'],
    ['to note that a review of parking charges would be presented to the next meeting of the Committee', 'work-programme'],
    ['That representatives of the bus operator be invited to a future meeting.', 'invitation'],
    ['AGREED TO DEFER the decision on the skate park.', 'deferral'],
    ['That the item on street trees be deferred.', 'deferral'],
    ['That the Highways Manager be requested to review the gritting routes.', 'action'],
    ['That officers circulate the grant criteria to all members.', 'information'],
    ['The revised map to be circulated to members.', 'information'],
    ['That the Water Company be requested to consider a second pumping station.', 'recommendation'],
    ['That the proposals be submitted to Cabinet for approval.', 'recommendation'],
    ['AUTHORISED the Director of Housing to agree the lease.', 'action'],
    ['That the decision be delegated to the Chief Executive.', 'action'],
    ['That a letter be sent to the landowner.', 'action'],
    ['The Panel AGREED that Mrs Ada Jones would contact the residents’ association.', 'action'],
    ['to note that officers would write to every tenant in the spring', 'action'],
    ['That the Head of Estates bring a report on depot options to the June meeting.', 'work-programme'],
    ['agreed that the revised risk appetite would be presented to the July Board', 'work-programme'],
    ['the audit findings and the management response to the next Committee meeting', 'work-programme'],
    ['Planning permission be GRANTED subject to the conditions in the report.', 'noted'],
    ['That notices be served on the owners of the two vacant plots.', 'action'],
    ['to delegate authority to the Head of Parks to agree the lease terms', 'action'],
    ['report the outcome of the survey, with any changes, to the Authority’s meeting in June', 'work-programme'],
    ['receive a further update at the next meeting', 'work-programme'],
    ['The revised charter to come back to the Panel before it is signed', 'work-programme'],
    ['That the Leader report back on the bus review at the Cabinet meeting on 3 June 2026.', 'work-programme'],
    ['That the plan be noted, with the addition of an item on school meals.', 'work-programme'],
    ['Members agreed to add an item on verge cutting', 'work-programme'],
    ['That the Executive be advised that the Panel opposes the closure.', 'recommendation'],
    ['asked that the Head of Libraries attend for that item', 'invitation'],
    ['to instruct the Director of Place to submit a report on parking to the next meeting', 'work-programme'],
    ['That Cabinet be recommended to adopt the tree policy.', 'recommendation'],
    ['RECOMMENDED to Council that the allowance scheme be revised.', 'recommendation'],
    ['That the survey findings be reported to a future meeting.', 'work-programme'],
    ['That the tender results be brought back to the September meeting.', 'work-programme'],
    ['That officers provide councillors with a map of the routes.', 'information'],
  ])('%s → %s', (text, expected) => {
    expect(categorise(text)).toBe(expected);
  });
});

describe('splitDecisions', () => {
  it('splits a resolution that decides two things', () => {
    expect(splitDecisions('The Board agreed to note the changes; and that the changes be submitted to the Audit Committee.')).toEqual([
      'The Board agreed to note the changes',
      'the changes be submitted to the Audit Committee.',
    ]);
  });

  it('parts a decision from a second one that asks someone to act', () => {
    expect(splitDecisions('to buy two benches and the Clerk was asked to arrange delivery by May.')).toEqual(['to buy two benches', 'the Clerk was asked to arrange delivery by May.']);
  });

  it('parts "…, and asked that X attend"', () => {
    expect(splitDecisions('Members agreed to add an item on verge cutting, and asked that the Highways Manager attend.')).toHaveLength(2);
  });

  it('parts "… and that <thing> be <done>"', () => {
    expect(splitDecisions('That the lease be renewed and that rents be reviewed in May.')).toEqual(['That the lease be renewed', 'rents be reviewed in May.']);
  });

  it('turns a condition into its own action', () => {
    const parts = splitDecisions('subject to checks being made with the insurer, to confirm the event programme.');
    expect(parts[0]).toBe('checks to be made with the insurer');
    expect(categorise(parts[0])).toBe('action');
    expect(categorise(parts[1])).toBe('noted');
  });
});

describe('categorise, this round', () => {
  it.each([
    ['return to the Committee in June 2026 with an update on digital inclusion', 'work-programme'],
    ['agreed to receive a further report on temporary accommodation in the new municipal year', 'work-programme'],
    ['That a report on the pier frontage be brought to the Sub-Committee in the summer.', 'work-programme'],
    ['the Board receive a presentation from the Healthwatch organisations at a future meeting', 'invitation'],
  ])('%s → %s', (text, reading) => {
    expect(categorise(text)).toBe(reading);
  });

  it('parts a noting from the request that follows it', () => {
    expect(splitDecisions('to note the report, and to ask the Parks Officer to bring a map to the next meeting')).toEqual(['to note the report', 'to ask the Parks Officer to bring a map to the next meeting']);
  });
});

describe('reports back and invitations to explain', () => {
  it.each([
    ['to instruct the Executive Director, Education to report back within six months on recruitment', 'work-programme'],
    ['the Service Manager report back to the Committee on the evaluation of the pilot', 'work-programme'],
    ['Cllr Ray would liaise with the school and report back at the next meeting', 'action'],
    ['The Governance Lead to invite the Head of Procurement to explain the overdue recommendations.', 'invitation'],
  ])('%s → %s', (text, reading) => {
    expect(categorise(text)).toBe(reading);
  });

  it('parts an agreement "subject to the addition of" an item from the item', () => {
    expect(splitDecisions('the work programme be agreed, subject to the addition of the markets review at a future meeting.').map(categorise)).toEqual(['noted', 'work-programme']);
  });
});

it('reads "bring a map … to the next meeting" as an item for that meeting', () => {
  expect(categorise('to ask the Parks Officer to bring a map of planting sites to the next meeting')).toBe('work-programme');
});

describe('board styles', () => {
  it('reads "REQUESTED a deep dive … at the April Board" as an item for that meeting', () => {
    expect(categorise('REQUESTED a deep dive into complaints about discharge at the April Board')).toBe('work-programme');
  });

  it('leaves a condition for another body ("subject to the Finance Committee reviewing …") to that body', () => {
    expect(categorise('The Board APPROVED the strategy, subject to the Finance Committee reviewing the capital phasing at its March meeting.')).toBe('noted');
  });
});
