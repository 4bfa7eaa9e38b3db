// Round 8, web-page and PDF copies: what a council's web page prints around its minutes is not
// business — each rule tested in invented wording, several variants a rule, none copied from a
// labelled file.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { layout } from '../../src/minutes/layout.js';
import { isCallInNotice } from '../../src/minutes/pageNotices.js';
import { readClause } from '../../src/minutes/grammar.js';
import { splitDecisions } from '../../src/minutes/coordination.js';

const PAGE_TOP = `Skip to content
Ashby Vale District Council
Meetings > Environment Committee
Environment Committee - Tuesday, 3rd March, 2026 7.00 pm

14.
Litter enforcement
Minutes:
RESOLVED: That the Head of Street Scene report the fixed penalty figures to the next meeting.
15.
Date of next meeting
Minutes:
The next meeting will be held on Tuesday 12 May 2026 at 7.00 pm.
`;

describe("a web page's navigation links and the site footer after the last of them are not minutes", () => {
  it.each([
    [
      'Back to top',
      'Ashby Vale District Council, Civic Offices, Market Street, Ashby AV1 2BQ',
      'Accessibility | Cookies | Privacy | Contact us',
    ],
    ['Return to top of page', '© Ashby Vale District Council 2026', 'Terms of use | Sitemap'],
    ['Top of page', 'Civic Offices, Market Street, Ashby, AV1 2BQ', 'Telephone 01234 567890'],
    ['Go to top', 'Follow us on social media', 'Cookie settings | Accessibility statement'],
  ])('%s, then %s', (link, ...footer) => {
    const page = `${PAGE_TOP}${link}\n${footer.join('\n')}\n`;
    const laid = layout(page);
    expect(laid).not.toContain(link);
    for (const line of footer) expect(laid).not.toContain(line);
    const proposal = parseMinutes(page);
    expect(proposal.items.map((i) => i.text)).toEqual([
      'The Head of Street Scene report the fixed penalty figures to the next meeting.',
    ]);
  });

  it('minutes after a link in the middle of the page are kept: only the tail of the page is its footer', () => {
    const page = `${PAGE_TOP}Back to top\n16.\nTree planting\nMinutes:\nRESOLVED: That the Tree Officer plant twelve oaks on the green by April.\n`;
    const texts = parseMinutes(page).items.map((i) => i.text);
    expect(texts).toContain('The Tree Officer plant twelve oaks on the green by April.');
    expect(layout(page)).not.toContain('Back to top');
  });

  it('a line of the minutes that merely names the top of something is kept', () => {
    expect(layout('3. Car parks\nThe Committee asked officers to resurface the top of the multi-storey.\n')).toContain(
      'resurface the top',
    );
  });
});

describe('the notice of the call-in period printed with a decision page is not a decision', () => {
  it.each([
    'Decisions will take effect on 18 March 2026 unless called in.',
    'These decisions will come into force on Monday 9 February 2026 unless they are called in.',
    'Decisions taken by the Portfolio Holder may be called in by any four non-executive councillors within five clear working days.',
    'The decisions recorded above may not be implemented until the call-in period has ended.',
    'Decisions not called in by 5pm on 6 March 2026 may be implemented on the following day.',
    'Any decision marked * is exempt from call-in.',
  ])('%s', (notice) => {
    expect(isCallInNotice(notice)).toBe(true);
    const page = `${PAGE_TOP}${notice}\n`;
    const proposal = parseMinutes(page);
    expect(proposal.items.map((i) => i.text)).toEqual([
      'The Head of Street Scene report the fixed penalty figures to the next meeting.',
    ]);
  });

  it.each([
    'The decision is urgent because any delay caused by the call-in process would put the grant at risk.',
    'RESOLVED: That the call-in be upheld and the decision referred back to the Portfolio Holder.',
    'The Committee considered the call-in of the decision to close the depot.',
    'Officers will write to the call-in signatories with the revised figures.',
  ])('a sentence about a call-in that is not the notice stands: %s', (sentence) => {
    expect(isCallInNotice(sentence)).toBe(false);
  });
});

