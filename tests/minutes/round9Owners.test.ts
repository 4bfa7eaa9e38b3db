// Round 9, owners and dues: how a record names who acts and by when, read as the grammar and the
// layout of minutes — each rule tested on invented wording, several ways a rule.
import { describe, expect, it } from 'vitest';
import { housingPanelItems } from './helpers/housingPanel.js';

const itemsOf = housingPanelItems;

describe('an action recorded with its fields: "Who: … When: …" under it names its owner and due', () => {
  const page = (lines: string[]) =>
    ['Item 2  Void properties', 'Outcome: NOTED the quarterly figures.', ...lines].join('\n');

  it.each([
    ['Who: B. Lowe     When: by 26 February 2027', { kind: 'date', date: '2027-02-26' }],
    ['Owner: B. Lowe   Due: 26 February 2027', { kind: 'date', date: '2027-02-26' }],
    ['Lead: B. Lowe | Deadline: 26/02/2027', { kind: 'date', date: '2027-02-26' }],
    ['Who: B. Lowe     When: within 15 working days', { kind: 'within', amount: 15, unit: 'days' }],
    ['Who: B. Lowe     When: end of February', { kind: 'date', date: '2027-02-28' }],
  ])('%s', (fields, due) => {
    const items = itemsOf(page(['Actions: Write to the contractor about the backlog at Mill Court.', fields]));
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(['B. Lowe']);
    expect(items[0].due).toEqual(due);
  });

  it('the field line names the one who acts, over a title in the entry itself', () => {
    const items = itemsOf(
      page([
        'Actions: Head of Housing Options to reply to the tenant in writing.',
        'Who: C. Patel     When: next meeting',
      ]),
    );
    expect(items.map((i) => i.owners)).toEqual([['C. Patel']]);
  });

  it('a bracket after the owner says who they are: "Who: Lettings Team (C. Patel)" is the team', () => {
    const items = itemsOf(
      page([
        'Actions: Void figures by estate to be emailed to members.',
        'Who: Lettings Team (C. Patel)   When: end of January',
      ]),
    );
    expect(items.map((i) => [i.owner, i.due])).toEqual([['Lettings Team', { kind: 'date', date: '2027-01-31' }]]);
  });

  it('each entry closed by its own field line is an item of its own', () => {
    const items = itemsOf(
      page([
        'Actions: Start the repairs procurement.',
        '         Who: Procurement / B. Lowe    When: tender out by 5 Feb 2027',
        '         Briefing for all members on the new repairs contract.',
        '         Who: C. Patel     When: by 31 March 2027',
      ]),
    );
    expect(items.map((i) => [i.owner, i.due])).toEqual([
      ['Procurement / B. Lowe', { kind: 'date', date: '2027-02-05' }],
      ['C. Patel', { kind: 'date', date: '2027-03-31' }],
    ]);
  });

  it('on a page wrapped at its column, the field line still closes its entry: the next entry is not its due', () => {
    const wrapped = [
      'Item 2  Void properties',
      'Outcome: The Panel NOTED the quarterly figures on empty council homes and',
      '         AGREED that the repairs contract for the empty homes at Mill Court',
      '         be let by open tender, with the award reported back to the Panel',
      '         once the evaluation of the tenders received has been completed.',
      'Actions: Start the repairs procurement for the empty homes at Mill Court.',
      '         Who: Procurement / B. Lowe    When: tender out by 5 Feb 2027',
      '         Report the award of the contract to this Panel once it is made.',
      '         Who: B. Lowe   When: future meeting',
      '',
      'Item 3  Any other business',
      'Outcome: None. The Chair thanked the officers for the detailed reports.',
    ];
    const items = itemsOf(wrapped.join('\n'));
    const owned = items.filter((i) => i.owner?.includes('B. Lowe'));
    expect(owned.map((i) => i.due)).toEqual([{ kind: 'date', date: '2027-02-05' }, { kind: 'future' }]);
  });

  it('"Actions: None." with no field line makes nothing', () => {
    expect(itemsOf(page(['Actions: None.']))).toEqual([]);
  });
});

describe('the subject of a passive infinitive is what is done, not who does it', () => {
  it.each([
    'Action: Void figures by estate to be emailed to members.',
    'Action: The revised lettings policy to be circulated to all members.',
    'ACTION: A breakdown of complaints by ward to be sent to the Panel.',
  ])('%s → no owner', (line) => {
    const items = itemsOf(['Item 2  Void properties', 'The TSM presented the figures.', line].join('\n'));
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBeNull();
  });

  it('an active infinitive keeps its subject: "Action: TSM to email the figures"', () => {
    const items = itemsOf(
      [
        'Item 2  Void properties',
        'The TSM presented the figures.',
        'Action: TSM to email the figures to members.',
      ].join('\n'),
    );
    expect(items.map((i) => i.owners)).toEqual([['TSM']]);
  });
});

