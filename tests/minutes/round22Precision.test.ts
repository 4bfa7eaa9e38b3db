// Round 22, precision: what the importer proposed that the hand readings do not have — each rule tested on invented
// wording, several layouts a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes: one item whose discussion ends in a request and whose resolution follows it. */
const minute = (discussion: string[], resolution: string[]) =>
  [
    'Ashcombe Borough Council',
    'Minutes of the Housing Scrutiny Panel held on 9 March 2027',
    '',
    '14. Minutes',
    'RESOLVED: That the minutes of the meeting held on 2 February 2027 be approved.',
    '',
    '15. Tenant Satisfaction Survey',
    'The Head of Tenancy Services presented the interim findings of the survey.',
    ...discussion,
    '',
    ...resolution,
    '',
    '16. Date of next meeting',
    'The next meeting will be held on 20 April 2027.',
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items.filter((i) => i.ref?.startsWith('15') || i.minute === '15');

describe('a request of the discussion that the resolution takes up in its own words is one item', () => {
  it.each([
    [
      'Members asked that the survey results be brought back when available.',
      [
        'RESOLVED:',
        '(1) That the interim findings be noted.',
        '(2) That the findings of the survey be reported to the Panel in June.',
      ],
    ],
    [
      'Councillor Marsh requested that the repairs backlog be cleared before winter.',
      [
        'RESOLVED that:',
        'a) the report be noted; and',
        'b) the Head of Repairs prepare a plan to clear the backlog by October.',
      ],
    ],
    [
      'Members requested that it be shown as a theme of its own.',
      [
        'AGREED:',
        '1. That the report be noted.',
        '2. That the Head of Tenancy Services add damp complaints to the analysis as a separate theme.',
      ],
    ],
    [
      'Members asked that the questionnaire be shared with them before it was sent out.',
      [
        'RESOLVED:',
        '(i) That the report be noted.',
        '(ii) That the Head of Tenancy Services circulate the draft questionnaire to members of the Panel.',
      ],
    ],
  ])('%s, then the resolution: one item', (asked, resolved) => {
    const found = items(minute([asked], resolved));
    expect(found).toHaveLength(1);
    expect(found[0].source).toBe('resolution');
    expect(found[0].text).not.toMatch(/\basked|requested\b/);
  });

  // Near-misses: the request stands as an item of its own.
  it.each([
    // (the request names who acts: their errand, whatever the resolution decides)
    [
      'Members asked that the Chair write to the housing association about the survey.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the final survey findings be reported to a future meeting of the Panel.',
      ],
    ],
    // (the resolution decides another kind of thing on the same matter: a deferral is no answer to a request)
    [
      'Members asked that the survey be sent to leaseholders as well.',
      ['RESOLVED: That the survey item be deferred to the next meeting so that the final figures can be included.'],
    ],
    // (an authority to an officer completes the decision; it does not answer the request)
    [
      'Members asked that the fieldwork costs be published.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the Head of Tenancy Services be authorised to agree the fieldwork dates with the contractor.',
      ],
    ],
    // (no word of the matter in common)
    [
      'Members asked that the leaflet be translated into Polish.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the final survey findings be reported to a future meeting of the Panel.',
      ],
    ],
  ])('%s stands beside the resolution', (asked, resolved) => {
    const found = items(minute([asked], resolved));
    expect(found).toHaveLength(2);
  });
});

/** Invented minutes of a scrutiny committee: one item whose discussion holds the sentences given. */
const scrutiny = (discussion: string[]) =>
  [
    'Minutes of the Place Overview and Scrutiny Committee held on 11 May 2027',
    '',
    '21. Minutes',
    'The minutes of the meeting held on 6 April 2027 were agreed as a correct record.',
    '',
    '22. Library Opening Hours',
    'The Head of Libraries presented the proposals for new opening hours at the branch libraries.',
    ...discussion,
    '',
    '23. Date of next meeting',
    'The next meeting will be held on 6 July 2027.',
    '',
  ].join('\n');

const told = (text: string) => parseMinutes(text).items.filter((i) => i.source === 'discussion');

describe("another decision-maker's own business told in the discussion is no errand", () => {
  it.each([
    'The consultation had closed and Cabinet would take a decision in July.',
    'The Cabinet Member would take the final decision at her decision meeting on 2 June 2027.',
    'The Portfolio Holder will make the decision in June.',
    'Councillor Ames, the Leader, said the Executive would consider the proposals at its meeting on 8 June 2027.',
    'The Cabinet Member for Culture, Councillor Ames, said Cabinet would consider the responses at its meeting on 8 June 2027.',
    'The Head of Libraries said that the Trust Board would receive the revised plan at its next meeting.',
    'Full Council will decide the budget for the service in February.',
  ])('%s', (sentence) => {
    expect(told(scrutiny([sentence]))).toEqual([]);
  });

  // Near-misses: someone of this meeting taking an errand, or this committee's own business, stays.
  it.each([
    'The Head of Libraries would write to the Friends groups about the proposals.',
    'The Chair would ask the Cabinet Member to attend the July meeting.',
    'The Head of Libraries would take a decision on the mobile library route by the end of June and tell members.',
  ])('%s stays an item', (sentence) => {
    expect(told(scrutiny([sentence]))).toHaveLength(1);
  });
});

