// Classifying by the clause's main verb, its form and where it sends things. Each table is one
// kind of decision written many ways: word order, passive and active, the time first, a list
// of owners, a capitalised verb, the keyword lost. None of these sentences comes from a file
// the parser was tuned on.
import { describe, expect, it } from 'vitest';
import { ownBodyOf, type OwnBody } from '../../src/minutes/bodies.js';
import { classify } from '../../src/minutes/classify.js';

const scrutiny: OwnBody = ownBodyOf(['Minutes of the Environment Scrutiny Panel held on 14 January 2026']);
const kind = (text: string, own: OwnBody = scrutiny) => classify(text, own).category;

const table = (cases: string[], expected: string, own?: OwnBody) =>
  it.each(cases)(`%s → ${expected}`, (text) => {
    expect(kind(text, own)).toBe(expected);
  });

describe('noted: the body records its view, and nothing is left to do', () => {
  table(
    [
      'That the report be noted.',
      'NOTED the update on the cycle network.',
      'The Panel noted the report.',
      'to note the reasons for the delay in item 7',
      'That the minutes of the meeting held on 4 May be confirmed as a correct record.',
      'That the Panel welcomes the new partnership.',
      'RECEIVED the annual report and thanked the officers.',
      'That the work programme be agreed.',
      'Planning permission be GRANTED subject to the conditions in the report.',
      'to remove item 12 (Market Hall) from the planner',
      'to amend minute 7 to read ‘a report in May’.',
      'That it be noted that the depot will be sold next year.',
      'That the next meeting be held on 3 March.',
      'That the Panel meet again on 5 March.',
      'Members agreed to hold an informal evidence session on the licensing scheme.',
      'The changes will not be made until the review ends.',
      'officers would continue to liaise with the operators',
      'That the Director of Place be authorised to exercise the functions set out in the annex.',
      'That the meeting be adjourned for ten minutes.',
      'That the report be taken as read.',
      'To make no objection.',
      'that the precept for 2026/27 be set at £48,200',
      'To set a precept of £16,500.',
      'that a grant of £500 be offered to the playgroup',
      // a sum given in the active is a grant decided, the pound sign and all
      'It was resolved to give £300 towards the village show.',
      'to award £1,250 to the youth club for its minibus',
      'The Council raised no comments on the application.',
      'Members noted from the photographs that two containers had been left on the field, which appeared to be used for storage.',
    ],
    'noted',
  );
});

describe('action: any other instruction, whoever is named', () => {
  table(
    [
      'That the Highways Manager be requested to review the gritting routes.',
      'That the gritting routes be reviewed.',
      'to review the gritting routes',
      'Review the gritting routes.',
      'Officers to review the gritting routes.',
      'The Highways Manager will review the gritting routes before winter.',
      'REQUESTED that the Highways Manager review the gritting routes.',
      'That a letter be sent to the landowner.',
      'AUTHORISED the Director of Housing to agree the lease.',
      'That the decision be delegated to the Chief Executive.',
      'That notices be served on the owners of the two vacant plots.',
      'The Panel AGREED that Mrs Ada Jones would contact the residents’ association.',
      'to note that officers would write to every tenant in the spring',
      'REPEATED the survey within 12 months.',
      'Cllr Rees to meet the landowner about the hedge.',
      'to meet with the bus operator before the timetable changes',
      'Members requested that the enforcement team investigate.',
      'That the Clerk set up a working group on the allotments.',
      'APPROVED the evolution of the Board, including reviewing its terms of reference and developing an engagement plan.',
    ],
    'action',
  );
});

describe('information: a paper passed to the members', () => {
  table(
    [
      'That officers circulate the grant criteria to all members.',
      'The revised map to be circulated to members.',
      'That the grant criteria be circulated.',
      'to ask officers to email members a breakdown of the figures',
      'That the Head of Leisure provide Members with the usage figures.',
      'That the Leader be requested to provide an update on the devolution talks.',
      'The Board AGREED that the Chief Nurse would share the evaluation with Board members.',
      'That the Water Company be asked to provide members with the monitoring results.',
      'to include the repair times for each ward in the next quarterly report',
    ],
    'information',
  );
  it('is an uncertain action when a "That …" clause has no verb the grammar can find, never a noting', () => {
    const d = classify('That £500 from the general reserve towards the village hall roof.', scrutiny);
    expect([d.category, d.certain]).toEqual(['action', false]);
  });
  it('is an action when the paper goes to someone else, or asks members for something', () => {
    expect(kind('That the Clerk send the letter to the landowner.')).toBe('action');
    expect(kind('That officers email all members asking for their views on the dates.')).toBe('action');
  });
});

