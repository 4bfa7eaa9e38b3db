// Round 7, meaning: owners, and what in minutes is not a decision — each rule tested in invented
// wording, several word orders a rule, never in a sentence of the labelled files.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import type { ProposedItem } from '../../src/minutes/types.js';

const MASTHEAD = `MINUTES of the Amenities Committee held on 14 January 2026

Present: Councillor A Hart (Chair), Councillor B Lowe, Councillor C Patel
Officers: Head of Parks (Dana Frost); Democratic Services Officer (Ian Moss)

1. Apologies
Apologies were received from Councillor D Ray.

`;
const itemsOf = (body: string, minute = '2'): ProposedItem[] =>
  parseMinutes(`${MASTHEAD}${body}\n`).items.filter((i) => i.minute === minute);
const norm = (owner: string | null) => (owner ?? '').replace(/^the\s+/i, '').toLowerCase();

describe('a condition set first is not part of the owner', () => {
  it.each([
    '2. Boating lake\nRESOLVED – That, subject to 1 above, the Head of Parks be authorised to let the kiosk.',
    '2. Boating lake\nRESOLVED – That, subject to the funding being confirmed, the Head of Parks be authorised to let the kiosk.',
    '2. Boating lake\nRESOLVED – That, provided that the lease is signed, the Head of Parks be authorised to let the kiosk.',
    '2. Boating lake\nRESOLVED – That, if the bid succeeds, the Head of Parks let the kiosk by March.',
  ])('%s → the Head of Parks', (text) => {
    const items = itemsOf(text);
    expect(items).toHaveLength(1);
    expect(norm(items[0].owner)).toBe('head of parks');
  });
});

describe('a heading in capitals ending in a hyphenated compound does not run into the text', () => {
  it.each([
    ['2. TREE PLANTING SIGN-OFF', 'The Head of Parks is to order the trees by 30 January.'],
    ['2. PLAY AREA FOLLOW-ON', 'The Democratic Services Officer is to book the hall for the consultation.'],
    ['2. BANDSTAND SWITCH-ON', 'It was RESOLVED to approve a budget of £500. The Head of Parks is to book the band.'],
  ])('%s / %s → the owner is the officer alone', (heading, text) => {
    const items = itemsOf(`${heading}\n${text}\n\n3. DATE OF NEXT MEETING\nTo be confirmed.`);
    const owned = items.filter((i) => i.owner);
    expect(owned.length).toBeGreaterThan(0);
    for (const i of owned) expect(i.owner).not.toMatch(/[A-Z]{3,}/);
  });
});

describe('a list a decision announces as what it says is its content, not decisions of its own', () => {
  it.each([
    `2. Parks strategy\nRESOLVED – That the following comments be passed to Cabinet for consideration with the strategy:\n(a) that the opening hours of the walled garden be extended; and\n(b) that a bench be installed by the pond.`,
    `2. Parks strategy\nRESOLVED: That the following concerns be referred to the Executive:\n(i) the loss of the bowling green;\n(ii) the cost of the new lighting.`,
    `2. Parks strategy\nRESOLVED – That the views below be sent to Cabinet, with the following observations:\na) the café should stay open in winter;\nb) the car park charges be reviewed.`,
  ])('%s → one recommendation', (text) => {
    const items = itemsOf(text);
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe('recommendation');
  });
  it('a list under a decision sentence that sets out its concerns adds nothing', () => {
    const items = itemsOf(
      `2. Call-in of the depot decision\nHaving heard the signatories, the Committee resolved to refer the decision back to Cabinet, giving the following reasons:\n  a) the cost of the move to the ratepayers; and\n  b) the lack of any consultation with staff.`,
    );
    expect(items.map((i) => i.category)).toEqual(['recommendation']);
  });
  it('a list under "to consider:" still gives each its item', () => {
    const items = itemsOf(
      `2. Parks strategy\nRESOLVED – That the Head of Parks be requested to consider:\n(a) extending the opening hours of the walled garden; and\n(b) installing a bench by the pond.`,
    );
    expect(items).toHaveLength(2);
  });
});