describe('a pronoun after a semicolon points into its own sentence, not over it', () => {
  const withBefore = (sentence: string) =>
    scrutiny([`The Head of Libraries agreed to provide the Committee with the footfall figures. ${sentence}`]);

  it.each([
    [
      'Councillor Quince asked for a copy of the staffing plan; the Scrutiny Manager would circulate it.',
      'Scrutiny Manager',
    ],
    ['Members asked for the rota by branch; Ms Dale agreed to send it round.', 'Ms Dale'],
    ['A member asked for the survey forms; the Scrutiny Officer will share them.', 'Scrutiny Officer'],
  ])('%s is an errand of its own, not a step of the footfall figures', (sentence, owner) => {
    const found = told(withBefore(sentence));
    expect(found).toHaveLength(2);
    expect(found[0].owner).toMatch(/Head of Libraries/);
    expect(found[1].owner).toMatch(new RegExp(owner));
  });

  // Near-miss: after a full stop the pronoun still points back to the errand just agreed — one item.
  it('a step of its own sentence after the errand is that errand’s step', () => {
    const found = told(
      scrutiny([
        'The Chair asked that the footfall figures be sent to all members. The Scrutiny Officer would circulate them.',
      ]),
    );
    expect(found.length).toBeLessThanOrEqual(1);
  });
});

describe('a view told in the future is no errand', () => {
  it.each([
    'Councillor Ames said she would welcome that.',
    'The Cabinet Member said he would welcome the Committee’s views on the new hours.',
    'The Head of Libraries will welcome any comments from members before the end of May.',
    'The Portfolio Holder would acknowledge the concerns of the Friends groups.',
  ])('%s', (sentence) => {
    expect(told(scrutiny([sentence]))).toEqual([]);
  });

  // Near-misses: an errand beside the view, or an errand whose object is a welcome, stays.
  it.each([
    'Councillor Ames said she would welcome that and would write to the Friends groups.',
    'The Head of Libraries would send a note welcoming the new volunteers.',
  ])('%s keeps its errand', (sentence) => {
    expect(told(scrutiny([sentence]))).toHaveLength(1);
  });
});

describe("a pronoun step whose sentence before made no item is the step of the resolution's item doing the same", () => {
  const withResolution = (discussion: string, resolution: string[]) =>
    [
      'Minutes of the Place Overview and Scrutiny Committee held on 11 May 2027',
      '',
      '21. Minutes',
      'RESOLVED: That the minutes of the meeting held on 6 April 2027 be approved.',
      '',
      '22. Library Opening Hours',
      'The Head of Libraries presented the proposals for new opening hours at the branch libraries.',
      discussion,
      '',
      ...resolution,
      '',
    ].join('\n');

  it.each([
    [
      'Members asked how many visits each branch had. The Head of Libraries agreed to circulate this.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That visitor numbers for each branch be circulated to members.',
      ],
    ],
    [
      'Members asked how much the new rota would save. The Head of Libraries had no figure to hand and agreed to provide one.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the Head of Libraries provide a written note of the savings within 14 days.',
      ],
    ],
    [
      'Councillor Ames wanted to see the mobile library route. The Scrutiny Officer would arrange it.',
      [
        'RESOLVED:',
        '(a) That the report be noted.',
        '(b) That a visit to the mobile library be arranged for members before the summer.',
      ],
    ],
  ])('%s: one item, the resolution’s', (discussion, resolution) => {
    const found = parseMinutes(withResolution(discussion, resolution)).items;
    expect(found).toHaveLength(1);
    expect(found[0].source).toBe('resolution');
  });

  // Near-misses: another verb, another person, or two items of that verb leave the step standing.
  it.each([
    [
      'Members asked how many visits each branch had. The Head of Libraries agreed to email this.',
      ['RESOLVED:', '(1) That the report be noted.', '(2) That the opening hours be circulated to ward members.'],
    ],
    [
      'Members asked what the changes would save. The Finance Manager agreed to provide one.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the Head of Libraries provide a written note of the savings within 14 days.',
      ],
    ],
    [
      'Members asked how many visits each branch had. The Head of Libraries agreed to circulate this.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the staffing plan be circulated to members.',
        '(3) That the consultation results be circulated to ward members.',
      ],
    ],
  ])('%s: the step stands', (discussion, resolution) => {
    const found = parseMinutes(withResolution(discussion, resolution)).items;
    expect(found.filter((i) => i.source === 'discussion')).toHaveLength(1);
  });
});
