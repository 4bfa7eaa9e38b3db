// Round 11, owners on the newest sets: who a record names to act, read as the grammar and the
// layout of minutes — each rule tested on invented wording, several ways a rule, with near-misses.
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a Lead column whose head stands a few places right of its cells', () => {
  // (a three-column page: item, notes, lead; the head typed at the column's right edge, the cells at its left)
  const page = (head: string, entries: [string, string][], shift = 4) => {
    const column = 84;
    const headLine = `Item   Notes${' '.repeat(column - 12)}${head}`;
    const rows = entries.map(([text, cell]) =>
      cell ? `       ${text}`.padEnd(column - shift) + cell : `       ${text}`,
    );
    return [
      'Northvale District Council',
      'Allotments Advisory Group',
      'Minutes of the meeting held on 3 March 2026',
      '',
      headLine,
      '',
      '4.     Waiting list',
      '       The secretary reported 61 names on the list.',
      ...rows,
      '',
      '5.     Date of next meeting',
      '       Tuesday 2 June 2026',
    ].join('\n');
  };

  it.each([
    ['Lead', 'PW', 4],
    ['Lead', 'Parks Manager', 5],
    ['Owner', 'PW', 3],
    ['Action by', 'All members', 6],
  ])('reads the cell as the entry’s owner (%s: %s, %i places left)', (head, cell, shift) => {
    const text = page(
      head as string,
      [
        ['ACTION: write to the tenants on the waiting list and ask', cell as string],
        ['whether they still want a plot – by the end of April', ''],
      ],
      shift as number,
    );
    const items = parseMinutes(text).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([['4', cell]]);
    expect(items[0].text).toMatch(/ask whether they still want a plot/);
  });

  it('gives each of two entries that end with no stop its own owner', () => {
    const text = page('Lead', [
      ['ACTION: arrange a site walk with the plot holders in the', 'PW'],
      ['Easter holidays', ''],
      ['ACTION: bring the revised rules to the June meeting', 'DC'],
    ]);
    const items = parseMinutes(text).items;
    expect(items.map((i) => i.owner)).toEqual(['PW', 'DC']);
    expect(items[0].text).toMatch(/Easter holidays/);
  });

  it('does not cut a word of the notes that comes near the column after one or two spaces', () => {
    // (a word starting four places left of the head, after two spaces: part of the sentence)
    const words = 'The group agreed that the new rules for the allotments site be written:';
    expect(`       ${words}  `.length).toBe(84 - 4);
    const lines = layout(page('Lead', [[`${words}  English for new tenants.`, '']])).split('\n');
    expect(lines.join('\n')).not.toContain('Action:');
  });

  it('does not read a cell where no head names the column', () => {
    const text = page('Notes', [['ACTION: write to the tenants on the waiting list', 'PW']]);
    expect(layout(text)).not.toContain('Action: PW');
  });
});

describe("a passive's agent acts, and a second participle shares it", () => {
  const minute = (clause: string) =>
    [
      'Minutes of the Leisure Committee held on 3 March 2026',
      '',
      '6. Playing pitch strategy',
      'RESOLVED:',
      '(1) That the draft strategy be noted.',
      `(2) ${clause}`,
      '',
      '7. Date of next meeting',
      'Tuesday 2 June 2026',
    ].join('\n');
  const second = (clause: string) => parseMinutes(minute(clause)).items.filter((i) => i.ref === '(2)');

  it.each([
    [
      'That the consultation response be agreed by the Vice-Chair, in consultation with the Sports Officer, and sent to the Sports Council before 4 May.',
      'the Vice-Chair',
    ],
    ['That the response be approved by the Head of Leisure and sent to the county council.', 'the Head of Leisure'],
    [
      'That the annual return be signed off by the Leisure Manager, in consultation with the Chair, and reported to the following meeting.',
      'the Leisure Manager',
    ],
    [
      'That the final pitch audit be checked by the Head of Leisure and brought to the June meeting.',
      'the Head of Leisure',
    ],
    [
      'That written replies be provided by the Office of the Sports Trust Board to all members within 14 days.',
      'the Office of the Sports Trust Board',
    ],
  ])('%s', (clause, owner) => {
    const items = second(clause);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.owner === owner)).toBe(true);
  });

  it('reads both agents of "the Chair and Vice-Chair"', () => {
    const [item] = second('That the response be agreed by the Chair and Vice-Chair and sent to the Sports Council.');
    expect(item.owners).toEqual(['the Chair', 'Vice-Chair']);
  });

  it.each([
    // a date, a day or a month after "by" is when
    ['That the pitch plan be revised by 4 May and sent to the Sports Council for approval.', 'the Sports Council'],
    ['That the pitch plan be revised by Friday and reported to the next meeting.', null],
    ['That the pitch plan be revised by March and reported to the next meeting.', null],
    // a second participle naming its own agent keeps it
    ['That the pitch plan be drafted by the Leisure Manager and approved by Council.', 'the Leisure Manager'],
  ])('near-miss: %s', (clause, owner) => {
    expect(second(clause).map((i) => i.owner)[0] ?? null).toBe(owner);
  });
});

