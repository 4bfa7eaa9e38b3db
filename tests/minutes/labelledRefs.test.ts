// A reference printed with its label: a minute headed "Item 4" however its title is set, and an
// action headed "Action Point 2", "Action 3", "AP 4" above its words and owner. The label is how
// the minutes cite the entry, so it is the item's reference.
import { describe, expect, it } from 'vitest';
import { splitMinutes } from '../../src/minutes/headings.js';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';

const numbers = (text: string) =>
  splitMinutes(layout(text).split('\n'))
    .filter((m) => m.number)
    .map((m) => `${m.number} ${m.title}`.trim());

describe('a minute headed by a labelled number', () => {
  it.each([
    ['Item 1 Apologies\nNone.\nItem 2 – Play area\nDiscussed.\nItem 3: Benches\nDiscussed.'],
    ['Agenda Item 1 Apologies\nNone.\nAgenda Item 2: Play area\nDiscussed.\nAgenda item 3 - Benches\nDiscussed.'],
    ['ITEM 1. Apologies\nNone.\nITEM 2) Play area\nDiscussed.\nITEM 3 Benches\nDiscussed.'],
  ])('keeps one count whatever mark closes each number: %s', (text) => {
    expect(numbers(text)).toEqual(['1 Apologies', '2 Play area', '3 Benches']);
  });

  it('opens a minute at a label and number standing alone', () => {
    expect(numbers('Item 1\nApologies\nNone.\nItem 2\nPlay area\nDiscussed.\nItem 3\nBenches\nDiscussed.')).toEqual([
      '1',
      '2',
      '3',
    ]);
  });
});

describe('an action headed by a labelled reference', () => {
  const minutes = (block: string) =>
    `Minutes of the Footpaths Group held on 4 March 2025\nPresent: Ann Lee (AL), Raj Patel (RP)\nStiles\nThe broken stiles were discussed.\n${block}\n`;
  it.each([
    ['Action Point 2\nQuotes to be sought for the stile repairs.\nOwner: Raj Patel', 'Action Point 2', 'Raj Patel'],
    ['Action 3\nRP to seek quotes for the stile repairs.', 'Action 3', 'RP'],
    ['AP 4\nSeek quotes for the stile repairs.\nOwner: RP', 'AP 4', 'RP'],
    ['Action No. 5\nThe clerk to seek quotes for the stile repairs.', 'Action No. 5', 'The clerk'],
    [
      'ACTION POINT 6:\nQuotes for the stile repairs to be sought by Ann Lee.\nOwner: Ann Lee',
      'ACTION POINT 6',
      'Ann Lee',
    ],
    ['Action Point 7 – Quotes for the stile repairs to be sought.\nOwner: Raj Patel', 'Action Point 7', 'Raj Patel'],
    ['ACTION 8: RP to seek quotes for the stile repairs.', 'ACTION 8', 'RP'],
  ])('%s', (block, ref, owner) => {
    const items = parseMinutes(minutes(block)).items;
    expect(items).toHaveLength(1);
    expect(items[0].ref).toBe(ref);
    expect(items[0].owner?.toLowerCase()).toBe(owner.toLowerCase());
    expect(items[0].text).not.toMatch(/^(?:action|ap)\b/i);
    expect(items[0].text).toMatch(/stile repairs/);
  });

  it('is not read in a sentence that only mentions an action by its number', () => {
    const items = parseMinutes(
      minutes('The group noted that Action 3 from the last meeting was complete.\nThe clerk will order the signs.'),
    ).items;
    expect(items.map((i) => i.ref)).toEqual([null]);
  });
});
