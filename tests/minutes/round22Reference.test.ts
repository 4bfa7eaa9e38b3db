// Round 22, references: under which minute an item is filed. Invented examples only, each form written several
// ways, with near-misses that must not move.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import { parseMinutes } from '../../src/minutes/index.js';

const minuteOf = (text: string) => parseMinutes(text).items.map((i) => [i.minute, i.text.slice(0, 12)]);

describe('a committee letter, the count and the year ("H/12/27") rise by the count', () => {
  // parish and town councils print the committee's letter, the minute's count and the year: the year stays the same
  // all meeting, the count rises — which part rises is read from the document, as for "291/19" and "25/045"
  it.each([
    ['H/12/27  Footpaths', 'H/12/27'],
    ['PL/108/26 Bus shelter', 'PL/108/26'],
    ['R/7/25.  Grass cutting', 'R/7/25'],
  ])('%s', (line, number) => {
    expect(headingOf(line)).toMatchObject({ number });
  });

  const meeting = (numbers: string[]) =>
    [
      'ELMSTEAD PARISH COUNCIL',
      'Minutes of the Amenities Committee held on Monday 9 November 2026',
      '',
      `${numbers[0]}  APOLOGIES`,
      'None.',
      '',
      `${numbers[1]}  PLAY AREA`,
      'It was RESOLVED that the Clerk order a replacement swing seat.',
      '',
      `${numbers[2]}  VERGES`,
      'RESOLVED that Cllr Okafor ask the highway authority to cut the verges on Pound Lane.',
      '',
      `${numbers[3]}  DATE OF NEXT MEETING`,
      'Monday 11 January 2027.',
    ].join('\n');

  it.each([
    [['H/12/27', 'H/13/27', 'H/14/27', 'H/15/27']],
    [['AM/40/26', 'AM/41/26', 'AM/42/26', 'AM/43/26']],
    [['T/7/25', 'T/8/25', 'T/9/25', 'T/10/25']],
  ])('each decision under its own minute: %j', (numbers) => {
    expect(minuteOf(meeting(numbers))).toEqual([
      [numbers[1], 'The Clerk or'],
      [numbers[2], 'Cllr Okafor '],
    ]);
  });

  it.each([
    // near misses: a year or a body's series that rises in its last part keeps that count
    [['ICB/26/041', 'ICB/26/042', 'ICB/26/043', 'ICB/26/044']],
    [['M/140/2026', 'M/141/2026', 'M/142/2026', 'M/143/2026']],
  ])('near miss, the last part rising still read: %j', (numbers) => {
    expect(minuteOf(meeting(numbers)).map(([m]) => m)).toEqual([numbers[1], numbers[2]]);
  });
});

describe('a committee\'s letters joined by "&" before a spaced count ("B&E 31.") are its minute numbers', () => {
  // a finance and general purposes or a buildings and estates committee prints its letters as its name joins them,
  // as "F&GP 12/26" and "P&R.40" already read; the spaced form "PL 42" now takes them too
  it.each([
    ['B&E 31.\tAPOLOGIES', 'B&E 31'],
    ['P&R 7  Budget monitoring', 'P&R 7'],
    ['H&S 102 - Fire risk assessment', 'H&S 102'],
  ])('%s', (line, number) => {
    expect(headingOf(line)).toMatchObject({ number, style: `spaced:${number.split(' ')[0]}` });
  });

  const meeting = (prefix: string) =>
    [
      'HOLLOWAY TOWN COUNCIL',
      'Minutes of the Buildings and Estates Committee held on Tuesday 10 November 2026',
      '',
      `${prefix} 31.\tAPOLOGIES`,
      '\tNone.',
      '',
      `${prefix} 32.\tPAVILION ROOF`,
      '\tIt was RESOLVED that the Clerk obtain three quotations for the pavilion roof.',
      '',
      `${prefix} 33.\tCEMETERY GATES`,
      '\tIt was RESOLVED that Cllr Mbeki arrange for the gates to be repainted before Easter.',
      '',
      `${prefix} 34.\tDATE OF NEXT MEETING`,
      '\tTuesday 12 January 2027.',
    ].join('\n');

  it.each([['B&E'], ['P&R'], ['BE']])('each decision under its own minute: %s', (prefix) => {
    expect(minuteOf(meeting(prefix))).toEqual([
      [`${prefix} 32`, 'The Clerk ob'],
      [`${prefix} 33`, 'Cllr Mbeki a'],
    ]);
  });

  it.each([['Q&A 2 sessions were held with residents in October.'], ['R&D tax relief was discussed.']])(
    'near miss, a sentence in the text is no run of headings: %s',
    (line) => {
      const text = meeting('B&E').replace('\tNone.', `\t${line}`);
      expect(minuteOf(text).map(([m]) => m)).toEqual(['B&E 32', 'B&E 33']);
    },
  );
});

