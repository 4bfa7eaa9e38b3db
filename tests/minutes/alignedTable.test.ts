import { describe, expect, it } from 'vitest';
import { alignedTables } from '../../src/minutes/alignedTable.js';
import { parseMinutes } from '../../src/minutes/index.js';

const minutes = (log: string[]) =>
  [
    'Minutes of the Harbour Board held on 8 January 2026',
    '',
    '1. Apologies',
    'Apologies were received from Ms Hale.',
    '',
    '2. Finance report',
    'The Board noted the report.',
    '',
    ...log,
  ].join('\n');

describe('a table kept apart only by spaces (a PDF page of an action log)', () => {
  // The same three rows, laid out as real copies lay out a log: no heads, two or more spaces, a tab,
  // heads in another order, a cell wrapped under its column, a blank line between rows.
  const layouts: [string, string[]][] = [
    [
      'no heads, runs of spaces',
      [
        'HB25/112    Present the dredging programme to the Board     NW     Feb 2026',
        'HB25/118    Circulate the berth survey results              JP     March 2026',
        'HB25/121    Review the moorings charges                     KL/PT  April 2026',
      ],
    ],
    [
      'no heads, two spaces only and unaligned',
      [
        'HB25/112  Present the dredging programme to the Board  NW  Feb 2026',
        'HB25/118  Circulate the berth survey results  JP  March 2026',
        'HB25/121  Review the moorings charges  KL/PT  April 2026',
      ],
    ],
    [
      'no heads, tabs',
      [
        'HB25/112\tPresent the dredging programme to the Board\tNW\tFeb 2026',
        'HB25/118\tCirculate the berth survey results\tJP\tMarch 2026',
        'HB25/121\tReview the moorings charges\tKL/PT\tApril 2026',
      ],
    ],
    [
      'heads in another order, cells wrapped under their column',
      [
        'Ref         Lead     Due          Action',
        'HB25/112    NW       Feb 2026     Present the dredging programme to',
        '                                  the Board',
        'HB25/118    JP       March 2026   Circulate the berth survey',
        '                                  results',
        'HB25/121    KL/PT    April 2026   Review the moorings charges',
      ],
    ],
    [
      'no heads, a status column, a wrapped action and blank lines between rows',
      [
        'HB25/112   Present the dredging programme         NW      Feb 2026     Open',
        '           to the Board',
        '',
        'HB25/118   Circulate the berth survey results     JP      March 2026   In progress',
        '',
        'HB25/121   Review the moorings charges            KL/PT   April 2026   Open',
      ],
    ],
  ];

  it.each(layouts)('%s: each row an item with its owner and due', (_, log) => {
    const items = parseMinutes(minutes(log)).items.filter((i) => i.source === 'action-table');
    expect(items.map((i) => [i.minute, i.owner, i.due])).toEqual([
      ['HB25/112', 'NW', { kind: 'month', month: 'February' }],
      ['HB25/118', 'JP', { kind: 'month', month: 'March' }],
      ['HB25/121', 'KL', { kind: 'month', month: 'April' }],
    ]);
    expect(items[0].text).toBe('Present the dredging programme to the Board');
    expect(items[1].category).toBe('information');
    expect(items[2].owners).toEqual(['KL', 'PT']);
    // (a row cites the earlier action it carries on, for the import to offer as an update of it)
    expect(items[0].updates).toBe('HB25/112');
  });

  it('leaves a finished row out', () => {
    const items = parseMinutes(
      minutes([
        'HB25/101   Replace the harbour signs          NW     Dec 2025     Completed',
        'HB25/118   Circulate the berth survey results JP     March 2026   Open',
      ]),
    ).items;
    expect(items.map((i) => i.minute)).toEqual(['HB25/118']);
  });

  // What is set out in columns but is no action log stays as it was.
  const notLogs: [string, string[]][] = [
    [
      'attendance in columns',
      [
        'Cllr J Amos (Chair)      Cllr P Rees        Cllr T Moss',
        'Cllr K Lyle             Cllr D Ince        Cllr S Pyle',
      ],
    ],
    [
      'a members table with initials',
      ['Ms Harriet Quill        Chair                  HQ', 'Mr Simon Okafor         Chief Executive        SO'],
    ],
    [
      'a schedule of meetings',
      [
        'Tuesday 14 April 2026     Harbour Board     Harbour Office',
        'Tuesday 9 June 2026       Harbour Board     Harbour Office',
      ],
    ],
    ['a budget', ['Dredging          £12,000     £11,500', 'Signs             £2,000      £2,400']],
    [
      'prose with double spaces',
      [
        'The report was noted.  Members asked about dredging.  The Chair replied.',
        'The Board thanked the officers.  The meeting moved on.  Nothing else.',
      ],
    ],
    [
      'rows under heads of another kind (a work programme)',
      [
        'Item                                 Lead officer           Meeting',
        'Harbour safety plan annual report    Harbour Master         20 March 2026',
        'Moorings policy review               Finance Manager        June 2026',
      ],
    ],
  ];

  it.each(notLogs)('%s is left alone', (_, rows) => {
    expect(alignedTables(rows)).toEqual(rows);
  });

  it('rewrites a log as a "|" table, naming its columns from what they hold', () => {
    expect(
      alignedTables([
        'HB25/112    Present the dredging programme     NW     Feb 2026',
        'HB25/118    Circulate the berth survey         JP     March 2026',
      ]),
    ).toEqual([
      '| Ref | Action | Owner | Due |',
      '| HB25/112 | Present the dredging programme | NW | Feb 2026 |',
      '| HB25/118 | Circulate the berth survey | JP | March 2026 |',
    ]);
  });

  it('files a row of a summary of actions that cites no minute under the minute whose discussion gave it', () => {
    const text = [
      'Minutes of the Harbour Board held on 8 January 2026',
      '',
      '3 Harbour Master’s report',
      'Members asked about silt levels. PT will bring the survey figures to the next meeting.',
      '',
      '4 Moorings',
      'The winter rates were noted. The annual moorings return is due by 16 February 2026; KL to complete it.',
      '',
      '5 Any other business',
      'None.',
      '',
      'Summary of actions',
      'No.   Action                                         By whom   By when',
      '1     Bring the silt survey figures                  PT        Next meeting',
      '2     Complete the annual moorings return            KL        16/02/2026',
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => [i.minute, i.owner, i.category, i.due])).toEqual([
      ['3', 'PT', 'work-programme', { kind: 'next' }],
      ['4', 'KL', 'action', { kind: 'date', date: '2026-02-16' }],
    ]);
  });

  it('files a log row citing one of this meeting’s minutes as that minute’s item, with the row’s due', () => {
    const text = [
      'Minutes of the Harbour Board held on 8 January 2026',
      '',
      'HB/26/04  Dredging',
      'The Board approved the dredging plan and asked that it be shared with the two parish councils.   ACTION: NW',
      '',
      'HB/26/05  Any other business',
      'None.',
      '',
      'ACTION LOG',
      'No.    Minute       Action                                   Lead    Due          Status',
      '26/01  HB/25/90     Replace the harbour signs                KL      Dec 2025     Open – date',
      '                                                                                   revised',
      '26/02  HB/26/04     Share the dredging plan with the         NW      30/01/2026   New',
      '                    parish councils',
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => [i.minute, i.owner, i.due, i.updates])).toEqual([
      ['HB/26/04', 'NW', { kind: 'date', date: '2026-01-30' }, undefined],
      // (a row carrying on an earlier minute's action is offered as an update of it)
      ['HB/25/90', 'KL', { kind: 'month', month: 'December' }, 'HB/25/90'],
    ]);
  });
});
