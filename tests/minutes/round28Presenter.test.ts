// Round 28, presenters as owners: a resolution's passive that names no one ("that the counts be circulated to
// members") is the errand of the officer or guest who presented the item, where that presenter took the same thing on
// in the discussion ("agreed that they would be circulated", "agreed to circulate them", "undertook to share …"). The
// presenter is named by "The X presented/introduced …", "The X updated the Board …", "The X gave an update …" or a
// line "Report of the X". A passive no one took on, a minute with no presenter, a chair or member who presented, and a
// passive with its own agent change nothing. Invented minutes of a rivers trust, in several layouts.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { presenterOf } from '../../src/minutes/presenterOwner.js';

/** Invented minutes of a rivers trust's board: an attendance list, the minutes given, then the next date. */
const trust = (...lines: string[]) =>
  parseMinutes(
    [
      'Loddon Vale Rivers Trust',
      'Minutes of the Board meeting held on 14 September 2026',
      '',
      'Present: Mrs Ada Quill (Chair), Mr Tom Reay, Ms Ivy Lowe',
      'In attendance: Catchment Officer, Finance Lead, Trust Secretary',
      '',
      ...lines,
      '',
      '9. Date of next meeting',
      '12 October 2026.',
    ].join('\n'),
  ).items;

const ownerOf = (items: ReturnType<typeof trust>, words: RegExp) => {
  const owner = items.find((i) => words.test(i.text))?.owner;
  return owner ? owner.replace(/^The\s/, 'the ') : owner;
};

describe('a resolution’s passive that the presenter took on in the discussion is the presenter’s', () => {
  it.each([
    [
      [
        '4. Eel pass survey',
        'The Catchment Officer presented the survey results for the upper reaches. Mr Reay asked about the lower weirs.',
        'The Catchment Officer did not have the counts to hand and agreed that they would be circulated after the meeting.',
        'RESOLVED that counts for the lower weirs be circulated to members.',
      ],
      /counts for the lower weirs/i,
      'the Catchment Officer',
    ],
    [
      [
        '5. Budget monitoring, quarter 1',
        'The Finance Lead introduced the report. Ms Lowe asked how the hatchery reserve had been spent.',
        'In reply, she agreed to provide a breakdown.',
        'AGREED: (1) That the report be noted. (2) That a breakdown of the hatchery reserve be provided to the Board.',
      ],
      /breakdown of the hatchery reserve/,
      'the Finance Lead',
    ],
    [
      [
        '6. Angling permits',
        'The Head of Fisheries updated the Board on permit sales. Mr Reay asked for the figures by month.',
        'The Head of Fisheries undertook to share them.',
        'RESOLVED that the monthly permit figures be shared with members.',
      ],
      /monthly permit figures/,
      'the Head of Fisheries',
    ],
  ])('%#', (lines, words, owner) => {
    expect(ownerOf(trust(...lines), words)).toBe(owner);
  });
});

describe('near-misses keep the owner they had', () => {
  it('a passive no one took on, after a presenter: no owner, as most labels leave it', () => {
    const items = trust(
      '4. Eel pass survey',
      'The Catchment Officer presented the survey results.',
      'AGREED that a further report be brought to the Board in March 2027.',
    );
    expect(ownerOf(items, /further report/)).toBeNull();
  });

  it('the presenter took on something else: no owner', () => {
    const items = trust(
      '4. Eel pass survey',
      'The Catchment Officer presented the survey results. She agreed to visit the lower weirs.',
      'AGREED that a further report be brought to the Board in March 2027.',
    );
    expect(ownerOf(items, /further report/)).toBeNull();
  });

  it('no presenter named: no owner from this rule', () => {
    const items = trust(
      '4. Eel pass survey',
      'The Board considered the survey results.',
      'AGREED that a further report be brought to the Board in March 2027.',
    );
    expect(ownerOf(items, /further report/)).toBeNull();
  });

  it('a passive with its own agent keeps it', () => {
    const items = trust(
      '5. Budget monitoring',
      'The Finance Lead introduced the report. She agreed to circulate the figures.',
      'RESOLVED that the figures be circulated by the Trust Secretary.',
    );
    expect(ownerOf(items, /figures/)).not.toBe('the Finance Lead');
  });

  it('a named errand keeps its own owner', () => {
    const items = trust(
      '5. Budget monitoring',
      'The Finance Lead introduced the report.',
      'RESOLVED that the Trust Secretary write to the bank about the deposit rate.',
    );
    expect(ownerOf(items, /bank/)).toBe('the Trust Secretary');
  });
});

describe('who presented', () => {
  const own = { is: () => false } as unknown as Parameters<typeof presenterOf>[2];
  it.each([
    ['', 'The Head of Estates presented the report.', 'the Head of Estates'],
    ['', 'The Director of Place, Ann Vere, introduced the item.', 'the Director of Place'],
    ['Report of the Head of Finance', 'Members considered the figures.', 'the Head of Finance'],
    ['', 'Mr Joe Park gave a presentation on the scheme.', 'Mr Joe Park'],
    ['', 'Members discussed the figures.', null],
    ['', 'Members read the Report of the Head of Finance with care.', null],
    ['', 'The Vice-Chair presented the notes.', null],
    ['', 'The Chair introduced the item.', null],
    ['', 'Councillor Reay presented the working group notes.', null],
  ])('%s %s', (title, text, who) => {
    expect(presenterOf(title, [text], own)).toBe(who);
  });
});
