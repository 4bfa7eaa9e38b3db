// Issue 11, round 11: next meetings, dues and types as forms several sets share — a list of dates whose one entry is
// held in case, a heading and its paragraph with a web page's "Minutes:" label between, the run of meetings "this
// municipal year", a sitting told in the past perfect, a tracker's abbreviated due cell ("Feb mtg", "end Jan"), a matter
// "– deferred" in a log, and a deferral whose subject carries an aside. Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { dueCell } from '../../src/minutes/actionTable.js';
import { classify } from '../../src/minutes/classify.js';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (minute: string) => {
  const lines = layout(`${HEAD}${minute}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('a qualifier beside one date of a list holds that date alone, not the whole list', () => {
  it.each([
    [
      'another body held in case after this body',
      'Dates of next meetings: Estates Panel - Tuesday 11th January 2028; Lettings Sub-Group (if required) - Tuesday 4th January 2028. A special meeting may be called in December if needed.',
    ],
    [
      'a provisional date after the real one',
      'Dates of future meetings: Tuesday 11 January 2028; a provisional date of 25 January 2028 is also held.',
    ],
    [
      'the qualifier in a bracket after a sentence',
      'Dates of meetings: the Panel - 11 January 2028. (An extraordinary meeting may be needed in December.)',
    ],
  ])('%s', (_name, sentence) => {
    expect(next(`5. Dates\n${sentence}`)).toEqual(['2028-01-11']);
  });

  it.each([
    ['a heading held in case', 'Reserve dates (if required): 18 January 2028 and 1 February 2028.'],
    ['provisional meetings:', 'Provisional meetings: 18 January 2028, 1 February 2028'],
  ])('a heading that is itself held in case still holds its dates: %s', (_name, sentence) => {
    expect(next(`5. Any other business\n${sentence}`)).toEqual([]);
  });
});

describe("a web page's label between a heading and its paragraph", () => {
  it.each([
    ['Minutes:', 'Minutes:'],
    ['Decision:', 'Decision:'],
    ['Notes of the item:', 'Record:'],
  ])('%s', (_name, label) => {
    const text = `Dates of future meetings\n\n${label}\nMembers will meet again on Tuesday 11 January 2028 and on 8 February and 7 March 2028.`;
    expect(next(`9. AOB\nNone.\n\n${text}`)).toEqual(['2028-01-11', '2028-02-08', '2028-03-07']);
  });
});

describe("the run of meetings 'this municipal year'", () => {
  it.each([
    [
      'this municipal year',
      'The remaining meetings this municipal year will be held on 11 January and 8 February 2028.',
    ],
    ['this year', 'Further meetings this year are scheduled for 11 January and 8 February 2028.'],
    [
      'for the rest of the civic year',
      'Meetings for the rest of the civic year will be held on Tuesday 11 January 2028 and Tuesday 8 February 2028.',
    ],
  ])('%s', (_name, sentence) => {
    expect(next(`7. Work programme\n${sentence}`)).toEqual(['2028-01-11', '2028-02-08']);
  });

  it("another body's meetings this year stay that body's", () => {
    expect(
      next('7. Work programme\nMeetings of the Audit Committee this year will be held on 11 January 2028.'),
    ).toEqual([]);
  });
});

describe('a sitting told in the past perfect is over', () => {
  it.each([
    ['had come forward at', 'Six tenants had come forward at the drop-in session on 2nd November.'],
    ['had been raised at', 'The issue had been raised at the residents’ meeting on 28th October.'],
    ['had not attended', 'The contractor had not attended the site meeting on 1st November.'],
  ])('%s', (_name, sentence) => {
    expect(next(`4. Repairs\n${sentence}`)).toEqual([]);
  });

  it.each([
    ['had agreed to meet', 'The Chair said the Panel had agreed to meet again on 11th January.', ['2028-01-11']],
    [
      'had been arranged, the next meeting',
      'It had been arranged that the next meeting would take place on 30th November.',
      ['2027-11-30'],
    ],
    ['would be held', 'Members had heard that the next meeting would be held on 11th January.', ['2028-01-11']],
  ])('a past perfect that looks ahead still gives the sitting: %s', (_name, sentence, want) => {
    expect(next(`4. Repairs\n${sentence}`)).toEqual(want);
  });
});

describe("a tracker's shorthand in a due cell", () => {
  it.each([
    ['next mtg', { kind: 'next' }],
    ['Next Mtg.', { kind: 'next' }],
    ['Feb mtg', { kind: 'month', month: 'February' }],
    ['Jan meeting', { kind: 'month', month: 'January' }],
    ['Dec Board', { kind: 'month', month: 'December' }],
    ['March Panel', { kind: 'month', month: 'March' }],
    ['Jan 2028 meeting', { kind: 'month', month: 'January' }],
    ['end Jan', { kind: 'date', date: '2028-01-31' }],
    ['end of Feb 2028', { kind: 'date', date: '2028-02-29' }],
  ])('%s', (cell, due) => {
    expect(dueCell(cell, MEETING)).toEqual(due);
  });

  it.each(['Cabinet 12 Jan', 'weekend', 'Janet', 'Board'])('no month meeting in "%s"', (cell) => {
    expect(dueCell(cell, MEETING)?.kind ?? null).not.toBe('month');
  });

  it('a row of a table, bars or tabs, takes the due from the shorthand', () => {
    const table = [
      'Action\tOwner\tWhen',
      'Repaint the bin store\tEstates Officer\tJan mtg',
      'Send the tenants the survey results\tHM\tend Dec',
    ].join('\n');
    const items = parseMinutes(`${HEAD}9. Actions\n${table}\n`).items;
    expect(items.map((i) => i.due)).toEqual([
      { kind: 'month', month: 'January' },
      { kind: 'date', date: '2027-12-31' },
    ]);
  });
});

describe('a log row that tells after a dash that the matter was put back is a deferral', () => {
  it.each([
    ['– deferred, with a reason', 'Communal heating survey – deferred, awaiting the contractor'],
    ['- postponed', 'Garden competition - postponed to the spring'],
    ['- put back to a meeting', 'Door entry repairs - put back to the March meeting'],
    ['— held over', 'Parking permits — held over'],
  ])('%s', (_name, action) => {
    const items = parseMinutes(`${HEAD}9. Actions\nAction | Owner | Due\n${action} | Clerk | Mar mtg\n`).items;
    expect(items.map((i) => i.category)).toEqual(['deferral']);
  });

  it.each([
    ['a deferred payment with no dash', 'Agree a deferred payment plan with the contractor'],
    ['a dash that tells no putting back', 'Bin store – repaint in green'],
  ])('not: %s', (_name, action) => {
    const items = parseMinutes(`${HEAD}9. Actions\nAction | Owner | Due\n${action} | Clerk | Mar mtg\n`).items;
    expect(items.map((i) => i.category)).toEqual(['action']);
  });
});

describe("a deferral whose subject carries an aside ending in 'meeting' defers the matter, not the meeting", () => {
  const own = ownBodyOf(['Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027']);
  it.each([
    [
      'a participle aside',
      'the review of the lettings policy, scheduled for this meeting, be deferred to the March meeting',
    ],
    ['an adjective aside', 'consideration of the tariffs, due at this meeting, be deferred until the new year'],
    ['a prepositional aside', 'the garden competition report, on the agenda for this meeting, be postponed'],
    ['no aside', 'the review of the lettings policy be deferred to the March meeting'],
  ])('%s', (_name, clause) => {
    expect(classify(clause, own).category).toBe('deferral');
  });

  it.each([
    ['the meeting adjourned', 'the meeting be adjourned to 16 November'],
    ['the meeting, with an aside, postponed', 'the meeting, set for 4 May, be postponed to 11 May'],
  ])('not a deferral: %s', (_name, clause) => {
    expect(classify(clause, own).category).not.toBe('deferral');
  });
});

describe("a matter moved between two months' meetings, the verb in any form", () => {
  it.each([
    ['to move from … to', 'The lettings item to move from December to March 2028, at the landlord’s request.'],
    ['moving from … to', 'the garden report moving from January to March'],
    ['be rescheduled to', 'the fire safety update be rescheduled to March 2028'],
    ['moved from … to', 'The tenancy audit was moved from December to March.'],
  ])('%s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, true)).toEqual({ kind: 'month', month: 'March' });
  });

  it('a move of something else names no month', () => {
    expect(dueOf('the office to move to the new building in March', MEETING, true)).not.toEqual({
      kind: 'month',
      month: 'March',
    });
  });
});

describe("what this body's papers to come are to hold, with no one and no time named, is its future business", () => {
  it.each([
    ['the Chair asked that', 'The Chair asked that future progress reports give each target a rating.'],
    ['should include', 'RESOLVED that future performance reports to the Panel should include the void rent loss.'],
    ['subsequent updates show', 'RESOLVED that subsequent updates show the waiting list by area.'],
    ['in future reports', 'Action: Housing Manager (void times in future reports)'],
  ])('%s', (_name, sentence) => {
    const items = parseMinutes(`${HEAD}5. Voids\nThe report was noted.\n${sentence}\n`).items;
    expect(items.map((i) => i.type)).toEqual(['work-programme']);
  });

  it('a dated errand about future reports stays the officer’s action', () => {
    const sentence =
      'RESOLVED that the Housing Manager ensure future reports break arrears down by estate by 31 January 2028.';
    const items = parseMinutes(`${HEAD}5. Arrears\n${sentence}\n`).items;
    expect(items.map((i) => [i.type, i.due])).toEqual([['action', { kind: 'date', date: '2028-01-31' }]]);
  });

  it('a report on the future is no future report', () => {
    const sentence = 'RESOLVED that the Housing Manager send members a report on future rent levels.';
    const items = parseMinutes(`${HEAD}5. Rents\n${sentence}\n`).items;
    expect(items.map((i) => i.type)).toEqual(['action']);
  });
});

describe('"the special meeting" is the one the minute dated before', () => {
  it.each([
    [
      'lettered clauses',
      'RESOLVED:\n(a) That a special meeting of the Panel be held on 7 December 2027 to consider the rent setting report.\n(b) That the Head of Finance be invited to the special meeting.',
    ],
    [
      'a sentence, then an errand',
      'Members agreed the timetable, including an extraordinary meeting on Tuesday 7 December 2027. RESOLVED that the Clerk circulate the papers before the extraordinary meeting.',
    ],
    [
      'numbered, the kind with a noun between',
      'RESOLVED – That:\n1. a joint meeting with the Tenants’ Forum be held on 7 December 2027;\n2. the Housing Manager present the repairs figures at the joint meeting.',
    ],
  ])('%s', (_name, body) => {
    const items = parseMinutes(`${HEAD}6. Budget\n${body}\n`).items;
    expect(items.at(-1)?.due).toEqual({ kind: 'meeting', meeting: '2027-12-07' });
  });

  it("another body's special meeting is not this body's", () => {
    const body =
      'Members noted that the Council would hold a special meeting on 7 December 2027.\nRESOLVED that the Housing Manager send members the rent figures before the special meeting.';
    const items = parseMinutes(`${HEAD}6. Budget\n${body}\n`).items;
    expect(items.at(-1)?.due ?? null).not.toEqual({ kind: 'meeting', meeting: '2027-12-07' });
  });
});

describe("a council's services, in the plural, are its officers: asked to act, an errand due when the words say", () => {
  it.each([
    ['Democratic Services', 'Members asked Democratic Services to arrange a workshop before the March meeting.'],
    ['Legal Services', 'RESOLVED that Legal Services be asked to draft the new lease before the March meeting.'],
  ])('%s', (_name, sentence) => {
    const items = parseMinutes(`${HEAD}5. Leases\nRESOLVED that the report be noted.\n${sentence}\n`).items;
    expect(items.map((i) => [i.category, i.due])).toEqual([['action', { kind: 'month', month: 'March' }]]);
  });

  it('another body asked to act is still asked', () => {
    const sentence = 'RESOLVED that the Tenants’ Forum be asked to comment on the new lease.';
    const items = parseMinutes(`${HEAD}5. Leases\n${sentence}\n`).items;
    expect(items.map((i) => i.category)).toEqual(['recommendation']);
  });
});

describe('a coming meeting given over to a matter is work programme, due that meeting', () => {
  it.each([
    [
      'to be given over to',
      'RESOLVED: The December meeting to be given over to the draft housing strategy.',
      'December',
    ],
    ['be devoted to', 'RESOLVED that the March meeting be devoted to the repairs contract.', 'March'],
    ['will focus on', 'RESOLVED that the February 2028 meeting will focus on empty homes.', 'February'],
    ['be a takeover', 'RESOLVED that the April panel meeting be a tenants’ takeover, planned with the Forum.', 'April'],
  ])('%s', (_name, sentence, month) => {
    const items = parseMinutes(`${HEAD}6. Work programme\n${sentence}\n`).items;
    expect(items.map((i) => [i.type, i.due])).toEqual([['work-programme', { kind: 'month', month }]]);
  });

  it.each([
    ['where it sits', 'RESOLVED that the March meeting be held in the library.'],
    ['how it sits', 'RESOLVED that the March meeting be held remotely.'],
  ])('its calendar is no item: %s', (_name, sentence) => {
    expect(parseMinutes(`${HEAD}6. Work programme\n${sentence}\n`).items).toEqual([]);
  });
});

describe("a log row's status or update moves its due", () => {
  const log = (status: string) =>
    parseMinutes(
      `${HEAD}9. Action log\nRef\tRaised\tAction\tOwner\tDue\tStatus\nL-12\t14/09/2027\tRepaint the bin store\tEstates Officer\tNov-27\t${status}\n`,
    ).items;
  it.each([
    [
      'Overdue, then revised due',
      'Overdue. Painter booked. Revised due: Feb-28 (agreed 9/11).',
      { kind: 'month', month: 'February' },
    ],
    ['a status that is only the move', 'Revised to 31/01/28', { kind: 'date', date: '2028-01-31' }],
    ['open, new date', 'Open – new date: 15/01/28', { kind: 'date', date: '2028-01-15' }],
  ])('%s', (_name, status, due) => {
    expect(log(status).map((i) => i.due)).toEqual([due]);
  });

  it('a row deferred to a meeting is due at that meeting, not at its old due', () => {
    expect(
      log('On hold. Deferred by the Panel 9/11 to the March meeting, awaiting the survey').map((i) => [
        i.category,
        i.due,
      ]),
    ).toEqual([['deferral', { kind: 'month', month: 'March' }]]);
  });

  it('an open row with nothing changed adds nothing new', () => {
    expect(log('Overdue. Painter not yet booked.').filter((i) => 'category' in i)).toEqual([]);
  });
});

describe('a line that only gives the coming meetings is never an item', () => {
  it.each([
    [
      'a next-meeting line under a marker heading',
      '8. AOB\nNone.\nNext meeting: Tuesday 11th January 2028, 6pm (Room 2). Then Tuesday 8 March 2028.\n\nACTIONS FROM THIS MEETING\n',
      ['2028-01-11', '2028-03-08'],
    ],
    [
      'a table cell run into the line',
      '8. Work programme\nRESOLVED that the programme be noted.\tClerk\nFuture meetings: Friday 14th January 2028 and Friday 10th March 2028, at 10am.\n',
      ['2028-01-14', '2028-03-10'],
    ],
  ])('%s', (_name, minute, dates) => {
    const parsed = parseMinutes(`${HEAD}${minute}`);
    expect(parsed.items.filter((i) => /meetings?:/i.test(i.text))).toEqual([]);
    expect(parsed.nextMeetings).toEqual(dates);
  });

  it('a decision that names the next meeting is still an item', () => {
    const sentence = 'RESOLVED that the repairs report be brought to the next meeting: the Clerk to arrange it.';
    expect(parseMinutes(`${HEAD}8. Repairs\n${sentence}\n`).items.length).toBeGreaterThan(0);
  });
});

describe('a list of items for the next agenda', () => {
  const listed = (body: string) =>
    parseMinutes(`${HEAD}8. Items for the next agenda\n${body}\n`).items.map((i) => [i.category, i.due, i.text]);

  it('ends at a blank line, before the minute’s other business', () => {
    expect(
      listed(
        'Garden competition prizes.\nParking on Mill Road.\n\nThe Chair reminded members that the survey had closed on 1st November.\nACTIONS ARISING',
      ),
    ).toEqual([
      ['work-programme', { kind: 'next' }, 'Garden competition prizes'],
      ['work-programme', { kind: 'next' }, 'Parking on Mill Road'],
    ]);
  });

  it('runs on over blank lines between marked entries', () => {
    expect(listed('- Garden competition prizes\n\n- Parking on Mill Road').map((i) => i[2])).toEqual([
      'Garden competition prizes',
      'Parking on Mill Road',
    ]);
  });

  it.each([
    [
      'was put back to',
      'Bin store, Mill Road – this item, on tonight’s agenda, was put back to the March meeting as no quote had come.',
    ],
    ['deferred to', 'Communal heating survey, deferred to the March meeting at the contractor’s request.'],
  ])('an entry put back says to when: %s', (_name, entry) => {
    expect(listed(entry).map((i) => [i[0], i[1]])).toEqual([['deferral', { kind: 'month', month: 'March' }]]);
  });
});

describe('an officer undertaking to put something in future reports runs an errand', () => {
  it.each([
    ['agreed to include', 'The Housing Manager agreed to include the void figures in future reports.'],
    ['undertook to add', 'Ms Lowe undertook to add a chart of arrears to future performance reports.'],
  ])('%s', (_name, sentence) => {
    const items = parseMinutes(`${HEAD}5. Voids\nThe report was noted.\n${sentence}\n`).items;
    expect(items.map((i) => i.type)).toEqual(['action']);
  });
});
