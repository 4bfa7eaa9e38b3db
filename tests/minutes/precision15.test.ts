// Round 8, precision on fresh 15's kinds of wording: what minutes record that is not a new task — the press
// and public excluded for the private items, a body extending a term of its own by its decision — and the
// same numbered decision printed twice (a web page's minute, then its decision in shorter words).
// Invented wording, several variants a rule.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import type { ProposedItem } from '../../src/minutes/types.js';

const MASTHEAD = `MINUTES of the Community Services Committee held on 12 March 2026

Present: Councillor A Rowe (Chair), Councillor B Shah, Councillor C Tait
Officers: Director of Community Services (Pat Lowe); Democratic Services Officer (Kim Ash)

1. Apologies
Apologies were received from Councillor D Umar.

`;
const itemsOf = (body: string): ProposedItem[] =>
  parseMinutes(`${MASTHEAD}${body}\n\n3. Close\nThe meeting closed at 8pm.\n`).items.filter((i) => i.minute === '2');

describe('the press and public excluded for the private items is how the meeting sits, not a task', () => {
  it.each([
    '2. Exclusion of the public\nRESOLVED – That the press and public be excluded from the meeting for the following items because they involve exempt information.',
    '2. Confidential business\nResolved - That the Committee agrees to exclude members of the public and press during the next item, as it is likely to disclose exempt information.',
    '2. Private session\nIt was RESOLVED to exclude the public and the press from the remainder of the meeting under paragraph 3 of the Schedule.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('someone told to see that the public leave is still told to do so', () => {
    expect(
      itemsOf(
        '2. Car park\nRESOLVED – That the Director of Community Services arrange for the car park to be closed to the public on 1 April 2026.',
      ),
    ).toHaveLength(1);
  });
});

describe('a body extending a term of its own (a pilot, a contract) until a date or for a period decides it there', () => {
  it.each([
    '2. Lunch club pilot\nThe Committee agreed to extend the pilot until 31st December 2026.',
    '2. Grounds contract\nRESOLVED – That the Committee agrees to extend the grounds maintenance contract for a further two years, as set out in the report.',
    '2. Late opening trial\nRESOLVED – To extend the late opening trial at the library to the end of September 2026.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it.each([
    // (an officer named to extend it has the task)
    [
      '2. Lease\nRESOLVED – That the Director of Community Services extend the lease of the pavilion until 31 March 2027.',
      'action',
    ],
    // (a wider reach, not a longer term, is work to do)
    ['2. Lunch club pilot\nRESOLVED – To extend the pilot to every community centre in the district.', 'action'],
  ])('%s', (body, category) => {
    expect(itemsOf(body).map((i) => i.category)).toEqual([category]);
  });
});

describe('the same numbered decision printed twice in one minute is one item', () => {
  it.each([
    '2. Delivery plan\nMinutes:\nThe Committee considered the plan and agreed:-\n(1) to note the progress made;\n(2) to ask the Director of Community Services to bring a revised plan to the meeting on 4 June 2026.\nDecision:\nThe Committee agreed:-\n(1) to note progress;\n(2) to ask the Director of Community Services to bring a revised plan to the June meeting.',
    '2. Play areas\nMinutes:\nFollowing discussion the Committee agreed:\n(a) to instruct the Director of Community Services to write to the housing association about the play area fencing.\nDecision:\nThe Committee agreed:\n(a) to instruct the Director of Community Services to write to the housing association on the fencing.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toHaveLength(1);
  });

  it('two numbered decisions of one minute with different numbers stay two', () => {
    expect(
      itemsOf(
        '2. Grants\nThe Committee agreed:-\n(1) to ask the Director of Community Services to write to the applicants;\n(2) to ask the Director of Community Services to write to the applicants again in June.',
      ),
    ).toHaveLength(2);
  });
});

describe("a tracker row filed under this meeting's minute is that minute's decision, whatever kind the row reads as", () => {
  const withTracker = (minute: string, row: string) =>
    parseMinutes(
      `${MASTHEAD}${minute}\n\n3. Close\nThe meeting closed at 8pm.\n\nACTION TRACKER\nRef\tMeeting\tAction\tOwner\tDue\tStatus\n${row}\n`,
    ).items.filter((i) => i.minute === '2');
  it.each([
    [
      '2. Library opening hours\nThe Committee REQUESTED that the revised opening hours proposals be brought to the June 2026 meeting.',
      '2\t12/03/26\tRevised opening hours proposals\tDCS\tJun 2026\tNew',
      'work-programme',
      'DCS',
    ],
    [
      '2. Governance\nThe Committee AGREED to defer the annual review of its terms of reference to the June meeting.',
      '2\t12/03/26\tAnnual review of terms of reference\tDSO\t04/06/26\tNew',
      'deferral',
      null,
    ],
  ])('%s', (minute, row, category, owner) => {
    expect(withTracker(minute, row)).toMatchObject([{ category, owner }]);
  });
});

