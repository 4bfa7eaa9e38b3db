// Round 31, action lists and records: a closing list of the meeting's actions (No. / Action / Who / By, "New actions",
// "Actions arising", or a table after the last minute) whose rows restate the minutes' items is read as those items —
// the minute's reference, the list's owner and dated due where the minute gives none — and a row naming a minute's
// matter that no item of it restates is filed under that minute. Invented minutes, several layouts, with near-misses
// that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented minutes of an allotments committee, closing on a list laid out by `row` under `head`. */
const allotments = (head: string[], row: (cells: string[]) => string, rows: string[][]) =>
  [
    'Brookhallow Town Council',
    'Allotments Committee',
    'Minutes of the meeting held on Wednesday 10 March 2027',
    '',
    'Present: Cllr Ivy North (Chair), Cllr Paul Quint, Cllr Rhona Stead',
    'In attendance: Mr Tom Vance (Clerk)',
    '',
    'AC 27/20\tMinutes',
    'The minutes of 13 January 2027 were agreed as a correct record.',
    '',
    'AC 27/21\tWater supply',
    'Cllr Quint said the standpipe at the Ferry Lane site had split over the winter.',
    'RESOLVED that the Clerk arrange its repair.',
    '',
    'AC 27/22\tWaiting list',
    'The waiting list now stood at 41 names. Members discussed halving the larger plots.',
    'RESOLVED that the Clerk write to the tenants of full plots about halving them.',
    '',
    'AC 27/23\tCompost bays',
    'Cllr Stead reported that the compost bays by the north gate were rotten and needed rebuilding.',
    'Members noted the report.',
    '',
    'AC 27/24\tDate of next meeting',
    'Wednesday 12 May 2027.',
    '',
    ...head,
    row(['No.', 'Action', 'Who', 'By']),
    ...rows.map(row),
    '',
  ].join('\n');

const ROWS = [
  ['1', 'Ferry Lane standpipe repair', 'Clerk', '31/03/27'],
  ['2', 'Letter to full plot tenants re halving', 'Clerk', 'ASAP'],
  ['3', 'Rebuild north gate compost bays', 'Cllr Stead', 'May mtg'],
];

const LAYOUTS: [string, (cells: string[]) => string][] = [
  ['tabs', (cells) => cells.join('\t')],
  ['bars', (cells) => cells.join(' | ')],
];

describe('a closing list whose rows restate the minutes', () => {
  for (const [name, row] of LAYOUTS)
    for (const head of [['Action summary'], ['ACTIONS ARISING'], []])
      it(`reads each row as the minute's item (${name}, ${head[0] ?? 'no head'})`, () => {
        const found = items(allotments(head, row, ROWS));
        const water = found.filter((i) => /standpipe|repair/i.test(i.text));
        expect(water).toHaveLength(1);
        expect(water[0].minute).toBe('AC 27/21');
        expect(water[0].owner?.replace(/^the /, '')).toBe('Clerk');
        // (the list's date where the minute gave none)
        expect(water[0].due).toEqual({ kind: 'date', date: '2027-03-31' });
        const letter = found.filter((i) => /halving/i.test(i.text));
        expect(letter).toHaveLength(1);
        expect(letter[0].minute).toBe('AC 27/22');
        // (a row naming a minute's matter that no item of it restates is that minute's action)
        const compost = found.filter((i) => /compost/i.test(i.text));
        expect(compost).toHaveLength(1);
        expect(compost[0].minute).toBe('AC 27/23');
        expect(compost[0].owner).toBe('Cllr Stead');
      });

  it('keeps a row no minute names where the list prints it', () => {
    const found = items(
      allotments(['Action summary'], LAYOUTS[0][1], [...ROWS, ['4', 'Order new padlocks for both gates', 'Clerk', '']]),
    );
    const padlocks = found.filter((i) => /padlock/i.test(i.text));
    expect(padlocks).toHaveLength(1);
    expect(padlocks[0].minute).toBe('AC 27/24');
  });

  it('does not take the list\u2019s month for a due the minute left open', () => {
    const found = items(
      allotments(['Action summary'], LAYOUTS[0][1], [['1', 'Ferry Lane standpipe repair', 'Clerk', 'April']]),
    );
    const water = found.filter((i) => /standpipe|repair/i.test(i.text));
    expect(water).toHaveLength(1);
    expect(water[0].minute).toBe('AC 27/21');
    expect(water[0].due).toBeNull();
  });
});

describe('near-misses', () => {
  it('leaves a row whose words two minutes share alike where it is printed', () => {
    const text = [
      'Brookhallow Town Council',
      'Allotments Committee',
      'Minutes of the meeting held on Wednesday 10 March 2027',
      '',
      'AC 27/21\tFerry Lane site',
      'Members discussed the fencing and the gates at the site. The report was noted.',
      '',
      'AC 27/22\tMill Road site',
      'Members discussed the fencing and the gates at the site. The report was noted.',
      '',
      'AC 27/23\tDate of next meeting',
      'Wednesday 12 May 2027.',
      '',
      'Action summary',
      'No.\tAction\tWho\tBy',
      '1\tFencing and gates review\tCllr Quint\t30/04/27',
    ].join('\n');
    const row = items(text).filter((i) => i.source === 'action-table');
    expect(row).toHaveLength(1);
    expect(row[0].minute).toBe('AC 27/23');
  });

  it('leaves a log of earlier actions reviewed in an early minute as it was', () => {
    const text = [
      'Brookhallow Town Council',
      'Allotments Committee',
      'Minutes of the meeting held on Wednesday 10 March 2027',
      '',
      'AC 27/20\tActions from the last meeting',
      'No.\tAction\tWho\tStatus',
      '1\tChase the water company about the meter\tClerk\tOngoing',
      '',
      'AC 27/21\tWater supply',
      'The water company meter at Ferry Lane had still not been read. Noted.',
      '',
      'AC 27/22\tDate of next meeting',
      'Wednesday 12 May 2027.',
    ].join('\n');
    const before = items(text).filter((i) => /meter/i.test(i.text));
    expect(before.every((i) => i.minute !== 'AC 27/21')).toBe(true);
  });
});