describe('a resolution under a lettered sub-item cites the sub-item and its own clauses, nested', () => {
  const COUNCIL = `Minutes of the meeting of the Council held on 9 March 2026

40. Apologies
Apologies were received from Councillor Lane.
`;
  const refsOf = (text: string) =>
    parseMinutes(`${COUNCIL}${text}\n49. Close\nThe meeting closed at 9.05 pm.\n`).items.map(
      (i) => `${i.minute}${i.ref ?? ''}`,
    );

  it.each([
    [
      'numbered clauses in brackets under the last of titled sub-items, each decided on its own',
      '41. Reports from Cabinet\n(a) Fees and charges 2026/27\nRESOLVED: That the fees and charges be approved.\n(b) Housing allocations policy\nCouncillor Reed asked about the consultation.\nRESOLVED:\n(1) That the revised policy be adopted.\n(2) That the Head of Housing write to every applicant on the register about the change.\n(3) That the policy be reviewed by the Housing Scrutiny Panel within a year.',
      ['41(b)(2)', '41(b)(3)'],
    ],
    [
      'clauses printed "1." under the first of two lettered sub-items',
      '42. Motions\na) Library opening hours\nIt was moved and seconded that the motion be carried. The motion was CARRIED.\nRESOLVED: That this Council resolves to:\n1. ask the Cabinet Member for Culture to restore Saturday opening at the branch libraries;\n2. write to the county library service asking for a shared mobile library.\nb) School streets\nRESOLVED: That the motion be referred to Cabinet.',
      ['42(a)(1)', '42(a)(2)', '42(b)'],
    ],
    [
      'roman clauses under the second of three titled sub-items',
      '43. Recommendations from committees\n(a) Audit Committee\nRESOLVED: That the annual governance statement be approved.\n(b) Licensing Committee\nRESOLVED:\n(i) That the street trading policy be adopted.\n(ii) That the Licensing Manager publish the policy on the website by 1 May 2026.\n(c) Standards Committee\nRESOLVED: That the report be noted.',
      ['43(b)(ii)'],
    ],
  ])('%s', (_, text, refs) => {
    expect(refsOf(text)).toEqual(refs);
  });

  it("a resolution after sub-items that decided nothing of their own is the whole minute's", () => {
    expect(
      refsOf(
        '44. Correspondence\n(a) A letter about the skate park.\n(b) A letter about the bus station.\nRESOLVED:\n(1) That the Clerk reply to both writers.\n(2) That the letters be noted.',
      ),
    ).toEqual(['44(1)']);
  });
});

