// Round 39, layout: a resolution run on in the last sub-item's own lines — no blank line since its letter or numeral —
// after earlier sub-items that each carry a verdict of their own ("It was RESOLVED …", "No objection.", "was noted"),
// is that sub-item's, not the whole minute's, in lettered lists and in lists numbered in small romans. Invented
// wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const masthead = [
  'HOLTON TOWN COUNCIL',
  'Minutes of the Planning Committee held on Tuesday 9 February 2027 at 7.00 pm',
  '',
  'Present: Councillors P Ames (Chair), R Bell, S Crane, T Dale',
  '',
];

const cited = (text: string, words: string) =>
  parseMinutes(text)
    .items.filter((i) => i.text.includes(words))
    .map((i) => `${i.minute ?? ''}${i.ref ?? ''}`);

const finance = (last: string[]) =>
  [
    ...masthead.slice(0, 1),
    'Minutes of the meeting of the Parish Council held on Monday 8 February 2027 at 7.30 pm',
    '',
    'Present: Cllrs A Hart (Chair), B Moss, C Pike, D Rowe',
    '',
    '31/27  FINANCE',
    'a) It was RESOLVED that the payments listed, totalling £1,942.10, be approved.',
    'b) The bank reconciliation to 31st January 2027 was noted.',
    ...last,
    '',
    '32/27  PLAYING FIELD',
    'The Clerk reported that the swings had been repaired.',
  ].join('\n');

describe('a resolution run on in the last sub-item’s lines, after sub-items decided one by one, is that sub-item’s', () => {
  it.each([
    [
      [
        'c) Grass cutting contract. Members compared the three quotes received and a proposal to',
        'defer was put to the vote and lost (2 for, 3 against).',
        'It was RESOLVED that the Clerk accept the lowest quote.',
      ],
      'accept the lowest quote',
    ],
    [
      ['c) Audit. Members discussed the internal auditor’s letter.', 'RESOLVED that the Clerk reply to the auditor.'],
      'reply to the auditor',
    ],
  ])('%s', (last, words) => {
    expect(cited(finance(last), words)).toEqual(['31/27(c)']);
  });
});

describe('near-misses that stay the minute’s', () => {
  it('a resolution after sub-items with no verdict of their own is the whole minute’s', () => {
    const text = [
      ...masthead,
      'P/12   CORRESPONDENCE',
      '(a) Letter from the bus company about the timetable',
      '(b) Letter from a resident about the war memorial',
      'RESOLVED that the Clerk reply to both letters.',
    ].join('\n');
    expect(cited(text, 'reply to both letters')).toEqual(['P/12']);
  });

  it('a resolution after the last sub-item’s own verdict is the whole minute’s', () => {
    const text = [
      ...masthead,
      'P/12   PLANNING',
      '(a) 27/0101/FUL Mill House, new garage. No objection.',
      '(b) 27/0133/HOU 3 The Row, side extension. No objection.',
      'RESOLVED that the Clerk send the comments to the District Council by 20 February 2027.',
    ].join('\n');
    expect(cited(text, 'send the comments')).toEqual(['P/12']);
  });

  it('a resolution after a blank line below the last sub-item is the whole minute’s', () => {
    const text = finance([
      'c) Grass cutting contract. Members compared the three quotes received.',
      '',
      'It was RESOLVED that the Clerk circulate the finance figures monthly.',
    ]);
    expect(cited(text, 'circulate the finance figures')).toEqual(['31/27']);
  });
});

const planning = (second: string[]) =>
  [
    ...masthead,
    'P/12   PLANNING',
    '(i)  27/0101/FUL Mill House, new garage. No objection.',
    ...second,
    '',
    'P/13   APPEALS',
    'RESOLVED that the appeal decisions be noted.',
  ].join('\n');

describe('the same run-on in a list numbered in small romans', () => {
  it.each([
    [
      [
        '(ii) 27/0133/FUL Lower Barn, two dwellings. Cllr Bell left.',
        'RESOLVED to object. Clerk to submit by 20th February.',
      ],
      'Clerk to submit',
    ],
    [
      ['(ii) 27/0150/HOU 9 Elm Walk, porch. Members were divided.', 'RESOLVED that the Clerk ask for amended plans.'],
      'amended plans',
    ],
  ])('%s', (second, words) => {
    expect(cited(planning(second), words)).toEqual(['P/12(ii)']);
  });

  it('not when the last entry has its own verdict before the keyword', () => {
    const text = planning([
      '(ii) 27/0133/FUL Lower Barn, two dwellings. No objection.',
      'RESOLVED that the Clerk send both comments to the District Council.',
    ]);
    expect(cited(text, 'send both comments')).toEqual(['P/12']);
  });

  it('not after a blank line', () => {
    const text = planning([
      '(ii) 27/0133/FUL Lower Barn, two dwellings. Cllr Bell left.',
      '',
      'RESOLVED that the Clerk send both comments to the District Council.',
    ]);
    expect(cited(text, 'send both comments')).toEqual(['P/12']);
  });
});