describe('a title with a subtitle of its own after the colon is one title', () => {
  it.each(['2. Call-in: Decision 2026/04 – Depot Relocation', '2. Review: Item 7 – Allotment Rents'])(
    '%s',
    (heading) => {
      const items = itemsOf(
        `${heading}\nRESOLVED – That the decision be referred back to Cabinet for reconsideration.`,
      );
      expect(items.map((i) => i.category)).toEqual(['recommendation']);
    },
  );
});

describe("a guest's report tells what the guest's organisation will do: not this body's business", () => {
  const PARISH = (attendance: string, body: string) =>
    parseMinutes(`MINUTES of Ashcombe Parish Council held on 9 February 2026

${attendance}

1. Apologies
None.

2. ${body}

3. Date of next meeting
9 March 2026.
`).items.filter((i) => i.minute === '2');
  const MEMBERS = 'Present: Cllr R Vance (Chair), Cllr T Okoye, Cllr L Price';
  it.each([
    [
      `${MEMBERS}\nIn attendance: Mrs G Hale (Clerk), PCSO Brennan`,
      'Police report\nPCSO Brennan reported two burglaries. Cllr Price asked about parking near the school; PCSO Brennan said she would pass this to her inspector.',
    ],
    [
      `${MEMBERS}\nAlso: PC Ward, 4 residents`,
      'Police update\nPC Ward reported a quiet month. He will request extra patrols at weekends. Residents were asked to lock their sheds.',
    ],
    [
      `${MEMBERS}\nAlso present: Sgt Ellis, Mrs G Hale (Clerk)`,
      'Police report\nSgt Ellis gave the figures for January. The neighbourhood team would be running a speed check in March and he would ask the traffic unit for the results.',
    ],
  ])('%s / %s → nothing', (attendance, body) => {
    expect(PARISH(attendance, body)).toEqual([]);
  });
  it.each([
    [
      `${MEMBERS}\nIn attendance: Mrs G Hale (Clerk), PCSO Brennan`,
      'Police report\nPCSO Brennan reported two burglaries. It was agreed that the Clerk would write to the landowner about the gate.',
    ],
    [
      `${MEMBERS}\nIn attendance: Mrs G Hale (Clerk), PCSO Brennan`,
      'Police report\nPCSO Brennan reported two burglaries. The Clerk will write to the landowner about the gate.',
    ],
    [
      `${MEMBERS}\nAlso present: County Cllr Moss, Mrs G Hale (Clerk)`,
      "County Councillor's report\nCounty Cllr Moss reported on the budget. He would find out whether the bus route would be cut and let the Clerk know.",
    ],
  ])('%s / %s → this body still owes it, or is owed an answer', (attendance, body) => {
    expect(PARISH(attendance, body)).toHaveLength(1);
  });
  it("a member's report is not a guest's", () => {
    const items = PARISH(
      `${MEMBERS}\nIn attendance: Mrs G Hale (Clerk)`,
      "Chair's report\nCllr Vance reported on the footpath walk. She will write to the rambling club about the stile.",
    );
    expect(items).toHaveLength(1);
  });
});

describe('a meeting or an event put on a day is a date in a calendar, not a task', () => {
  it.each([
    '2. Local forums\nThe Riverside Area Forum will meet on 12th March.',
    '2. Local forums\nThe Youth Council meets again on Tuesday 3 March at the library.',
    '2. Date of next meeting\nThursday 12 March 2026 at 7pm. AGM to follow on Monday 18th May.',
    '2. Date of next meeting\nThursday 12 March 2026, the meeting to start at 6.30pm.',
    '2. Summer fair\nIt was RESOLVED to hold the fair on Saturday 20 June 2026.',
    '2. Summer fair\nRESOLVED – To hold the dog show at 2pm on the green.',
  ])('%s → nothing to track', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });
  it.each([
    '2. Summer fair\nThe Head of Parks will meet the organisers on 3 March.',
    '2. Summer fair\nRESOLVED – That the Democratic Services Officer book the hall for the fair on Saturday 20 June.',
  ])('%s → still an errand', (text) => {
    expect(itemsOf(text)).toHaveLength(1);
  });
});

