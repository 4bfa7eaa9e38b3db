// Round 8, web-page and PDF copies: what a council's web page prints around its minutes is not
// business — each rule tested in invented wording, several variants a rule, none copied from a
// labelled file.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { layout } from '../../src/minutes/layout.js';
import { isCallInNotice } from '../../src/minutes/pageNotices.js';

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