describe('a tracker row of an earlier meeting going to plan keeps its due: already tracked, nothing new', () => {
  const tracker = (rows: string) =>
    parseMinutes(
      `${MASTHEAD}2. Finance\nThe Committee NOTED the budget report.\n\n3. Close\nThe meeting closed at 8pm.\n\nACTION TRACKER\nRef\tMeeting\tAction\tOwner\tDue\tStatus\n${rows}\n`,
    ).items;
  it.each([
    '1/25\t15/01/26\tRefresh of the volunteering strategy\tDCS\t04/06/26\tOn track',
    '1/25\t15/01/26\tRefresh of the volunteering strategy\tDCS\t04/06/26\tOn schedule',
    '1/25\t15/01/26\tRefresh of the volunteering strategy\tDCS\t04/06/26\tOn target for June',
    '1/25\t15/01/26\tRefresh of the volunteering strategy\tDCS\t04/06/26\tOngoing - on schedule',
  ])('%s', (row) => {
    expect(tracker(row)).toEqual([]);
  });

  it('one whose status moves its due is carried on with the new due', () => {
    expect(
      tracker('1/25\t15/01/26\tRefresh of the volunteering strategy\tDCS\t12/03/26\tOpen - revised to 04/06/26'),
    ).toHaveLength(1);
  });
});

describe('a log row citing an earlier minute, open and on track, is not proposed again (no "Meeting" column)', () => {
  it('aligned columns: Minute, Action, Lead, Due, Status', () => {
    const items = parseMinutes(
      `${MASTHEAD}2. Finance\nThe Committee NOTED the budget report.\n\n3. Close\nThe meeting closed at 8pm.\n\nACTION LOG\n\nMinute   Action                                 Lead   Due        Status\nCS 25/9  Refresh of the volunteering strategy   PL     Jun 2026   Ongoing - on track\nCS 25/11 Audit of community centre lettings     PL     Jun 2026   Open - revised date (was Mar)\n`,
    ).items;
    expect(items.map((i) => i.text)).not.toContainEqual(expect.stringMatching(/volunteering/));
  });
});

describe('a note of who brings the item to this meeting ("– Councillor X to raise") is no errand', () => {
  it.each([
    '2. Matters raised by Members\n\nPotholes on Station Road - Councillor Shah to raise\n\nCouncillor Shah described the state of the road surface.',
    '2. Notices of motion\n\nSchool crossing patrols (Cllr Tait to move)\n\nThe motion was debated and carried.',
    '2. Members items\n\nParking near the surgery – Councillor Rowe to introduce\n\nMembers discussed the parking problems.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('with its object, raising it elsewhere is an errand', () => {
    expect(
      itemsOf('2. Potholes\n\nCouncillor Shah to raise the state of Station Road with the highways authority.'),
    ).toHaveLength(1);
  });
});

describe('a legal instrument made by the resolution making it is decided there', () => {
  it.each([
    '2. Parking\nRESOLVED – That the Off-Street Parking Places Order be made as advertised.',
    '2. Open spaces\nThe Committee agreed that the byelaws for the pleasure grounds be made in the form at Appendix B.',
    '2. Public spaces\nRESOLVED – That the Public Spaces Protection Orders be made as set out in the schedule.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('someone told to advertise the order has a task', () => {
    expect(
      itemsOf(
        '2. Parking\nRESOLVED – That the Director of Community Services advertise the draft Parking Places Order.',
      ),
    ).toHaveLength(1);
  });
});

describe('a body named by the noun before its closing "Board" or "Committee" is this body', () => {
  it.each([
    ['Vale Community Safety Partnership Board', 'the Partnership', true],
    ['Riverside Housing Forum Committee', 'The Forum', true],
    ['Vale Community Safety Partnership Board', 'the Safety', false],
    ['Vale Community Safety Partnership Board', 'the Community Partnership', false],
  ])('%s: %s', (name, np, own) => {
    const lines = [`MINUTES of the ${name} held on 12 March 2026`, '', 'Present: Councillor A Rowe (Chair)'];
    expect(ownBodyOf(lines).is(np)).toBe(own);
  });
});
