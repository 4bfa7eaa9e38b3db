// Round 11, owners: who a record names to act, read as the grammar of minutes — each rule tested
// on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { housingPanelItems } from './helpers/housingPanel.js';

const itemsOf = housingPanelItems;
const minute = (lines: string[]) => ['Item 2  Tenant engagement', ...lines].join('\n');
// (a leading "the" is how the minute prints the title, not part of who it is)
const ownersOf = (lines: string[]) =>
  itemsOf(minute(lines)).map((i) => [i.type, (i.owners ?? [i.owner]).map((o) => o?.replace(/^the\s+/i, ''))]);

describe('"recommend to X that …": the one addressed is the whole noun phrase between "to" and "that"', () => {
  it.each([
    [
      'RESOLVED – That it be recommended to the Cabinet Member for Parks and Leisure that the verges on Quarry Lane be cut back to a metre.',
      ['Cabinet Member for Parks and Leisure'],
    ],
    [
      'RESOLVED: That the Panel recommends to the Portfolio Holder for Housing that void repairs be completed within 20 days.',
      ['Portfolio Holder for Housing'],
    ],
    [
      'RESOLVED – That it be RECOMMENDED to the Lead Member for Estates that the caretaking rota be increased to five days a week.',
      ['Lead Member for Estates'],
    ],
    [
      'RESOLVED: To recommend to Cabinet and the Tenant Services Board that the repairs budget be raised to £2m.',
      ['Cabinet', 'Tenant Services Board'],
    ],
    [
      'RESOLVED: That the Panel recommend to Full Council on 3 March 2027 that the allocations policy be adopted.',
      ['Full Council'],
    ],
  ])('%s', (line, owners) => {
    expect(ownersOf([line])).toEqual([['action', owners]]);
  });

  it('a thing after "to" is no one addressed: "recommended to proceed to tender that …" keeps its reading', () => {
    const items = itemsOf(
      minute([
        'RESOLVED: That the scheme be recommended to Cabinet for approval, subject to the costs being confirmed.',
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual(['Cabinet']);
  });
});

describe('what a recommendation addressed to someone asks is theirs to decide, whatever its verb', () => {
  it.each([
    'RESOLVED: That it be recommended to the Cabinet Member for Housing that the tenancy conditions be made as consulted on.',
    'RESOLVED: That the Panel recommends to Cabinet that the rent policy be approved.',
    'RESOLVED: That it be recommended to the Portfolio Holder for Estates that the garage sites be noted for disposal.',
  ])('%s', (line) => {
    expect(itemsOf(minute([line])).map((i) => i.category)).toEqual(['recommendation']);
  });

  it('a recommendation the body did not make stays noted: "That it not be recommended to Cabinet that …"', () => {
    expect(
      itemsOf(minute(['RESOLVED: That it not be recommended to Cabinet that the rent policy be approved.'])),
    ).toEqual([]);
  });
});

describe('clauses under a stem that recommends to a body, or sends a matter back to it with recommendations, are its to decide', () => {
  it.each([
    ['RESOLVED: That it be RECOMMENDED to Cabinet:', 'Cabinet'],
    ['RESOLVED – to recommend to the Housing Board:', 'Housing Board'],
    ['RESOLVED –\nRECOMMENDED TO COUNCIL:', 'Council'],
    ['RESOLVED: Recommendations to Cabinet (12 April 2027):', 'Cabinet'],
    ['RESOLVED: That the Panel recommends to Full Council on 20 April 2027 that:', 'Full Council'],
    [
      'RESOLVED: That the decision be referred back to the Executive for reconsideration, with the Panel’s recommendations that:',
      'Executive',
    ],
    ['RESOLVED: That the matter be referred to Cabinet, making the following recommendations:', 'Cabinet'],
  ])('%s', (stem, body) => {
    const items = itemsOf(
      minute([
        stem,
        '(a) the rent increase be limited to 5%;',
        '(b) tenants be consulted on the service charge review.',
      ]),
    );
    expect(items.map((i) => [i.category, i.owner?.replace(/^the\s+/i, '')])).toEqual([
      ['recommendation', body],
      ['recommendation', body],
    ]);
  });

  it('a clause beside the referral, not under it, keeps its own owner', () => {
    const items = itemsOf(
      minute([
        'RESOLVED:',
        '(a) That the decision be referred back to Cabinet for reconsideration.',
        '(b) That the Democratic Services Officer arrange a briefing for tenants.',
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual(['Cabinet', 'the Democratic Services Officer']);
  });

  it('a stem that only lists what was considered recommends nothing: "the Panel considered the following:"', () => {
    const items = itemsOf(
      minute([
        'RESOLVED: That the Panel, having considered the recommendations to it, agrees:',
        '(a) that the Democratic Services Officer arrange a briefing for tenants;',
      ]),
    );
    expect(items.map((i) => [i.category, i.owner])).toEqual([['action', 'the Democratic Services Officer']]);
  });
});

describe('an invitation someone undertakes in the discussion, or a tag names the sender of, is theirs to send', () => {
  it.each([
    [
      'The Tenancy Services Manager agreed to invite the chair of the Leaseholders Group to a future meeting of the Panel.',
      'Tenancy Services Manager',
    ],
    ['TSM undertook to invite the chair of the Leaseholders Group to the March meeting.', 'TSM'],
    [
      'Asked about leaseholders, the Tenancy Services Manager offered to invite the chair of the Leaseholders Group to the next meeting.',
      'Tenancy Services Manager',
    ],
  ])('%s', (line, owner) => {
    const items = itemsOf(minute(['The Panel discussed the survey of leaseholders.', line]));
    expect(items.map((i) => [i.type, i.owner?.replace(/^the\s+/i, '')])).toEqual([['work-programme', owner]]);
  });

  it('the members or the body agreeing to invite name no sender (the invitee, as before)', () => {
    const items = itemsOf(
      minute([
        'The Panel discussed leaseholders. Members agreed to invite the chair of the Leaseholders Group to the March meeting.',
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual(['the chair of the Leaseholders Group']);
  });

  it.each([
    [
      'RESOLVED – That the chair of the Leaseholders Group be invited to the March meeting.',
      'Action: Democratic Services Officer',
      'Democratic Services Officer',
    ],
    ['RESOLVED that Inspector Lane be invited to give the policing update at the March meeting.', 'Action: TSM', 'TSM'],
    [
      'RESOLVED – That the chair of the Leaseholders Group be invited to the March meeting.',
      '                                        Action: Clerk / Chair',
      'Clerk',
    ],
  ])('a tag under "X be invited" names the sender: %s / %s', (line, tag, owner) => {
    const items = itemsOf(minute([line, tag]));
    expect(items.map((i) => [i.type, i.owner])).toEqual([['work-programme', owner]]);
  });
});

describe('a Word table parted by tabs with an "Action by" column: the last cell of a row names who acts', () => {
  const table = (head: string, rows: string[]) =>
    parseMinutes(
      [
        'Example Borough Council',
        'Housing Scrutiny Panel',
        'Minutes of the meeting held on 14 January 2027',
        '',
        head,
        // (the first row after the head is run into it by the layout — a headings matter, left alone here)
        'Minute 2/27\tApologies',
        '\tNone.',
        ...rows,
        '',
        'The meeting closed at 8pm.',
      ].join('\n'),
    ).items;

  it.each([
    ['Minute\tItem and discussion\tAction by'],
    ['No.\tItem\tOwner'],
    ['Minute\tDiscussion and decision\tLead'],
    ['Ref\tMatter\tBy whom'],
  ])('head "%s"', (head) => {
    const items = table(head, [
      'Minute 3/27\tVoid repairs',
      '\tThe Tenancy Services Manager reported on void repair times.',
      '\tRESOLVED:',
      '\t(a) that the report be noted; and',
      '\t(b) that a site visit to the repairs depot be arranged for members before the March meeting.\tDemocratic Services Officer',
      'Minute 4/27\tLeaseholders',
      '\tRESOLVED that the chair of the Leaseholders Group be invited to the March meeting.\tHead of Housing Options',
      'Minute 5/27\tService charges',
      '\tRESOLVED that the service charge review be deferred to the June meeting.\tHead of Housing Options',
    ]);
    expect(items.map((i) => [i.minute, i.category, i.owner])).toEqual([
      ['3/27', 'action', 'Democratic Services Officer'],
      ['4/27', 'invitation', 'Head of Housing Options'],
      ['5/27', 'deferral', 'Head of Housing Options'],
    ]);
  });

  it('a cell that records a state or a task, not a name, is no owner ("Noted", "None", "Both closed", "Defer to June")', () => {
    const items = table('Minute\tItem and discussion\tAction by', [
      'Minute 3/27\tVoid repairs',
      '\tRESOLVED that a site visit to the repairs depot be arranged for members.\tNoted',
      'Minute 4/27\tLeaseholders',
      '\tRESOLVED that the service charge review be deferred to the June meeting.\tDefer to June meeting',
      'Minute 5/27\tGarages',
      '\tRESOLVED that the garage sites be offered for sale.\tNone',
    ]);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.filter((i) => i.owner !== null)).toEqual([]);
  });

  it('without an action column at the head, a tab before a title is no owner cell', () => {
    const items = table('Minute\tItem and discussion\tNotes', [
      'Minute 3/27\tVoid repairs',
      '\tRESOLVED that a site visit to the repairs depot be arranged for members.\tDemocratic Services Officer',
    ]);
    expect(items.map((i) => i.owner)).toEqual([null]);
  });
});

describe('someone the decision tells to ask another does the asking: the errand is theirs, not the one asked', () => {
  it.each([
    ['RESOLVED: That Cllr Lowe ask the County ward member to call the application in.', 'Cllr Lowe'],
    [
      'RESOLVED: That the Democratic Services Officer ask the Housing Association to repair the fence.',
      'the Democratic Services Officer',
    ],
    [
      'RESOLVED – Democratic Services Officer to ask the County Council to repair the verge on Mill Road.',
      'Democratic Services Officer',
    ],
    ['RESOLVED: That TSM request the contractor to replace the door entry system by March.', 'TSM'],
  ])('%s', (line, owner) => {
    expect(itemsOf(minute([line])).map((i) => [i.type, i.owner])).toEqual([['action', owner]]);
  });

  it.each([
    ['RESOLVED: That the Housing Association be asked to repair the fence.', 'the Housing Association'],
    ['RESOLVED: To ask the Tenancy Services Manager to review the policy.', 'the Tenancy Services Manager'],
    ['RESOLVED: That the Panel ask the Tenancy Services Manager to review the policy.', 'the Tenancy Services Manager'],
    ['RESOLVED: That Members ask the Tenancy Services Manager to review the policy.', 'the Tenancy Services Manager'],
  ])('the body or its members asking name no asker: %s', (line, owner) => {
    expect(itemsOf(minute([line])).map((i) => i.owner)).toEqual([owner]);
  });

  it("asked to come to this body's meeting stays an item of its business, the asker its owner", () => {
    const items = itemsOf(
      minute(['RESOLVED: That TSM ask the chair of the Leaseholders Group to come to the March meeting.']),
    );
    expect(items.map((i) => [i.type, i.owner])).toEqual([['work-programme', 'TSM']]);
  });
});

describe('who acts, as English marks it: a body however quantified, and the agent of a passive that says how a thing is done', () => {
  it.each([
    [
      'RESOLVED: That each partner organisation nominates a lead for the damp and mould plan.',
      'each partner organisation',
    ],
    [
      'RESOLVED: That every housing association name a contact for the damp and mould plan.',
      'every housing association',
    ],
    [
      'RESOLVED: That a briefing on the damp and mould plan be held for members in March, to be arranged by the Democratic Services Officer.',
      'the Democratic Services Officer',
    ],
    [
      'RESOLVED: That a tenants’ open day be held in the spring, to be organised by the Tenancy Services Manager and the Chair.',
      'the Tenancy Services Manager',
    ],
  ])('%s', (line, owner) => {
    expect(itemsOf(minute([line])).map((i) => i.owner)).toEqual([owner]);
  });

  it('a time after the passive\'s "by" is when, not who: "…, to be arranged by March"', () => {
    const items = itemsOf(
      minute([
        'RESOLVED: That a briefing on the damp and mould plan be held for members, to be arranged by March 2027.',
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual([null]);
  });
});

describe('an owner phrase is the noun phrase, not the words that report the decision before it', () => {
  it.each([
    'During the debate members also agreed that the Head of Estates should be invited to the March meeting.',
    'In closing the item the Panel further agreed that the Head of Estates should be invited to the March meeting.',
  ])('%s', (line) => {
    const items = itemsOf(minute(['The Panel discussed the estate walkabouts.', line]));
    expect(items.map((i) => i.owner)).toEqual(['the Head of Estates']);
  });
});
