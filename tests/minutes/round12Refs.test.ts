// Round 12, references: under which minute an item is filed. Invented examples only, each form written several
// ways, with near-misses that must not move.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Informal notes, items numbered 1.–4., the second reviewing the action log printed after them. */
const notes = (
  review = 'Notes of the last meeting and action log',
  title = 'Notes of the meeting held on Tuesday 3 November 2026',
) => [
  'Riverside Allotments Forum',
  title,
  '',
  'Present: Nadia Okafor (NO) – Chair, Piers Lund (PL), Greta Voss (GV), Idris Mahon (IM)',
  '',
  '1. Welcome',
  'NO welcomed everyone.',
  '',
  `2. ${review}`,
  'The notes were agreed. The log was gone through: see the updated version below.',
  '',
  '3. Water supply',
  'PL reported two leaking standpipes. PL to get a quote for new taps.',
  '',
  '4. Open day',
  'Agreed that GV books the marquee for the spring open day.',
  '',
];

describe("an action log's rows that print their own numbers keep them", () => {
  // a forum numbering its actions through its life (Q/12, 26/04, B-7) cites each by that number, not by the item
  // that reviewed the log: the row's own number is its reference, whether the row is new, updated or carried
  const logs: [string, string[]][] = [
    [
      'tab-separated, with a RAG column before the status',
      [
        'ACTION LOG',
        'No.\tAction\tOwner\tDue\tRAG\tStatus',
        'Q/12\tRepaint the noticeboard\tIM\tOct\tRed\tOpen – now 30/01/27',
        'Q/15\tGet a quote for new standpipe taps\tPL\t15/12/26\tGreen\tNew',
        'Q/16\tBook the marquee for the open day\tGV\tMar 2027\tGreen\tNew',
      ],
    ],
    [
      'set out in wide spaces, a single status column',
      [
        'Action log (updated 3/11/26)',
        'Ref     Action                               Owner    Target date    Status',
        'Q/12    Repaint the noticeboard              IM       30/01/2027     Updated – was October',
        'Q/15    Get a quote for new standpipe taps   PL       15/12/2026     New',
        'Q/16    Book the marquee for the open day    GV       March 2027     New',
      ],
    ],
    [
      'piped, numbers in a year series, no status column at all',
      [
        'Actions from this meeting',
        'No. | Action | Lead | By when',
        '26/14 | Repaint the noticeboard | IM | 30/01/2027',
        '26/15 | Get a quote for new standpipe taps | PL | 15/12/2026',
        '26/16 | Book the marquee for the open day | GV | March 2027',
      ],
    ],
    [
      'one cell to a line, heads stacked',
      [
        'ACTION LOG',
        'Ref',
        'Action',
        'Owner',
        'Due',
        'Status',
        'B-12 Repaint the noticeboard',
        'IM',
        '30/01/2027',
        'Open',
        'B-15 Get a quote for new standpipe taps',
        'PL',
        '15/12/2026',
        'New',
      ],
    ],
  ];
  it.each(logs)('%s', (_, log) => {
    const items = parseMinutes([...notes(), ...log].join('\n')).items;
    const number = (re: RegExp) => items.find((i) => re.test(i.text) && i.source === 'action-table')?.minute;
    const series = log.find((l) => /^(?:Q\/|26\/|B-)1\d/.test(l))!.slice(0, 2);
    expect(number(/noticeboard/i)).toMatch(new RegExp(`^${series}`));
    expect(number(/standpipe taps/i)).toMatch(new RegExp(`^${series}.?15$`));
  });

  it.each([
    'Forum – Notes',
    'NOTES OF MEETING HELD ON 3 NOVEMBER 2026',
    'Meeting notes (typed by the secretary)',
    'Cofnodion / Meeting Notes',
  ])('notes titled "%s"', (title) => {
    const log = ['No.\tAction\tOwner\tDue\tStatus', 'Q/12\tRepaint the noticeboard\tIM\tOct\tOpen – now 30/01/27'];
    const row = parseMinutes([...notes(undefined, title), ...log].join('\n')).items.find((i) =>
      /noticeboard/i.test(i.text),
    );
    expect(row?.minute).toBe('Q/12');
  });

  it.each([
    'Minutes of the meeting held on Tuesday 3 November 2026',
    'MINUTES – 3 November 2026 (notes taken by the clerk)',
  ])('minutes ("%s") cite the minute that reviewed the log, as they cite every decision', (title) => {
    const log = ['No.\tAction\tOwner\tDue\tStatus', 'Q/12\tRepaint the noticeboard\tIM\tOct\tOpen – now 30/01/27'];
    const row = parseMinutes([...notes(undefined, title), ...log].join('\n')).items.find((i) =>
      /noticeboard/i.test(i.text),
    );
    expect(row?.minute).toBe('2');
    expect(row?.updates).toBe('Q/12');
  });

  it('a new row is no update of an earlier action, whichever of two status columns says so', () => {
    const log = [
      'No.\tAction\tOwner\tDue\tRAG\tStatus',
      'Q/15\tGet a quote for new standpipe taps\tPL\t15/12/26\tGreen\tNew',
    ];
    const row = parseMinutes([...notes(), ...log].join('\n')).items.find((i) => /standpipe taps/i.test(i.text));
    expect(row?.updates).toBeUndefined();
    expect(row?.minute).toBe('Q/15');
  });

  it('a row citing an earlier minute numbered like these minutes is filed under the minute that reviewed the log', () => {
    // the forum's items are "HF/26/31"…; the row cites "HF/25/88", a minute of an earlier year: reviewed under HF/26/32
    const text = [
      'Harbour Forum – minutes of 3 November 2026',
      '',
      'HF/26/31 Apologies',
      'None.',
      '',
      'HF/26/32 Matters arising and action log',
      'The forum went through the log below.',
      '',
      'HF/26/33 Slipway',
      'RESOLVED that the Harbour Master obtain a survey of the slipway.',
      '',
      'Ref\tAction\tOwner\tDue\tStatus',
      'HF/25/88\tReplace the ladder at the north quay\tHarbour Master\tJan 2027\tOpen – now February',
    ].join('\n');
    const row = parseMinutes(text).items.find((i) => /ladder/i.test(i.text));
    expect(row?.minute).toBe('HF/26/32');
    expect(row?.updates).toBe('HF/25/88');
  });

  it('a row printing no number of its own, carried on with a new due, still goes under the reviewing item', () => {
    const log = ['Action | Owner | Due | Status', 'Repaint the noticeboard | IM | October | Open – now 30/01/27'];
    for (const review of ['Notes of the last meeting and action log', 'Matters arising']) {
      const row = parseMinutes([...notes(review), ...log].join('\n')).items.find((i) => /noticeboard/i.test(i.text));
      expect(row?.minute).toBe('2');
    }
  });
});