describe('work programme: a future item of this body', () => {
  table(
    [
      'That a report on fly-tipping be brought to the next meeting.',
      'That an item on school transport be added to the work programme.',
      'That a further update be scheduled for the March meeting.',
      'to note that a review of parking charges would be presented to the next meeting of the Panel',
      'That the Head of Estates bring a report on depot options to the June meeting.',
      'receive a further update at the next meeting',
      'The revised charter to come back to the Panel before it is signed',
      'That the survey findings be reported to a future meeting.',
      'That the tender results be brought back to the September meeting.',
      'to instruct the Director of Place to report back on parking within six months',
      'That the Panel consider the local plan at a future meeting.',
      'Members agreed to add an item on verge cutting.',
      'the audit findings and the management response to the next meeting',
      'the Panel’s meeting in December includes a report on the budget',
      'Standard items on the Panel’s agenda include reports on:',
      'To be discussed at a later date.',
      'The Board REQUESTED a further update at its meeting in March.',
      // something held at a meeting of this body — a hearing, a debate — is business there
      'That the confirmation hearing be held at a special meeting of the Panel on 9 March 2026.',
      'It was agreed that a debate on the bus strategy be held at the July meeting.',
      // (whatever word qualifies a meeting "of the Panel": an extra, separate, reconvened one)
      'That the evidence session be held at a separate meeting of the Panel in May.',
      // whatever the body asks to have at its own meeting is its business there
      'The Panel asked for a walk-through of the new booking system at its June meeting.',
      'The Panel requested a deep-dive session on recruitment at the next meeting.',
      'That the risk appetite be reviewed again in six months.',
      'That the review of charges be moved to the May meeting.',
      'Members asked that an item on bus shelters be added.',
      'the deferred parking report be taken in January 2026',
      'agreed to receive a further report on the depot in the new municipal year',
      'to hold the first evidence session at its April meeting',
    ],
    'work-programme',
  );
  it('is this body’s own meeting, not another’s', () => {
    const cabinet = ownBodyOf(['Minutes of the Cabinet held on 3 March 2026']);
    expect(kind('That the Leader report back on the bus review at the Cabinet meeting on 3 June 2026.', cabinet)).toBe(
      'work-programme',
    );
    expect(
      kind(
        'agreed that the revised risk appetite would be presented to the July Board',
        ownBodyOf(['Minutes of the Trust Board held on 3 March 2026']),
      ),
    ).toBe('work-programme');
  });
  it('is not an errand that reports back at the meeting', () => {
    expect(kind('Clerk to chase the highways authority again and report back at the next meeting.')).toBe('action');
    expect(kind('Healthwatch should assess the data and report back to the Panel.')).toBe('action');
  });
});

describe('recommendation: another body asked to decide or act', () => {
  table(
    [
      'That the Water Company be requested to consider a second pumping station.',
      'That the proposals be submitted to Cabinet for approval.',
      'That Cabinet be recommended to adopt the tree policy.',
      'RECOMMENDED to Council that the allowance scheme be revised.',
      'The Panel recommends that Cabinet approves the plan.',
      'to recommend to the Executive that the car park charges be frozen',
      'That the Executive be advised that the Panel opposes the closure.',
      'That the Fire Service and the Police be requested to consider joint patrols.',
      'supported the approach to be presented to Cabinet',
      'approved the terms of reference for submission to the Policy Committee',
      'refers the final strategy to Council for adoption',
      'That Cabinet be recommended to retain the current opening hours.',
    ],
    'recommendation',
  );
  // a body known by its head noun whatever plain words qualify it: "the constituent councils", "the partner authorities"
  it.each([
    'to recommend to the constituent councils that the annual levy be £2.4m',
    'That it be recommended to the member authorities that the joint strategy be adopted.',
    'RECOMMENDED to both district councils that the parking charges be frozen.',
  ])('recommends "%s" to the bodies it names', (text) => {
    const d = classify(text, scrutiny);
    expect(d.category).toBe('recommendation');
    expect(d.named).toMatch(/councils|authorities/);
  });
  // a body noun with "of" and an organisation's name is that organisation's body, not this one
  it.each([
    [
      'That the Panel’s findings on discharge delays be referred to the board of Riverside Hospitals Trust for its consideration.',
      'board of Riverside Hospitals Trust',
    ],
    ['That the petition be passed to the council of Brackley Town for a decision.', 'council of Brackley Town'],
    [
      'the comments be sent to the committee of the Northfield Allotments Association to consider',
      'committee of the Northfield Allotments Association',
    ],
  ])('sends "%s" to another body', (text, body) => {
    const d = classify(text, scrutiny);
    expect(d.category).toBe('recommendation');
    expect(d.named).toContain(body);
  });
  it('is an action when a working group of this body is given the work', () => {
    expect(kind('That authority be delegated to the Steering Group to respond to the consultation.')).toBe('action');
  });
});

