// Round 9, structure: the layouts that carry a minute's reference — tables pasted from a
// spreadsheet or a word processor, agendas printed above the minutes, lettered sub-minutes.
// Invented examples only, each layout worded several ways.
import { describe, expect, it } from 'vitest';
import { alignedTables } from '../../src/minutes/alignedTable.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a spreadsheet pasted as tab-separated rows: an empty cell keeps its column', () => {
  const heads = 'Ref\tRaised\tAction\tOwner\tDue\tStatus\tNotes';
  // the same rows with their empty cells in other places: no notes, no due, a trailing tab or none
  const layouts: [string, string[]][] = [
    [
      'the notes cell empty at the end, with its tab',
      [
        'P-12\t02/03/2026\tRepaint the bandstand railings\tParks Officer\tMay-26\tNew\t',
        'P-13\t02/03/2026\tAsk the county about the bus shelter\tClerk\tApr-26\tNew\t',
      ],
    ],
    [
      'the notes cell empty at the end, without its tab',
      [
        'P-12\t02/03/2026\tRepaint the bandstand railings\tParks Officer\tMay-26\tNew',
        'P-13\t02/03/2026\tAsk the county about the bus shelter\tClerk\tApr-26\tNew\tQuote awaited',
      ],
    ],
    [
      'an empty cell inside the row',
      [
        'P-12\t02/03/2026\tRepaint the bandstand railings\tParks Officer\t\tNew\tBefore the summer',
        'P-13\t02/03/2026\tAsk the county about the bus shelter\tClerk\tApr-26\tNew\t',
      ],
    ],
  ];
  it.each(layouts)('%s', (_, rows) => {
    const out = alignedTables(['Parks log', heads, ...rows]);
    const table = out.filter((l) => l.startsWith('|'));
    expect(table).toHaveLength(3);
    const cells = table.map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
    for (const row of cells.slice(1)) expect(row).toHaveLength(7);
    expect(cells[1][2]).toBe('Repaint the bandstand railings');
    expect(cells[1][3]).toBe('Parks Officer');
    expect(cells[2][3]).toBe('Clerk');
    expect(cells[2][5]).toBe('New');
  });

  it('reads every new row of the log, whatever cells it leaves empty', () => {
    const text = [
      'Minutes of the Parks Committee held on 2 March 2026',
      '',
      heads,
      'P-09\t05/01/2026\tMend the gate at the allotments\tParks Officer\tFeb-26\tClosed\tDone',
      'P-12\t02/03/2026\tRepaint the bandstand railings\tParks Officer\tMay-26\tNew\t',
      'P-13\t02/03/2026\tAsk the county about the bus shelter\tClerk\tApr-26\tNew\t',
      'P-14\t02/03/2026\tOrder two benches for the green\tClerk\tJun-26\tNew\tApproved up to £800',
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => i.owner)).toEqual(['Parks Officer', 'Clerk', 'Clerk']);
    expect(items.map((i) => i.minute)).toEqual(['P-12', 'P-13', 'P-14']);
  });
});

describe('an agenda printed above the minutes is no run of headings', () => {
  const minutes = [
    '1. Apologies',
    'None received.',
    '',
    '2. Footpath repairs',
    'The Clerk to ask the county to repair the stile by 30 June.',
    '',
    '3. Village hall - hire charges',
    'Members agreed the new charges.',
    '',
    '4. Any other business',
    'Cllr Shaw to report the broken streetlight on Mill Lane.',
  ];
  // the agenda as clerks print it: the same titles, shorter titles, a heading over it or none, a blank line or none
  const agendas: [string, string[]][] = [
    [
      'the same titles under "Agenda"',
      ['Agenda', '1. Apologies', '2. Footpath repairs', '3. Village hall - hire charges', '4. Any other business', ''],
    ],
    [
      'shorter titles, no heading over them',
      ['1. Apologies', '2. Footpaths', '3. Village hall', '4. Any other business', '', 'Minutes'],
    ],
    [
      'under "Business", closing marks of another kind',
      ['Business:', '1) Apologies', '2) Footpath repairs', '3) Village hall', '4) AOB', ''],
    ],
  ];
  it.each(agendas)('%s', (_, agenda) => {
    const text = ['Minutes of the Parish Council held on 3 May 2026', '', ...agenda, '', ...minutes].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([
      ['2', 'The Clerk'],
      ['4', 'Cllr Shaw'],
    ]);
  });

  it('keeps a list of titles whose numbers are not printed again (the minutes themselves, one line each)', () => {
    const text = [
      'Minutes of the Parish Council held on 3 May 2026',
      '',
      '1. Apologies',
      '2. Footpath repairs',
      '3. Village hall',
      '4. Any other business',
      'The Clerk to ask the county to repair the stile by 30 June.',
    ].join('\n');
    expect(parseMinutes(text).items.map((i) => i.minute)).toEqual(['4']);
  });
});