describe('a new log row that repeats what the discussion said keeps its own number', () => {
  const said = [
    'PL to get a quote for new taps.',
    'PL will get a quote for new taps.',
    'PL agreed to get a quote for new taps.',
    'It was agreed that PL would get a quote for new taps.',
    'Agreed: PL to get a quote for new taps.',
    'AGREED that PL obtain a quote for new taps.',
  ];
  it.each(said)('%s', (sentence) => {
    const text = [
      ...notes().map((l) => (l.startsWith('PL reported') ? `PL reported two leaking standpipes. ${sentence}` : l)),
      'ACTION LOG',
      'No.\tAction\tOwner\tDue\tStatus',
      'Q/15\tGet a quote for new standpipe taps\tPL\t15/12/26\tNew',
    ].join('\n');
    const taps = parseMinutes(text).items.filter((i) => /taps/i.test(i.text));
    expect(taps).toHaveLength(1);
    expect(taps[0].minute).toBe('Q/15');
    expect(taps[0].due).toEqual({ kind: 'date', date: '2026-12-15' });
  });

  it.each([
    'PL to bring the standpipe survey to the March meeting.',
    'The standpipe survey would come back to the March meeting. PL to bring it.',
  ])('the row keeps its number and takes the kind the notes said: %s', (sentence) => {
    const text = [
      ...notes().map((l) => (l.startsWith('PL reported') ? `PL reported two leaking standpipes. ${sentence}` : l)),
      'ACTION LOG',
      'No.\tAction\tOwner\tDue\tStatus',
      'Q/15\tStandpipe survey to the forum\tPL\tMar 2027\tNew',
    ].join('\n');
    const survey = parseMinutes(text).items.filter((i) => /survey/i.test(i.text));
    expect(survey).toHaveLength(1);
    expect(survey[0].minute).toBe('Q/15');
    expect(survey[0].type).toBe('work-programme');
  });

  it('a row numbered only by its place in a summary still goes where the minutes said it', () => {
    const text = [
      ...notes(),
      'SUMMARY OF ACTIONS',
      'No.\tAction\tOwner\tDue',
      '1\tGet a quote for new standpipe taps\tPL\t15/12/26',
    ].join('\n');
    const taps = parseMinutes(text).items.filter((i) => /taps/i.test(i.text));
    expect(taps.map((i) => i.minute)).toEqual(['3']);
  });
});

