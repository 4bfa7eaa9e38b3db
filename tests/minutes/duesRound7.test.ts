// Round 7 of issue 11: dues, dates and next meetings as minutes write them, in invented wording —
// "the following" as a determiner, a report to each meeting, a matter moved between two months, a
// month at which a matter sent elsewhere comes back here, another body's dated sitting, a heading
// that runs into its list of dates, and the type a due decides (a paper brought to this body's meeting).
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { actionTable } from '../../src/minutes/actionTable.js';
import { dueFor } from '../../src/minutes/decisions.js';
import { dueOf } from '../../src/minutes/due.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { paperForMeeting } from '../../src/minutes/paperForMeeting.js';
import type { Category, ProposedItem, StatedDue } from '../../src/minutes/types.js';

const meeting = '2027-02-10';
const ownOf = (masthead: string) => ownBodyOf(masthead.split('\n'));
const PANEL = ownOf('Minutes of the Estates Panel held on 10 February 2027');
const BOARD = ownOf('Harbour Trust\nMinutes of the Trust Board meeting held on 10 February 2027');

describe('"next" and "following" name a meeting only when the words between name it', () => {
  it.each([
    ['be reported to the next meeting', { kind: 'next' }],
    ['come back to the following meeting of the Panel', { kind: 'next' }],
    ['return at the next ordinary Panel meeting', { kind: 'next' }],
  ])('%s', (text, due) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toEqual(due);
  });

  it.each([
    'That the following points be passed to the Cabinet for its view',
    'the following matters to be raised with the Board',
    'That the following observations be sent to the Committee',
  ])('no next meeting: %s', (text) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toBeNull();
  });
});

// (round 8: only a series with an end starts at the next; an open-ended one is standing business, duesRound8.test.ts)
describe('a report to each meeting until it ends is first due at the next', () => {
  it.each([
    'That an update be given to each meeting of the Panel until the works finish',
    'a progress note to be brought to every meeting until the scheme closes',
    'the risk log to come before each subsequent meeting until the audit is done',
    'At each meeting of the Panel until completion, the contractor to report on the programme',
  ])('%s', (text) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toEqual({ kind: 'next' });
  });

  it('but not each meeting of another body', () => {
    expect(dueOf('a summary to be sent to each meeting of the Cabinet', meeting, false, { own: PANEL })).toBeNull();
  });
});

describe('a matter moved from one month to another is due in the second', () => {
  it.each([
    ['the item on parking be moved from March to May', 'May'],
    ['moved from the March agenda to June 2027', 'June'],
    ['That the review of fees be moved to July', 'July'],
    ['the housing report was deferred from April until September', 'September'],
  ])('%s', (text, month) => {
    expect(dueOf(text, meeting, true, { own: PANEL })).toEqual({ kind: 'month', month });
  });
});

describe('a recommendation keeps a month only where the matter comes back to this body then', () => {
  const context = { own: BOARD, meeting };
  it.each([
    ['The Finance Committee review the tariffs and report its findings to the Board in May 2027', 'May'],
    ['That the Audit Committee examine the claims and report to the Trust Board in June', 'June'],
  ])('%s', (text, month) => {
    expect(dueFor('recommendation', text, context)).toEqual({ kind: 'month', month });
  });

  it.each([
    'That the scheme be recommended to Council at its May meeting',
    'That the plan be commended to the Cabinet in April',
  ])('no due: %s', (text) => {
    expect(dueFor('recommendation', text, context)).toBeNull();
  });
});

describe("another body's dated sitting", () => {
  // (another body's meeting is no due of this body's item, dated or not: the labelling convention settled in
  // docs/minutes-parser.md, which replaced round 7's reading of these as due that day)
  it.each([
    'That the accounts be referred to the Audit and Standards Committee at its meeting on 12 March 2027',
    'the Treasurer to submit the forecast to the Finance Committee on 4 March 2027',
    'to present the plan to the Harbour Forum on 2nd March',
  ])('a matter sent there for its view is no due: %s', (text) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toBeNull();
  });

  // (round 8's reading of a body asked to act "at its meeting on" a day is settled the same way, duesRound8.test.ts)
  it.each([
    'That a budget of £40,000 be recommended to the Full Council meeting on 24 February 2027',
    'the Cabinet will meet on 15 March 2027',
  ])('a decision recommended to it, or its sitting alone, is no due: %s', (text) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toBeNull();
  });
});

const next = (text: string, date: string | null) => {
  const lines = layout(text).split('\n');
  return findNextMeetings(splitMinutes(lines), date, ownBodyOf(lines));
};