describe('a request that names no one, taken on by whoever assents, is theirs', () => {
  const minute = (lines: string[]) =>
    parseMinutes(
      [
        'Minutes of the Transport Panel held on 3 March 2026',
        '',
        '4. Bus station refurbishment',
        'The Head of Transport presented the report.',
        ...lines,
        'RESOLVED: That the report be noted.',
        '',
        '5. Date of next meeting',
        'Tuesday 2 June 2026',
      ].join('\n'),
    ).items.filter((i) => i.minute === '4');

  it.each([
    [
      ['Members asked that the cycle counts be shared with the Panel. The Head of Transport agreed to do so.'],
      'The Head of Transport',
    ],
    [
      ['Members asked for the cycle counts to be emailed to them. Ms Varga agreed to do this by 30 April 2026.'],
      'Ms Varga',
    ],
    [
      ['Members requested that the cycle counts be provided to them in confidence, and the Travel Planner agreed.'],
      'the Travel Planner',
    ],
    [
      ['Councillor Reed asked that the lighting survey be repeated in winter; the Station Manager agreed.'],
      'the Station Manager',
    ],
    [['Members asked that ward members be written to about the closures. Mr Dunn undertook to do so.'], 'Mr Dunn'],
  ])('%s', (lines, owner) => {
    const items = minute(lines as string[]);
    expect(items.map((i) => i.owner)).toEqual([owner]);
    expect(items[0].text).not.toMatch(/agreed\.?$/);
  });

  it.each([
    // the request names who acts: the one asked keeps it
    'Members asked that the Head of Transport share the cycle counts with the Panel. Mr Dunn agreed.',
    // an agreement to something else, not an assent to the request
    'Members asked that the cycle counts be shared with the Panel. Mr Dunn agreed that the counts were low.',
  ])('near-miss: %s', (line) => {
    const owners = minute([line]).map((i) => i.owner);
    expect(owners).not.toContain('Mr Dunn');
  });
});

describe('a bare title is the post the minute prints in full, with its service after a comma or a dash', () => {
  const minute = (opening: string, said: string) =>
    parseMinutes(
      [
        'Minutes of the Communities Scrutiny Committee held on 3 March 2026',
        '',
        '4. Library Services Review',
        opening,
        said,
        'RESOLVED: That the report be noted.',
        '',
        '5. Date of next meeting',
        'Tuesday 2 June 2026',
      ].join('\n'),
    ).items.filter((i) => i.minute === '4');

  it.each([
    [
      'The Assistant Director, Libraries and Culture, introduced the report.',
      'The Assistant Director undertook to send members the opening hours.',
      'Assistant Director, Libraries and Culture',
    ],
    [
      'The Service Manager – Libraries reported on the visitor figures.',
      'The Service Manager undertook to send members the opening hours.',
      'Service Manager – Libraries',
    ],
    [
      'The Director of Culture and Leisure presented the report.',
      'The Director undertook to send members the opening hours.',
      'Director of Culture and Leisure',
    ],
  ])('%s / %s', (opening, said, owner) => {
    expect(minute(opening, said).map((i) => i.owner?.replace(/^The\s+/, ''))).toEqual([owner]);
  });

  it.each([
    // a person in apposition is not a service
    [
      'The Assistant Director, Mrs Hale, introduced the report.',
      'The Assistant Director undertook to send members the opening hours.',
    ],
    [
      'The Service Manager – Dr Patel reported on the visitor figures.',
      'The Service Manager undertook to send members the opening hours.',
    ],
  ])('near-miss: %s', (opening, said) => {
    expect(minute(opening, said).map((i) => i.owner)).toEqual(
      ['The Assistant Director', 'The Service Manager'].filter((o) => said.startsWith(o)),
    );
  });
});