describe('invitation: someone asked to a meeting of this body', () => {
  table(
    [
      'That representatives of the bus operator be invited to a future meeting.',
      'to invite the Chief Constable to the next meeting',
      'asked that the Head of Libraries attend for that item',
      'That the Head of Libraries be asked to attend the June meeting.',
      'The Panel approved an invitation to be sent to the Youth Council to attend the March meeting.',
    ],
    'invitation',
  );
  it('is an action when the invitation is to something other than a meeting', () => {
    expect(kind('Substitute members would be invited to the training sessions.')).toBe('action');
  });
});

describe('deferral: a matter put back', () => {
  table(
    [
      'AGREED TO DEFER the decision on the skate park.',
      'That the item on street trees be deferred.',
      'Deferred for a site visit.',
      'to defer consideration of the lease until the May meeting',
      'The Board DEFERRED the risk review to its next session.',
      'That the application be postponed to the next meeting.',
      'the audit review be moved from this meeting to the March meeting',
    ],
    'deferral',
  );
});

describe('how things will be, decided', () => {
  const cabinet = ownBodyOf(['Meeting: 09/03/2026 - Cabinet (Item 40)']);
  it.each([
    'AGREED that the Riverside library will close on Mondays from June.',
    'AGREED that the grant scheme would run for a further year.',
    'It was agreed that the weekly market will move to the square in spring.',
  ])('a thing that cannot act is no one’s task: %s', (text) => {
    expect(classify(text, cabinet, true).category).toBe('noted');
  });
  it.each([
    'AGREED that the Clerk will write to the school.',
    'AGREED that the Head of Waste will write to residents.',
    'AGREED that officers would consult the traders.',
    'AGREED that the contractor will repair the wall by May.',
  ])('someone who can act is told to: %s', (text) => {
    expect(classify(text, cabinet, true).category).toBe('action');
  });
});

describe('a body named before its verb, and what follows its object', () => {
  const cabinet = ownBodyOf(['Meeting: 09/03/2026 - Cabinet (Item 40)']);
  it('reads "Cabinet approves …" under a "Decision:" as the body recording its view, not an order', () => {
    expect(classify('That Cabinet approves the purchase of the depot.', cabinet, true).category).toBe('noted');
  });
  it('reads "Cabinet RECOMMENDS TO COUNCIL …" as a recommendation to Council', () => {
    const d = classify('That Cabinet RECOMMENDS TO COUNCIL that the capital budget be raised by £2m.', cabinet, true);
    expect([d.category, d.named]).toEqual(['recommendation', 'Council']);
  });
  it('reads an infinitive after the object’s comma as what the thing is for', () => {
    expect(kind('That the Panel approves the lease of the kiosk, to be run as a café.')).toBe('noted');
    expect(kind('That the Panel approves the draft plan, to be presented to the Panel in June.')).toBe(
      'work-programme',
    );
  });
  it('reads "its meeting" after another body as that body’s meeting', () => {
    expect(kind('The recommendation to Council would be considered at its meeting on 24 March 2026.')).not.toBe(
      'work-programme',
    );
  });
});

describe('work programme: a paper asked for, in the passive, at a time to come', () => {
  table(
    [
      'That a further update be requested in one year.',
      'That a progress report be requested in six months’ time.',
      'That a fuller briefing be requested for the March meeting.',
    ],
    'work-programme',
  );
  table(['That a report be requested from the county council.'], 'action');
});