describe("the next meetings, where another body's sitting is named with 'its'", () => {
  it.each([
    'RESOLVED that the report be referred to the Audit and Standards Committee for scrutiny at its\nmeeting on 12 March 2027.',
    'RESOLVED that the accounts be sent to the Board of Governors at its meeting on 12 March 2027.',
  ])('%s', (decision) => {
    const text = `Minutes of the Estates Panel held on 10 February 2027\n\n1. Accounts\n${decision}\n\n2. Date of next meeting\nWednesday 21 April 2027.`;
    expect(next(text, meeting)).toEqual(['2027-04-21']);
  });

  it("takes 'its' after a possessive for the body that is the sentence's subject", () => {
    const text =
      "Minutes of the Estates Panel held on 10 February 2027\n\n1. Work programme\nThe Panel noted the programme and agreed to add an item on the Council's depots to its meeting on 14 April 2027.";
    expect(next(text, meeting)).toEqual(['2027-04-14']);
  });
});

describe('a qualifier in brackets belongs to the date before it', () => {
  it.each([
    ['Monday 15th March 2027 (if required) and Monday 12th April 2027, 7pm.', ['2027-03-15', '2027-04-12']],
    ['Tuesday 6 April 2027 (Annual Meeting) and Tuesday 4 May 2027', ['2027-04-06', '2027-05-04']],
  ])('%s', (list, dates) => {
    const text = `Minutes of the Estates Panel held on 10 February 2027\n\n1. Apologies\nNone.\n\n2. Dates of next meetings\n${list}`;
    expect(next(text, meeting)).toEqual(dates);
  });

  it('an open bracket still qualifies the date inside it', () => {
    const text =
      'Minutes of the Estates Panel held on 10 February 2027\n\n1. Apologies\nNone.\n\n2. Dates of next meetings\nTuesday 6 April 2027 (and, if required, Tuesday 20 April 2027).';
    expect(next(text, meeting)).toEqual(['2027-04-06']);
  });
});

describe('a heading that runs into its list of dates', () => {
  it.each([
    [
      'slashed, short years',
      'EP.12  DATES OF FUTURE MEETINGS\n       14/04/27, 16/06/27 and 15/09/27, all at 6pm.',
      ['2027-04-14', '2027-06-16', '2027-09-15'],
    ],
    [
      'words',
      '12. Dates of next meetings\n   Tuesday 13 April 2027 and Tuesday 8 June 2027',
      ['2027-04-13', '2027-06-08'],
    ],
  ])('%s', (_, list, dates) => {
    const [first, second] = list.startsWith('EP.')
      ? ['EP.10  MINUTES', 'EP.11  APOLOGIES']
      : ['10. Minutes', '11. Apologies'];
    const text = `Minutes of the Estates Panel held on 10 February 2027\n\n${first}\nThe minutes were approved.\n\n${second}\nNone were received.\n\n${list}\n\nThe meeting closed at 8pm.`;
    expect(next(text, meeting)).toEqual(dates);
  });
});

describe('an instruction due at this body’s meeting whose thing is a paper brought there is work programme', () => {
  const item = (text: string, due: StatedDue, category: Category = 'action'): ProposedItem => ({
    minute: '4',
    ref: null,
    type: category === 'work-programme' ? 'work-programme' : 'action',
    category,
    owner: 'the Treasurer',
    due,
    text,
    confidence: 0.8,
    source: 'resolution',
    narrative: false,
  });
  const month = (m: string): StatedDue => ({ kind: 'month', month: m });
  it.each([
    ['The Panel asked the Treasurer to bring a revised budget to the April Panel.', month('April')],
    ['Treasurer to review the fees and present the findings at the June meeting', month('June')],
    ['That the Treasurer bring back a comparison with other halls', { kind: 'next' } as StatedDue],
    ['the surveyor to come back to the next meeting with costed options', { kind: 'next' } as StatedDue],
    ['Members asked that the next update show the figures by ward.', { kind: 'next' } as StatedDue],
    ['the next monitoring report to include the complaints by month', month('May')],
    [
      'The officer would table the revised plan at its meeting on 4 May',
      { kind: 'meeting', meeting: '2027-05-04' } as StatedDue,
    ],
  ])('%s', (text, due) => {
    expect(paperForMeeting(item(text, due), PANEL)).toMatchObject({
      category: 'work-programme',
      type: 'work-programme',
    });
  });

  it.each([
    ['Clerk to obtain quotes for the fence and report back to the April meeting', month('April')],
    ['The Clerk obtains two quotations and brings them to the next meeting.', { kind: 'next' } as StatedDue],
    ['arrange a site visit for members before the June meeting', month('June')],
    ['to give a breakdown by ward in the next report', { kind: 'next' } as StatedDue],
    ['the Treasurer to bring the revised budget to the Cabinet in April', month('April')],
    ['to present the plan to the Harbour Forum on 2 March', { kind: 'date', date: '2027-03-02' } as StatedDue],
    ['to bring a revised budget to the next meeting', null],
  ])('stays an action: %s', (text, due) => {
    expect(paperForMeeting(item(text, due), PANEL).category).toBe('action');
  });
});

