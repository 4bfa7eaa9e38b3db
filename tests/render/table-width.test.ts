// The table engine (render/tableLayout.ts) draws only text whose every character is one
// column wide; anything else (wide CJK and emoji, combining accents) goes through cli-table3.
// Held here: the engine's idea of "one column" is cli-table3's own (string-width), and a
// table with wide or combining characters is cli-table3's drawing, its lines all one width.
import { createRequire } from 'node:module';
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { fitWidths, renderTable, type Column } from '../../src/render/table.js';
import { isSingleWidth } from '../../src/render/tableLayout.js';
import { terminalSafe } from '../../src/render/sanitize.js';

// cli-table3 measures text with string-width: the same module, from where cli-table3 loads it.
const stringWidth = createRequire(createRequire(import.meta.url).resolve('cli-table3'))('string-width') as (
  text: string,
) => number;

describe('what the engine counts as one column', () => {
  it('is one column for cli-table3 too, character by character', () => {
    let accepted = 0;
    for (let code = 0x20; code <= 0x2fff; code++) {
      const character = String.fromCodePoint(code);
      if (!isSingleWidth(character)) continue;
      accepted++;
      expect([code.toString(16), stringWidth(character)]).toEqual([code.toString(16), 1]);
    }
    expect(accepted).toBeGreaterThan(500);
  });

  it.each(['医疗服务', '📋 report', 'cafe\u0301', 'Zoë\u0308', '👩🏽‍⚖️', 'ｆｕｌｌ', '\u200b'])(
    'leaves %j to cli-table3',
    (text) => {
      expect(isSingleWidth(text)).toBe(false);
    },
  );
});

describe('a table with wide and combining characters', () => {
  const columns: Column<string[]>[] = [
    { header: 'ID', value: (r) => r[0] },
    { header: 'Item', value: (r) => r[1], flex: true },
    { header: 'Owner', value: (r) => r[2] },
  ];
  const rows = [
    ['A1', 'Report on 医疗服务 waiting times to the committee, with the figures for each trust', 'Zoë Lefèvre'],
    ['A2', '📋 Circulate the blueprint 👩🏽‍⚖️ to members', 'the ICB'],
    ['A3', 'Cafe\u0301 licensing: the Director to report back', 'ｆｕｌｌ width owner'],
  ];

  it.each([true, false])('is cli-table3’s drawing (borders: %s), every line the same width', (borders) => {
    const text = renderTable(columns, rows, { width: 60, colour: null, borders });
    const cells = rows.map((row) => columns.map((c) => terminalSafe(c.value(row))));
    const padding = borders ? 2 : 0;
    const widths = fitWidths(columns, cells, 60 - (borders ? columns.length + 1 : 2 * (columns.length - 1)), padding);
    const table = new Table({
      head: columns.map((c) => c.header),
      colWidths: widths,
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [], 'padding-left': padding / 2, 'padding-right': padding / 2, compact: !borders },
      ...(borders
        ? {}
        : {
            chars: {
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
            },
          }),
    });
    for (const row of cells) table.push(row);
    const expected = borders
      ? table.toString()
      : table
          .toString()
          .split('\n')
          .map((line) => line.trimEnd())
          .join('\n');
    expect(text).toBe(expected);
    if (borders) expect(new Set(text.split('\n').map(stringWidth)).size).toBe(1);
    expect(text).toContain('医疗');
    expect(text).toContain('Zoë');
  });
});