describe('minutes lettered in capitals ("A. APOLOGIES" … "H. DOG FOULING") are headings', () => {
  // some town councils and park authorities letter their business instead of numbering it; "I." is then the ninth
  // minute, not a roman one — which count rises is read from the whole run, as for "291/19" and "25/045"
  const meeting = (mark: (letter: string) => string, titles: string[]) =>
    [
      'ASHWORTH TOWN COUNCIL',
      'Minutes of the Recreation Committee held on Tuesday 3 November 2026',
      '',
      ...titles.flatMap((title, k) => [
        `${mark(String.fromCharCode(65 + k))}  ${title}`,
        k === 5
          ? '    RESOLVED that the Clerk order two new goal nets for the playing field.'
          : k === 8
            ? '    It was agreed that Cllr Ferreira ask the tennis club to repaint the court lines.'
            : '    Noted.',
        '',
      ]),
    ].join('\n');
  const titles = [
    'APOLOGIES',
    'DECLARATIONS OF INTEREST',
    'MINUTES',
    'PUBLIC PARTICIPATION',
    'CLERK’S REPORT',
    'PLAYING FIELD',
    'PAVILION',
    'CEMETERY',
    'TENNIS COURTS',
    'DATE OF NEXT MEETING',
  ];

  it.each([[(l: string) => `${l}.`], [(l: string) => `${l})`]])('each decision under its own letter: %s', (mark) => {
    expect(minuteOf(meeting(mark, titles))).toEqual([
      ['F', 'The Clerk or'],
      ['I', 'Cllr Ferreir'],
    ]);
  });

  it('title case too', () => {
    const text = meeting(
      (l) => `${l}.`,
      titles.map((t) => t[0] + t.slice(1).toLowerCase()),
    );
    expect(minuteOf(text)).toEqual([
      ['F', 'The Clerk or'],
      ['I', 'Cllr Ferreir'],
    ]);
  });

  it('near miss: roman headings keep their count, "I." the first and "V." the fifth', () => {
    const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
    const text = meeting((l) => `${romans[l.charCodeAt(0) - 65]}.`, titles);
    expect(minuteOf(text)).toEqual([
      ['VI', 'The Clerk or'],
      ['IX', 'Cllr Ferreir'],
    ]);
  });

  it('near miss: lettered sub-items inside numbered minutes stay inside their minute', () => {
    const text = [
      'ASHWORTH TOWN COUNCIL',
      'Minutes of the Recreation Committee held on Tuesday 3 November 2026',
      '',
      '1.  APOLOGIES',
      '    None.',
      '',
      '2.  PLAY AREA',
      'A. Swings',
      'RESOLVED that the Clerk order two new swing seats.',
      'B. Fencing',
      'RESOLVED that Cllr Ferreira obtain a quote for the fence.',
      '',
      '3.  CEMETERY',
      '    Noted.',
      '',
      '4.  TENNIS COURTS',
      '    It was agreed that the Clerk ask the tennis club to repaint the court lines.',
      '',
      '5.  DATE OF NEXT MEETING',
      '    Tuesday 12 January 2027.',
    ].join('\n');
    expect(minuteOf(text).map(([m]) => m)).toEqual(['2', '2', '4']);
  });
});

describe("what a decision block left of a lettered row, before the next letter, is that letter's", () => {
  // a planning observation in a lettered row ("(c) 26/0099/FUL … OBJECT") whose cell carries on with an errand:
  // the block takes the row, the errand is read in the discussion — and keeps the row's letter, as prose between
  // "(c)" and "(d)" is (c)'s
  const meeting = (rows: string[]) =>
    [
      'MARLOW END TOWN COUNCIL',
      'Minutes of the Planning Committee held on Monday 2 November 2026',
      '',
      'P/20/26  APOLOGIES',
      'None.',
      '',
      'P/21/26  PLANNING APPLICATIONS',
      'RESOLVED that the following observations be sent to the District Council:',
      '',
      ...rows,
      '',
      'P/22/26  DATE OF NEXT MEETING',
      'Monday 7 December 2026.',
    ].join('\n');
  const errand = (text: string) => parseMinutes(text).items.find((i) => /Ward Member/.test(i.text));

  it.each([
    [
      [
        '(a) 26/0091/HOU  3 Elm Close        Rear extension   No objection',
        '(b) 26/0099/FUL  Mill Barn          Two dwellings    OBJECT - access unsafe.',
        '                                                     Clerk to ask the Ward Member to call it in.',
        '(c) 26/0102/TCA  The Rectory        Fell one ash     No objection',
      ],
    ],
    [
      [
        '(a) 26/0091/HOU, 3 Elm Close - rear extension. No objection.',
        '(b) 26/0099/FUL, Mill Barn - two dwellings. Object: access unsafe.',
        'The Clerk to request that the Ward Member refer it to committee.',
        '(c) 26/0102/TCA, The Rectory - fell one ash. No objection.',
      ],
    ],
  ])('%j', (rows) => {
    expect(errand(meeting(rows))).toMatchObject({ minute: 'P/21/26', ref: '(b)' });
  });

  it("near miss: after the last letter, a sentence is the minute's", () => {
    const text = meeting([
      '(a) 26/0091/HOU, 3 Elm Close - rear extension. No objection.',
      '(b) 26/0099/FUL, Mill Barn - two dwellings. Object: access unsafe.',
      'The Clerk to ask the Ward Member to call the Mill Barn application in.',
    ]);
    expect(errand(text)).toMatchObject({ minute: 'P/21/26', ref: null });
  });
});

