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
    const cells = table.map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
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
