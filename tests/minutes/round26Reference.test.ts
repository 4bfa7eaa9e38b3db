// Issue 11, round 26: references — an action table printed after the minutes whose rows are numbered by the minute that
// raised them ("4.2", "6.1") is filed under that minute and number, not under the minute that reviews the action log.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A small trust's committee: minutes 1.–6., the second reviewing the last meeting's actions, then a table of actions. */
const committee = (table: string[], paragraphs = true) =>
  [
    'Brackenholt Community Trust - Grounds Committee',
    'Minutes of the meeting held on Wednesday 4 November 2026 at 6.30pm in the pavilion',
    'Present: Nadia Frost (Chair) NF, Colin Amory CA, Priya Belling PB, Tom Harrow TH',
    '',
    '1. Apologies',
    `${paragraphs ? '1.1 ' : ''}Apologies were received from Gail Mercer.`,
    '',
    '2. Minutes of the last meeting and matters arising',
    `${paragraphs ? '2.1 ' : ''}The minutes of 7 October 2026 were approved. All earlier actions were complete.`,
    '',
    '3. Hedges',
    `${paragraphs ? '3.1 ' : ''}The hedge along the lane has grown over the footpath.`,
    `${paragraphs ? '3.2 ' : ''}The committee agreed that a contractor be engaged to cut it back before Christmas.`,
    '',
    '4. Pavilion roof',
    `${paragraphs ? '4.1 ' : ''}Two roofers had looked at the leak over the kitchen.`,
    `${paragraphs ? '4.2 ' : ''}Quotes were expected by the end of the month.`,
    '',
    '5. Bonfire night',
    `${paragraphs ? '5.1 ' : ''}The display had gone well and raised a small surplus.`,
    '',
    '6. Date of next meeting',
    `${paragraphs ? '6.1 ' : ''}Wednesday 2 December 2026 at 6.30pm.`,
    '',
    'The meeting closed at 8.05pm.',
    '',
    ...table,
  ].join('\n');

const tableRows = (items: ReturnType<typeof parseMinutes>['items']) =>
  items.filter((i) => i.source === 'action-table').map((i) => [i.minute, i.ref, i.owner]);

describe('a row numbered by the minute that raised it is filed under that minute and number', () => {
  const rows = [
    ['3.2', 'Engage a contractor to cut back the lane hedge', 'CA', '18/12/26'],
    ['4.2', 'Compare the two roof quotes and circulate', 'TH', '30/11/26'],
    ['5.1', 'Thank-you letter to the fireworks volunteers', 'PB', 'Next meeting'],
  ];
  it.each([
    [
      'a markdown table headed "Min"',
      ['ACTIONS', '| Min | Action | Who | By |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)],
      true,
    ],
    [
      'a tabbed table headed "No."',
      ['ACTIONS ARISING', 'No.\tAction\tLead\tBy when', ...rows.map((r) => r.join('\t'))],
      false,
    ],
    [
      'columns set apart by spaces',
      [
        'Action list',
        'Ref     Action                                            Owner   Due',
        ...rows.map((r) => `${r[0]}     ${r[1].padEnd(50)}${r[2].padEnd(8)}${r[3]}`),
      ],
      true,
    ],
  ])('%s', (_, table, paragraphs) => {
    const got = tableRows(parseMinutes(committee(table, paragraphs)).items);
    expect(got).toContainEqual(['4', '4.2', 'TH']);
    expect(got).toContainEqual(['5', '5.1', 'PB']);
    // (none is filed under the minute that reviewed the earlier actions)
    expect(got.some(([minute]) => minute === '2')).toBe(false);
  });

  it('a row the discussion of its paragraph already told is one item, with the row’s lead and date', () => {
    const text = committee([
      'ACTIONS',
      '| Min | Action | Who | By |',
      '|---|---|---|---|',
      '| 1.1 | Send Gail the papers | NF | 10/11/26 |',
      '| 4.2 | Chase the roofers for their quotes | TH | 30/11/26 |',
    ]).replace(
      '4.2 Quotes were expected by the end of the month.',
      '4.2 Quotes were expected by the end of the month. TH will chase them up.',
    );
    const items = parseMinutes(text).items.filter((i) => i.owner === 'TH');
    expect(items.map((i) => [i.minute, i.ref, i.due])).toEqual([['4', '4.2', { kind: 'date', date: '2026-11-30' }]]);
  });
});

describe('near misses: rows that stay where they were read', () => {
  it('a row with a status reports on an action that may be an earlier meeting’s', () => {
    const got = tableRows(
      parseMinutes(
        committee([
          'Action log',
          '| Ref | Action | Owner | Due | Status |',
          '|---|---|---|---|---|',
          '| 4.2 | Repaint the goalposts | TH | Oct 2026 | Open - paint ordered |',
        ]),
      ).items,
    );
    expect(got).not.toContainEqual(['4', '4.2', 'TH']);
  });

  it('a number whose first part is none of this meeting’s minutes', () => {
    const got = tableRows(
      parseMinutes(
        committee([
          'ACTIONS',
          '| Min | Action | Who | By |',
          '|---|---|---|---|',
          '| 14.2 | Repaint the goalposts | TH | 30/11/26 |',
        ]),
      ).items,
    );
    expect(got.some(([minute, ref]) => minute === '14' || ref === '14.2')).toBe(false);
  });

  it('a row that cites a whole minute of this meeting keeps its reading', () => {
    const got = tableRows(
      parseMinutes(
        committee([
          'ACTIONS',
          '| Min | Action | Who | By |',
          '|---|---|---|---|',
          '| 5 | Thank-you letter to the fireworks volunteers | PB | 30/11/26 |',
        ]),
      ).items,
    );
    expect(got).toContainEqual(['5', null, 'PB']);
  });
});

describe('the words around a resolution on a lettered line are that letter’s', () => {
  const finance = (parts: string[]) =>
    [
      'Minutes of Oxley Green Parish Council held on 2nd November 2026',
      '',
      '26/201 APOLOGIES',
      'None.',
      '',
      '26/202 FINANCE',
      ...parts,
      '',
      '26/203 CORRESPONDENCE',
      'None.',
      '',
    ].join('\n');
  it.each([
    [
      'b) Grant - Oxley Green Fete. Resolved to award a grant of £300. The Clerk is to pay it once the invoice arrives.',
    ],
    ['(b) Grant to the fete. Resolved to award £300. Cllr Dunn will deliver the cheque to the fete committee.'],
    ['b) Defibrillator pads. It was RESOLVED to buy two sets. The Clerk is to book the fitting with the supplier.'],
  ])('%s', (line) => {
    const items = parseMinutes(finance(['a) Resolved to approve the payments as listed.', line, 'c) Noted.'])).items;
    expect(items.filter((i) => i.source === 'discussion').map((i) => [i.minute, i.ref])).toEqual([['26/202', '(b)']]);
  });

  it('near miss: a line with no letter stays the minute’s', () => {
    const items = parseMinutes(
      finance([
        'Grant - Oxley Green Fete. Resolved to award a grant of £300. The Clerk is to pay it once the invoice arrives.',
      ]),
    ).items;
    expect(items.filter((i) => i.source === 'discussion').map((i) => [i.minute, i.ref])).toEqual([['26/202', null]]);
  });
});