describe("an entry of the next meeting's list that repeats a matter already sent there is that matter", () => {
  // "Items for the next agenda: bench policy; hall roof quotes" after "(b) the Clerk obtain roof quotes for the hall,
  // to be brought to the next meeting": the quotes are one matter, filed where it was decided
  const meeting = (earlier: string, entries: string) =>
    [
      'OAKHURST PARISH COUNCIL',
      'Minutes of the Amenities Committee held on Monday 9 November 2026',
      '',
      'A/30/26  VILLAGE HALL',
      earlier,
      '',
      'A/31/26  ITEMS FOR NEXT AGENDA',
      entries,
      '',
      'A/32/26  DATE OF NEXT MEETING',
      'Monday 11 January 2027.',
    ].join('\n');
  const minutes = (text: string) => parseMinutes(text).items.map((i) => [i.minute, i.text]);

  it.each([
    [
      'The Clerk to obtain quotes for the hall roof repairs, to be brought to the next meeting.',
      'Bench policy; hall roof quotes.',
    ],
    [
      'It was agreed that quotes for repairing the hall roof be brought to the next meeting.',
      'Bench policy; roof repair quotes.',
    ],
  ])('%s / %s', (earlier, entries) => {
    const read = minutes(meeting(earlier, entries));
    expect(read.filter(([m]) => m === 'A/31/26').map(([, t]) => t)).toEqual(['Bench policy']);
    expect(read.some(([m]) => m === 'A/30/26')).toBe(true);
  });

  it.each([
    // near misses: another matter, or the earlier matter not sent to the next meeting
    [
      'The Clerk to obtain quotes for the hall roof repairs, to be brought to the next meeting.',
      'Bench policy; hall heating costs.',
      2,
    ],
    ['The Clerk to obtain quotes for the hall roof repairs by March.', 'Bench policy; hall roof quotes.', 2],
    // a deferral of the matter and the paper on the agenda are two items, as the shared readings label them
    ['It was agreed to defer the hall roof repairs to the next meeting.', 'Bench policy; hall roof repairs.', 2],
  ])('near miss: %s / %s', (earlier, entries, n) => {
    expect(minutes(meeting(earlier, entries)).filter(([m]) => m === 'A/31/26')).toHaveLength(n);
  });
});

describe('an action schedule\'s row that prints the clause ("P/21(b)") gives its letter to the item it repeats', () => {
  // the minute's sentence carried no letter ("… Object. Members asked that the Clerk …" inside (b)); the schedule at
  // the end prints the minute with its clause: the more exact reference is the item's
  const meeting = (cell: string) =>
    [
      'MARLOW END TOWN COUNCIL',
      'Minutes of the Planning Committee held on Monday 2 November 2026',
      '',
      'P/21  PLANNING APPLICATIONS',
      'The Committee made the following observations:',
      '(a) 26/0091/HOU, 3 Elm Close - rear extension. Support.',
      '(b) 26/0099/FUL, Mill Barn - two dwellings. Object: access unsafe. Members asked that the Clerk request the',
      '    application be called in to the District Planning Committee.',
      '',
      'P/22  ACTION SCHEDULE',
      'Item\tAction\tResponsible\tTarget date',
      `${cell}\tRequest call-in of 26/0099/FUL to District Planning Committee\tClerk\t20/11/2026`,
      '',
      'P/23  DATE OF NEXT MEETING',
      'Monday 7 December 2026.',
    ].join('\n');
  const callIn = (text: string) => parseMinutes(text).items.filter((i) => /call/i.test(i.text));

  it.each([['P/21(b)'], ['P/21 (b)']])('%s', (cell) => {
    expect(callIn(meeting(cell))).toMatchObject([{ minute: 'P/21', ref: '(b)' }]);
  });

  it('near miss: a row printing the minute alone leaves the item as it was', () => {
    expect(callIn(meeting('P/21'))).toMatchObject([{ minute: 'P/21', ref: null }]);
  });
});
