// A heading labelled in two languages ("<label> 3 / Item 3: <title> / <title>"): the same number
// printed twice either side of a slash is one minute's number, and the items' own log
// references (a year's "26/05" rows) under it are no headings.
import { describe, expect, it } from 'vitest';
import { headingOf, splitMinutes } from '../../src/minutes/headings.js';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';

const numbers = (text: string) =>
  splitMinutes(layout(text).split('\n'))
    .filter((m) => m.number)
    .map((m) => m.number);

describe('a heading labelled in two languages', () => {
  it.each([
    ['Eitem 4 / Item 4: Tai / Housing', '4'],
    ['Cofnod 12 / Minute 12 - Cyllid / Finance', '12'],
    ['Eitem 7 / Agenda Item 7: Unrhyw Fater Arall / Any Other Business', '7'],
    ['Pwynt 3 / Item 3 Parciau / Parks', '3'],
  ])('%s is minute %s', (line, number) => {
    expect(headingOf(line)?.number).toBe(number);
  });

  it.each([
    // two numbers that differ are a range or a reference, not one number printed twice
    'Eitem 4 / Item 5: Tai / Housing',
    // a date is no label
    'Dyddiad 13 / Date 13: Hydref',
  ])('%s is not read as a bilingual heading', (line) => {
    expect(headingOf(line)?.number ?? null).not.toBe('4');
    expect(headingOf(line)?.title ?? '').not.toMatch(/^Tai|^Hydref/);
  });

  it('numbers the minutes by their items, not by the action log rows listed under one', () => {
    const text = [
      'Eitem 1 / Item 1: Croeso / Welcome',
      'The chair opened the meeting.',
      '',
      'Eitem 2 / Item 2: Cofnodion / Previous notes and action log',
      'Action log:',
      '  25/03  Library signage - done. CLOSED.',
      '  25/06  Grit bins - ordered. CLOSED.',
      '  25/09  Bus timetable survey - two replies awaited. OPEN.',
      '',
      'Eitem 3 / Item 3: Parciau / Parks',
      'ACTION 25/12: Parks Officer to repaint the benches by 30/04/2026.',
      '',
      'Eitem 4 / Item 4: Cyllid / Finance',
      'The accounts were noted.',
    ].join('\n');
    expect(numbers(text)).toEqual(['1', '2', '3', '4']);
  });
});

describe('an action numbered through the year', () => {
  const minutes = (block: string) =>
    `Minutes of the Footpaths Partnership held on 4 March 2026\nPresent: Ann Lee, Raj Patel\nItem 1: Stiles\nThe broken stiles were discussed.\n${block}\n`;
  // A log that numbers its actions year by year cites each by that number alone ("26/05 … CLOSED"),
  // so the number is the reference; a bare count ("Action 3") needs its label to be told apart.
  it.each([
    ['ACTION 26/14: Raj Patel to seek quotes for the stile repairs.', '26/14'],
    ['Action 2026/07 – Raj Patel to seek quotes for the stile repairs.', '2026/07'],
    ['Action No. 25/3: Raj Patel to seek quotes for the stile repairs.', '25/3'],
    ['Action 26/9\nRaj Patel to seek quotes for the stile repairs.', '26/9'],
    ['ACTION 8: Raj Patel to seek quotes for the stile repairs.', 'ACTION 8'],
  ])('%s is filed as %s', (block, ref) => {
    const items = parseMinutes(minutes(block)).items;
    expect(items).toHaveLength(1);
    expect(items[0].ref).toBe(ref);
    expect(items[0].text).toMatch(/stile repairs/);
  });
});

describe('a table pasted one cell per line', () => {
  // A word-processor table copied as text puts each cell on a line of its own: the header's column names
  // one under another, then each row's number alone, its title, its text, its owner and date cells.
  const table = (header: string[], rows: string[][]) =>
    [
      'Minutes of the Board held on 3 March 2026',
      'Present: Ann Lee (Chair), Raj Patel',
      '',
      ...header,
      ...rows.flatMap((r) => [...r, '']),
    ].join('\n');
  const rows = [
    ['1', 'Apologies', 'None received.'],
    ['2', 'Moorings', 'The waiting list was reviewed.', 'RP to write to the two longest waiting.', 'RP', '14/04/26'],
    ['3', 'Slipway', 'The resurfacing was noted.', '', 'Dec Board'],
    ['4', 'Any other business', 'None.'],
  ];
  it.each([
    [['No.', 'Item', 'Discussion / Decision', 'Action by', 'Target date']],
    [['Ref', 'Subject', 'Minute', 'Owner', 'Due']],
    [['Item No', 'Title', 'Notes', 'Lead', 'By when']],
    [['Minute', 'Matter', 'Decision', 'Responsible', 'Deadline']],
  ])('numbers its rows as minutes under the header %j', (header) => {
    expect(numbers(table(header, rows))).toEqual(['1', '2', '3', '4']);
  });

  it('leaves numbers alone on lines as page numbers where no such header stands above them', () => {
    const text = table(['Minutes'], rows);
    expect(numbers(text)).not.toEqual(['1', '2', '3', '4']);
  });
});

describe("a cell table's target date", () => {
  const text = (row: string[]) =>
    [
      'Minutes of the Board held on 3 March 2026',
      'Present: Ann Lee (Chair), Raj Patel (RP)',
      '',
      'No.',
      'Item',
      'Discussion / Decision',
      'Action by',
      'Target date',
      '1',
      'Apologies',
      'None received.',
      '',
      '2',
      ...row,
      '3',
      'Any other business',
      'None.',
    ].join('\n');
  // The row's "Action by" cell names who takes the step its text records; its "Target date" cell is when.
  it.each([
    [['Moorings', 'The waiting list was reviewed.', 'RP to write to the two longest waiting.', 'RP', '14/04/26']],
    [['Moorings', 'RP to write to the two longest waiting.', 'The list was otherwise noted.', 'RP', '', '14.04.26']],
    [['Moorings', 'Waiting list reviewed; RP to write to the two longest waiting.', 'RP', '14/04/2026']],
  ])('is the due of the step the owner cell names: %j', (row) => {
    const items = parseMinutes(text(row)).items;
    expect(items).toHaveLength(1);
    expect(items[0].due).toEqual({ kind: 'date', date: '2026-04-14' });
  });

  it('is not given to a step whose owner the cell does not name', () => {
    const items = parseMinutes(
      text(['Moorings', 'The waiting list was reviewed.', 'RP to write to the two longest waiting.', 'AL', '14/04/26']),
    ).items;
    expect(items.every((i) => i.due === null || i.due.kind !== 'date')).toBe(true);
  });
});