describe('an Action tag belongs to the paragraph it ends, not to the clause above a blank line', () => {
  // a resolution's last clause printed without its full stop, then a blank line, then a paragraph of the discussion
  // ending with its own tag: the paragraph is the discussion's, and the tag names who does what it says
  const minute = (clauses: string[], after: string[]) =>
    [
      'Minutes of the Libraries Committee held on 4 November 2026',
      '',
      '11. Apologies',
      'None.',
      '',
      '12. Opening hours',
      'The Head of Libraries presented the review of opening hours.',
      'RESOLVED:',
      ...clauses,
      '',
      ...after,
      '',
      '13. Date of next meeting',
      '3 February 2027.',
    ].join('\n');
  const clauseSets: [string, string[]][] = [
    ['(a), (b)', ['(a) That the review be noted.', '(b) That the Head of Libraries report back in March 2027']],
    ['a), b)', ['a) the review be noted;', 'b) the Head of Libraries report back in March 2027']],
    ['(i), (ii)', ['(i) That the review be noted.', '(ii) That the Head of Libraries report back in March 2027']],
    ['1., 2.', ['1. That the review be noted.', '2. That the Head of Libraries report back in March 2027']],
  ];
  const paragraphs: string[][] = [
    ['Volunteer rotas to be checked at the branch libraries.', 'Action: Clerk'],
    ['Volunteer rotas to be checked at the branch libraries.', 'ACTION: Clerk'],
    ['Volunteer rotas to be checked at the branch libraries.', 'Action by: Clerk'],
    ['Volunteer rotas to be checked at the branch libraries.', 'ACTION – Clerk'],
    ['Volunteer rotas to be checked at the branch libraries.                Action: Clerk'],
    ['Volunteer rotas at the branch libraries – Action: Clerk'],
    ['Members raised the branch libraries.', 'Action: Clerk – check the volunteer rotas'],
    ['Councillors asked that the volunteer rotas', 'be checked at the branch libraries.', 'ACTION: Clerk'],
  ];
  const cases = clauseSets.flatMap(([marks, clauses]) =>
    paragraphs.map((after) => [`${marks} / ${after.join(' / ').slice(0, 60)}`, clauses, after] as const),
  );
  it.each(cases)('%s', (_, clauses, after) => {
    const items = parseMinutes(minute(clauses, after)).items;
    const last = items.find((i) => /report back/i.test(i.text));
    expect(last?.text).not.toMatch(/rota|branch/i);
    expect(last?.owner).toBe('the Head of Libraries');
    const rotas = items.find((i) => /rota/i.test(i.text));
    expect(rotas?.owner).toBe('Clerk');
    expect(rotas?.minute).toBe('12');
    expect(rotas?.ref).toBeNull();
  });

  it('a clause the layout broke across a blank line still carries on into its tagged end', () => {
    const text = minute(
      ['(a) That the review be noted.', '(b) That the Clerk ask the volunteers at the branch libraries for'],
      ['their views on Sunday opening.      Action: Clerk'],
    );
    const items = parseMinutes(text).items;
    const views = items.filter((i) => /views/i.test(i.text));
    expect(views).toHaveLength(1);
    expect(views[0].ref).toBe('(b)');
    expect(views[0].text).toMatch(/branch libraries for their views/);
  });

  it('a tag alone under the clauses still names whoever the last clause left out', () => {
    const items = parseMinutes(
      minute(['(a) That the review be noted.', '(b) That the Sunday opening hours be advertised'], ['Action: Clerk']),
    ).items;
    expect(items.find((i) => /advertised/i.test(i.text))?.owner).toBe('Clerk');
  });

  it("a tag alone under the clauses leaves the last clause's own doer in place", () => {
    const items = parseMinutes(
      minute(
        ['(a) That the review be noted.', '(b) That the Head of Libraries report back in March 2027'],
        ['Action: Clerk'],
      ),
    ).items;
    expect(items.find((i) => /report back/i.test(i.text))?.owner).toBe('the Head of Libraries');
  });
});