describe("a shared document's checkbox list", () => {
  const under = (lines: string[]) =>
    ['Notes of the Allotments Group, 4 March 2026', '', '1. Water supply', ...lines].join('\n');
  // the same errand, assigned by a mention or written out, with the checkbox glyphs such documents use
  it.each([
    ['☐ @Nia Patel order the new standpipe', 'Nia Patel'],
    ['☐ @Nia Patel (Treasurer) order the new standpipe', 'Nia Patel'],
    ['❏ @Nia Patel order the new standpipe - by Mar 20, 2026', 'Nia Patel'],
    ['☐ Nia Patel to order the new standpipe', 'Nia Patel'],
    ['- [ ] @Nia Patel order the new standpipe', 'Nia Patel'],
  ])('%s is an errand of %s', (line, owner) => {
    const items = parseMinutes(under([line])).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([['1', owner]]);
    expect(items[0].text).toMatch(/order the new standpipe/);
  });

  it.each([
    '☑ @Nia Patel order the new standpipe - done',
    '☒ Nia Patel to order the new standpipe',
    '- [x] @Nia Patel order the new standpipe',
  ])('%s was done before the notes were written: nothing to track', (line) => {
    expect(parseMinutes(under([line])).items).toEqual([]);
  });

  it('reads a mention as the name it marks, and leaves an address alone', () => {
    const text = under(['Action: @Nia Patel to write to the water company (secretary@example.org copied).']);
    const [item] = parseMinutes(text).items;
    expect(item.owner).toBe('Nia Patel');
    expect(item.text).toContain('secretary@example.org');
  });
});

describe('a lettered sub-minute under its minute ("5a", "5b")', () => {
  const body = (five: string, a: string, b: string) =>
    [
      'Minutes of the Leisure Committee held on 9 June 2026',
      '',
      five.replace('5', '4').replace(/sports centre/i, 'Apologies'),
      'None.',
      '',
      five,
      '',
      a,
      'RESOLVED that the Leisure Manager renew the pool cover contract by 31 July 2026.',
      '',
      b,
      'RESOLVED:',
      '(i) that the fees be noted;',
      '(ii) that the Leisure Manager consult users on the new timetable.',
      '',
      five.replace('5', '6').replace(/sports centre/i, 'Any other business'),
      'None.',
    ].join('\n');
  // the same minute and sub-minutes, numbered as different clerks number them
  it.each([
    ['5. Sports centre', '5a Pool cover', '5b Fees and timetable'],
    ['Agenda item 5 – Sports centre', '5a  Pool cover', '5b  Fees and timetable'],
    ['5. SPORTS CENTRE', '5a. Pool cover', '5b. Fees and timetable'],
    ['Item 5: Sports centre', '5a) Pool cover', '5b) Fees and timetable'],
  ])('%s / %s / %s', (five, a, b) => {
    const items = parseMinutes(body(five, a, b)).items;
    expect(items.map((i) => `${i.minute}${i.ref ?? ''}`)).toEqual(['5a', '5b(ii)']);
  });

  it("a letter after another minute's number is no sub-minute of this one", () => {
    const text = body('5. Sports centre', '7a Pool cover', '7b Fees and timetable');
    expect(parseMinutes(text).items.map((i) => i.minute)).toEqual(['5', '5']);
  });
});

