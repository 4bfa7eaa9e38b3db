// Round 8, how a council's debate is recorded around its decisions: questions put and answered, votes
// counted, a decision session's one member, what the body asks "that …" — each rule tested in invented
// wording, several variants a rule, none copied from a labelled file.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readClause } from '../../src/minutes/grammar.js';
import { splitDecisions } from '../../src/minutes/coordination.js';

describe("a member's question reported ('X asked what …') is a question, not an errand", () => {
  it.each([
    'Councillor Odell asked what would happen to the pupils of the two closing units.',
    'Mrs Grey asked whether the Council would publish the audit findings.',
    'A governor queried how the trust would fund the new roof.',
    'Mr Penn enquired when the consultation would open.',
    'Councillor Iles asked if officers would look again at the crossing.',
    'The Vice-Chair wondered why the survey would take a year.',
  ])('%s', (question) => {
    expect(readClause(question)).toMatchObject({ form: 'past' });
    const items = parseMinutes(
      `Minutes of the Schools Forum held on 4 March 2026\n\n1. Apologies\nNone.\n2. Falling rolls\n2.1 ${question}\n2.2 The Chair thanked members for their views.\n3. Close\nThe meeting closed at 10 am.\n`,
    ).items;
    expect(items).toEqual([]);
  });

  it('the answer that takes something on is still an errand', () => {
    const items = parseMinutes(
      'Minutes of the Schools Forum held on 4 March 2026\n\n1. Apologies\nNone.\n2. Falling rolls\n2.1 Councillor Odell asked what would happen to the pupils of the two closing units. The Head of Finance said that she would write to the parents of every pupil affected.\n3. Close\nThe meeting closed at 10 am.\n',
    ).items;
    expect(items.map((i) => i.owner)).toEqual(['The Head of Finance']);
  });
});

describe('a line that records a vote and its count is not an errand', () => {
  const forum = (body: string) =>
    parseMinutes(
      `Minutes of the Schools Forum held on 4 March 2026\n\n1. Apologies\nNone.\n2. Funding formula\n2.1 The Forum considered the proposals.\n${body}\n3. Close\nThe meeting closed at 10 am.\n`,
    ).items;

  it.each([
    '2.2 Vote (all members) to approve the revised formula: For 8, Against 2, Abstain 0.',
    '2.2 Voting on the proposal to close the unit: 6 for, 3 against.',
    '2.2 Recorded vote to adopt the criteria: For 11, Against 13, Abstentions 0.',
    '2.2 Members voted on each block:\na) Early years block - For 5, Against 1. APPROVED.\nb) Supply cover - For 3, Against 3. Not approved.',
    '2.2 The vote to transfer 0.5% to the high needs block was For 4, Against 5, Abstain 1.',
  ])('%s', (body) => {
    expect(forum(body)).toEqual([]);
  });

  it('a count beside a resolution leaves its instruction standing', () => {
    const items = forum('2.2 RESOLVED (For 9, Against 2): That the Clerk write to every school about the new formula.');
    expect(items.map((i) => i.owner)).toEqual(['the Clerk']);
  });
});

describe('a body named alone after "that", with a base form, is the subject of a subjunctive', () => {
  it.each([
    ['The Forum recommends that Cabinet approve the formula as consulted on.', 'Cabinet'],
    ['The Panel recommended that Council adopt the revised scheme of delegation.', 'Council'],
    ['That the Committee recommend that Cabinet agree the fees for 2026/27.', 'Cabinet'],
  ])('%s', (text, body) => {
    expect(readClause(text.replace(/^.*?\bthat\s+(?=[A-Z][a-z]+\s+[a-z]+\s+the\b)/, ''))).toMatchObject({
      subject: body,
      verb: expect.stringMatching(/^[a-z]+$/),
    });
    const items = parseMinutes(
      `Minutes of the Schools Forum held on 4 March 2026\n\n1. Apologies\nNone.\n2. Funding\nRESOLVED: ${text}\n3. Close\nThe meeting closed at 10 am.\n`,
    ).items;
    expect(items.map((i) => [i.category, i.owner])).toEqual([['recommendation', body]]);
  });
});

