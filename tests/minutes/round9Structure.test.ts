// Round 9, structure: how a minute's reference is printed — an agenda printed above the minutes, lettered
// sub-minutes, a number set apart from its title, a record of one member's decision. Invented examples only,
// each layout worded several ways.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

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
