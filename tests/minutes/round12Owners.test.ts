// Round 12, owners: who a decision names to act, read as the grammar and the layout of minutes —
// each rule tested on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { actionTable } from '../../src/minutes/actionTable.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** One minute of an invented body, its resolution's clauses lettered (a), (b), … under "RESOLVED:". */
const minute = (...clauses: string[]) =>
  [
    'Brackwater Valley Leisure Trust',
    'Minutes of the Board meeting held on 14 April 2026',
    '',
    '7.  Governance matters',
    'The Company Secretary introduced the report.',
    'RESOLVED:',
    ...clauses.map((c, k) => `(${String.fromCharCode(97 + k)}) ${c}`),
    '',
    '8.  Date of next meeting',
    'Tuesday 9 June 2026.',
  ].join('\n');

const owners = (text: string) => parseMinutes(text).items.map((i) => i.owners ?? (i.owner ? [i.owner] : []));

describe('the subject of a subjunctive is a title however long, or the body’s people all together', () => {
  it.each([
    [
      'that the Chair and the Audit and Risk Officer finalise the annual statement by 30 June 2026.',
      ['the Chair', 'the Audit and Risk Officer'],
    ],
    [
      'that the Governance and Membership Officer update the register of interests before the next meeting.',
      ['the Governance and Membership Officer'],
    ],
    [
      'that the Finance and Performance Officer and the Treasurer prepare a revised budget for the June meeting.',
      ['the Finance and Performance Officer', 'the Treasurer'],
    ],
    [
      'that all members of the Board complete the safeguarding module by the end of May 2026.',
      ['all members of the Board'],
    ],
    [
      'that all trustees of the Trust complete the declaration of eligibility before 1 June 2026.',
      ['all trustees of the Trust'],
    ],
    ['That all directors of the Company attend the induction day in May.', ['all directors of the Company']],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('does not make the whole membership the owner of what they only note or of a thing', () => {
    expect(owners(minute('that all members of the Board note the guidance.'))).toEqual([]);
    // a lower-case "officer" after a long description is still not a title
    expect(
      owners(
        minute(
          'that the cost of the new reception officer post be met from reserves and reported to the next meeting.',
        ),
      ),
    ).not.toContainEqual(['the cost of the new reception officer post']);
  });
});

describe('an entry in a list of items for the next agenda names who brings it beside it', () => {
  const agenda = (...entries: string[]) =>
    [
      'Oakhurst Parish Council',
      'Minutes of the meeting held on 2 March 2026',
      'Present: Cllr Abbot (Chair), Cllr Oduya, Rhian Morgan, J Rees (Clerk)',
      '',
      '14.  Items for the next agenda',
      ...entries,
      '',
      '15.  Date of next meeting',
      'Monday 6 April 2026 at 7.30pm.',
    ].join('\n');
  const read = (...entries: string[]) =>
    parseMinutes(agenda(...entries)).items.map((i) => [i.text.replace(/\s+/g, ' '), i.owner]);

  it.each([
    ['- Village hall lettings policy – Cllr Oduya to report', 'Cllr Oduya'],
    ['- Allotment rents - the Clerk to bring the rent review', 'the Clerk'],
    ['- Footpath signage survey – RM to report back', 'RM'],
    ['- Christmas lights budget — Rhian Morgan to present the figures', 'Rhian Morgan'],
    ['- Speed watch volunteers - Councillor Abbot to update', 'Councillor Abbot'],
  ])('%s', (entry, owner) => {
    expect(read(entry).map(([, o]) => o)).toEqual([owner]);
  });

  it.each([
    // (a member in brackets is read both as who brings it and as who asked for it: left)
    '- Bus shelter repairs (Mrs Pike)',
    '- Playing field drainage (North ward)',
    '- Defibrillator checks (4.2)',
    '- Grass cutting contract (deferred from this meeting for lack of time)',
    '- Local Cycling Plan (LCP)',
    '- Parking on the green – residents to be consulted first',
    '- Play area inspection – report to be brought by the contractor',
  ])('names no one: %s', (entry) => {
    expect(read(entry).map(([, o]) => o)).toEqual([null]);
  });
});

describe('a passive on the object of an instruction is seen to by whoever the instruction names', () => {
  it.each([
    [
      'that the Democratic Services Officer request a written update from the operator, to be circulated to members before the June meeting.',
      ['the Democratic Services Officer'],
    ],
    [
      'that the Treasurer obtain three quotes for the roof repairs, to be reported to the next meeting.',
      ['the Treasurer'],
    ],
    [
      'that the Head of Estates instruct the surveyor to value the lodge, the valuation to be completed by 31 May 2026.',
      ['the Head of Estates'],
    ],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('names no one for a request reported in the past, nor for the body itself', () => {
    const text = minute(
      'that the report be noted;',
      'that the Board obtain quotes for the roof repairs, to be reported to the next meeting.',
    );
    expect(owners(text)).not.toContainEqual(['the Board']);
  });
});

describe('someone the decision names to send or submit a paper to another body runs the errand', () => {
  it.each([
    [
      'that the Harbour Master submit the revised safety plan to the Marine Agency for approval by 30 June 2026.',
      ['the Harbour Master'],
    ],
    ['that the Company Secretary send the signed accounts to Companies House for filing.', ['the Company Secretary']],
    [
      'that the Finance Director forward the draft budget to the Shareholder Committee for its approval.',
      ['the Finance Director'],
    ],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('still gives a paper sent with no sender named to the body that decides on it', () => {
    expect(
      owners(
        minute(
          'that the report be noted;',
          'that the revised safety plan be submitted to the Marine Agency for approval.',
        ),
      ),
    ).toEqual([['the Marine Agency']]);
  });
});

describe('a group set up to do a task does it', () => {
  it.each([
    [
      'that a Spring Fair Working Group of Cllrs Ince, Pryor and Vale be set up to plan the fair and report in March.',
      ['Spring Fair Working Group'],
    ],
    [
      'that a Reserves Task and Finish Group be set up, made up of Councillors Ince, Pryor and Vale, to report its findings to the July meeting.',
      ['Reserves Task and Finish Group'],
    ],
    ['that a Tenancy Review Panel be established to review the lettings policy.', ['Tenancy Review Panel']],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('does not take a thing set up for a purpose as its owner', () => {
    expect(
      owners(minute('that the report be noted;', 'that a reserve fund be set up to meet the repair costs.')),
    ).not.toContainEqual(['reserve fund']);
  });
});

describe('an aside of consultation may hold a list of capitalised words', () => {
  it.each([
    [
      'to delegate authority to the Director of Place, in consultation with the Cabinet Member for Housing, Planning and Transport, to agree the final scheme.',
      ['the Director of Place'],
    ],
    [
      'that the Head of Finance, in consultation with the Portfolio Holder for Resources, Assets and Investment, agree the final terms.',
      ['the Head of Finance'],
    ],
    [
      'that authority be delegated to the Chief Executive, in consultation with the Leader, to sign the agreement.',
      ['the Chief Executive'],
    ],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });
});

describe('a fuller title does not run on into the next line’s label', () => {
  it('stops the title before a word closed by a colon', () => {
    const text = [
      'Northmoor Borough Council',
      'Housing Policy Group',
      'Minutes of the meeting held on 5 May 2026',
      '',
      'Also present:  Cllr Ravi Dunn, Cabinet Member for Homes and Neighbourhoods',
      '',
      'Officers:  Ann Holt (Housing Manager)',
      '',
      '4.  Empty homes',
      'It was agreed:',
      '(i)   to note the report; and',
      '(ii)  to ask the Cabinet Member to seek a review of the empty homes premium.',
    ].join('\n');
    expect(owners(text)).toEqual([['Cabinet Member for Homes and Neighbourhoods']]);
  });
});

describe('the body itself is never the agent that owns a passive; a person named with an honorific acts whatever the verb', () => {
  it.each([
    ['that the operation of the new complaints procedure be reviewed by the Board in six months.', []],
    [
      'that the accounts be signed off by the Finance Director and reported to the next meeting.',
      ['the Finance Director'],
    ],
    ['that Cllr Hale take photographs of the flooded culvert to send with the letter.', ['Cllr Hale']],
    ['that Mrs Oyelaran go to the regional forum and report back.', ['Mrs Oyelaran']],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('still gives no owner to a thing that comes or takes place', () => {
    expect(
      owners(minute('that the report be noted;', 'that the Summer Fete take place on 4 July 2026.')),
    ).not.toContainEqual(['the Summer Fete']);
  });
});

describe('a bare name of another kind of body is another body, named as the minute names it in full', () => {
  const board = (...lines: string[]) =>
    [
      'Marrowby Pension Fund',
      'Minutes of the Local Pension Board held on 4 March 2026',
      '',
      '6.  Report to the Investment Committee',
      'The Chair’s draft report to the Investment Committee was considered.',
      ...lines,
      '',
      '7.  Date of next meeting',
      'Wednesday 10 June 2026.',
    ].join('\n');
  const read = (text: string) => parseMinutes(text).items.map((i) => [i.category, i.owner]);

  it.each([
    ['AGREED that the Committee be asked to reply to the Board’s letter on voting policy.', 'Investment Committee'],
    ['AGREED that the Committee be requested to review the voting policy before June.', 'Investment Committee'],
  ])('%s', (line, owner) => {
    expect(read(board(line))).toContainEqual(['recommendation', owner]);
  });

  it('keeps the Board itself as this body', () => {
    expect(read(board('AGREED that the Board note the report.'))).toEqual([]);
    const own = board('AGREED that the Board receive a further report at its June meeting.');
    expect(read(own).map(([, o]) => o)).not.toContain('Board');
  });

  it('leaves a bare name as printed where the minute names two bodies of that kind', () => {
    const two = board(
      'The Audit Committee had also commented.',
      'AGREED that the Committee be asked to reply to the Board’s letter on voting policy.',
    );
    expect(read(two)).toContainEqual(['recommendation', 'the Committee']);
  });
});

describe('an action table’s owner cell of "All" names everyone at the table', () => {
  it.each(['All', 'ALL', 'All partners'])('reads "%s" as the owner, and a cell that names no one as none', (cell) => {
    const { items } = actionTable(
      [
        'Action | Owner | Due',
        `Promote the winter warmth leaflet | ${cell} | December`,
        'Book the hall for the March meeting | TBC | February',
        'Check the defibrillator pads | n/a | March',
      ],
      '6',
      '2026-11-10',
    );
    expect(items.map((i) => i.owner)).toEqual([cell, null, null]);
  });
});

describe('a bare infinitive after a body recommended to act is more of what that body is recommended to do', () => {
  const read = (clause: string) =>
    parseMinutes(minute('that the report be noted;', clause)).items.map((i) => [i.category, i.owner]);

  it.each([
    'that Cabinet be recommended to freeze the allotment rents and to review the waiting list policy in 2027.',
    'that Cabinet be recommended, at its meeting on 9 June 2026, to close the depot and to sell the site.',
    'that Full Council be recommended to adopt the revised Code and to publish it on the website.',
  ])('%s', (clause) => {
    const owner = /that (Full Council|Cabinet)/.exec(clause)![1];
    expect(read(clause)).toEqual([['recommendation', owner]]);
  });

  it('leaves an instruction with a subject of its own as its own', () => {
    expect(
      read('that Cabinet be recommended to close the depot, and that the Estates Manager prepare a disposal plan.'),
    ).toEqual([
      ['recommendation', 'Cabinet'],
      ['action', 'the Estates Manager'],
    ]);
  });
});

describe('an action table’s row that names the body it recommends to is that body’s to decide', () => {
  it.each([
    ['Recommend to Full Council: adopt the revised cemetery rules', 'Full Council'],
    ['Recommendation to Cabinet: a capital bid for the new changing rooms', 'Cabinet'],
    ['Recommendations to the Finance Committee - fees and charges for 2027', 'Finance Committee'],
  ])('%s', (action, body) => {
    const { items } = actionTable(['Action | Owner | Due', `${action} | Town Clerk | March`], '6', '2026-11-10');
    expect(items.map((i) => [i.category, i.owner])).toEqual([['recommendation', body]]);
  });

  it('keeps the owner column for a row that only asks another body, and for a recommendation to a person', () => {
    const { items } = actionTable(
      [
        'Action | Owner | Due',
        'Ask the County Council to repair the verge | Clerk | March',
        'Recommend to Mrs Hale: a new rota | Clerk | March',
      ],
      '6',
      '2026-11-10',
    );
    expect(items.map((i) => i.owner)).toEqual(['Clerk', 'Clerk']);
  });
});

describe('one given a power to act holds it and acts', () => {
  it.each([
    [
      'that the appointments panel be given delegated authority to appoint a new Deputy Clerk.',
      ['the appointments panel'],
    ],
    [
      'that the Head of Legal Services be given authority to sign the lease of the kiosk.',
      ['the Head of Legal Services'],
    ],
    ['that the Treasurer be given responsibility to reconcile the petty cash each month.', ['the Treasurer']],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('names no one for a thing given a power, nor for the body itself', () => {
    expect(
      owners(minute('that the report be noted;', 'that the school be given permission to use the field.')),
    ).not.toContainEqual(['the school']);
  });
});