describe('a stem that names whom it asks, or the bodies it sends to, gives its clauses that owner', () => {
  const resolution = (lines: string[]) =>
    parseMinutes(
      [
        'Minutes of the Environment Committee held on 3 March 2026',
        '',
        '5. Tree planting',
        ...lines,
        '',
        '6. Date of next meeting',
        'Tuesday 2 June 2026',
      ].join('\n'),
    ).items.filter((i) => i.minute === '5');

  it.each([
    'RESOLVED that this Council asks the Cabinet Member for Open Spaces:',
    'RESOLVED that the Cabinet Member for Open Spaces be asked:',
    'RESOLVED – That the Cabinet Member for Open Spaces be requested:',
    'RESOLVED that the Committee requests the Cabinet Member for Open Spaces:',
  ])('%s (i) to … (ii) to …', (stem) => {
    const items = resolution([
      stem,
      '(i) to write to the Woodland Trust seeking saplings; and',
      '(ii) to plant the verges on Mill Road before the winter.',
    ]);
    expect(items.map((i) => i.owner)).toEqual([
      'the Cabinet Member for Open Spaces',
      'the Cabinet Member for Open Spaces',
    ]);
  });

  it.each([
    'RESOLVED – That the tree strategy be recommended for adoption to:',
    'RESOLVED – That the tree strategy be recommended to the following councils for adoption:',
    'RESOLVED that the tree strategy be referred to each of the following:',
  ])('%s (a) <council> (b) <council>', (stem) => {
    const items = resolution([
      stem,
      '(a) Northvale District Council (Council, 9 December 2026);',
      '(b) Southvale Borough Council.',
    ]);
    expect(items.map((i) => [i.category, i.owner])).toEqual([
      ['recommendation', 'Northvale District Council'],
      ['recommendation', 'Southvale Borough Council'],
    ]);
  });

  it('near-miss: clauses that are not infinitives keep their own subjects', () => {
    const items = resolution([
      'RESOLVED that the Cabinet Member for Open Spaces be asked:',
      '(i) whether the verges could be planted; and',
      '(ii) the Clerk to write to the Woodland Trust.',
    ]);
    expect(items.map((i) => i.owner)).not.toContain('the Cabinet Member for Open Spaces');
  });

  it('near-miss: a list after "to:" that names things, not bodies, is not recommended to anyone', () => {
    const items = resolution([
      'RESOLVED – That the following changes be made to:',
      '(a) the planting plan for Mill Road;',
      '(b) the maintenance schedule.',
    ]);
    expect(items.every((i) => i.category !== 'recommendation')).toBe(true);
  });
});

describe('one who says something and then undertakes is the one who undertakes', () => {
  const said = (sentence: string) =>
    parseMinutes(
      [
        'Minutes of the Audit Committee held on 3 March 2026',
        '',
        '5. Internal audit plan',
        'The Head of Audit presented the plan.',
        `Councillor Marsh asked about the overdue reviews. ${sentence}`,
        'RESOLVED: That the plan be noted.',
        '',
        '6. Date of next meeting',
        'Tuesday 2 June 2026',
      ].join('\n'),
    ).items.filter((i) => i.minute === '5');

  it.each([
    [
      'Ravi said it was, mostly in the housing service, and agreed to send members the list before the next meeting.',
      'Ravi',
    ],
    [
      'The Audit Manager said the reviews had been delayed by sickness and undertook to report on them in June.',
      'The Audit Manager',
    ],
    ['Ms Okoro explained that two posts were vacant, and agreed to circulate the recruitment timetable.', 'Ms Okoro'],
    [
      'The Head of Audit confirmed this was so but undertook to bring a recovery plan to the next meeting.',
      'The Head of Audit',
    ],
  ])('%s', (sentence, owner) => {
    expect(said(sentence).map((i) => i.owner)).toEqual([owner]);
  });
});
