// Round 11, structure, references and recall: under which minute an item is filed. Invented examples only,
// each layout written several ways, with near-misses that must not move.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

describe("an action log's row carried on from an earlier meeting is filed under the minute that reviewed the log", () => {
  // the minutes number their own items one way; the log's rows cite the earlier meetings' minutes that raised them
  const minutes = (review: string, n: (k: number) => string) => [
    'Minutes of the Harbour Board held on 12 May 2026',
    '',
    `${n(1)}  Apologies`,
    'None.',
    '',
    `${n(2)}  ${review}`,
    'The Board went through the log below. The slipway survey remains open and the report is now due in July.',
    '',
    `${n(3)}  Moorings review`,
    'RESOLVED that the Harbour Master consult berth holders on the new mooring charges.',
    '',
  ];
  const logs: [string, string, (k: number) => string, (ref: string) => string, string[]][] = [
    [
      'a piped log under "Matters arising and action log", slash numbers',
      'Matters arising and action log',
      (k) => `HB/26/${20 + k}`,
      (ref) => ref,
      [
        'ACTION LOG',
        'Ref | Action | Owner | Due | Status',
        'HB/25/88 | Slipway survey report | Harbour Master | July 2026 | Open',
      ],
    ],
    [
      'a log set out in wide spaces under "Minutes of the last meeting and action tracker"',
      'Minutes of the last meeting and action tracker',
      (k) => `${40 + k}.`,
      (ref) => ref.replace(/\.$/, ''),
      [
        'Appendix - action tracker',
        'Minute     Action                       Lead               By when      Status',
        '31         Slipway survey report         Harbour Master     July 2026    Open',
      ],
    ],
    [
      'an action number rather than a minute, under "Action log"',
      'Action log',
      (k) => `B${k}`,
      (ref) => ref,
      ['Ref | Action | Owner | Due | Status', 'A17 | Slipway survey report | Harbour Master | July 2026 | Open'],
    ],
  ];
  it.each(logs)('%s', (_, review, n, printed, log) => {
    const items = parseMinutes([...minutes(review, n), ...log].join('\n')).items;
    const row = items.find((i) => /slipway/i.test(i.text));
    expect(row?.minute).toBe(printed(n(2)));
    expect(row?.updates).toMatch(/^(?:HB\/25\/88|31|A17)$/);
  });

  it("keeps a row citing one of this meeting's own minutes under that minute", () => {
    const text = [
      ...minutes('Matters arising and action log', (k) => `HB/26/${20 + k}`),
      'Ref | Action | Owner | Due',
      'HB/26/23 | Tell the berth holders of the new charges | Harbour Master | June 2026',
    ].join('\n');
    const row = parseMinutes(text).items.find((i) => /berth holders/i.test(i.text));
    expect(row?.minute).toBe('HB/26/23');
  });

  it('keeps the refs of a log printed under the reviewing minute itself, each row beside its own', () => {
    const text = [
      'Minutes of the Harbour Board held on 12 May 2026',
      '',
      'HB/26/21  Apologies',
      'None.',
      '',
      'HB/26/22  Action log',
      'The Board went through the log.',
      'Ref | Action | Owner | Due | Status',
      'HB/25/88 | Slipway survey report | Harbour Master | July 2026 | Open',
      '',
      'HB/26/23  Moorings review',
      'RESOLVED that the Harbour Master consult berth holders on the new mooring charges.',
    ].join('\n');
    const row = parseMinutes(text).items.find((i) => /slipway survey/i.test(i.text));
    expect(row?.minute).toBe('HB/25/88');
  });

  it('keeps a carried row where it is when no minute reviews the log', () => {
    const text = [
      ...minutes('Slipway', (k) => `HB/26/${20 + k}`),
      'Ref | Action | Owner | Due | Status',
      'HB/25/88 | Slipway survey report | Harbour Master | July 2026 | Open',
    ].join('\n');
    const row = parseMinutes(text).items.find((i) => /slipway survey/i.test(i.text));
    expect(row?.minute).toBe('HB/25/88');
  });
});

