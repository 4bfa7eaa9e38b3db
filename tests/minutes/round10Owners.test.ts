// Round 10, owners: who a record names to act, read as the grammar of minutes — each rule tested
// on invented wording, several ways a rule.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { HOUSING_PANEL_MASTHEAD, housingPanelItems } from './helpers/housingPanel.js';

const itemsOf = housingPanelItems;
const minute = (lines: string[]) => ['Item 2  Tenant engagement', ...lines].join('\n');

describe("an invitation sent by someone the minute names is theirs to send, not the invitee's", () => {
  it.each([
    'It was agreed that the Democratic Services Officer be asked to invite the Tenants Forum chair to the March meeting.',
    'The Panel agreed that the Democratic Services Officer should invite the Tenants Forum chair to the March meeting.',
    'RESOLVED: That the Democratic Services Officer invite the Tenants Forum chair to the March meeting.',
    'Members felt the matter needed hearing and the Democratic Services Officer was asked to invite the Tenants Forum chair to attend the March meeting.',
    'RESOLVED – that the Democratic Services Officer will invite the Tenants Forum chair to attend the March meeting.',
  ])('%s', (line) => {
    const items = itemsOf(minute(['The Panel discussed engagement with tenants.', line]));
    expect(items.map((i) => [i.type, i.owner])).toEqual([['work-programme', 'the Democratic Services Officer']]);
  });

  it.each([
    'RESOLVED: That the Tenants Forum chair be invited to the March meeting.',
    'Members agreed to invite the Tenants Forum chair to the March meeting.',
    'The Panel agreed to invite the Tenants Forum chair to the March meeting.',
  ])('an invitation the body sends with no sender named stays as before (the invitee): %s', (line) => {
    const items = itemsOf(minute([line]));
    expect(items.map((i) => i.owner)).toEqual(['the Tenants Forum chair']);
  });

  it('one asked to attend is the invitee: "the Head of Housing Options be asked to attend the March meeting"', () => {
    const items = itemsOf(minute(['RESOLVED: That the Head of Housing Options be asked to attend the March meeting.']));
    expect(items.map((i) => i.owner)).toEqual(['the Head of Housing Options']);
  });
});

