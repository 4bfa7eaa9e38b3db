// Round 29, owners: who acts, read from how the minute names the one who arranges a thing and the post that presented
// it, each tested on invented minutes written several ways, with near-misses that must not change.
//   - "…, arranged by the Finance Officer", "…, to be arranged by officers", "Members visit the depot, to be arranged by
//     the Clerk": the one named to arrange the thing decided sees to it — also where the members themselves take part;
//   - "The Assistant Director, Libraries, presented …" then "the Assistant Director agreed to …": a post printed with its
//     service after a comma in the minute's own sentences is the post the bare title stands for.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a district's community committee: an attendance line, then one minute with its lines as given. */
const committee = (attendance: string, ...lines: string[]) =>
  parseMinutes(
    [
      'Oxendale District Council',
      'Communities Committee - minutes of the meeting held on 9 November 2026',
      '',
      'Present: Councillors R Amory (Chair), J Pell, K Sutton, L Wray',
      `Officers: ${attendance}`,
      '',
      '31.  Leisure and libraries update',
      ...lines,
      '',
      '32.  Date of next meeting',
      '7 December 2026.',
    ].join('\n'),
  ).items;

const ownerOf = (items: ReturnType<typeof committee>, words: RegExp) => {
  const owner = items.find((i) => words.test(i.text))?.owner;
  return owner ? owner.replace(/^The\s/, 'the ') : owner;
};

const OFFICERS = 'Finance Officer, Committee Clerk, Leisure Manager';

describe('the one named to arrange the thing decided owns it', () => {
  it.each([
    [
      'RESOLVED that a briefing on the leisure contract be held for members before the March meeting, arranged by the Finance Officer.',
      /briefing on the leisure contract/,
      'the Finance Officer',
    ],
    [
      'RESOLVED that members of the Committee visit the Brookfield depot in the spring, to be arranged by the Committee Clerk.',
      /Brookfield depot/,
      'the Committee Clerk',
    ],
    [
      'RESOLVED that Members of the Committee undertake a site visit to the Brookfield depot, to be arranged by the Committee Clerk in the New Year.',
      /site visit to the Brookfield depot/,
      'the Committee Clerk',
    ],
    [
      'AGREED that Members tour the new library at Hythe Lane, to be organised by the Leisure Manager in January.',
      /Hythe Lane/,
      'the Leisure Manager',
    ],
    [
      'RESOLVED that a workshop on the play strategy be held for members in the new year, to be arranged by officers.',
      /workshop on the play strategy/,
      'officers',
    ],
  ])('%s', (line, words, owner) => {
    expect(ownerOf(committee(OFFICERS, line), words)).toBe(owner);
  });

  // near-misses: a fact about the thing, not its arranging; a named person who acts; a time after "by"
  it('a past approval after a comma names no arranger', () => {
    const items = committee(
      OFFICERS,
      'RESOLVED that the play strategy, approved by Cabinet in June, be publicised in the spring newsletter.',
    );
    expect(ownerOf(items, /play strategy/)).toBeNull();
  });
  it('someone named to act keeps the errand, whoever arranges the room', () => {
    const items = committee(
      OFFICERS,
      'RESOLVED that the Leisure Manager visit the Hythe Lane site, to be arranged by the Committee Clerk.',
    );
    expect(ownerOf(items, /Hythe Lane/)).toBe('the Leisure Manager');
  });
  it('"arranged by" a date is when, not who', () => {
    const items = committee(
      OFFICERS,
      'RESOLVED that a briefing on the library hours be held for members, arranged by January.',
    );
    expect(ownerOf(items, /library hours/)).toBeNull();
  });
});

describe('"The Assistant Director, Libraries, presented …": the bare post is the one printed with its service', () => {
  it.each([
    [
      [
        'The Assistant Director, Libraries, presented the report on opening hours.',
        'The Assistant Director agreed to send members the visitor figures for each branch.',
      ],
      /visitor figures/,
      'Assistant Director, Libraries',
    ],
    [
      [
        'The Service Director, Leisure introduced the report on the pool closures.',
        'RESOLVED that the Service Director report the repair costs to the next meeting.',
      ],
      /repair costs/,
      'Service Director, Leisure',
    ],
    [
      [
        'The Head of Service, Sport and Recreation, gave a presentation on club grants.',
        'The Head of Service undertook to circulate the list of grants awarded.',
      ],
      /list of grants/,
      'Head of Service, Sport and Recreation',
    ],
  ])('%#', (lines, words, owner) => {
    expect(ownerOf(committee('Democratic Services Officer', ...lines), words)).toBe(owner);
  });

  // near-misses: the post with its service printed only in the attendance; a person after the comma; two services
  it('a post with its service printed only in the attendance stays as printed', () => {
    const items = committee(
      'Mr T Rayne (Assistant Director, Libraries)',
      'The Assistant Director agreed to send members the visitor figures for each branch.',
    );
    expect(ownerOf(items, /visitor figures/)).toBe('the Assistant Director');
  });
  it('a person named after the comma is who holds the post, not its service', () => {
    const items = committee(
      'Democratic Services Officer',
      'The Assistant Director, Cerys Amble, presented the report on opening hours.',
      'The Assistant Director agreed to send members the visitor figures for each branch.',
    );
    expect(ownerOf(items, /visitor figures/)).toBe('the Assistant Director');
  });
  it('two posts of the same title with different services: left as printed', () => {
    const items = committee(
      'Democratic Services Officer',
      'The Assistant Director, Libraries, presented the report. The Assistant Director, Leisure, answered questions.',
      'The Assistant Director agreed to send members the visitor figures for each branch.',
    );
    expect(ownerOf(items, /visitor figures/)).toBe('the Assistant Director');
  });
});