describe('a minute\'s number with its committee\'s letters ("PL 42"), alone on its line over the title', () => {
  // a web page's table of items, each number in a cell of its own; the decisions lettered or numbered under it
  const page = (n: (k: number) => string, sep: string) =>
    [
      'Agenda and minutes',
      'Licensing Committee',
      'Tuesday, 12th May, 2026 7.00 pm',
      '',
      'No.\tItem',
      '',
      `${n(7)}${sep}`,
      'Apologies for absence',
      '',
      'Minutes:',
      'None.',
      '',
      `${n(8)}${sep}`,
      'Street trading policy review',
      '',
      'Minutes:',
      'RESOLVED that:',
      '(a) the consultation responses be noted; and',
      '(b) the Licensing Manager bring a revised policy to the next meeting.',
      '',
      `${n(9)}${sep}`,
      'Taxi fares',
      '',
      'Minutes:',
      'RESOLVED that the Licensing Manager publish the new table of fares by 1 July 2026.',
    ].join('\n');
  const numbering: [string, (k: number) => string, string][] = [
    ['"LIC 8" and a tab', (k) => `LIC ${k}`, '\t'],
    ['"LC 8" alone', (k) => `LC ${k}`, ''],
    ['"PL 108" and a tab, in the hundreds', (k) => `PL ${100 + k}`, '\t'],
  ];
  it.each(numbering)('%s', (_, n, sep) => {
    const items = parseMinutes(page(n, sep)).items;
    expect(items.map((i) => [i.minute, i.ref])).toEqual([
      [n(8), '(b)'],
      [n(9), null],
    ]);
  });

  it('does not read a sentence opening with capitals and a number as a heading', () => {
    const text = [
      'Minutes of the Health Panel held on 4 June 2026',
      '',
      '1. Urgent care',
      'NHS 111 calls had risen by a fifth. The Panel asked the ICB to report on call answer times at the next meeting.',
      '',
      '2. Dentistry',
      'RESOLVED that the Chair write to the ICB about access to dentistry.',
      '',
      '3. Any other business',
      'None.',
    ].join('\n');
    expect(parseMinutes(text).items.map((i) => i.minute)).toEqual(['1', '2']);
  });
});

describe('a phrase set before the subject ("After discussion, …", "In answer to a question, …") is not the subject', () => {
  const minute = (body: string[]) =>
    [
      'Minutes of the Parks Committee held on 9 June 2026',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Trees in the cemetery',
      'The Head of Parks reported on the tree survey.',
      ...body,
      '',
      '3. Any other business',
      'None.',
    ].join('\n');
  const fronted: [string, string, string | null][] = [
    [
      'After discussion, the Committee agreed that officers write to the bus operator about the shelter.',
      'write',
      'officers',
    ],
    [
      'After a short debate, the Committee agreed that the Clerk obtain three quotes for the felling.',
      'quotes',
      'the Clerk',
    ],
    ['During the discussion, members requested that a site visit be arranged for the autumn.', 'site visit', null],
    ['Having considered the survey, the Committee agreed that the Clerk obtain three quotes.', 'quotes', 'the Clerk'],
    [
      'In answer to a question from Councillor Amis, the Head of Parks undertook to circulate the tree survey to members.',
      'survey',
      'the Head of Parks',
    ],
    [
      'In response to a question from Councillor Amis, she undertook to circulate the tree survey to members.',
      'survey',
      'The Head of Parks',
    ],
  ];
  it.each(fronted)('%s', (sentence, word, owner) => {
    const items = parseMinutes(minute([sentence])).items;
    expect(items).toHaveLength(1);
    expect(items[0].text).toContain(word);
    expect(items[0].owner).toBe(owner);
  });

  const reported = [
    'After the storm in May, the contractor had cleared the fallen branches.',
    'During the summer, forty new trees were planted along the avenue.',
    'In answer to a question from Councillor Amis, the Head of Parks said the survey had been published.',
  ];
  it.each(reported)('reports no decision: %s', (sentence) => {
    expect(parseMinutes(minute([sentence])).items).toEqual([]);
  });
});