describe('an entry of an action list set out as "<name> – <task>"', () => {
  const page = (entries: string[]) =>
    ['Item 2  Void properties', 'The TSM presented the figures.', '', 'Actions:', ...entries].join('\n');

  it.each([
    ['- Ben - chase the contractor about Mill Court', ['Ben']],
    ['- Cllr Hale – write to the housing association', ['Cllr Hale']],
    ['- Ann H - send round the void figures by estate', ['Ann H']],
    ['- Ben and Cara - visit the empty flats at Mill Court', ['Ben', 'Cara']],
  ])('%s', (entry, owners) => {
    const items = itemsOf(page([entry]));
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(owners);
  });

  it('a matter named before the dash is no owner: "Garden Tidy Scheme - back to the Panel in the new year"', () => {
    const items = itemsOf(page(['- Garden Tidy Scheme - back to the Panel in the new year']));
    expect(items.map((i) => i.owner)).toEqual([null]);
  });

  it('"All" before the dash is everyone at the meeting, and a closing "by" date is the due', () => {
    const items = itemsOf(page(['- All - comments on the draft lettings policy to Ann by 19 February 2027']));
    expect(items.map((i) => [i.owner, i.due])).toEqual([['All', { kind: 'date', date: '2027-02-19' }]]);
  });
});

describe('"X said S and she would …": the pronoun of the second thing reported is the one speaking', () => {
  it.each([
    'The TSM said the survey had just closed and she would circulate the results to members.',
    'The TSM said that the survey had just closed and she would circulate the results to members.',
    'The TSM explained the survey had closed, and she would circulate the results to members.',
    'The TSM said that the survey had closed and that she would circulate the results to members.',
    'The TSM said the survey only covered two estates so far but she would circulate the results to members.',
    'The TSM agreed the survey was late and said she would circulate the results to members.',
    'The TSM thought so and added that she would circulate the results to members.',
  ])('%s', (sentence) => {
    const items = itemsOf(
      ['Item 2  Void properties', `Cllr Lowe asked about the tenant survey. ${sentence}`].join('\n'),
    );
    expect(items.map((i) => i.owner)).toEqual(['The TSM']);
  });
});

describe('an officer asked to send a paper to another body runs an errand: the one asked owns it', () => {
  it.each([
    [
      'RESOLVED: That the Tenancy Services Manager be asked to send the Panel’s response to the District Council.',
      'the Tenancy Services Manager',
    ],
    [
      'RESOLVED: That the Democratic Services Officer be requested to forward the comments to the Parish Council.',
      'the Democratic Services Officer',
    ],
    [
      'The Panel agreed its comments and asked the Clerk to submit them to the Housing Association by Friday.',
      'the Clerk',
    ],
    [
      'RESOLVED: That the Head of Housing Options be instructed to send the figures to the Tenants’ Forum.',
      'the Head of Housing Options',
    ],
  ])('%s', (decision, owner) => {
    const items = itemsOf(['Item 2  Void properties', 'The TSM presented the figures.', decision].join('\n'));
    expect(items.map((i) => [i.type, i.owner])).toEqual([['action', owner]]);
  });

  it('sent for the other body to decide, it stays that body’s', () => {
    const items = itemsOf(
      [
        'Item 2  Void properties',
        'RESOLVED: That the Clerk be asked to submit the lettings policy to the District Council for its approval.',
      ].join('\n'),
    );
    expect(items.map((i) => i.owner)).toEqual(['the District Council']);
  });
});

describe('a body asked to report back to this one in a month is due at that month’s meeting', () => {
  it.each([
    'The Panel asked the Tenants’ Forum to survey its members and to report back to the Panel in March with its findings.',
    'RESOLVED: That the Housing Association be asked to review its repairs times and report back to the Panel in March.',
    'The Panel requested the Housing Association to report back to the Panel in March on the repairs backlog.',
  ])('%s', (decision) => {
    const items = itemsOf(['Item 2  Void properties', decision].join('\n'));
    expect(items.map((i) => i.due)).toEqual([{ kind: 'month', month: 'March' }]);
  });

  it('to another body in a month stays that body’s sitting, no due of this one', () => {
    const items = itemsOf(
      ['Item 2  Void properties', 'The Panel asked the Tenants’ Forum to report back to the Cabinet in March.'].join(
        '\n',
      ),
    );
    expect(items.map((i) => i.due)).toEqual([null]);
  });
});

