import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const PANEL = `MINUTES OF THE MEETING OF THE ENVIRONMENT SCRUTINY PANEL
held on Wednesday 14 January 2026 at 6.00 pm in Committee Room 2

31. APOLOGIES
Apologies were received from Councillor Grant.

32. MINUTES
RESOLVED that the minutes of the meeting held on 12 November 2025 be approved as a correct record.

33. WASTE COLLECTION PERFORMANCE
The Head of Waste Services presented the report. Members raised missed bin collections.
RESOLVED that:
1. the report be noted;
2. the Head of Waste Services provide a breakdown of missed collections by ward to all members within four weeks;
3. a progress report be submitted to the Panel's April meeting.

34. FLOOD RESILIENCE
ACTION: Drainage Engineer to write to the Environment Agency about the Mill Lane culvert by 27 February 2026.

35. DATE OF NEXT MEETING
Wednesday 11 March at 6pm.`;

describe('parseMinutes', () => {
  it('reads a whole set of minutes into items, noted resolutions and dates', () => {
    const proposal = parseMinutes(PANEL);
    expect(proposal.meeting.date).toBe('2026-01-14');
    expect(proposal.nextMeetings).toEqual(['2026-03-11']);
    expect(proposal.items).toMatchObject([
      { minute: '33', ref: '2', type: 'action', category: 'information', owner: 'the Head of Waste Services', due: { kind: 'within', amount: 4, unit: 'weeks' } },
      { minute: '33', ref: '3', type: 'work-programme', owner: null, due: { kind: 'month', month: 'April' } },
      { minute: '34', type: 'action', owner: 'Drainage Engineer', due: { kind: 'date', date: '2026-02-27' } },
    ]);
    expect(proposal.noted.map((n) => [n.minute, n.ref])).toEqual([['32', null], ['33', '1']]);
  });

  it('turns a noted decision into an action when an ACTION line names its owner', () => {
    const proposal = parseMinutes('Minutes of the Estates Board held on 2 March 2026\n\nEB/26/03 Car parking\nThe Board asked for options for staff parking.\nACTION: TW');
    expect(proposal.items).toMatchObject([{ minute: 'EB/26/03', owner: 'TW', type: 'action' }]);
    expect(proposal.noted).toEqual([]);
  });

  it('gives an "Action:" line under a resolution to each of its items that has no owner', () => {
    const proposal = parseMinutes('Minutes of the Parks Committee held on 2 March 2026\n\n6. Trees\nRESOLVED: that quotes be obtained for the felling.\n\nAction: Town Clerk');
    expect(proposal.items).toMatchObject([{ minute: '6', owner: 'Town Clerk', type: 'action' }]);
  });

  it('makes a resolution an action when a closing sentence names who acts', () => {
    const proposal = parseMinutes('Minutes of the Parish Council held on 2 March 2026\n\n26/31 Defibrillator\nIt was RESOLVED to buy new pads. Clerk to place the order.');
    expect(proposal.items).toMatchObject([{ minute: '26/31', owner: 'Clerk', type: 'action' }]);
  });

  it('uses the meeting date the user gives, for the year of dates without one', () => {
    const proposal = parseMinutes('7. Date of next meeting\nMonday, 2nd March at 7pm.', { meetingDate: '2026-02-02' });
    expect(proposal.meeting.date).toBe('2026-02-02');
    expect(proposal.nextMeetings).toEqual(['2026-03-02']);
  });

  it('finds nothing to track in a guide or in report prose', () => {
    const guide = `Guidance for councillors on scrutiny

1. What is scrutiny?
Scrutiny committees hold the executive to account. They should agree a work programme each year and will invite partners to attend.

2. Asking questions
Members should prepare questions in advance. The Chair will summarise the discussion.

3. Recommendations
A committee may recommend that Cabinet reconsider a decision. Reports should be submitted to the next meeting where possible.`;
    expect(parseMinutes(guide)).toEqual({ meeting: { date: null }, nextMeetings: [], items: [], noted: [] });
  });

  it('reads no guesses from the discussion in text that is not minutes', () => {
    const text = 'Notes for new members\n\n1. The meeting\nThe Chair will open the meeting and the Clerk will take notes. Officers will answer questions.';
    expect(parseMinutes(text).items).toEqual([]);
  });

  it('proposes nothing from an agenda with a report’s recommendations', () => {
    const text = 'Agenda\nDate: Tuesday, 9 June 2026\n\n1. Apologies for Absence\n2. Parking Review\n\nReport to: Transport Panel\n1. Purpose of the report\n1.1 To ask the Panel to comment on the proposals.\n2. Recommendations\n2.1 That the Panel:\n(a) notes the survey results;\n(b) requests that officers report back at its meeting on 8 September 2026.\n3. Background\n3.1 Parking demand has risen.';
    const proposal = parseMinutes(text);
    expect(proposal.items).toEqual([]);
    expect(proposal.nextMeetings).toEqual([]);
  });

  it('returns an empty proposal for empty text', () => {
    expect(parseMinutes('')).toEqual({ meeting: { date: null }, nextMeetings: [], items: [], noted: [] });
  });

  it('keeps every confidence between 0 and 1, and discussion items below 0.7', () => {
    const proposal = parseMinutes('5. Parks\nIt was agreed that the Parks Officer would survey the benches.\nRESOLVED: That the Parks Officer be requested to repaint the railings.');
    for (const item of proposal.items) expect(item.confidence).toBeGreaterThan(0);
    expect(proposal.items.find((i) => i.narrative)?.confidence).toBeLessThan(0.7);
    expect(proposal.items.find((i) => !i.narrative)?.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('an invitation sent by an officer', () => {
  it('is owned by the officer asked to send it', () => {
    const p = parseMinutes('Minutes of the Housing Committee held on 2 March 2026\n\n4. Placements\nRESOLVED – That the Committee asked the Scrutiny Manager to invite a representative of the county council to the April meeting.');
    expect(p.items.map((i) => [i.category, i.owner, i.due])).toEqual([['invitation', 'the Scrutiny Manager', { kind: 'month', month: 'April' }]]);
  });
});

describe('an action line that repeats the resolution', () => {
  it('is one item, taking the date the action line adds', () => {
    const p = parseMinutes('Minutes of the Parks Committee held on 10 September 2026\n\n4. Waste strategy\nAgreed: the Parks Officer will draft the response and share it with members.\n- [ ] Parks Officer to circulate the draft response by 24 September');
    expect(p.items.map((i) => [i.owner, i.due])).toEqual([['the Parks Officer', { kind: 'date', date: '2026-09-24' }]]);
  });
});

describe('an action and the authority to carry it out', () => {
  it('is one item when the authority is for the same matter', () => {
    const p = parseMinutes('Minutes of the Parks Committee held on 10 March 2026\n\n5. Car parks\nRESOLVED that officers prepare a consultation on car park charges, and that the Head of Parks be authorised to approve the consultation document.');
    expect(p.items.map((i) => [i.category, i.owner])).toEqual([['action', 'officers']]);
    expect(p.items[0].text).toContain('authorised to approve the consultation');
  });

  it('stays two when the authority is for something else, or follows a recommendation', () => {
    const two = parseMinutes('Minutes of the Parks Committee held on 10 March 2026\n\n5. Depot\nRESOLVED that officers write to the tenants about the depot, and that the Head of Parks be authorised to sign the new grazing licence.');
    expect(two.items).toHaveLength(2);
    const sent = parseMinutes('Minutes of the Parks Committee held on 10 March 2026\n\n6. Budget\nRESOLVED that the budget be submitted to the Policy Committee, and that the Director of Finance be authorised to finalise the allocations.');
    expect(sent.items.map((i) => i.category)).toEqual(['recommendation', 'action']);
  });
});

it('makes a resolution that names who is to act ("… ACTION: Clerk") an action, whatever its verb', () => {
  const p = parseMinutes('Minutes of the Parish Council held on 12 January 2026\n\n3. Highways\nIt was RESOLVED to report the defect to the County Council. ACTION: Clerk');
  expect(p.items.map((i) => [i.category, i.owner])).toEqual([['action', 'Clerk']]);
});

it('takes a summary table of actions at the end as the same items the minutes decided, adding only new ones', () => {
  const p = parseMinutes(`Minutes of the Governing Board held on 4 March 2026

2. Headteacher's report
Governors discussed attendance. Agreed: the Headteacher to present a revised attendance strategy at the summer term meeting.

3. Policies
The complaints policy was deferred to the next meeting.

Summary of actions
Item   Action                                     Who            When
2      Revised attendance strategy                Headteacher    Summer term
3      Circulate updated complaints policy        Clerk          Next meeting`);
  expect(p.items.map((i) => [i.minute, i.category, i.owner])).toEqual([
    ['2', 'action', 'the Headteacher'],
    ['3', 'deferral', null],
    ['3', 'information', 'Clerk'],
  ]);
});

it('does not propose again under "Matters arising" an action carried on, but does take one newly agreed there', () => {
  const p = parseMinutes('Minutes of the Health Board held on 10 June 2026\n\n2. Matters arising\nThe Clerk confirmed that the letter had been sent. Public Health Lead to chase a reply.\nThe signs have arrived. Cllr Wynn agreed to put them up at the playing field before the next meeting.\n\n3. Fund\nPublic Health Lead to chase the grant payment from the county.');
  expect(p.items.map((i) => [i.minute, i.owner])).toEqual([['2', 'Cllr Wynn'], ['3', 'Public Health Lead']]);
});