describe('a list after "did not accept … and RESOLVED:" is what the body resolved instead', () => {
  const minute = (lead: string[]) =>
    [
      'Minutes of the Drainage Board held on 3 November 2026',
      '',
      '12. Apologies',
      'None.',
      '',
      '13. Pumping station',
      'The Engineer reported on the pump failures.',
      ...lead,
      '(i) that a temporary pump be hired for six months; and',
      '(ii) that the Engineer report on the costs of a new pump to the March meeting.',
      '',
      '14. Any other business',
      'None.',
    ].join('\n');
  const decided: [string, string[]][] = [
    ['rejected, then RESOLVED:-', ['The Board did not accept the recommendation to buy a new pump and RESOLVED:-']],
    ['not supported, then instead agreed:', ['Members did not support buying a new pump and instead agreed:']],
    [
      'wrapped over two lines',
      ['After discussion the Board did not accept the committee’s', 'recommendation and resolved –'],
    ],
  ];
  it.each(decided)('%s', (_, lead) => {
    const items = parseMinutes(minute(lead)).items;
    expect(items.map((i) => [i.minute, i.ref])).toEqual([
      ['13', '(i)'],
      ['13', '(ii)'],
    ]);
  });

  const undecided: [string, string[]][] = [
    ['options the Board did not adopt', ['The report set out two options, which the Board did not adopt:']],
    ['not agreed, left for later', ['These proposals were not agreed and will be looked at again:']],
  ];
  it.each(undecided)('still tracks nothing: %s', (_, lead) => {
    expect(parseMinutes(minute(lead)).items).toEqual([]);
  });
});

describe('a decision keyword with its first clause marker straight after it ("RESOLVED (a) that …; and (b) that …")', () => {
  const minute = (resolution: string) =>
    [
      'Minutes of the Town Council held on 3 December 2026',
      '',
      'T/26/1 APOLOGIES None.',
      '',
      'T/26/2 BUDGET The Finance Chair presented the draft budget.',
      resolution,
      '',
      'T/26/3 ANY OTHER BUSINESS None.',
    ].join('\n');
  const forms: [string, string, string][] = [
    [
      'RESOLVED (a) that the budget be approved; and (b) that the Clerk submit the precept demand by 24th January 2027.',
      '(a)',
      '(b)',
    ],
    [
      'RESOLVED (i) that the budget be approved, and (ii) that the Clerk submit the precept demand by 24th January 2027.',
      '(i)',
      '(ii)',
    ],
    [
      'Resolved 1) to approve the budget; 2) that the Clerk submit the precept demand by 24th January 2027.',
      '(1)',
      '(2)',
    ],
    [
      'AGREED (a) to approve the budget, and (b) that the Clerk submit the precept demand by 24th January 2027.',
      '(a)',
      '(b)',
    ],
  ];
  it.each(forms)('%s', (resolution, first, second) => {
    const proposal = parseMinutes(minute(resolution));
    expect(proposal.items.map((i) => [i.minute, i.ref, i.owner])).toEqual([['T/26/2', second, 'the Clerk']]);
    expect(proposal.noted.map((n) => n.ref)).toContain(first);
  });

  it('leaves a keyword followed by a bracketed count of votes to the votes', () => {
    const proposal = parseMinutes(minute('RESOLVED (9 for, 2 against): that the Clerk submit the precept demand.'));
    expect(proposal.items.map((i) => [i.minute, i.owner])).toEqual([['T/26/2', 'the Clerk']]);
  });
});

