// Round 9, structure: the layouts that carry minutes and their references as pasted — a spreadsheet or a word
// processor's table with tabs, a shared document's checkboxes, a PDF page in two columns read across. Invented
// examples only, each layout worded several ways.
import { describe, expect, it } from 'vitest';
import { alignedTables } from '../../src/minutes/alignedTable.js';
import { layout } from '../../src/minutes/layout.js';
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

describe('minutes scanned and read back by OCR', () => {
  const minute = (line: string) =>
    ['Minutes of the Parish Council held on 9 March 2026', '', '26/41   FINANCE', line].join('\n');
  // a letter-spaced keyword, as a typist spaces it, beside the same decision typed plainly
  it.each([
    'It was R E S O L V E D to defer the precept to the April meeting.',
    'R E S O L V E D : to defer the precept to the April meeting.',
    'It was RESOLVED to defer the precept to the April meeting.',
  ])('%s is a deferral', (line) => {
    expect(parseMinutes(minute(line)).items.map((i) => i.category)).toEqual(['deferral']);
  });

  it.each([
    ['payments of £2,4O6.1O', '£2,406.10'],
    ['a fee of £l25', '£125'],
    ['about £9,OOO', '£9,000'],
    ['see minute 2l5 above', 'minute 215'],
    ['Cllr 0sborne to arrange', 'Cllr Osborne to arrange'],
  ])('%s reads as %s', (scanned, meant) => {
    expect(layout(scanned)).toContain(meant);
  });

  it.each(['A B C D E F G H', 'the O2 arena', 'version v2.0l', 'Flat l0'])('%s is left as it is', (line) => {
    expect(layout(line)).toBe(line);
  });
});

describe('an earlier action listed with its outcome after a dash', () => {
  const text = (entry: string) =>
    [
      'Notes of the Parks Group, 4 March 2026',
      '',
      '1. Actions from last meeting',
      entry,
      '',
      '2. Bowls club',
      'PT to write to the bowls club about the lease.',
    ].join('\n');
  it.each([
    '- JB to order the benches – done (delivered 2 March).',
    '- JB to order the benches - done.',
    '• Clerk to order the benches — completed; invoice paid.',
    'JB to order the benches – closed',
  ])('%s ticks it off: nothing new', (entry) => {
    expect(parseMinutes(text(entry)).items.map((i) => i.owner)).toEqual(['PT']);
  });

  it.each(['- JB to order the benches – done by Friday', '- JB to order the benches once the quote is done'])(
    '%s is still to do',
    (entry) => {
      expect(parseMinutes(text(entry)).items.map((i) => i.owner)).toEqual(['JB', 'PT']);
    },
  );
});