describe('a member stepping out for an item is conduct of the meeting, not an undertaking', () => {
  it.each([
    'Cllr Lowe declared an interest in item 5 and said she would leave the room for that item.',
    'Cllr Lowe said she would leave the meeting during item 5.',
    'Cllr Patel declared a pecuniary interest and said he would withdraw from the room for item 5.',
  ])('%s', (sentence) => {
    expect(itemsOf(['Item 2  Declarations of interest', sentence].join('\n'))).toEqual([]);
  });

  it('leaving something else stays an errand: "would leave the keys with the caretaker"', () => {
    const items = itemsOf(
      ['Item 2  Void properties', 'The TSM said she would leave the keys to the empty flats with the caretaker.'].join(
        '\n',
      ),
    );
    expect(items.map((i) => i.owner)).toEqual(['The TSM']);
  });
});

describe('a deadline written as day and month alone after "by"', () => {
  it.each([
    ['Action: TSM to send the void figures to members by 26/1.', '2027-01-26'],
    ['Action: TSM to send the void figures to members before 3/2', '2027-02-03'],
    ['Action: TSM to send the void figures to members no later than 28/02.', '2027-02-28'],
  ])('%s', (line, date) => {
    const items = itemsOf(['Item 2  Void properties', 'The TSM presented the figures.', line].join('\n'));
    expect(items.map((i) => i.due)).toEqual([{ kind: 'date', date }]);
  });

  it('a number with a slash that is no date stays none: "by 45/13"', () => {
    const items = itemsOf(
      ['Item 2  Void properties', 'Action: TSM to send the void figures to members by 45/13.'].join('\n'),
    );
    expect(items.map((i) => i.due)).toEqual([null]);
  });
});

describe('a stem that recommends to a body: each clause under it is that body’s to decide', () => {
  it.each([
    'It was RESOLVED to RECOMMEND to the Cabinet that:',
    'Following consideration, the Panel AGREED to recommend to the Cabinet that:',
    'RESOLVED: That it be RECOMMENDED to the Cabinet that:',
    'RESOLVED – That the Panel recommends to the Cabinet that:',
  ])('%s', (stem) => {
    const items = itemsOf(
      [
        'Item 2  Rent setting',
        'The TSM presented the draft rent proposals.',
        stem,
        '  (a) the rent increase for 2027/28 be set at 4.8%; and',
        '  (b) the garage rents be frozen for a year.',
      ].join('\n'),
    );
    expect(items.map((i) => [i.ref, i.category, i.owner])).toEqual([
      ['(a)', 'recommendation', 'the Cabinet'],
      ['(b)', 'recommendation', 'the Cabinet'],
    ]);
  });
});

describe('a deadline set on the work comes before the meeting its result goes to', () => {
  it.each([
    'The TSM will draft the lettings plan by 18/02/27 and circulate it to members, with the final version for approval at the March meeting.',
    'The TSM agreed to draft the lettings plan by 18 February and share it with members, the final plan to come to the March meeting.',
  ])('%s', (sentence) => {
    const items = itemsOf(['Item 2  Void properties', sentence].join('\n'));
    expect(items[0].due).toEqual({ kind: 'date', date: '2027-02-18' });
  });

  it('a meeting named first keeps its month: "to the March meeting, circulated by 18 February"', () => {
    const items = itemsOf(
      [
        'Item 2  Void properties',
        'The TSM agreed to bring the lettings plan to the March meeting, with a draft circulated by 18 February.',
      ].join('\n'),
    );
    expect(items[0].due).toEqual({ kind: 'month', month: 'March' });
  });
});

describe('a matter remitted to another body is that body’s to decide, as one referred is', () => {
  it.each([
    ['RESOLVED: to remit the damp and mould policy to the Housing Board for approval.', 'the Housing Board'],
    ['RESOLVED: That the lettings review be remitted to the Tenants’ Forum for its views.', 'the Tenants’ Forum'],
    ['RESOLVED: to refer the damp and mould policy to the Housing Board for approval.', 'the Housing Board'],
  ])('%s', (decision, owner) => {
    const items = itemsOf(['Item 2  Void properties', decision].join('\n'));
    expect(items.map((i) => [i.category, i.owner])).toEqual([['recommendation', owner]]);
  });
});

describe('a fact, then who will act on it: the one named after the semicolon owns the step', () => {
  it.each([
    ['b) The lift contract expires on 31st March; the TSM will re-tender it before then.', 'the TSM'],
    ['b) The lift contract expires on 31st March; the Clerk will renew it before then.', 'the Clerk'],
    [
      'b) The lift lease runs out on 31st March; the Head of Housing Options will renew it before then.',
      'the Head of Housing Options',
    ],
  ])('%s', (clause, owner) => {
    const items = itemsOf(
      [
        'Item 2  Clerk’s report',
        'a) The garage roof repairs are complete.',
        clause,
        'It was RESOLVED to note the report.',
      ].join('\n'),
    );
    expect(items.map((i) => [i.owner, i.due])).toEqual([[owner, { kind: 'date', date: '2027-03-31' }]]);
  });
});
