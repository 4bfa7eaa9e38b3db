// Round 8, precision: decisions a clerk does not track though they are worded as instructions — a
// fallback that waits on a condition, a ruling carried out at the hearing, a consultee's observations —
// and a party the decision binds, who owns its errand. Invented wording, several variants a rule.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import type { ProposedItem } from '../../src/minutes/types.js';

const MASTHEAD = `MINUTES of the Regulatory Committee held on 10 February 2026

Present: Councillor E Marsh (Chair), Councillor F Noon, Councillor G Okafor
Officers: Head of Planning (Jo Reyes); Legal Adviser (Sam Tull); Estates Manager (Ravi Dean)

1. Apologies
Apologies were received from Councillor H Price.

`;
const itemsOf = (body: string): ProposedItem[] =>
  parseMinutes(`${MASTHEAD}${body}\n\n3. Close\nThe meeting closed at 8pm.\n`).items.filter((i) => i.minute === '2');

describe('a party the decision binds, told to pass something on, owns the errand', () => {
  it.each([
    [
      '2. Premises review\nRESOLVED: That\n- the hearing be adjourned to 4 March 2026;\n- the licence holder send a revised noise management plan to the Police and to the Licensing Authority by 20 February 2026.',
      /licence holder/,
    ],
    [
      '2. Premises\nRESOLVED – That the applicant submit a dispersal policy to the Licensing Authority within 14 days.',
      /applicant/,
    ],
    [
      '2. Premises\nRESOLVED – That the premises licence holder provide the CCTV footage to the Police within seven days.',
      /licence holder/,
    ],
  ])('%s', (body, owner) => {
    const errand = itemsOf(body).find((i) => i.category !== 'deferral');
    expect(errand?.category).toBe('action');
    expect(errand?.owner).toMatch(owner);
  });

  it('a paper this body sends for another body to decide is still a recommendation', () => {
    expect(
      itemsOf('2. Fees\nRESOLVED – That the revised fees be submitted to the Cabinet for approval.'),
    ).toMatchObject([{ category: 'recommendation', owner: 'the Cabinet' }]);
  });
});

describe('a decision that opens on a condition only arms a fallback: nothing to do unless it happens', () => {
  it.each([
    '2. Land at Mill Lane\nRESOLVED – That\n(1) the Head of Planning be authorised to grant permission subject to a legal agreement securing the play area;\n(2) should the legal agreement not be signed within three months, the Head of Planning be authorised to refuse permission.',
    '2. Depot sale\nRESOLVED – That\n(a) the Estates Manager be authorised to complete the sale of the depot; and\n(b) if the sale has not completed by 31 March 2026, the Estates Manager be authorised to withdraw the offer.',
    '2. Former school site\nRESOLVED – That\n1. the Head of Planning be authorised to approve the scheme once the agreement is signed; and\n2. in the event that the agreement is not completed within four months, authority be delegated to the Head of Planning to refuse the application.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toHaveLength(1);
  });
});

describe('a ruling on how a hearing proceeds, carried out at it, is noted', () => {
  it.each([
    '2. Preliminary matters\nThe applicant asked to hand in further photographs. AGREED: the additional evidence be accepted and read before the hearing resumed.',
    '2. Preliminary matters\nRESOLVED – That the late representation be admitted and circulated to the parties before the Sub-Committee reconvened at 11.15 am.',
    '2. Preliminary matters\nAGREED: the photographs be shown to the parties after the meeting resumed at 3.10 pm.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('a paper to go out before a meeting to come is still an item', () => {
    expect(
      itemsOf('2. Papers\nRESOLVED – That the report be circulated to members before the next meeting.'),
    ).toHaveLength(1);
  });
});

