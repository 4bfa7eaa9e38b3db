// The fast table drawing (render/tableLayout.ts) must look exactly like cli-table3's, which
// it replaces for single-width text: compared on random tables in both styles.
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../src/render/tableLayout.js';
import { fitWidths, renderTable, type Column } from '../../src/render/table.js';
import { seededRandom } from '../../scripts/lib/random.js';

const PLAIN_CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};
const WORDS = [
  'a',
  'the',
  'ICB',
  'Officers',
  '—',
  'report',
  '17(d)',
  'circulated',
  'representatives',
  'supercalifragilisticexpialidocious',
  "UHL's",
  'café',
  '…',
];

function cliTable3(rows: string[][], widths: number[], borders: boolean): string {
  const padding = borders ? 1 : 0;
  const table = new Table({
    head: rows[0],
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': padding, 'padding-right': padding, compact: !borders },
    ...(borders ? {} : { chars: PLAIN_CHARS }),
  });
  for (const row of rows.slice(1)) table.push(row);
  return table.toString();
}

describe('drawTable', () => {
  it('draws what cli-table3 draws, with and without borders', () => {
    const random = seededRandom(11);
    for (let n = 0; n < 600; n++) {
      const columns = random.int(1, 5);
      const gap = () => random.pick([' ', ' ', ' ', '  ', '\u00a0', ' \u2003 ']);
      const edge = () => (random.chance(0.15) ? gap() : '');
      const text = () =>
        edge() + Array.from({ length: random.int(0, 12) }, () => random.pick(WORDS)).join(gap()) + edge();
      const rows = Array.from({ length: random.int(1, 6) }, () => Array.from({ length: columns }, text));
      const borders = random.chance(0.5);
      const widths = Array.from({ length: columns }, () => random.int(3, 30));
      const paints = rows.map((row) => row.map(() => (line: string) => line));
      // Without borders, drawTable trims each line's end, as renderTable does cli-table3's.
      const expected = cliTable3(rows, widths, borders);
      expect(drawTable(rows, paints, { widths, borders })).toBe(
        borders
          ? expected
          : expected
              .split('\n')
              .map((line) => line.trimEnd())
              .join('\n'),
      );
    }
  });
});

describe('renderTable with a limit', () => {
  const columns = [{ header: 'ID', value: (n: number) => `A${n}` }];
  const rows = Array.from({ length: 120 }, (_, i) => i + 1);

  it('shows the first rows and says how many it left out and how to see them', () => {
    const text = renderTable(columns, rows, { width: 80, colour: null, borders: false, limit: 50 });
    const lines = text.split('\n');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[50]).toBe('A50');
    expect(lines.at(-1)).toBe(
      '… and 70 more rows (120 in all): add --no-limit to see every row, or use --format csv or --json',
    );
  });

  it('shows every row without a limit, or when they fit', () => {
    expect(
      renderTable(columns, rows, { width: 80, colour: null, borders: false, limit: null }).split('\n'),
    ).toHaveLength(121);
    expect(
      renderTable(columns, rows, { width: 80, colour: null, borders: false, limit: 120 }).split('\n'),
    ).toHaveLength(121);
  });
});

/** The rule fitWidths works out in jumps, a character at a time: the widest wrappable column (free text counting half) gives way. */
function oneAtATime(widths: number[], flex: boolean[], wrappable: boolean[], floor: number, excess: number): number[] {
  const out = [...widths];
  const share = (c: number) => out[c] / (flex[c] ? 2 : 1);
  for (; excess > 0; excess--) {
    let widest = -1;
    out.forEach((width, c) => {
      if (wrappable[c] && width > floor && (widest === -1 || share(c) > share(widest))) widest = c;
    });
    if (widest === -1) break;
    out[widest]--;
  }
  return out;
}

describe('fitWidths', () => {
  it('gives the widths that giving way a character at a time gives', () => {
    const random = seededRandom(5);
    for (let n = 0; n < 2000; n++) {
      const count = random.int(1, 7);
      const flex = Array.from({ length: count }, () => random.chance(0.3));
      const lengths = Array.from({ length: count }, (_, c) => random.int(1, flex[c] ? 300 : 70));
      const columns: Column<number>[] = lengths.map((_, c) => ({ header: 'H', value: () => '', flex: flex[c] }));
      const cells = [lengths.map((length) => 'x'.repeat(length))];
      const padding = random.pick([0, 2]);
      const available = random.int(10, 200);
      const natural = lengths.map((length, c) => Math.min(length, flex[c] ? 400 : 60) + padding);
      const wrappable = natural.map((width, c) => flex[c] || width > 24 + padding);
      const excess = natural.reduce((a, b) => a + b, 0) - available;
      expect(fitWidths(columns, cells, available, padding)).toEqual(
        oneAtATime(natural, flex, wrappable, 14 + padding, excess),
      );
    }
  });
});