describe("an 'Action:' column names the owner of the one errand on its line", () => {
  const NOTES = (line: string) =>
    parseMinutes(`Ashcombe Community Council

Minutes of meeting held Monday 9th February 2026

Present: Rhona Keir (Chair), Tam Orr (Secretary), Ailsa Fyfe

1. Apologies
None.

2. Matters arising
${line}

3. AOB
None.
`).items.filter((i) => i.minute === '2');
  it.each([
    ['- Bench at the pier: Tam to order the plaque before the end of March.                  Action: TO', 'TO'],
    ['- Bench at the pier: agreed to replace it - Ailsa will get two quotes.            Action: AF', 'AF'],
    ['- Bench at the pier: Rhona to write to the harbour trust.     Action: Secretary', 'Secretary'],
  ])('%s → %s', (line, owner) => {
    const items = NOTES(line);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe(owner);
  });
});

describe('a body named alone by its head noun is a subject, its verb in -s', () => {
  it.each([
    ['2. Flooding\nAGREED – that Council writes to the Environment Agency seeking a site meeting.', 'Council'],
    ['2. Flooding\nRESOLVED – That Cabinet asks for a report from the water company.', 'Cabinet'],
    [
      '2. Flooding\nAGREED – that Council writes to the Minister about the culvert, and that the Clerk copies the letter to the MLA.',
      'Council',
    ],
  ])('%s → owner %s', (text, owner) => {
    const items = itemsOf(text);
    expect(items[0]?.owner).toBe(owner);
  });
});

describe('"recommend that A, and that B": both go to the body recommended to', () => {
  it.each([
    '2. Leisure\nAGREED – to recommend that Council writes to the Department about the pool, and that officers prepare a report on repairs.',
    '2. Leisure\nRESOLVED – To recommend to Cabinet that the pool reopens in May, and that the Head of Parks reports on the costs.',
  ])('%s → one recommendation', (text) => {
    const items = itemsOf(text);
    expect(items.map((i) => i.category)).toEqual(['recommendation']);
  });
  it('a semicolon still keeps two decisions apart', () => {
    const items = itemsOf(
      '2. Leisure\nRESOLVED – That the Committee recommend to Cabinet that the pool reopens in May; and that the Head of Parks report on the costs to the next meeting.',
    );
    expect(items).toHaveLength(2);
  });
});

describe('invited to return or come back is an invitation to this body', () => {
  it.each([
    '2. Bus services\nThe Committee AGREED that the operator be invited to return when the new timetable is published.',
    '2. Bus services\nRESOLVED – That the operator be invited to come back to the Committee in the autumn.',
    '2. Bus services\nIt was agreed to invite the operator to return once the review is complete, and that the Chair write to the county council asking for the figures.',
  ])('%s', (text) => {
    const items = itemsOf(text);
    expect(items[0].category).toBe('invitation');
    expect(norm(items[0].owner)).toBe('operator');
  });
  it('the errand beside it stays an errand of its own', () => {
    const items = itemsOf(
      '2. Bus services\nThe Committee AGREED that the operator be invited to return when the new timetable is published, and that the Chair write to the county council asking that the route be kept.',
    );
    expect(items.map((i) => [i.category, norm(i.owner)])).toEqual([
      ['invitation', 'operator'],
      ['action', 'chair'],
    ]);
  });
});

