// Round 31, owners: where the owner phrase the grammar finds holds more than who acts, or less than the minute printed
// of the post, each tested on invented minutes written several ways, with near-misses that must not change.
//   - "a working group of five members of the Committee", "the Rents Working Group of four members (Cllrs …)": the
//     group's size is not part of its name;
//   - "recommended to the Council's Cabinet", "the Council's Audit Committee": "the Council" by its kind alone is the
//     council the minutes take as known, and its unit is named without it — another body's post keeps its owner;
//   - "The Cabinet Member for Parks, Councillor Ann Rudd, presented …" then "the Cabinet Member agreed to …": a holder
//     named with an honorific after the post's comma says who holds it, and the post is the words before.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a borough's place scrutiny panel: an attendance line, then one minute with its lines as given. */
const panel = (attendance: string, ...lines: string[]) =>
  parseMinutes(
    [
      'Brackley Vale Borough Council',
      'Place Scrutiny Panel - minutes of the meeting held on 12 November 2026',
      '',
      'Present: Councillors T Orme (Chair), V Lacey, N Brough, P Quist',
      `Officers: ${attendance}`,
      '',
      '41.  Parks and open spaces',
      ...lines,
      '',
      '42.  Date of next meeting',
      '14 January 2027.',
    ].join('\n'),
  ).items;

const ownerOf = (items: ReturnType<typeof panel>, words: RegExp) => {
  const owner = items.find((i) => words.test(i.text))?.owner;
  return owner ? owner.replace(/^The\s/, 'the ') : owner;
};

const OFFICERS = 'Parks Manager, Scrutiny Officer, Head of Finance';

describe("a group's size is not part of its name", () => {
  it.each([
    [
      'RESOLVED that a working group of five members of the Panel be set up to review the allotment charges.',
      /allotment charges/,
      'working group',
    ],
    [
      'RESOLVED that a task group of 4 councillors be established to look at play area inspections.',
      /play area inspections/,
      'task group',
    ],
    [
      'RESOLVED that a Tree Working Group of four members (Cllrs Lacey, Brough, Quist and Orme) be established to prepare a planting plan, and report to the March meeting.',
      /planting plan/,
      'Tree Working Group',
    ],
    [
      'AGREED that a review panel comprising six members be set up to examine the bowling green lease.',
      /bowling green lease/,
      'review panel',
    ],
  ])('%s', (line, words, owner) => {
    expect(ownerOf(panel(OFFICERS, line), words)).toBe(owner);
  });

  it.each([
    // who sits on it, by name: as before, the group
    [
      'RESOLVED that a working group of Cllrs Lacey, Brough and Quist be set up to review the allotment charges.',
      /allotment charges/,
      'working group',
    ],
    // a body that is not a group and no count: unchanged
    [
      'RESOLVED that the Friends of Elm Park be asked to survey the pond.',
      /survey the pond/,
      'the Friends of Elm Park',
    ],
  ])('near-miss: %s', (line, words, owner) => {
    expect(ownerOf(panel(OFFICERS, line), words)).toBe(owner);
  });
});

describe('"the Council" by its kind alone: its unit is named without it', () => {
  it.each([
    [
      'RESOLVED that the revised fees be recommended to the Council’s Cabinet at its meeting on 19 January 2027.',
      /revised fees/,
      'Cabinet',
    ],
    [
      "RESOLVED that the lease terms be referred to the Council's Property Committee for approval.",
      /lease terms/,
      'Property Committee',
    ],
    [
      "RESOLVED that the Council's Head of Finance provide a breakdown of the parks budget to members.",
      /breakdown of the parks budget/,
      'Head of Finance',
    ],
  ])('%s', (line, words, owner) => {
    expect(ownerOf(panel(OFFICERS, line), words)).toBe(owner);
  });

  it.each([
    // another body's post keeps its owner (the labelled sets keep "the ICB's …", "the Trust's …" or cut it: left)
    [
      "RESOLVED that the Environment Agency's Area Manager be asked to report on the river works.",
      /river works/,
      "the Environment Agency's Area Manager",
    ],
    [
      "RESOLVED that the Trust's Estates Director be asked to provide the car park figures.",
      /car park figures/,
      "the Trust's Estates Director",
    ],
    // a council by its name keeps it
    // another tier named by its kind is another body (as round 18's test has it: "the County Council's Cabinet")
    [
      "RESOLVED that the County Council's Highways Manager be asked to review the crossing.",
      /review the crossing/,
      "the County Council's Highways Manager",
    ],
    [
      "RESOLVED that Ashworth County Council's Highways Manager be asked to review the crossing.",
      /review the crossing/,
      "Ashworth County Council's Highways Manager",
    ],
  ])('near-miss: %s', (line, words, owner) => {
    expect(ownerOf(panel(OFFICERS, line), words)).toBe(owner);
  });
});

describe('a post with its holder named after a comma, honorific and all, is the post before them', () => {
  it.each([
    [
      [
        'The Cabinet Member for Parks and Leisure, Councillor Ann Rudd, presented the report.',
        'The Cabinet Member agreed to bring proposals for the pavilion to the Panel.',
        'RESOLVED that the report be noted.',
      ],
      /proposals for the pavilion/,
      'Cabinet Member for Parks and Leisure',
    ],
    [
      [
        'The Portfolio Holder for Open Spaces, Cllr Owen Pryde, attended at the Panel’s invitation.',
        'RESOLVED that the Portfolio Holder be invited to attend the meeting on 14 January 2027 to report on the lake survey.',
      ],
      /lake survey/,
      'Portfolio Holder for Open Spaces',
    ],
    [
      [
        'The Director of Place, Mrs Ruth Hallam, introduced the item.',
        'RESOLVED that the Director provide members with the costs of the new fencing.',
      ],
      /costs of the new fencing/,
      'Director of Place',
    ],
  ])('%s', (lines, words, owner) => {
    expect(ownerOf(panel(OFFICERS, ...lines), words)).toBe(owner);
  });

  it.each([
    // the holder named without an honorific: as before
    [
      [
        'The Cabinet Member for Parks and Leisure, Ann Rudd, presented the report.',
        'The Cabinet Member agreed to bring proposals for the pavilion to the Panel.',
      ],
      /proposals for the pavilion/,
      'Cabinet Member for Parks and Leisure',
    ],
    // two posts of that title printed: it stays as printed
    [
      [
        'The Cabinet Member for Parks, Councillor Ann Rudd, and the Cabinet Member for Finance, Councillor Ian Lott, presented the report.',
        'The Cabinet Member agreed to bring proposals for the pavilion to the Panel.',
      ],
      /proposals for the pavilion/,
      'the Cabinet Member',
    ],
  ])('near-miss: %s', (lines, words, owner) => {
    expect(ownerOf(panel(OFFICERS, ...lines), words)).toBe(owner);
  });
});
