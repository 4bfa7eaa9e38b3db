// Round 39, split and merge: a motion's movers over a bare outcome — "Proposed Cllr A, seconded Cllr B and RESOLVED:"
// over lettered, roman or numbered "that …" clauses — is not one motion whose "that" is the first clause's. The clauses
// are read one by one, each by its mark, also where a sentence that says something else was agreed follows the list
// (that word used to make the movers' line read as a carried motion, and its first clause swallow the rest).
// Tested on invented minutes of a town council's amenities committee in several layouts and wordings, with near-misses
// that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const minutes = (lines: string[]) =>
  parseMinutes(
    [
      'Hollinbrook Town Council',
      'Amenities Committee',
      '',
      'Minutes of the meeting held on Wednesday 4th November 2026 at 7.30pm in the Town Hall',
      '',
      'Present: Cllr P Amos (Chair), Cllr J Brill, Cllr T Corley, Cllr M Dunne',
      '',
      'AM/26/30  Apologies',
      'Cllr S Ennis (holiday).',
      '',
      'AM/26/31  Play area at Kiln Meadow',
      'The Committee considered the inspector’s report on the Kiln Meadow play area.',
      ...lines,
      '',
      'AM/26/32  Date of next meeting',
      'Wednesday 2nd December 2026 at 7.30pm.',
    ].join('\n'),
  ).items;

const AFTER = [
  'It was also agreed that the Clerk would ask the football club to move its goals off the grass.',
  'It was further agreed that the Chair write to the ward councillor about the gate.',
  'The Committee agreed that the Clerk would thank the volunteers who repainted the benches.',
];

describe('movers over a bare outcome and marked clauses: each clause read by its mark', () => {
  const layouts: [string, string[]][] = [
    [
      'lettered a)',
      [
        'Proposed Cllr Brill, seconded Cllr Corley and RESOLVED:',
        'a) that the inspector’s report be noted;',
        'b) that a working group of Cllrs Amos and Dunne be set up to consult parents and bring a plan to the Committee in March;',
        'c) that the Clerk obtain three quotations for a new roundabout.',
      ],
    ],
    [
      'bracketed (i), movers with "by"',
      [
        'It was proposed by Cllr Dunne, seconded by Cllr Amos and AGREED:',
        '(i) that the inspector’s report be noted;',
        '(ii) that a working group of Cllrs Amos and Dunne be set up to consult parents and bring a plan to the Committee in March;',
        '(iii) that the Clerk obtain three quotations for a new roundabout.',
      ],
    ],
    [
      'numbered, with an action tag in a column',
      [
        'Moved Cllr Corley, seconded Cllr Brill, and Resolved -',
        '1. that the inspector’s report be noted;',
        '2. that a working group of Cllrs Amos and Dunne be set up to consult parents and bring a plan to the Committee in March;',
        '3. that the Clerk obtain three quotations for a new roundabout.',
        '                                                              Action: Clerk',
      ],
    ],
  ];
  for (const [layout, lines] of layouts)
    for (const after of AFTER)
      it(`${layout}; then "${after.slice(0, 30)}…"`, () => {
        const got = minutes([...lines, after]);
        const group = got.find((i) => /working group/i.test(i.text));
        const quotes = got.find((i) => /three quotations/i.test(i.text));
        expect(group, 'the working group').toBeDefined();
        expect(group!.text).not.toMatch(/quotations|report be noted/);
        expect(group!.due).toEqual({ kind: 'month', month: 'March' });
        expect(quotes, 'the quotations').toBeDefined();
        expect(quotes!.text).not.toMatch(/working group/);
        expect(quotes!.owner).toMatch(/Clerk/);
        expect(got.some((i) => /football club|ward councillor|volunteers/.test(i.text))).toBe(true);
      });
});

describe('near-misses that read as before', () => {
  it('a motion carried on its own "that" is one motion', () => {
    const got = minutes([
      'It was proposed by Cllr Brill, seconded by Cllr Corley and agreed that the Clerk obtain three quotations for a new roundabout.',
      'It was also agreed that the Chair write to the ward councillor about the gate.',
    ]);
    expect(got.filter((i) => /three quotations/.test(i.text))).toHaveLength(1);
    expect(got.find((i) => /three quotations/.test(i.text))!.owner).toMatch(/Clerk/);
  });

  it('a motion moved with its "that", carried after, is one motion', () => {
    const got = minutes([
      'It was moved by Cllr Brill and seconded by Cllr Corley that the Clerk obtain three quotations for a new roundabout.',
      'On being put to the vote the motion was carried.',
    ]);
    expect(got.filter((i) => /three quotations/.test(i.text))).toHaveLength(1);
  });

  it('the marked clauses with no sentence after them read as they did', () => {
    const got = minutes([
      'Proposed Cllr Brill, seconded Cllr Corley and RESOLVED:',
      'a) that the inspector’s report be noted;',
      'b) that a working group of Cllrs Amos and Dunne be set up to consult parents and bring a plan to the Committee in March;',
      'c) that the Clerk obtain three quotations for a new roundabout.',
    ]);
    expect(got.filter((i) => /working group|three quotations/.test(i.text))).toHaveLength(2);
  });
});