describe('a verb inside a clause opened by "before", "until", "once" … is not the decision\'s verb', () => {
  const minute = (clause: string) =>
    [
      'Minutes of the Scrutiny Board held on 3 December 2026',
      '',
      '54. Apologies',
      'None.',
      '',
      '55. Call-in: library opening hours',
      'RESOLVED:',
      '(a) That the report be noted.',
      `(b) ${clause}`,
      '',
      '56. Any other business',
      'None.',
    ].join('\n');
  const clauses: [string, string][] = [
    [
      'That the Director of Culture provide the Board with the footfall figures before the decision is reconsidered by Cabinet.',
      'the Director of Culture',
    ],
    ['That the Head of Libraries write to the friends groups once the new hours are agreed.', 'the Head of Libraries'],
    ['That the Scrutiny Officer circulate the survey results when they are available.', 'the Scrutiny Officer'],
    ['That the Head of Libraries consult the staff until the review is complete.', 'the Head of Libraries'],
  ];
  it.each(clauses)('%s', (clause, owner) => {
    const items = parseMinutes(minute(clause)).items;
    expect(items.map((i) => [i.ref, i.owner])).toEqual([['(b)', owner]]);
  });

  it('keeps a deferral whose own verb comes first', () => {
    const items = parseMinutes(minute('That the decision be deferred until the review is complete.')).items;
    expect(items.map((i) => [i.ref, i.category])).toEqual([['(b)', 'deferral']]);
  });
});

describe("a quoted motion carried after an amendment was lost: the amendment's fate is not the motion's", () => {
  const minute = (outcome: string[]) =>
    [
      'Minutes of the Town Council held on 3 December 2026',
      '',
      'C/12  APOLOGIES',
      'None.',
      '',
      'C/13  NOTICES OF MOTION',
      'Moved by Councillor Amis and seconded by Councillor Shaw:',
      '"This Council resolves to:',
      '1. ask the Leader to write to the bus company about the loss of the evening service; and',
      '2. request the Scrutiny Committee to review rural bus services."',
      ...outcome,
      '',
      'C/14  ANY OTHER BUSINESS',
      'None.',
    ].join('\n');
  const carried: [string, string[]][] = [
    [
      'amendment lost, then the motion carried',
      [
        'An amendment to delete paragraph 2 was put to the vote and LOST.',
        'The motion was then put to the vote and CARRIED.',
      ],
    ],
    [
      'amendment withdrawn, the substantive motion agreed',
      ['The amendment was withdrawn.', 'On being put to the vote the motion was agreed.'],
    ],
    ['no amendment', ['On being put to the vote the motion was CARRIED.']],
  ];
  it.each(carried)('%s', (_, outcome) => {
    expect(parseMinutes(minute(outcome)).items.map((i) => i.minute)).toEqual(['C/13', 'C/13']);
  });

  const lost: [string, string[]][] = [
    ['the motion lost', ['On being put to the vote the motion was LOST.']],
    [
      'an amendment carried, the motion as amended lost',
      ['An amendment was CARRIED.', 'The motion as amended was then put to the vote and LOST.'],
    ],
  ];
  it.each(lost)('tracks nothing: %s', (_, outcome) => {
    expect(parseMinutes(minute(outcome)).items).toEqual([]);
  });
});

describe('a log row citing a lettered clause of one of this meeting\'s minutes ("26/117c") is that clause\'s item', () => {
  const minutes = (cite: (minute: string, letter: string) => string) =>
    [
      'Minutes of the Parish Council held on 9 December 2026',
      '',
      '26/140  Apologies',
      'None.',
      '',
      '26/141  Open spaces',
      '(a) Bench on the green: RESOLVED that the Clerk order a replacement bench.',
      '(b) Hedge by the school: the Clerk will ask the landowner to cut it back.',
      '',
      '26/142  Any other business',
      'None.',
      '',
      'ACTIONS',
      'Minute | Action | Who | By',
      `${cite('26/141', 'a')} | Order replacement bench | Clerk | Jan meeting`,
      `${cite('26/141', 'b')} | Hedge by the school | Clerk | ASAP`,
    ].join('\n');
  const cites: [string, (minute: string, letter: string) => string][] = [
    ['the letter run on, "26/141a"', (m, l) => `${m}${l}`],
    ['the letter in brackets, "26/141(a)"', (m, l) => `${m}(${l})`],
    ['a space and a closing bracket, "26/141 a)"', (m, l) => `${m} ${l})`],
  ];
  it.each(cites)('%s', (_, cite) => {
    const items = parseMinutes(minutes(cite)).items;
    expect(items.map((i) => [i.minute, i.ref])).toEqual([
      ['26/141', '(a)'],
      ['26/141', '(b)'],
    ]);
  });
});
