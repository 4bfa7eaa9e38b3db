// Round 10, precision: forms of what minutes print that a clerk does not track as a new item, weighed by
// the sets that share them. Invented wording, several variants a rule.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD = `MINUTES of the Leisure and Amenities Committee held on 9 March 2027

Present: Councillor A Rowe (Chair), Councillor B Shah, Councillor C Tait
Officers: Head of Leisure (Pat Lowe); Committee Clerk (Kim Ash)

1. Apologies
Apologies were received from Councillor D Umar.

2. Matters arising
The action log was reviewed.

`;
const CLOSE = '3. Close\nThe meeting closed at 8pm.\n\n';

describe("an earlier meeting's row still open, with nothing changed at this meeting, is shown as noted, not proposed", () => {
  const log = (rows: string[]) =>
    `${MASTHEAD}${CLOSE}ACTION LOG\nRef\tMeeting\tAction\tOwner\tDue\tStatus\tUpdate\n${rows.join('\n')}\n`;
  it.each([
    'L-041\t12/10/2026\tPrice a new goal net for the rec\tHead of Leisure\tJan-27\tIn progress\tTwo suppliers contacted.',
    'L-044\t12/10/2026\tAsk the county about the footpath sign\tCommittee Clerk\tDec-26\tOpen\tChased by email; reply awaited.',
    'L-047\t09/11/2026\tCheck the pavilion alarm contract\tCllr Shah\t28/02/2027\tOngoing\t',
    'L-049\t09/11/2026\tBench audit - list the ones needing repair\tHead of Leisure\tApr-27\tOutstanding\tSurvey booked for 20/03.',
  ])('%s', (row) => {
    const read = parseMinutes(log([row]));
    expect(read.items).toEqual([]);
    expect(read.noted.map((n) => n.text)).toEqual([expect.stringContaining(row.split('\t')[2])]);
  });

  it.each([
    // (a new due, a new owner, a decision taken on the row at this meeting: the row changed here)
    [
      'L-050\t09/11/2026\tTrim the hedge at the bowls club\tHead of Leisure\tDec-26\tOpen\tRevised due: May-27 (agreed 09/03)',
      'action',
    ],
    [
      'L-051\t09/11/2026\tMend the skate ramp\tCommittee Clerk\tJan-27\tNot started\tReassigned to the Head of Leisure 09/03',
      'action',
    ],
    [
      'L-052\t09/11/2026\tPlay area survey\tCommittee Clerk\tFeb-27\tOn hold\tDeferred by the committee to the June meeting',
      'deferral',
    ],
    // (a row raised at this meeting is new)
    ['L-060\t09/03/2027\tOrder two litter bins for the park\tHead of Leisure\tApr-27\tNew', 'action'],
  ])('%s', (row, category) => {
    expect(parseMinutes(log([row])).items.map((i) => i.category)).toEqual([category]);
  });

  it('a log that does not date its rows cannot tell a carried row from a new one: the row is still proposed', () => {
    const read = parseMinutes(
      `${MASTHEAD}${CLOSE}Outstanding actions\nRef | Action | Lead | Due | Status\nLA/26/31 | Replace the tennis court nets | Head of Leisure | March 2027 | In progress - quotes received, awaiting delivery date\n`,
    );
    expect(read.items).toMatchObject([{ updates: 'LA/26/31' }]);
  });

  it('a log whose update column is headed "Update / comments" is read for the change as well', () => {
    const read = parseMinutes(
      log(['L-051\t09/11/2026\tMend the skate ramp\tCommittee Clerk\tJan-27\tNot started\tReassigned 09/03']).replace(
        'Status\tUpdate',
        'Status\tUpdate / comments',
      ),
    );
    expect(read.items).toHaveLength(1);
  });
});

describe('an errand of inviting, written after the invitation the minute agreed, is that invitation with its inviter', () => {
  const itemsOf = (body: string) =>
    parseMinutes(`${MASTHEAD}${body}\n\n${CLOSE}`).items.filter((i) => i.minute === '2' || i.minute === '3');
  it.each([
    // an "Action:" line naming the inviter
    [
      '2. Sports forum\nMembers agreed to invite the secretary of the bowls league to the May meeting.\nAction: Committee Clerk to send the invitation',
      'Committee Clerk',
    ],
    // an arrow line repeating who is invited
    [
      '2. Sports forum\nAgreed to invite the league secretary to the meeting on 11 May.\n  → KA to invite Mrs Patel to 11/05.',
      'KA',
    ],
    // an action cell after the agreement, in the passive
    [
      '2. Sports forum\nMembers agreed that the secretary of the league, Mrs Rita Patel, be invited to attend the next meeting.\nClerk to invite Mrs Patel',
      'Clerk',
    ],
  ])('%s', (body, owner) => {
    expect(itemsOf(body)).toMatchObject([{ category: 'invitation', owner }]);
  });

  it('one line owning a report and its invitations is the owner of both', () => {
    expect(
      itemsOf(
        '2. Flooding\nThe Committee AGREED:\n•  that the draft flood investigation reports be brought to the Committee before publication;\n•  to invite the water company to the meeting at which the reports are considered.\nAction: Pat Lowe / Kim Ash – schedule flood investigation reports and invitations',
      ).map((i) => [i.category, i.owners]),
    ).toEqual([
      ['work-programme', ['Pat Lowe', 'Kim Ash']],
      ['invitation', ['Pat Lowe', 'Kim Ash']],
    ]);
  });

  it('an errand of inviting someone else to another meeting, with no invitation agreed, stays an errand', () => {
    expect(
      itemsOf(
        '2. Sports forum\nThe report was noted.\nAction: Committee Clerk to invite the league secretary to the May meeting',
      ),
    ).toHaveLength(1);
  });
});

it('a letter inviting someone to do something, beside an invitation to a meeting, is an errand of its own', () => {
  const items = parseMinutes(
    `${MASTHEAD}2. Sports forum\nThe Committee agreed to invite the league secretary to the May meeting.\nAction: KA to write to the three clubs inviting them to nominate a coach\n\n${CLOSE}`,
  ).items.filter((i) => i.minute === '2');
  expect(items).toContainEqual(expect.objectContaining({ category: 'action', owner: 'KA' }));
});

describe('a subject qualified by a phrase of its own ("the threshold for a debate") still has its verb found', () => {
  const itemsOf = (body: string) =>
    parseMinutes(`${MASTHEAD}2. Petitions\nRESOLVED that:\n${body}\n\n${CLOSE}`).items.filter((i) => i.minute === '2');
  it.each([
    '(1) the threshold for a Council debate remain at 2,500 signatures;\n(2) the report be noted.',
    '(1) the limit for a Cabinet decision stay at £40,000;\n(2) the report be noted.',
    '(1) the fee for a hall booking remain unchanged for 2027/28;\n(2) the report be noted.',
  ])('a rule kept as it is: %s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('the addition of a matter "at a future meeting" names the act: still work for the programme', () => {
    expect(
      itemsOf('(1) the addition of the pool contract re-tender at a future meeting;\n(2) the report be noted.').map(
        (i) => i.category,
      ),
    ).toEqual(['work-programme']);
  });

  it('a subject so qualified that does something is still asked to', () => {
    expect(
      itemsOf('(1) the head of the leisure service write to the county about the pool;\n(2) the report be noted.').map(
        (i) => i.category,
      ),
    ).toEqual(['action']);
  });
});

describe('decisions that take effect as they are made: nothing is left to track', () => {
  const itemsOf = (body: string) =>
    parseMinutes(`${MASTHEAD}2. Business\n${body}\n\n${CLOSE}`).items.filter((i) => i.minute === '2');
  it.each([
    // a seat changing hands, the member named with a given name
    'RESOLVED that Councillor Ruth Okafor replace Councillor Lyle on the Licensing Committee.',
    'RESOLVED – That Cllr Peter James Marsh succeed Cllr Dunn on the Audit and Standards Committee for the rest of the year.',
    // the date of a meeting, whosever it is, fixed by the resolution
    'RESOLVED that the next ordinary meeting of the Town Council be held on Monday, 12 April 2027 at 7 pm.',
    'RESOLVED – That the next meeting of the Leisure and Amenities Committee be held on 8 June 2027.',
    // an approval whose term's date is set off after a comma
    'RESOLVED – That the draft play strategy be approved for consultation with schools and parents, the consultation to close on 30 April 2027.',
    'RESOLVED – That the revised hire charges be agreed for consultation, the comment period to end on Friday 2 April 2027.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it.each([
    // (someone told to consult keeps the errand; the term's date is still not its due)
    [
      'RESOLVED – That the Committee Clerk consult residents on the plan, the consultation to close on 30 April 2027.',
      'action',
    ],
    // (someone named to join a body's work, not a seat on a body)
    ['RESOLVED – That Councillor Ruth Okafor meet the county highways officer about the crossing.', 'action'],
  ])('%s', (body, category) => {
    expect(itemsOf(body).map((i) => i.category)).toEqual([category]);
  });
});

describe('an item of business taken off the programme leaves nothing to track', () => {
  const itemsOf = (body: string) =>
    parseMinutes(`${MASTHEAD}2. Work programme\n${body}\n\n${CLOSE}`).items.filter((i) => i.minute === '2');
  it.each([
    'The Committee AGREED:\n•  to remove the item on the bowls club lease, as the Cabinet is now dealing with it;\n•  to note the programme.',
    'RESOLVED – That the item about the skate park be deleted, the matter having been settled.',
    'It was agreed to drop the item relating to the pavilion roof.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('things other than an item of business taken away are still work', () => {
    expect(itemsOf('RESOLVED – That the Head of Leisure remove the damaged benches from the park.')).toHaveLength(1);
  });
});

describe('one thing done and sent on, in two participles, is one item: the part that says where it goes', () => {
  const itemsOf = (body: string) =>
    parseMinutes(`${MASTHEAD}2. Plans\nRESOLVED:\n${body}\n\n${CLOSE}`).items.filter((i) => i.minute === '2');
  it.each([
    [
      '(1) That the play strategy be revised and reported to the next meeting.\n(2) That the report be noted.',
      'work-programme',
    ],
    [
      '(1) That the tree policy be refreshed and brought back to the June meeting.\n(2) That the report be noted.',
      'work-programme',
    ],
    [
      '(1) That the annual review be submitted to the Audit Committee and published on the website.\n(2) That the report be noted.',
      'recommendation',
    ],
  ])('%s', (body, category) => {
    const items = itemsOf(body);
    expect(items.map((i) => i.category)).toEqual([category]);
    expect(items[0].text).toMatch(/ and /);
  });

  it('a part that only records stays apart from the part to track', () => {
    expect(
      itemsOf(
        '(1) That the interim arrangement be maintained for urgent matters and reviewed at the next meeting.\n(2) That the report be noted.',
      ).map((i) => i.category),
    ).toEqual(['work-programme']);
  });

  it('two steps with someone named to each stay two', () => {
    expect(
      itemsOf(
        '(1) That the Head of Leisure revise the play strategy and that the Committee Clerk report it to the next meeting.\n(2) That the report be noted.',
      ),
    ).toHaveLength(2);
  });
});

describe("a log row raised here that repeats someone's undertaking is that undertaking, 'the' or no 'the' before the owner", () => {
  const log = (row: string) => `${CLOSE}ACTION LOG\nRef\tMeeting\tAction\tOwner\tDue\tStatus\n${row}\n`;
  it.each([
    [
      '2. Home care\n2.1 The Committee discussed the report.\n2.2 The Committee Clerk agreed to circulate the carers survey to all members.\n\n',
      'L-070\t09/03/2027\tCirculate the carers survey to all members\tCommittee Clerk\t16/03/2027\tNew',
    ],
    [
      '2. Home care\n2.1 The Committee discussed the report.\n2.2 The Head of Leisure undertook to send members the pool usage figures.\n\n',
      'L-071\t09/03/2027\tSend the pool usage figures to members\tHead of Leisure\t30/03/2027\tNew',
    ],
  ])('%s', (body, row) => {
    const items = parseMinutes(`${MASTHEAD.replace(/2\. Matters arising[\s\S]*$/, '')}${body}${log(row)}`).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ minute: '2', ref: '2.2', due: { kind: 'date' } });
  });
});