describe("a minute's number on its own line, its title on the next", () => {
  const minute = (n: string, title: string, text: string[]) => [n, title, ...text, ''];
  const text = (titles: [string, string, string]) =>
    [
      'Minutes of the Harbour Authority held on 2 February 2026',
      '',
      ...minute('14', titles[0], ['Apologies were received from Mr Dunn.']),
      ...minute('15', titles[1], [
        'The Harbour Master reported on the winter dredging.',
        '(1) That the report be noted.',
        '(2) That the Harbour Master be requested to obtain quotes for the pontoon repairs.',
      ]),
      ...minute('16', titles[2], ['(1) That the dates be approved.']),
    ].join('\n');
  // titles in capitals, with figures, with a dash or brackets
  it.each<[string, [string, string, string]]>([
    ['capitals', ['APOLOGIES', 'DREDGING AND PONTOONS', 'MEETING DATES']],
    ['capitals with figures', ['APOLOGIES FOR ABSENCE', 'PONTOONS 2026/27', "CHAIR'S ITEMS"]],
    ['dashes and brackets', ['APOLOGIES', 'HARBOUR WORKS – DREDGING (WINTER)', 'DATES – 2027']],
  ])('%s', (_, titles) => {
    const items = parseMinutes(text(titles)).items;
    expect(items.map((i) => `${i.minute}${i.ref}`)).toEqual(['15(2)']);
  });

  it('a page number alone over a title is not a minute number (one of them, not a rising run)', () => {
    const page = ['Minutes of the Harbour Authority held on 2 February 2026', '', '3', 'APOLOGIES', 'None.'].join('\n');
    expect(parseMinutes(page).items).toEqual([]);
  });
});

describe('numbered boxes of a brochure, each number apart from its heading', () => {
  it('are no minutes', () => {
    const boxes = [
      '1',
      '',
      '',
      'Start well',
      'We will help families.',
      '',
      '2',
      '',
      '',
      'Live well',
      'We will help adults.',
      '',
      '3',
      '',
      '',
      'Age well',
      'We will help older people.',
    ];
    const text = [
      'Minutes of the Health Board held on 2 February 2026',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. The plan',
      'The Board noted the plan:',
      '',
      ...boxes,
    ].join('\n');
    expect(parseMinutes(text).items).toEqual([]);
  });
});

describe("a record of one member's decision, its fields set out as labels", () => {
  // the field that cites the decision's entry in the forward plan, labelled as clerks label it
  it.each([
    'Forward Plan reference:   FP/26/14',
    'Forward plan ref: 2026/14',
    'Forward Plan No. 14',
    'Forward Plan item:  KD 14',
  ])('%s does not make the record a forward plan', (field) => {
    const text = [
      'RECORD OF DECISION',
      `${field}`,
      'Decision maker:   Cabinet Member for Leisure',
      'Date of decision:  4 March 2026',
      '',
      'DECISION',
      '1.  To approve the new opening hours of the museum.',
      '2.  To ask the Head of Culture to review visitor numbers after six months.',
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => i.owner)).toEqual(['the Head of Culture']);
  });
});

describe("the options rejected, printed under a record's decision", () => {
  it.each([
    ['ALTERNATIVE OPTIONS CONSIDERED AND REJECTED', 'Reasons for the decision'],
    ['Alternative options considered', 'REASONS FOR DECISION'],
    ['Options considered and rejected', 'Reason for the decisions'],
  ])('under "%s" and "%s" nothing is decided', (options, reasons) => {
    const text = [
      'RECORD OF DECISION',
      'Decision maker:   Cabinet Member for Leisure',
      'Date of decision:  4 March 2026',
      '',
      'DECISION',
      '1.  To ask the Head of Culture to review visitor numbers after six months.',
      '',
      reasons,
      'The opening hours meet the demand shown in the survey.',
      '',
      options,
      '(a) To keep the present hours - rejected, because demand has grown.',
      '(b) To open on Mondays - rejected on cost.',
    ].join('\n');
    expect(parseMinutes(text).items.map((i) => i.text)).toEqual([
      'To ask the Head of Culture to review visitor numbers after six months.',
    ]);
  });
});