describe("a consultee's observations, printed in the minutes, are the decision itself", () => {
  it.each([
    '2. Planning applications\nThe Committee RESOLVED to make the following comments to the District Council:\n26/0101/HOU 4 Elm Road – No objection\n26/0102/FUL Land at Mill Lane – Object, overdevelopment',
    '2. Planning applications\nRESOLVED that the observations set out below be made to the Borough Council as the planning authority:\n26/0201/FUL The Old Bakery – Support\n26/0205/LBC Church Cottage – No objection',
    '2. Planning applications\nIt was RESOLVED to make the comments shown in the table to the county planning authority.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('an officer named to send the comments by a day still has an errand', () => {
    expect(
      itemsOf(
        "2. Bus consultation\nRESOLVED: the Legal Adviser to send the Committee's comments on the bus consultation to the County Council by 5 March.",
      ),
    ).toHaveLength(1);
  });
});

describe('a log row the minutes already reviewed, where someone only said what would happen, adds nothing', () => {
  const LOG =
    '\n\n3. Close\nThe meeting closed at 8pm.\n\nOpen actions (for information)\nRef | Action | Lead | Due | Status\nEB/25/114 | Roof survey | JK | Apr 26 | Open\nEB/25/120 | Fence quotes | LM | May 26 | Open';
  it.each([
    '2. Action log\nOn EB/25/114, the Estates Manager said the survey was with the insurers and would be finished shortly; the action remains open.',
    '2. Action log\nEB/25/114 (roof survey): the Head of Planning reported that the report would be received in due course.',
    '2. Action log\nAction EB/25/114 is still open: the Legal Adviser explained that the lease will be signed once the survey is in.',
  ])('%s', (body) => {
    const items = parseMinutes(`${MASTHEAD}${body}${LOG}\n`).items;
    expect(items.map((i) => i.updates)).toEqual(['EB/25/120']);
  });

  it('a forecast that moves the date is a new deadline: the row is still proposed', () => {
    const items = parseMinutes(
      `${MASTHEAD}2. Action log\nOn EB/25/114, the Estates Manager said the survey would be finished by 30 April 2026; the action remains open.${LOG}\n`,
    ).items;
    expect(items.map((i) => i.updates)).toContain('EB/25/114');
  });

  it('a row the review decided about is still proposed', () => {
    const items = parseMinutes(
      `${MASTHEAD}2. Action log\nOn EB/25/114, the Board agreed that the survey would be brought to the April meeting.${LOG}\n`,
    ).items;
    expect(items.map((i) => i.updates)).toContain('EB/25/114');
  });
});

describe("a log row raised at this meeting that repeats someone's undertaking is that undertaking, owned as the text names them", () => {
  const log = (row: string) =>
    `\n\n3. Close\nThe meeting closed at 8pm.\n\nACTION LOG\nRef    Meeting    Action                                   Owner    Due           Status\n${row}`;
  it.each([
    [
      '2. Trading standards\nA member asked how the figures compared with other areas; Ms Dean will send the comparison to all members.',
      'B14    10/02/26   Comparison with other areas to members   RD       Next meeting  New',
    ],
    [
      '2. Trading standards\nThe Estates Manager, Mr Ravi Dean, agreed to circulate the survey of empty shops to members.',
      'B15    10/02/26   Survey of empty shops to members         RD       March 2026    New',
    ],
  ])('%s', (body, row) => {
    const items = parseMinutes(`${MASTHEAD}${body}${log(row)}\n`).items;
    expect(items).toHaveLength(1);
    expect(items[0].owner).toMatch(/Dean/);
  });

  // (round 10: an earlier row open with nothing changed is shown noted — fresh 17 and 18 label it so — and one
  // whose status moves its due carries that action on)
  it('a row raised at an earlier meeting, still open and unchanged, is shown noted, not proposed again', () => {
    const read = parseMinutes(
      `${MASTHEAD}2. Trading standards\nThe report was noted.${log('B09    12/01/26   Survey of empty shops to members         RD       March 2026    Open')}\n`,
    );
    expect(read.items).toEqual([]);
    expect(read.noted.map((n) => n.text)).toContain('Survey of empty shops to members (Open)');
  });

  it('a row raised at an earlier meeting whose status moves its due still carries that action on', () => {
    const items = parseMinutes(
      `${MASTHEAD}2. Trading standards\nThe report was noted.${log('B09    12/01/26   Survey of empty shops to members         RD       March 2026    Open - now May 2026')}\n`,
    ).items;
    expect(items).toMatchObject([{ updates: 'B09' }]);
  });
});