describe('a motion quoted as moved and then recorded as resolved gives its items once, from the resolution', () => {
  const COUNCIL = `Minutes of the meeting of the Council held on 9 March 2026

60. Apologies
Apologies were received from Councillor Lane.
`;
  const itemsOf = (text: string) =>
    parseMinutes(`${COUNCIL}${text}\n69. Close\nThe meeting closed at 9.05 pm.\n`).items.filter(
      (i) => i.minute === '61',
    );

  it.each([
    [
      'clauses lettered in the quote and the resolution, with a lost amendment between',
      '61. Notice of motion - Public toilets\nCouncillor Amis moved and Councillor Bose seconded the following motion:\n"This Council notes the closure of four public toilets since 2022.\nCouncil resolves:\n(a) to ask the Cabinet Member for Leisure to publish a community toilet scheme;\n(b) to ask officers to report the cost of reopening the Market Square toilets to Cabinet."\nAn amendment to delete paragraph (b) was moved by Councillor Cole and seconded by Councillor Dunn. The amendment was LOST.\nThe motion was then put to the vote and CARRIED.\nRESOLVED: That this Council notes the closure of four public toilets since 2022, and resolves:\n(a) to ask the Cabinet Member for Leisure to publish a community toilet scheme;\n(b) to ask officers to report the cost of reopening the Market Square toilets to Cabinet.',
      2,
    ],
    [
      'numbered clauses, curly quotes, the motion carried on a show of hands',
      '61. Notice of motion - Street trees\nIt was moved by Councillor Amis and seconded by Councillor Bose:\n“This Council believes street trees matter to every ward, and therefore resolves to:\n1. plant one hundred street trees in the coming year;\n2. ask the Cabinet to adopt a tree strategy by the end of the year.”\nOn a show of hands the motion was CARRIED.\nRESOLVED: That this Council believes street trees matter to every ward, and therefore resolves to:\n1. plant one hundred street trees in the coming year;\n2. ask the Cabinet to adopt a tree strategy by the end of the year.',
      2,
    ],
    [
      'one sentence quoted, then resolved with words added',
      '61. Notice of motion - Bus shelters\nCouncillor Amis moved and Councillor Bose seconded:\n"This Council asks the Cabinet Member for Transport to press the bus operator to repair the shelters on the ring road."\nThe mover accepted an alteration adding the words "and to report back to Council in July".\nThe altered motion was CARRIED.\nRESOLVED: That this Council asks the Cabinet Member for Transport to press the bus operator to repair the shelters on the ring road, and to report back to Council in July.',
      1,
    ],
  ])('%s', (_, text, count) => {
    const items = itemsOf(text);
    expect(items).toHaveLength(count);
    // (every item is the resolution's, none the quotation's)
    for (const item of items) expect(item.text).not.toMatch(/["“”]/);
  });

  it('a quoted motion that is carried with no resolution after it is still the decision', () => {
    const items = itemsOf(
      '61. Notice of motion - Bus shelters\nCouncillor Amis moved and Councillor Bose seconded:\n"That the Clerk write to the bus operator asking for the shelters on the ring road to be repaired."\nThe motion was CARRIED.',
    );
    expect(items.map((i) => i.category)).toEqual(['action']);
  });
});

describe("an amendment's words quoted in the line that records it moved are not a decision", () => {
  it.each([
    'Councillor Cole moved and Councillor Dunn seconded an amendment to delete paragraph\n(b) and insert: "to ask the Scrutiny Committee to review public toilet provision and report to Cabinet."\nThe amendment was LOST.',
    'An amendment was moved by Councillor Cole and seconded by Councillor Dunn to add the words "and to ask the Head of Finance to report the cost to Cabinet".\nOn being put to the vote the amendment was LOST.',
    'Councillor Cole proposed an alteration adding the words "and the Clerk to write to the MP", which the mover did not accept.\nThe amendment fell.',
  ])('%s', (amendment) => {
    const text = `Minutes of the meeting of the Council held on 9 March 2026\n\n60. Apologies\nNone.\n61. Notice of motion - Public toilets\n${amendment}\nRESOLVED: That the motion be noted.\n62. Close\nThe meeting closed at 9.05 pm.\n`;
    expect(parseMinutes(text).items.filter((i) => i.minute === '61')).toEqual([]);
  });

  it('a paragraph number cited at the end of a line carries the sentence on', () => {
    expect(layout('It was moved to delete paragraph\n(ii) and insert new words.')).toBe(
      'It was moved to delete paragraph (ii) and insert new words.',
    );
  });
});

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
    'the Clerk to write to the bus operator, and to circulate the reply to all members',
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

describe('the discussion under a lettered sub-heading, or in a numbered question, is cited by its letter or number', () => {
  const council = (body: string) =>
    parseMinutes(
      `Minutes of the meeting of the Council held on 9 March 2026\n\n40. Apologies\nNone.\n${body}\n49. Close\nThe meeting closed at 9.05 pm.\n`,
    ).items.map((i) => `${i.minute}${i.ref ?? ''}`);

  it.each([
    [
      '41. Reports from Cabinet\n(a) Fees and charges\nRESOLVED: That the fees and charges be approved.\n(b) Allotment strategy\nCouncillor Webb asked about the waiting list. The Cabinet Member agreed to circulate the waiting list figures to all members.\nRESOLVED: That the strategy be adopted.',
      ['41(b)'],
    ],
    [
      '41. Questions from members\n(1) Councillor Webb asked how many allotments were vacant. Councillor Dale replied that there were twelve.\n(2) Councillor Moss asked about the waiting list. Councillor Dale undertook to send her the figures for each site.',
      ['41(2)'],
    ],
  ])('%s', (body, refs) => {
    expect(council(body)).toEqual(refs);
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