describe('in a decision session of one member, that member asking in the discussion is the body asking', () => {
  const session = (maker: string, asked: string) =>
    parseMinutes(
      `Ashby Vale District Council\nDecision Session - ${maker}\nDate: Tuesday 3 March 2026\nDecision Maker: ${maker} (Cllr R Shah)\n\n1. Declarations of interest\nMinutes:\nNone.\n\n2. Allotment rents\nDecision:\nResolved: That the allotment rents for 2026/27 be approved.\nMinutes:\nTwo tenants spoke against the increase. ${asked}\n\n3. Any other business\nMinutes:\nNone.\n`,
    ).items.filter((i) => i.minute === '2');

  it.each([
    [
      'Cabinet Member for Environment',
      'The Cabinet Member asked that water butts be fitted at every site before the end of May.',
      null,
    ],
    [
      'Portfolio Holder for Leisure',
      'The Portfolio Holder asked the Allotments Officer to write to every tenant explaining the increase.',
      'the Allotments Officer',
    ],
    [
      'Executive Member for Housing',
      'The Executive Member requested that the Parks Manager review the waiting list by June.',
      'the Parks Manager',
    ],
  ])('%s: %s', (maker, asked, owner) => {
    const items = session(maker, asked);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe(owner);
  });

  it('another member asking is not the body asking', () => {
    expect(
      session(
        'Cabinet Member for Environment',
        'Cllr Heron (ward member) asked that water butts be fitted at every site.',
      ),
    ).toEqual([]);
  });
});

describe("an errand and the report of its own outcome are one item (', and to report the response …')", () => {
  it.each([
    'the Leader to lobby the water company to fix the outfall, and to report the company’s response to the Council meeting in June',
    'the Parking Manager to review the zone after six months and to send the ward councillors a note of the findings',
    'the Clerk to write to the bus operator, and to forward the reply to the Chair',
    'officers to survey the pavements, and to share the results with the Panel in the autumn',
  ])('%s', (text) => {
    expect(splitDecisions(text)).toHaveLength(1);
  });

  it.each([
    'the Clerk to write to the bus operator, and to circulate the annual report to all members',
    'to approve the budget, and to report the outturn to Council in July',
  ])('a second errand on another matter stands apart: %s', (text) => {
    expect(splitDecisions(text)).toHaveLength(2);
  });
});

describe("an answer that goes on to the speaker's own undertaking gives that undertaking, owned by the speaker", () => {
  const answered = (answer: string) =>
    parseMinutes(
      `Minutes of the meeting of the Council held on 9 March 2026\n\n40. Apologies\nNone.\n41. Questions from members\n(1) Councillor Webb asked about the empty homes in each ward. ${answer}\n49. Close\nThe meeting closed at 9.05 pm.\n`,
    ).items;

  it.each([
    [
      'Councillor Dale replied that he did not have the ward figures to hand and would provide a written answer within ten working days.',
      'Councillor Dale',
    ],
    [
      'Councillor Vance replied that the homes were mostly privately owned; she would circulate the list to all councillors.',
      'Councillor Vance',
    ],
    [
      "Councillor Harwood (Cabinet Member for Housing) said that the figure was in the Housing Strategy; he would ask officers to add it to the Council's open data page.",
      'Councillor Harwood',
    ],
    ['The Leader responded that the survey was under way and would send the results to every member.', null],
  ])('%s', (answer, owner) => {
    const items = answered(answer);
    if (owner === null) expect(items).toEqual([]);
    else expect(items.map((i) => i.owner)).toEqual([owner]);
  });
});