describe('"its meeting" after a body the clause is about is that body\'s meeting', () => {
  it.each([
    [
      'RESOLVED – That the Licensing Committee be asked to consider a review of the late night levy for Marsh Street, at its meeting on 9 March 2026.',
      'the Licensing Committee',
    ],
    [
      'RESOLVED – That the Planning Policy Committee be requested to look again at the parking standards at its meeting in April.',
      'the Planning Policy Committee',
    ],
  ])('%s', (body, owner) => {
    expect(itemsOf(`2. Referrals\n${body}`)).toMatchObject([{ category: 'recommendation', owner }]);
  });

  it('this body named so keeps its own meeting', () => {
    expect(
      itemsOf(
        '2. Fees\nRESOLVED – That the Regulatory Committee be asked to review the fees again at its meeting in April.',
      ),
    ).toMatchObject([{ category: 'work-programme' }]);
  });
});

it('a matter put back in one minute and another put back in a later one are two deferrals', () => {
  const items = parseMinutes(
    `${MASTHEAD}2. Land at Mill Lane\nRESOLVED – That consideration of the application be deferred for a site visit, to be held on 2 March 2026.\n\n3. Planning performance\nThis item was deferred to the March meeting because of the length of the agenda.\n\n4. Close\nThe meeting closed at 8pm.\n`,
  ).items;
  expect(items.filter((i) => i.category === 'deferral').map((i) => i.minute)).toEqual(['2', '3']);
});

describe('the term a notice sets is not the due of the errand that serves it', () => {
  it.each([
    'RESOLVED – That the Head of Planning be authorised to serve an enforcement notice requiring the use to cease within three months.',
    'RESOLVED – That the Head of Planning serve a notice requiring the owner to remove the caravan from the field within 28 days.',
    'RESOLVED – That the Estates Manager be authorised to serve a notice on the tenant requiring the fence to be repaired within two months.',
  ])('%s', (body) => {
    expect(itemsOf(`2. Enforcement\n${body}`)).toMatchObject([{ category: 'action', due: null }]);
  });

  it('a span the errand itself must keep is still its due', () => {
    expect(
      itemsOf('2. Enforcement\nRESOLVED – That the Head of Planning serve the enforcement notice within 14 days.'),
    ).toMatchObject([{ due: { kind: 'within', amount: 14, unit: 'days' } }]);
  });
});

// Another body's sitting is no meeting of this committee's calendar, and no due of its items, dated or not (the convention
// settled in docs/minutes-parser.md): the step for it has none either, where round 14 gave it that sitting's day.
describe('a step for the body a matter is referred to, "when it considers the request", takes no due from that sitting', () => {
  it.each([
    'The Chair said the Sub-Committee should refer the matter on. The Legal Adviser said she would give the Licensing Committee the complaints data when it considered the request.\nRESOLVED – That the Licensing Committee be asked to consider a review of the late night levy, at its meeting on 9 March 2026.',
    'RESOLVED – That the Licensing Committee be asked to consider a review of the late night levy at its meeting on 9 March 2026.\nThe Estates Manager would send the Licensing Committee a plan of the street when the Committee took the matter.',
  ])('%s', (body) => {
    const step = itemsOf(`2. Referrals\n${body}`).find((i) => i.category !== 'recommendation');
    expect(step).toBeDefined();
    expect(step?.due).toBeNull();
  });
});