describe('what is brought back with a matter put back comes to the meeting it is put back to', () => {
  it.each([
    'That the parking charges be deferred to the next meeting, and that the Treasurer bring back figures from other towns.',
    'That the lease be deferred to the April meeting and that the surveyor report back on the valuation.',
  ])('%s', (decision) => {
    const text = `Minutes of the Estates Panel held on 10 February 2027\n\n3. Apologies\nNone.\n\n4. Charges\nThe Treasurer introduced the report.\nRESOLVED:\n1. ${decision}\n2. That the report be noted.`;
    const items = parseMinutes(text).items;
    expect(items).toHaveLength(2);
    expect(items[1].due).toEqual(items[0].due);
    expect(items[0].category).toBe('deferral');
  });
});

describe('a due stated beside a step that points back', () => {
  const minutes = (discussion: string) =>
    parseMinutes(
      `Minutes of the Estates Panel held on 10 February 2027\n\n3. Apologies\nNone.\n\n4. Depots\n${discussion}\nRESOLVED that the report be noted.`,
    ).items;
  it.each([
    [
      'Members requested that officers send a note on the depot leases. The Head of Estates undertook to do so within three weeks.',
      { kind: 'within', amount: 3, unit: 'weeks' },
    ],
    [
      'Members asked that officers circulate the valuation. The Surveyor agreed to do this by 1 March 2027.',
      { kind: 'date', date: '2027-03-01' },
    ],
  ])('the undertaking after the request says when: %s', (discussion, due) => {
    expect(minutes(discussion).map((i) => i.due)).toContainEqual(due);
  });

  it.each([
    ['Members asked for a tour of the depots before the April meeting. The Clerk undertook to arrange this.', 'April'],
    ['Members requested a briefing on the leases before the June meeting. The Surveyor would organise it.', 'June'],
  ])('the request before the undertaking says when: %s', (discussion, month) => {
    expect(minutes(discussion).map((i) => i.due)).toContainEqual({ kind: 'month', month });
  });

  it('someone asked to attend for "that item" comes to the meeting the item is added for', () => {
    const items = minutes(
      'It was agreed that an item on depot security be added for the May meeting, and that the Chief Officer be invited to attend for that item.',
    );
    expect(items.map((i) => i.due)).toEqual([
      { kind: 'month', month: 'May' },
      { kind: 'month', month: 'May' },
    ]);
  });

  it('a step inviting "him" after a question about "that item" comes to the item\'s meeting', () => {
    const items = minutes(
      'The Panel agreed to add an item on depot security to its meeting on 12 May 2027. Councillor Reed asked whether the Chief Officer could attend for that item. The Clerk would invite him.',
    );
    expect(items.map((i) => i.due)).toEqual([
      { kind: 'meeting', meeting: '2027-05-12' },
      { kind: 'meeting', meeting: '2027-05-12' },
    ]);
  });

  it.each([
    [
      'The Panel requested that the Surveyor bring a condition survey to the next meeting. The Panel also requested that the tenant attend that meeting.',
      { kind: 'next' },
    ],
    [
      'The Panel asked the Treasurer to present the accounts at the June meeting. Members requested that the auditor attend the same meeting.',
      { kind: 'month', month: 'June' },
    ],
  ])('someone asked to attend "that meeting" comes to the meeting just named: %s', (discussion, due) => {
    const items = minutes(discussion);
    expect(items.length).toBe(2);
    expect(items.map((i) => i.due)).toEqual([due, due]);
  });

  it('a pronoun that is no step takes nothing: "and this was agreed"', () => {
    const items = minutes(
      'The Treasurer said the report would come back in six months. Members asked that the Chair write to the minister about the depots, and this was agreed.',
    );
    expect(items.find((i) => /minister/.test(i.text))?.due ?? null).toBeNull();
  });
});