describe('a request the one asked assents to is their errand', () => {
  it.each([
    [
      '2. Budget monitoring\nThe Head of Parks presented the figures. Councillor Lowe asked that the breakdown by ward be shared with members; the Head of Parks agreed.\nRESOLVED – That the report be noted.',
      'information',
    ],
    [
      '2. Budget monitoring\nThe Head of Parks presented the figures. Councillor Lowe asked that the broken gate at the depot be repaired. The Head of Parks agreed to do so.\nRESOLVED – That the report be noted.',
      'action',
    ],
  ])('%s → %s owned by the one who agreed', (text, category) => {
    const items = itemsOf(text);
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe(category);
    expect(norm(items[0].owner)).toBe('head of parks');
  });
  it('a question is not taken on by an assent', () => {
    const items = itemsOf(
      '2. Budget monitoring\nCouncillor Lowe asked whether the figures included the café; the Head of Parks agreed.\nRESOLVED – That the report be noted.',
    );
    expect(items).toEqual([]);
  });
});

describe('"X advised that A and that he would B": the second thing reported is the speaker\'s undertaking', () => {
  it.each([
    'The Head of Parks advised that no reply had yet come from the county and that she would chase it before the next meeting.',
    'The Head of Parks said that the contractor had been slow, and that she would write to him this week.',
    'The Head of Parks explained that the funding had ended and that they would look for another grant.',
  ])('%s', (sentence) => {
    const items = itemsOf(`2. Play areas\nCouncillor Lowe asked about the swings. ${sentence}`);
    expect(items).toHaveLength(1);
    expect(norm(items[0].owner)).toBe('head of parks');
  });
  it('what is only reported, with no undertaking, adds nothing', () => {
    expect(
      itemsOf('2. Play areas\nThe Head of Parks advised that no reply had come and that the swings would be closed.'),
    ).toEqual([]);
  });
});

describe('an action list copied from a Word table, one cell a line', () => {
  const LIST = (rows: string) =>
    parseMinutes(`MINUTES OF THE MEETING OF ASHCOMBE TOWN COUNCIL HELD ON MONDAY 9 FEBRUARY 2026

PRESENT: Cllrs R Vance (Mayor), T Okoye, L Price

AT 26/010 APOLOGIES
None.

AT 26/011 ACTION LIST
The Council reviewed the action list.

Ref
Action
Who
By when
Status
${rows}

AT 26/012 DATE OF NEXT MEETING
Monday 9 March 2026.
`).items;
  it('a date alone is its row\'s due cell, a status may be a sentence, and "… Close." closes the row', () => {
    const items = LIST(`AT 25/190
Repaint the bus shelter on Mill Lane
Town Clerk
31/01/2026
Painter booked, work delayed by the weather. Close.
AT 25/196
Renew the play area inspection contract
Cllrs Okoye and Price
14/03/2026
In progress – two quotes received, a third awaited
AT 25/199
Order two new litter bins for the green
Town Clerk
March meeting
Not started`);
    expect(items.map((i) => [i.text, i.owner])).toEqual([
      ['Renew the play area inspection contract', 'Cllrs Okoye and Price'],
      ['Order two new litter bins for the green', 'Town Clerk'],
    ]);
    expect(items[0].due).toEqual({ kind: 'date', date: '2026-03-14' });
  });
});

describe('how this sitting is held, and a view the body records, are not tasks', () => {
  it.each([
    '2. Exclusion of the press and public\nRESOLVED: That the hearing be held in public.',
    '2. Exclusion of the press and public\nRESOLVED – That the item be taken in private.',
    '2. Conduct\nRESOLVED – To censure Councillor Lowe for his conduct at the last meeting.',
    '2. Conduct\nThe Committee resolved to reprimand the member formally.',
  ])('%s → nothing to track', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });
  it('a hearing held at a meeting to come is still business there', () => {
    const items = itemsOf(
      '2. Appointments\nRESOLVED – That the confirmation hearing be held at an additional meeting of the Committee in March.',
    );
    expect(items.map((i) => i.type)).toEqual(['work-programme']);
  });
});