describe("a word-processor table pasted with tabs: the first cell is the minute's number and title", () => {
  const rows = (head: string) =>
    [
      'Minutes of the Cemetery Committee held on 3 March 2026',
      '',
      head,
      '1. Apologies\tNone received.\t',
      '2. Memorial safety\tThe inspection found six unsafe headstones.\tSuperintendent to write to the families',
      '2a. Lawn section\tMembers noted the new lawn section.\tNone',
      '3. Fees\tThe fees were noted.\t',
    ].join('\n');
  it.each([
    'Minute\tDiscussion\tAction',
    'Item\tNotes\tAction by',
    'No.\tDiscussion / Decision\tOwner',
    'Minute no.   Discussion   Action',
  ])('under "%s"', (head) => {
    const items = parseMinutes(rows(head)).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([['2', 'Superintendent']]);
  });

  it('leaves rows alone under a header of other columns (a list of members)', () => {
    const text = [
      'Minutes of the Cemetery Committee held on 3 March 2026',
      '',
      'Name\tRole',
      '1. Councillor A Shaw\tChair',
      '2. Councillor B Lowe\tVice-Chair',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Memorial safety',
      'Superintendent to write to the families.',
    ].join('\n');
    expect(parseMinutes(text).items.map((i) => i.minute)).toEqual(['2']);
  });
});

describe("an action log's rows, numbered, under their own header", () => {
  it('keep their tasks whole (no record column: the rows are tasks, not minutes)', () => {
    const text = [
      'Minutes of the Cemetery Committee held on 3 March 2026',
      '',
      '1. Apologies',
      'None.',
      '',
      'No.   Action                                   By whom    By when',
      '1     Write to the families about headstones   AS         30/04/2026',
      '2     Order the lawn seed                      BL         Next meeting',
    ].join('\n');
    expect(parseMinutes(text).items.map((i) => [i.owner, i.text])).toEqual([
      ['AS', 'Write to the families about headstones'],
      ['BL', 'Order the lawn seed'],
    ]);
  });
});

describe('a page in two columns, copied out of a PDF straight across', () => {
  // Invented minutes laid in two columns; each line of the copy holds a fragment of each column.
  const left = [
    '12. APOLOGIES',
    'Apologies were received from Cllr Hale',
    'and Mrs Dunn.',
    '',
    '13. PLAY AREAS',
    'The Parks Officer reported that the swings',
    'at Mill Green had failed their inspection',
    'and had been taken out of use.',
    'RESOLVED: That the Parks Officer obtain',
    'quotes for new swings and report them to',
    'the next meeting.',
    '',
    '14. ALLOTMENTS',
    'Members noted the waiting list.',
  ];
  const right = [
    '15. FOOTPATHS',
    'The Clerk reported on the stile at Long',
    'Lane, which had been repaired by the',
    'county council in September.',
    '',
    '16. GRIT BINS',
    'Members asked for a grit bin at the top of',
    'Church Hill.',
    'RESOLVED: That the Clerk ask the county',
    'council to place a grit bin on Church Hill',
    'before the winter.',
    '',
    '17. DATE OF NEXT MEETING',
    'Tuesday 12 January 2027.',
  ];
  const across = (gutter: number) => left.map((l, k) => (right[k] ? `${l.padEnd(gutter)}${right[k]}` : l));
  it.each([48, 52, 60])('the gutter at column %i', (gutter) => {
    const text = ['MINUTES of the Parish Council held on 10 November 2026', '', ...across(gutter)].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([
      ['13', 'the Parks Officer'],
      ['16', 'the Clerk'],
    ]);
    expect(items[1].text).toMatch(/grit bin on Church Hill before the winter/);
  });

  it('leaves a table of several columns alone', () => {
    const rows = Array.from(
      { length: 14 },
      (_, k) => `PC/${k + 10}   Mend the fence at plot ${k}              Clerk    March 2027`,
    );
    const text = [
      'Minutes of the Parish Council held on 10 November 2026',
      '',
      'Ref     Action     Owner    Due',
      ...rows,
    ].join('\n');
    expect(parseMinutes(text).items.length).toBe(14);
  });
});