describe('a deadline told as the day something closes or happens', () => {
  it.each([
    ['Clerk to send the bid before the fund closes on 14th March', '2027-03-14'],
    ['to lodge the objection by the time the consultation ends on 2 April 2027', '2027-04-02'],
    ['the Treasurer to file the return before the window shuts on 30/04/27', '2027-04-30'],
  ])('%s', (text, date) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toEqual({ kind: 'date', date });
  });

  it('the fund closing is no deadline when nothing is to be done before it', () => {
    expect(dueOf('the Clerk reported that the fund closes on 14th March', meeting, false, { own: PANEL })).toBeNull();
  });

  const minutes = (discussion: string) =>
    parseMinutes(
      `Minutes of the Estates Panel held on 10 February 2027\n\n3. Apologies\nNone.\n\n4. Open day\n${discussion}`,
    ).items;
  it.each([
    [
      'The Clerk reported that the open day had been set for 20th March. RESOLVED: That the Clerk arranges for the hall to be cleaned before the open day.',
      '2027-03-20',
    ],
    [
      'The summer fair will take place on Saturday 12 June 2027. RESOLVED: That the Treasurer orders the marquee ahead of the summer fair.',
      '2027-06-12',
    ],
  ])('before a thing the minute dated: %s', (discussion, date) => {
    expect(minutes(discussion).map((i) => i.due)).toContainEqual({ kind: 'date', date });
  });

  it('before a thing that ends or starts on a day the minute gave', () => {
    const items = minutes(
      'The lease of the depot runs until March. The pilot scheme ends on 30 April. RESOLVED: That the Clerk asks the county council for a decision before the pilot ends.',
    );
    expect(items.map((i) => i.due)).toEqual([{ kind: 'date', date: '2027-04-30' }]);
  });

  it('not where the thing was dated after the item, or in another sentence', () => {
    const items = minutes(
      'RESOLVED: That the Clerk arranges for the hall to be cleaned before the open day. Members noted the rota. The open day is on 20th March.',
    );
    expect(items.map((i) => i.due)).toEqual([null]);
  });
});

describe('an errand in an action table has no "future" due, as in a resolution', () => {
  it.each(['Summer term', 'In due course', 'Later in the year', 'Future meeting'])('%s', (when) => {
    const { items } = actionTable(
      [
        'Action | Owner | Due',
        `Meet the auditors about the asset register | Treasurer | ${when}`,
        `Add the asset register to the work programme | Clerk | ${when}`,
      ],
      '5',
      meeting,
    );
    expect(items.map((i) => [i.type, i.due])).toEqual([
      ['action', null],
      ['work-programme', { kind: 'future' }],
    ]);
  });
});

describe('a meeting in a month named by the body before it', () => {
  it.each([
    'The Treasurer would prepare a forecast for the Finance Committee meeting in May.',
    'a draft to go to the Harbour and Coast Forum meeting in June',
    "a draft to go to the Cabinet's meeting in July",
  ])("is another body's, no due: %s", (text) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toBeNull();
  });

  it.each([
    ['The Treasurer would prepare a forecast for the Estates Panel meeting in May.', 'May'],
    ['a draft to come to the Panel meeting in June', 'June'],
    ['a draft to come to the meeting in June', 'June'],
    ["a draft to come to the Panel's meeting in June", 'June'],
  ])("is this body's: %s", (text, month) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toEqual({ kind: 'month', month });
  });
});

describe('the end of the quarter', () => {
  it.each([
    ['to circulate the figures by the end of the quarter', '2027-02-10', '2027-03-31'],
    ['before the end of this quarter, the Clerk to renew the lease', '2027-05-04', '2027-06-30'],
    ['the Treasurer to close the account by the end of the current quarter', '2027-12-01', '2027-12-31'],
  ])('%s (meeting %s)', (text, on, date) => {
    expect(dueOf(text, on, false, { own: PANEL })).toEqual({ kind: 'date', date });
  });

  it.each(['by the end of the month', 'before the end of the financial year'])(
    'leaves the end of a year or a month unread: %s',
    (text) => {
      expect(dueOf(`to publish the plan ${text}`, meeting, false, { own: PANEL })).toBeNull();
    },
  );
});

describe('a meeting the matter is moved from is not its due', () => {
  it.each([
    ['subject to the parking item being moved from the April meeting to the June meeting', 'June'],
    ['the depot report moves from the March meeting to the May meeting', 'May'],
    ['the review to be taken at the May meeting rather than the March meeting', 'May'],
  ])('%s', (text, month) => {
    expect(dueOf(text, meeting, false, { own: PANEL })).toEqual({ kind: 'month', month });
  });
});

describe('an action marker at the end of a line says when by the sentence it closes', () => {
  it.each([
    [
      'The Panel APPROVED the revised fees. The Treasurer to publish the new tariff before the end of April 2027.       ACTION: Treasurer',
      { kind: 'date', date: '2027-04-30' },
    ],
    [
      "The Panel APPROVED the lease, subject to the tenant's survey. The Surveyor would write to the\ntenant to confirm the decision within 14 days.                          ACTION: Surveyor",
      { kind: 'within', amount: 14, unit: 'days' },
    ],
  ])('%s', (minute, due) => {
    const items = parseMinutes(
      `Minutes of the Estates Panel held on 10 February 2027\n\n3. Apologies\nNone.\n\n4. Fees\nThe Treasurer introduced the report.\n${minute}\n\n5. Any other business\nNone.`,
    ).items;
    expect(items.map((i) => i.due)).toContainEqual(due);
  });
});