describe('an action record under an invitation names who sends it: the invitation is theirs, and one item', () => {
  it.each([
    ['Action: Democratic Services Officer to issue the invitation', 'Democratic Services Officer'],
    ['Action: Democratic Services Officer to send the invitation', 'Democratic Services Officer'],
    ['ACTION: Democratic Services Officer to invite her', 'Democratic Services Officer'],
    ['Action: C. Patel – invitation to the chair', 'C. Patel'],
  ])('%s', (line, owner) => {
    const items = itemsOf(
      minute(['Members agreed to invite the Tenants Forum chair to the March meeting to talk about the survey.', line]),
    );
    expect(items.map((i) => [i.type, i.owner])).toEqual([['work-programme', owner]]);
  });

  it('a record covering the invitations and the paper they come for gives both its owners', () => {
    const items = itemsOf(
      minute([
        'The Panel AGREED:',
        '•  that the draft damp survey findings be brought to the Panel before they are published;',
        '•  to invite the landlord and the tenants forum to the meeting at which the findings are considered.',
        'Action: Beth Lowe / Cara Patel – schedule the damp survey findings and invitations',
      ]),
    );
    expect(items.map((i) => i.owners)).toEqual([
      ['Beth Lowe', 'Cara Patel'],
      ['Beth Lowe', 'Cara Patel'],
    ]);
  });

  it('a record of another errand under an invitation leaves the invitation as it was', () => {
    const items = itemsOf(
      minute([
        'Members agreed to invite the Tenants Forum chair to the March meeting.',
        'Action: C. Patel to book the room for the forum',
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual(['the Tenants Forum chair', 'C. Patel']);
  });
});

describe("a step that sends the invitation the minute agreed makes it the sender's: one item", () => {
  it.each([
    'Members agreed that the chair of the tenants forum, Ms Ann Ames, be invited to the March meeting. Democratic Services Officer to invite Ms Ames.',
    'Members agreed that the chair of the tenants forum be invited to the March meeting. The Democratic Services Officer would send the invitation.',
    'Members agreed that the chair of the tenants forum be invited to the March meeting.\tDemocratic Services Officer to invite the forum chair',
  ])('%s', (line) => {
    const items = itemsOf(minute([line]));
    expect(items.map((i) => [i.type, i.owner?.replace(/^the /i, '')])).toEqual([
      ['work-programme', 'Democratic Services Officer'],
    ]);
  });
});

describe('a row of the action log beside an invitation names who sends it', () => {
  it("the log's new row for the invitation gives its owner to the minute's invitation, one item", () => {
    const page = [
      HOUSING_PANEL_MASTHEAD,
      'Item 2  Tenant engagement',
      '2.1 Members agreed to invite the chief executive of the tenants forum to the March meeting.',
      '',
      'Item 3  Close',
      'The meeting closed at 8pm.',
      '',
      'ACTION LOG',
      'Ref\tMeeting\tAction\tOwner\tDue\tStatus',
      'HSP/27/04\t14/01/2027\tInvite chief executive, tenants forum, to the March meeting\tDemocratic Services Officer\t09/03/2027\tNew',
    ].join('\n');
    expect(parseMinutes(page).items.map((i) => [i.minute, i.type, i.owner])).toEqual([
      ['2', 'work-programme', 'Democratic Services Officer'],
    ]);
  });
});

describe('a name in brackets after a post says who holds it: the owner is the post', () => {
  const officers = (holder: string) =>
    minute([
      'The Panel discussed the void properties backlog.',
      'Members agreed that the Tenancy Officer would arrange a visit to the estate.',
      '',
      `Item 3  Attendance`,
      `Officers: Tenancy Officer ${holder}, Repairs Manager (West)`,
    ]);
  it.each(['(D Varga)', '(J.R. Pike)', '(Mrs Lund)', '(K. Osei-Bonsu)'])('Tenancy Officer %s', (holder) => {
    const items = itemsOf(officers(holder));
    expect(items.map((i) => i.owner?.replace(/^the /i, ''))).toEqual(['Tenancy Officer']);
  });

  it.each([
    ['Repairs Manager', 'Repairs Manager (West)'],
    ['Area Director', 'Area Director (Resources)'],
  ])('a bracket that qualifies the post is part of it: %s → %s', (short, full) => {
    const items = itemsOf(
      minute([
        `Members agreed that the ${short} would arrange a visit to the estate.`,
        '',
        'Item 3  Attendance',
        `Officers: ${full}`,
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual([full]);
  });
});

describe("a matter passed on to a member who decides alone is theirs, as it would be a body's", () => {
  it.each([
    [
      "the Panel's concern at relet times be referred to the Cabinet Member for Housing for a written reply",
      'Cabinet Member for Housing',
    ],
    [
      "the Panel's comments be reported to the Executive Member for Homes and Communities",
      'Executive Member for Homes and Communities',
    ],
    [
      "the tenants' petition be referred to the Portfolio Holder for Housing, with a request for a response by March",
      'Portfolio Holder for Housing',
    ],
    ['the findings be escalated to the Leader of the Council', 'Leader of the Council'],
  ])('RESOLVED: That %s', (clause, owner) => {
    const items = itemsOf(minute([`RESOLVED: That ${clause}.`]));
    expect(items.map((i) => [i.type, i.owner])).toEqual([['action', owner]]);
  });

  it('a paper sent to such a member is delivered by someone unnamed: no owner', () => {
    const items = itemsOf(
      minute(["RESOLVED: That the Panel's report be sent to the Cabinet Member for Housing by 5 March."]),
    );
    expect(items.map((i) => i.owner)).toEqual([null]);
  });

  it('an officer sent to report it runs an errand, theirs', () => {
    const items = itemsOf(
      minute(['RESOLVED: That the Democratic Services Officer report the outcome to the Cabinet Member for Housing.']),
    );
    expect(items.map((i) => i.owner)).toEqual(['the Democratic Services Officer']);
  });
});

describe('a bracket listing who sits on the subject stands outside the clause: the group owns the task', () => {
  it.each([
    [
      'RESOLVED that the allotments working group (Cllrs Ash, Bell and Cole) review the rents.',
      'the allotments working group',
    ],
    [
      'RESOLVED that the staffing panel (Cllr Ash and Mr Dunn) interview the shortlisted candidates.',
      'the staffing panel',
    ],
    [
      'RESOLVED that the allotments working group (Cllrs Ash and Bell) meet on 4 February and bring revised rents to the March meeting.',
      'the allotments working group',
    ],
  ])('%s', (line, owner) => {
    const items = itemsOf(minute([line]));
    expect(items.map((i) => i.owner)).toEqual([owner]);
  });

  it('a body meeting on a day with no errand after it is still its calendar, not an item', () => {
    expect(itemsOf(minute(['RESOLVED that the allotments working group meet on 4 February.']))).toEqual([]);
  });
});

describe('"the Chair" in a body\'s minutes is the one presiding, not another body\'s chair the minute names', () => {
  it.each([
    [
      'Members agreed that the chair of the Tenants Forum be invited in the spring.',
      'Action: Chair to write to the housing minister.',
    ],
    [
      'The Chair of the Landlords Association, Ms Ivy Dunn, spoke about the licensing scheme.',
      'The Chair would write to the housing minister.',
    ],
    [
      'The Vice-Chair of the Fire Authority gave a short update on the arson figures.',
      'The Vice-Chair would write to the housing minister.',
    ],
  ])('%s / %s', (named, errand) => {
    const items = itemsOf(minute([named, '', errand])).filter((i) => /minister/.test(i.text));
    expect(items.map((i) => i.owner?.replace(/^the /i, ''))).toEqual([/Vice/.test(errand) ? 'Vice-Chair' : 'Chair']);
  });

  it('a post with a fuller title in the minute is still read in full: "the Director" → "Director of Housing"', () => {
    const items = itemsOf(
      minute([
        'The Director of Housing presented the report.',
        'Members agreed that the Director would write to the minister.',
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual(['Director of Housing']);
  });
});

describe("a post's bare head noun stands for the post of that head named last before it in the minute", () => {
  it.each([
    [
      'Ravi Bains, Tenancy Sustainment Officer, presented the report.',
      'The officer agreed to circulate the arrears figures.',
      'Tenancy Sustainment Officer',
    ],
    [
      'The Voids Manager presented the quarterly figures.',
      'The Manager undertook to send the void list to members.',
      'Voids Manager',
    ],
    [
      'The Repairs Manager presented the report. The Lettings Manager answered questions on lettings.',
      'The Manager undertook to send the void list to members.',
      'Lettings Manager',
    ],
    ['The Panel discussed the report.', 'The officer agreed to circulate the arrears figures.', 'The officer'],
  ])('%s / %s', (before, errand, owner) => {
    const items = itemsOf(minute([before, errand]));
    expect(items.map((i) => i.owner)).toEqual([owner]);
  });
});

describe('a body constituted to do a task is the one that does it', () => {
  it.each([
    [
      'RESOLVED that the Panel sets up a Voids Working Group (Cllrs Ash and Bell) to review the relet process.',
      'Voids Working Group',
    ],
    [
      'RESOLVED: To establish a Voids Task Group to review the relet process and report back in April.',
      'Voids Task Group',
    ],
    ['RESOLVED: That a voids task group be established to review the relet process.', 'voids task group'],
    [
      'RESOLVED: That the Head of Housing Options form a steering group to review the relet process.',
      'the Head of Housing Options',
    ],
  ])('%s', (line, owner) => {
    expect(itemsOf(minute([line])).map((i) => i.owner)).toEqual([owner]);
  });

  it('a group set up with no task of its own to do names no owner', () => {
    const items = itemsOf(
      minute(['RESOLVED: To establish a voids task group, with membership to be agreed by email.']),
    );
    expect(items.map((i) => i.owner)).toEqual([null]);
  });
});
