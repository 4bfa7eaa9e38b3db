// A page a text converter flattened onto one line: its numbered paragraphs, the headings set
// above them and the lettered clauses of a paragraph all run together. The layout cuts the line
// where numbers (or letters) rise one by one through it, and a title set above its paragraph's
// number heads that minute.
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { splitMinutes } from '../../src/minutes/headings.js';

const masthead =
  'NOTE: this text file was converted from the PDF and may lose its layout. RIVERSIDE HARBOUR BOARD MINUTES OF THE BOARD MEETING held at the Quay Hall, Steyning on 4th March 2011 at 7.30pm PRESENT Ann Lee Tom Hart Raj Patel Sue Moss In Attendance: Kim Ford Apologies: Sam Ford Joe Bell';

const pages = [
  // headings before each number, lettered matters arising
  `${masthead} Minutes of the previous meeting 1. The minutes of the meeting of 3rd February were agreed as a true record. Matters Arising 2. The following matters arose from the previous minutes: a) Paragraph 4: The slipway survey had been received. b) Paragraph 7(a): A report on mooring fees would be brought to the next Board meeting in April. c) Paragraph 9: No further news. Harbour Wall 3. The Board discussed the wall. It was agreed that the Secretary would obtain two quotes for the repair.`,
  // the letters in brackets, the numbers starting part way, no heading before the first
  `${masthead} 14. The minutes of the meeting of 3rd February were approved. Matters Arising 15. Arising from the minutes: (a) Para 4: the slipway survey was now complete. (b) Para 7: A report on mooring fees to be brought to the April meeting. (c) Para 9: nothing further to report. Harbour Wall 16. The wall was discussed at length. It was agreed that the Secretary would obtain two quotes for the repair.`,
];

describe('a page flattened onto one line', () => {
  it.each(pages)('is cut at its rising paragraph numbers and clause letters (%#)', (page) => {
    const lines = layout(page).split('\n');
    expect(lines.filter((l) => /^\d{1,2}\.\s/.test(l))).toHaveLength(3);
    expect(lines.filter((l) => /^\(?[abc]\)\s/.test(l))).toHaveLength(3);
    expect(lines).toContain('Harbour Wall');
  });

  it.each(pages)('gives each paragraph’s item under its number and letter (%#)', (page) => {
    const items = parseMinutes(page).items;
    const first = /^(\d+)\./m.exec(
      layout(page)
        .split('\n')
        .find((l) => /^\d+\.\s/.test(l))!,
    )![1];
    const second = String(Number(first) + 1);
    const third = String(Number(first) + 2);
    expect(items.map((i) => [i.minute, i.ref, i.category, i.due])).toEqual([
      [second, '(b)', 'work-programme', { kind: 'month', month: 'April' }],
      [third, null, 'action', null],
    ]);
    expect(items[1].owner).toBe('the Secretary');
    // the paragraph of the earlier minutes a matter arising cites is the one it carries on
    expect(items[0].updates).toMatch(/^7(?:\(a\))?$/);
    expect(items[0].text).toMatch(/^A report on mooring fees/);
  });

  it('heads the minute with the title set above its number', () => {
    const minutes = splitMinutes(layout(pages[0]).split('\n'));
    expect(minutes.filter((m) => m.number).map((m) => [m.number, m.title])).toEqual([
      ['1', 'The minutes of the meeting of 3rd February were agreed as a true record'],
      ['2', 'Matters Arising'],
      ['3', 'Harbour Wall'],
    ]);
  });

  it('takes a title above a numbered sentence on any page, but not a decision keyword above a clause', () => {
    const text =
      'Matters Arising\n4. The following matters arose:\nThe survey was received.\nHarbour Wall\n5. The wall was discussed.\nRESOLVED\n1. That quotes be obtained.';
    expect(
      splitMinutes(layout(text).split('\n'))
        .filter((m) => m.number)
        .map((m) => [m.number, m.title]),
    ).toEqual([
      ['4', 'Matters Arising'],
      ['5', 'Harbour Wall'],
    ]);
  });

  it('leaves a long resolution with only inline clause letters to the clause splitter', () => {
    const resolution = `RESOLVED that (a) the report on the harbour wall be noted, with thanks to the engineer for a thorough survey of the whole length of the wall and its footings; (b) the Secretary obtain two quotes for the repair of the eastern section before the winter storms; and (c) a further report on the western section, with costs and a timetable for the works, be brought to the Board in the spring once the survey of that section is complete.`;
    expect(resolution.length).toBeGreaterThan(400);
    expect(layout(resolution).split('\n')).toHaveLength(1);
  });

  it('leaves a long paragraph alone when its numbers do not rise one by one', () => {
    const paragraph =
      'The Trustees noted that the harbour wall had been inspected twice and that the engineer had listed 3. He had also referred to the survey of 2004, when 12. defects had been found. '.repeat(
        4,
      );
    expect(layout(paragraph).split('\n')).toHaveLength(1);
  });
});
