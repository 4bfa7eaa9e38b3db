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
      {
        minute: '33',
        ref: '2',
        type: 'action',
        category: 'information',
        owner: 'the Head of Waste Services',
        due: { kind: 'within', amount: 4, unit: 'weeks' },
      },
      { minute: '33', ref: '3', type: 'work-programme', owner: null, due: { kind: 'month', month: 'April' } },
      { minute: '34', type: 'action', owner: 'Drainage Engineer', due: { kind: 'date', date: '2026-02-27' } },
    ]);
    expect(proposal.noted.map((n) => [n.minute, n.ref])).toEqual([
      ['32', null],
      ['33', '1'],
    ]);
  });

  it('turns a noted decision into an action when an ACTION line names its owner', () => {
    const proposal = parseMinutes(
      'Minutes of the Estates Board held on 2 March 2026\n\nEB/26/03 Car parking\nThe Board asked for options for staff parking.\nACTION: TW',
    );
    expect(proposal.items).toMatchObject([{ minute: 'EB/26/03', owner: 'TW', type: 'action' }]);
    expect(proposal.noted).toEqual([]);
  });

  it('gives an "Action:" line under a resolution to each of its items that has no owner', () => {
    const proposal = parseMinutes(
      'Minutes of the Parks Committee held on 2 March 2026\n\n6. Trees\nRESOLVED: that quotes be obtained for the felling.\n\nAction: Town Clerk',
    );
    expect(proposal.items).toMatchObject([{ minute: '6', owner: 'Town Clerk', type: 'action' }]);
  });

  it('makes a resolution an action when a closing sentence names who acts', () => {
    const proposal = parseMinutes(
      'Minutes of the Parish Council held on 2 March 2026\n\n26/31 Defibrillator\nIt was RESOLVED to buy new pads. Clerk to place the order.',
    );
    expect(proposal.items).toMatchObject([{ minute: '26/31', owner: 'Clerk', type: 'action' }]);
  });

  it('takes an "ACTION: X to …" line as how an unowned resolution just above it is carried out', () => {
    const proposal = parseMinutes(
      'Minutes of the Parish Council held on 2 March 2026\n\n26/32 Housing consultation\nIt was RESOLVED that the Council submit a response supporting the allocation.\nACTION: Cllr Hale to draft the response and circulate it by 20 March 2026.',
    );
    expect(proposal.items).toMatchObject([
      { minute: '26/32', owner: 'Cllr Hale', type: 'action', due: { kind: 'date', date: '2026-03-20' } },
    ]);
  });

  it('takes an action line that only names its matter as the resolution it repeats, of whatever kind', () => {
    const proposal = parseMinutes(
      'Minutes of the Parks Committee held on 2 March 2026\n\n5. Tree planting\nAgreed: to ask the Tree Officer to bring a map of planting sites to the next meeting.\n\nAction: Tree Officer — planting site map, next meeting',
    );
    expect(proposal.items).toMatchObject([{ type: 'work-programme', category: 'work-programme' }]);
  });

  it('keeps an "ACTION: X to …" line its own item under a resolution that names its owner or records a decision', () => {
    const owned = parseMinutes(
      'Minutes of the Parish Council held on 2 March 2026\n\n26/33 Bus shelter\nIt was RESOLVED that the Clerk obtain three quotes.\nACTION: Cllr Hale to ask the bus company for a contribution.',
    );
    expect(owned.items.map((i) => i.owner)).toEqual(['the Clerk', 'Cllr Hale']);
    const recorded = parseMinutes(
      'Minutes of the Parish Council held on 2 March 2026\n\n26/34 Grants\nIt was RESOLVED to approve a grant of £200 to the youth club.\nACTION: Clerk to notify the youth club.',
    );
    expect(recorded.items).toMatchObject([{ owner: 'Clerk', type: 'action' }]);
    expect(recorded.noted).toHaveLength(1);
  });

  it('takes what members asked for and the resolution then decided as one item, the resolution’s', () => {
    const proposal = parseMinutes(
      'Minutes of the Transport Panel held on 2 March 2026\n\n5. Work programme\nMembers asked that an item on bus shelters and timetables be added.\nRESOLVED: That bus shelters be added to the work programme for June 2026.',
    );
    expect(proposal.items).toMatchObject([
      {
        ref: null,
        type: 'work-programme',
        due: { kind: 'month', month: 'June' },
        text: expect.stringMatching(/^Bus shelters be added/),
      },
    ]);
  });

  it('reads no prose in a table of three columns the action-table reader did not take', () => {
    const proposal = parseMinutes(
      'Minutes of the Transport Panel held on 2 March 2026\n\n5. Work programme\nItem                        Lead officer          Meeting\nBus strategy                Head of Transport     June 2026\nRail links  Policy Lead     TBC\n\nRESOLVED: That the work programme be noted.',
    );
    expect(proposal.items).toEqual([]);
  });

  it('reads each noun phrase under a stem that itself decides two things as the part it finishes', () => {
    const proposal = parseMinutes(
      'Minutes of the Waste Committee held on 2 March 2026\n\n21. Work programme\nRESOLVED that the work programme be agreed, with the addition of:\n(a) a report on the depot lease; and\n(b) an update on street cleansing.',
    );
    expect(proposal.items.map((i) => [i.ref, i.category])).toEqual([
      ['(a)', 'work-programme'],
      ['(b)', 'work-programme'],
    ]);
  });

  it('reads no discussion in the masthead before the first numbered minute', () => {
    const proposal = parseMinutes(
      'Eastvale District Council\nWASTE TASK GROUP TO MEET IN PUBLIC\nNote of the meeting held on 2 March 2026\n\n1. Recycling\nRESOLVED that the report be noted.',
    );
    expect(proposal.items).toEqual([]);
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
    const text =
      'Notes for new members\n\n1. The meeting\nThe Chair will open the meeting and the Clerk will take notes. Officers will answer questions.';
    expect(parseMinutes(text).items).toEqual([]);
  });

  it('proposes nothing from an agenda with a report’s recommendations', () => {
    const text =
      'Agenda\nDate: Tuesday, 9 June 2026\n\n1. Apologies for Absence\n2. Parking Review\n\nReport to: Transport Panel\n1. Purpose of the report\n1.1 To ask the Panel to comment on the proposals.\n2. Recommendations\n2.1 That the Panel:\n(a) notes the survey results;\n(b) requests that officers report back at its meeting on 8 September 2026.\n3. Background\n3.1 Parking demand has risen.';
    const proposal = parseMinutes(text);
    expect(proposal.items).toEqual([]);
    expect(proposal.nextMeetings).toEqual([]);
  });

  it('returns an empty proposal for empty text', () => {
    expect(parseMinutes('')).toEqual({ meeting: { date: null }, nextMeetings: [], items: [], noted: [] });
  });

  it('keeps every confidence between 0 and 1, and discussion items below 0.7', () => {
    const proposal = parseMinutes(
      '5. Parks\nIt was agreed that the Parks Officer would survey the benches.\nRESOLVED: That the Parks Officer be requested to repaint the railings.',
    );
    for (const item of proposal.items) expect(item.confidence).toBeGreaterThan(0);
    expect(proposal.items.find((i) => i.narrative)?.confidence).toBeLessThan(0.7);
    expect(proposal.items.find((i) => !i.narrative)?.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('an invitation sent by an officer', () => {
  it('is owned by the officer asked to send it', () => {
    const p = parseMinutes(
      'Minutes of the Housing Committee held on 2 March 2026\n\n4. Placements\nRESOLVED – That the Committee asked the Scrutiny Manager to invite a representative of the county council to the April meeting.',
    );
    expect(p.items.map((i) => [i.category, i.owner, i.due])).toEqual([
      ['invitation', 'the Scrutiny Manager', { kind: 'month', month: 'April' }],
    ]);
  });
});

describe('an action line that repeats the resolution', () => {
  it('is one item, taking the date the action line adds', () => {
    const p = parseMinutes(
      'Minutes of the Parks Committee held on 10 September 2026\n\n4. Waste strategy\nAgreed: the Parks Officer will draft the response and share it with members.\n- [ ] Parks Officer to circulate the draft response by 24 September',
    );
    expect(p.items.map((i) => [i.owner, i.due])).toEqual([['the Parks Officer', { kind: 'date', date: '2026-09-24' }]]);
  });
});

describe('an action and the authority to carry it out', () => {
  it('is one item when the authority is for the same matter', () => {
    const p = parseMinutes(
      'Minutes of the Parks Committee held on 10 March 2026\n\n5. Car parks\nRESOLVED that officers prepare a consultation on car park charges, and that the Head of Parks be authorised to approve the consultation document.',
    );
    expect(p.items.map((i) => [i.category, i.owner])).toEqual([['action', 'officers']]);
    expect(p.items[0].text).toContain('authorised to approve the consultation');
  });

  it('stays two when the authority is for something else, or follows a recommendation', () => {
    const two = parseMinutes(
      'Minutes of the Parks Committee held on 10 March 2026\n\n5. Depot\nRESOLVED that officers write to the tenants about the depot, and that the Head of Parks be authorised to sign the new grazing licence.',
    );
    expect(two.items).toHaveLength(2);
    const sent = parseMinutes(
      'Minutes of the Parks Committee held on 10 March 2026\n\n6. Budget\nRESOLVED that the budget be submitted to the Policy Committee, and that the Director of Finance be authorised to finalise the allocations.',
    );
    expect(sent.items.map((i) => i.category)).toEqual(['recommendation', 'action']);
  });
});

it('makes a resolution that names who is to act ("… ACTION: Clerk") an action, whatever its verb', () => {
  const p = parseMinutes(
    'Minutes of the Parish Council held on 12 January 2026\n\n3. Highways\nIt was RESOLVED to report the defect to the County Council. ACTION: Clerk',
  );
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
    ['2', 'work-programme', 'the Headteacher'],
    ['3', 'information', 'Clerk'],
    ['3', 'deferral', null],
  ]);
});

it('under "Matters arising" proposes each step named with its owner, less surely, but not the progress reported', () => {
  const p = parseMinutes(
    'Minutes of the Health Board held on 10 June 2026\n\n2. Matters arising\nThe Clerk confirmed that the letter had been sent. Public Health Lead to chase a reply.\nThe signs have arrived. Cllr Wynn agreed to put them up at the playing field before the next meeting.\nThe county is still reviewing the crossing.\n\n3. Fund\nPublic Health Lead to chase the grant payment from the county.',
  );
  expect(p.items.map((i) => [i.minute, i.owner])).toEqual([
    ['2', 'Public Health Lead'],
    ['2', 'Cllr Wynn'],
    ['3', 'Public Health Lead'],
  ]);
  expect(p.items[0].confidence).toBeLessThanOrEqual(0.5);
});

describe('owners’ initials set as a column at the end of the line', () => {
  const parish = (body: string) =>
    parseMinutes(`Minutes of the Parish Council held on 2 March 2026\n\n26/40 Matters\n${body}`);

  it('name the owner of a decision the line records', () => {
    expect(
      parish('Members agreed to report the blocked drain on Mill Lane to the county again.          KT').items,
    ).toMatchObject([{ owner: 'KT', type: 'action' }]);
  });

  it('name the owner of the one errand on the line, and make no second item of it', () => {
    expect(
      parish('Cllr Lane to obtain two quotes for the new noticeboard.                    AL').items.map((i) => i.owner),
    ).toEqual(['AL']);
    expect(
      parish(
        'Letter from the rural community council about the bus survey. Clerk to circulate to all councillors.    JS',
      ).items,
    ).toMatchObject([{ owner: 'JS', category: 'information', text: expect.stringMatching(/^Letter from/) }]);
  });

  it('give a second errand on the line to the initials the first does not claim', () => {
    expect(
      parish('The thank you letter was approved. KT will look into the broken gate. KT, AL').items.map((i) => i.owner),
    ).toEqual(['KT', 'AL']);
  });
});

it('takes a row of the actions table over the discussion sentence it repeats', () => {
  const p = parseMinutes(`Minutes of the Corporate Parenting Board held on 4 March 2026

4. Transport
The Assistant Director said he would look at whether the bus pass offer could be extended to younger children.

5. Actions
No. | Action | Lead | Deadline | Status
CPB26/03 | Look at extending the bus pass offer to younger children | Dana Hill | Next meeting | Open`);
  expect(p.items).toMatchObject([{ ref: null, minute: 'CPB26/03', owner: 'Dana Hill', source: 'action-table' }]);
});

it('reads no meeting in the due dates of an action table under the date of the next meeting', () => {
  const p = parseMinutes(`Minutes of the Health Scrutiny Committee held on 3 September 2025

12. Date of next meeting
The next meeting will be held on Wednesday 5 November 2025.

ACTION TABLE
Min.|Action|Owner|Due date
10|Write to the ICB about pharmacy closures|Chair|30/09/2025`);
  expect(p.nextMeetings).toEqual(['2025-11-05']);
  expect(p.items).toMatchObject([{ owner: 'Chair', due: { kind: 'date', date: '2025-09-30' } }]);
});

describe('an NHS board’s action lines', () => {
  const board = (body: string) =>
    parseMinutes(`Minutes of the Trust Board held on 6 March 2025\n\nTB25/01 Chief Executive's report\n${body}`);

  it('take the one agreement of the paragraph above them, with its owner', () => {
    const p = board(
      'AB asked about the inspection; JS said the full report would come to the Board once published.\nACTION: JS - report on the inspection to the next Board meeting.',
    );
    expect(p.items).toMatchObject([{ owner: 'JS', type: 'work-programme', source: 'resolution' }]);
  });

  it('read no verb in a noun ending in -ity, -ism or -ology', () => {
    expect(board('ACTION: JS - maternity inspection report to the next Board meeting.').items).toMatchObject([
      { category: 'work-programme' },
    ]);
  });
});

it('proposes nothing where a review of the action log closes actions', () => {
  const p = parseMinutes(
    'Minutes of the Trust Board held on 6 March 2025\n\nTB25/02 Action log\n2024/118 (Outpatient letters) - complete; the Board agreed to close it.',
  );
  expect(p.items).toEqual([]);
});

it('reads the conditions listed under a grant as part of the grant, not as tasks', () => {
  const p = parseMinutes(
    'Minutes of the Licensing Panel held on 5 September 2025\n\n13. Application\nRESOLVED - That the application be GRANTED subject to the following additional conditions:\n(a) no deliveries between 20:00 and 08:00;\n(b) a notice asking customers to leave quietly to be displayed at the exit.',
  );
  expect(p.items).toEqual([]);
  expect(p.noted.length).toBeGreaterThan(0);
});

it('takes an undertaking after a semicolon as the owner of what members asked for, once', () => {
  const p = parseMinutes(
    'Minutes of the Cabinet held on 2 March 2026\n\n89. Housing strategy\nMembers asked that the consultation include a question on under-occupation; the Director agreed to add one.\nRESOLVED that the strategy be approved for consultation.',
  );
  expect(p.items).toMatchObject([{ owner: 'the Director', type: 'action' }]);
});

it('reads an errand and the handling of what it brings back as one item', () => {
  const p = parseMinutes(
    'Minutes of the Transport Committee held on 6 March 2026\n\n16. Stations\nResolved: That the Committee:\n(1) Endorses the priority list.\n(2) Asks the Director to write to the rail operator seeking a timetable for the works, and to circulate the reply to members.',
  );
  expect(p.items).toMatchObject([{ ref: '(2)', category: 'action', owner: 'the Director' }]);
});

describe('an entry that carries on an earlier action', () => {
  it('names the earlier minute it cites at the head of its paragraph', () => {
    const p = parseMinutes(
      'Minutes of the Town Council held on 12 January 2026\n\n04/26 Matters arising\nMinute 121/25 (bench): the bench had been ordered; the Clerk will confirm the installation date.',
    );
    expect(p.items).toMatchObject([{ owner: 'the Clerk', updates: '121/25' }]);
  });

  it('names the earlier action a sentence of an action-log review opens with', () => {
    const p = parseMinutes(
      'Minutes of the Quality Committee held on 21 January 2026\n\nQC/26/002 Action log\nQC/25/088 (falls audit) is complete and can be closed. QC/25/091 (training figures) remains open; RL will bring the figures to the March meeting.',
    );
    expect(p.items).toMatchObject([{ owner: 'RL', updates: 'QC/25/091', due: { kind: 'month', month: 'March' } }]);
  });

  it('is not proposed again from the log at the end when the minutes have already reviewed it', () => {
    const p = parseMinutes(
      'Minutes of the Estates Board held on 4 March 2026\n\nEB/26/010 Action log\nAction EB/25/114 (roof survey) remains open; the surveyor has been chased.\n\nEB/26/011 Car parking\nThe Board noted the report.\n\nOpen actions (for information)\nRef | Action | Lead | Due | Status\nEB/25/114 | Roof survey | JK | Apr 26 | Open\nEB/25/120 | Fence quotes | LM | May 26 | Open',
    );
    expect(p.items.map((i) => i.updates)).toEqual(['EB/25/120']);
  });

  it('is an action-log row with its own action number, which an earlier meeting may have raised', () => {
    const p = parseMinutes(
      'Minutes of the Board held on 4 March 2026\n\n5. Action log\nNo. | Action | Lead | Deadline | Status\nB25/14 | Chase the survey results | Clerk | April 2026 | Open',
    );
    expect(p.items).toMatchObject([{ source: 'action-table', updates: 'B25/14', owner: 'Clerk' }]);
  });
});

it('reads an errand after a semicolon beside a deferral as an action of its own', () => {
  const p = parseMinutes(
    'Minutes of the Planning Panel held on 3 June 2026\n\n7. Barn conversion, Holt End\nRESOLVED that the application be deferred to the next meeting so that members can see the site; the Planning Officer to book the visit.',
  );
  expect(p.items.map((i) => [i.category, i.owner])).toEqual([
    ['deferral', null],
    ['action', 'the Planning Officer'],
  ]);
});

it('reads "this Committee" as the body whose minutes these are', () => {
  const p = parseMinutes(
    "Minutes of the Schools Committee held on 3 June 2026\n\n7. Nursery places\nThe Committee resolved:-\n(i) to note the report; and\n(ii) to instruct the Head of Early Years to bring a report on the new places to this Committee in six months' time.",
  );
  expect(p.items).toMatchObject([
    {
      category: 'work-programme',
      owner: 'the Head of Early Years',
      due: { kind: 'within', amount: 6, unit: 'months' },
    },
  ]);
});

it('reads an errand and its report on its own progress as one item, due when the report is', () => {
  const p = parseMinutes(
    'Minutes of the Harbour Board held on 3 March 2026\n\nHB/26/12 Moorings\nThe Board asked KL to work with the sailing clubs on a shared mooring plan and to report progress to the Board in June.',
  );
  expect(p.items).toMatchObject([{ category: 'action', owner: 'KL', due: { kind: 'month', month: 'June' } }]);
});

describe('a step whose object is a pronoun for what was just asked', () => {
  it.each([
    'The Clerk would invite her.',
    'The Clerk agreed to write to him accordingly.',
    'Officers will arrange it.',
  ])('carries out the request before it, and is no second item: %s', (step) => {
    const p = parseMinutes(
      `Minutes of the Parks Panel held on 3 February 2026\n\n5. Allotments\nMembers asked that the Cabinet Member for Leisure attend the April meeting to discuss waiting lists. ${step}\nRESOLVED – That the report be noted.`,
    );
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ category: 'invitation', due: { kind: 'month', month: 'April' } });
  });
  it('is an item of its own when it names its object', () => {
    const p = parseMinutes(
      'Minutes of the Parks Panel held on 3 February 2026\n\n5. Allotments\nMembers asked that the Cabinet Member for Leisure attend the April meeting. The Clerk would write to the allotment society about the waiting list.\nRESOLVED – That the report be noted.',
    );
    expect(p.items).toHaveLength(2);
  });
});

describe('an undertaking joined by ", and" to what the body asked for', () => {
  it.each([
    'The Committee asked for figures on missed bin collections by ward, and Ms Okafor agreed to provide them within two weeks.',
    'Members requested a breakdown of the grant spend, and the Finance Manager undertook to supply it within two weeks.',
    'The Board sought details of the waiting times at each site, and Dr Lin offered to send them within two weeks.',
  ])('is an item of the one who undertook it: %s', (sentence) => {
    const p = parseMinutes(
      `Minutes of the Scrutiny Committee held on 3 February 2026\n\n7. Waste services\n${sentence}\nRESOLVED – That the report be noted.`,
    );
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ type: 'action', due: { kind: 'within', amount: 2, unit: 'weeks' } });
    expect(p.items[0].owner).toMatch(/Okafor|Finance Manager|Dr Lin/);
  });

  it('is nothing to track when the one named only agreed to think about it', () => {
    const p = parseMinutes(
      "Minutes of the Scrutiny Committee held on 3 February 2026\n\n7. Libraries\nThe Committee thanked the officer. Members asked that next year's report include visitor numbers by branch, and Mr Dale agreed to consider this.\nRESOLVED – That the report be noted.",
    );
    expect(p.items).toEqual([]);
  });
});