describe('what the body asks "that …" is read as the subjunctive it is', () => {
  it.each([
    ['Members asked that the next quarterly report include the sickness figures by team.', 'work-programme'],
    ['The Chair asked that the next annual report include the complaints received in each ward.', 'work-programme'],
    ['The Panel requested that the Head of Parks write to the allotment society.', 'action'],
  ])('%s', (sentence, type) => {
    const items = parseMinutes(
      `Minutes of the Panel held on 4 March 2026\n\n1. Apologies\nNone.\n2. Performance\nThe Panel discussed sickness absence. ${sentence}\n3. Close\nThe meeting closed at 10 am.\n`,
    ).items;
    expect(items.map((i) => i.type)).toEqual([type]);
  });

  it.each([
    'That a crossing on Mill Road not be added to the programme, as it does not meet the criteria.',
    'That the footpath not be adopted.',
    'That the request for a bench on the green not be supported.',
  ])('a subjunctive denied ("… not be added") decides that nothing is done: %s', (resolution) => {
    expect(readClause(resolution)).toMatchObject({ negated: true });
    const items = parseMinutes(
      `Minutes of the Panel held on 4 March 2026\n\n1. Apologies\nNone.\n2. Highways\nRESOLVED: ${resolution}\n3. Close\nThe meeting closed at 10 am.\n`,
    ).items;
    expect(items).toEqual([]);
  });
});

describe('an undertaking that someone else will act is owned by the one it names', () => {
  it.each([
    [
      'Councillor Pilling undertook that the Highways service would write to every household on the street.',
      'the Highways service',
    ],
    [
      'The Leader gave an undertaking; the Leader agreed that the Parks Manager would meet the residents on site.',
      'the Parks Manager',
    ],
    ['The Cabinet Member undertook that she would write to every household on the street.', 'The Cabinet Member'],
  ])('%s', (sentence, owner) => {
    const items = parseMinutes(
      `Minutes of the meeting of the Council held on 9 March 2026\n\n40. Apologies\nNone.\n41. Questions from the public\nMr Dean asked about the resurfacing. ${sentence}\n49. Close\nThe meeting closed at 9.05 pm.\n`,
    ).items;
    expect(items.map((i) => i.owner)).toEqual([owner]);
  });
});

describe('a hedge in the reason given after a decision does not hedge the decision', () => {
  it.each([
    'The review of the tenancy policy was deferred to the next meeting, as members wished to see the consultation results.',
    'The proposal to merge the two panels was deferred to the next meeting, because the trusts would like to be consulted.',
    'Consideration of the fees was postponed until the next meeting, since officers would like to have the final figures by then.',
  ])('%s', (sentence) => {
    const items = parseMinutes(
      `Minutes of the Panel held on 4 March 2026\n\n1. Apologies\nNone.\n2. Policies\n2.1 ${sentence}\n3. Close\nThe meeting closed at 10 am.\n`,
    ).items;
    expect(items.map((i) => i.category)).toEqual(['deferral']);
  });

  it('a hedge in the decision itself still hedges it', () => {
    const items = parseMinutes(
      `Minutes of the Panel held on 4 March 2026\n\n1. Apologies\nNone.\n2. Policies\n2.1 Members would like to consider the tenancy policy at a future meeting if possible.\n3. Close\nThe meeting closed at 10 am.\n`,
    ).items;
    expect(items).toEqual([]);
  });
});

describe("a change of a body's membership is recorded, not an errand", () => {
  it.each([
    'That Councillor Ahmed replace Councillor Lowe on the Planning Committee for the rest of the year.',
    'That Cllr Dunn succeed Cllr Rees on the Licensing Committee.',
    'That Mrs Patel serve on the Standards Committee as an independent member.',
    'That Councillor Fry join the Audit Panel in place of Councillor Kaur.',
  ])('%s', (resolution) => {
    const items = parseMinutes(
      `Minutes of the meeting of the Council held on 9 March 2026\n\n40. Apologies\nNone.\n41. Appointments\nRESOLVED: ${resolution}\n49. Close\nThe meeting closed at 9.05 pm.\n`,
    ).items;
    expect(items).toEqual([]);
  });

  it.each([
    'That the Parks Manager replace the swings on the Green by June.',
    'That the Clerk join the county footpaths group to press for the repairs.',
  ])('an errand with the same verbs still stands: %s', (resolution) => {
    const items = parseMinutes(
      `Minutes of the meeting of the Council held on 9 March 2026\n\n40. Apologies\nNone.\n41. Parks\nRESOLVED: ${resolution}\n49. Close\nThe meeting closed at 9.05 pm.\n`,
    ).items;
    expect(items).toHaveLength(1);
  });
});