describe("what is decided inside a minute's lettered sub-item is filed under its letter", () => {
  const minute = (body: string[]) =>
    [
      'Minutes of the Parish Council held on 9 November 2026',
      '',
      '41/26  APOLOGIES',
      'None.',
      '',
      '42/26  VILLAGE GREEN',
      ...body,
      '',
      '43/26  DATE OF NEXT MEETING',
      '14 December 2026.',
    ].join('\n');

  // (sub-items decided one by one, each under its own keyword: the last one's resolution is its own — subItems.ts)
  it.each([
    [
      'a motion carried on the line under the letter',
      [
        '(a) Tree survey.',
        'RESOLVED that the survey be noted.',
        '(b) Bench at the pond (£420 quote).',
        'Proposed Cllr Ives, seconded Cllr Noon and RESOLVED to buy the bench. The Clerk to place the order.',
      ],
    ],
    [
      'the letter without brackets, the decision wrapped',
      [
        'a) Tree survey.',
        'RESOLVED: that the survey be noted.',
        'b) Bench at the pond.',
        'It was proposed by Cllr Ives, seconded by Cllr Noon and RESOLVED to buy a',
        'bench for the pond. The Clerk to place the order.',
      ],
    ],
  ])('%s', (_, body) => {
    const order = parseMinutes(minute(body)).items.find((i) => /place the order/i.test(i.text));
    expect(order?.minute).toBe('42/26');
    expect(order?.ref).toBe('(b)');
  });

  it.each([
    [
      'agreed in the sentence after the full stop',
      [
        'a) Members were worried about cars parking on the green. Cllr Ives had counted eleven.',
        'It was agreed that the Clerk write to the police about it.',
        'b) The pond fence has been mended. Noted.',
      ],
      '(a)',
    ],
    [
      'an undertaking closing the last sub-item, owner initials at the margin',
      [
        'a) The pond fence has been mended. Noted.',
        'b) Cllr Noon asked about the parking on the green.',
        'Cllr Noon will write to the police about it.      JN',
      ],
      '(b)',
    ],
  ])('%s', (_, body, letter) => {
    const police = parseMinutes(minute(body)).items.find((i) => /police/i.test(i.text));
    expect(police?.minute).toBe('42/26');
    expect(police?.ref).toBe(letter);
  });

  it('a blank line ends the sub-item: the paragraph after it is the minute’s', () => {
    const body = [
      'a) The pond fence has been mended. Noted.',
      'b) Members were worried about cars parking on the green.',
      '',
      'It was agreed that the Clerk write to the police about the parking.',
    ];
    const police = parseMinutes(minute(body)).items.find((i) => /police/i.test(i.text));
    expect(police?.ref).toBeNull();
  });

  it('numbered questions do not carry their number to the answer below them', () => {
    const body = [
      'Two questions had been received.',
      '(1) Mr Hale asked when the green would be reseeded.',
      'The Chairman replied that the work was planned. The Clerk would write to Mr Hale with the date.',
      '(2) Ms Orr asked about the pond.',
    ];
    const letter = parseMinutes(minute(body)).items.find((i) => /write to Mr Hale/i.test(i.text));
    expect(letter?.ref).toBeNull();
  });
});
