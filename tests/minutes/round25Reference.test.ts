// Issue 11, round 25: references — the clause a resolution is filed under when each clause of a minute carries its
// own decision keyword ("ii.  RESOLVED that …", "b. AGREED that …"), and a lettered clause under a numbered paragraph
// ("8.3 Job evaluation" over "(b) RESOLVED that …"). Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const refsOf = (text: string) => parseMinutes(text).items.map((i) => [i.minute, i.ref]);

/** A parish council's minutes numbered "26/101" …, minute 26/102 holding the clauses under test. */
const parish = (clauses: string[]) =>
  [
    'Minutes of the Meeting of Hollowmere Parish Council held on 3rd November 2026',
    '',
    '26/101  APOLOGIES',
    'Apologies were received from Cllr Tamsin.',
    '',
    '26/102  PLAY AREA',
    'The Chairman reported that the swings were worn and two quotes had been received.',
    ...clauses,
    '',
    '26/103  FINANCE',
    'The payments list was approved.',
    '',
  ].join('\n');

describe('a clause mark closed by a full stop before its own keyword cites the clause', () => {
  const bodies = [
    'RESOLVED that the Parish Council accept the lower quote.',
    'RESOLVED that Cllr Ferris inspect the play area monthly and report by 30th November 2026.',
    'RESOLVED that the Clerk order two new seats at a cost not exceeding £300.',
  ];
  it.each([
    [
      'small roman numerals, indented',
      ['i', 'ii', 'iii'].map((m, k) => ` ${m}.${' '.repeat(4 - m.length)}${bodies[k]}`),
      'ii',
    ],
    ['small roman numerals', ['i', 'ii', 'iii'].map((m, k) => `${m}. ${bodies[k]}`), 'ii'],
    ['letters', ['a', 'b', 'c'].map((m, k) => `${m}. ${bodies[k]}`), 'b'],
    ['letters, AGREED', ['a', 'b', 'c'].map((m, k) => `${m}. ${bodies[k].replace('RESOLVED', 'AGREED')}`), 'b'],
    ['bracketed (already read)', ['a', 'b', 'c'].map((m, k) => `(${m}) ${bodies[k]}`), 'b'],
  ])('%s', (_, clauses, second) => {
    const refs = refsOf(parish(clauses));
    expect(refs).toContainEqual(['26/102', `(${second})`]);
    expect(refs.filter(([minute]) => minute === '26/102').every(([, ref]) => ref !== null)).toBe(true);
  });

  it.each([
    // near misses: an initial is no clause mark, and a resolution on its own line has no clause to cite
    ['J. Rowe proposed and it was RESOLVED that the Clerk order two new seats.'],
    ['RESOLVED that the Clerk order two new seats.'],
    ['It was RESOLVED that Cllr Ferris inspect the play area monthly.'],
  ])('near miss, no clause: %s', (line) => {
    expect(refsOf(parish([line]))).toEqual([['26/102', null]]);
  });
});

describe('a lettered clause under a numbered paragraph is cited within it ("8.3(b)")', () => {
  const committee = (paragraph: string[]) =>
    [
      'Minutes of the Staffing Committee of Brackenford Town Council held on 3rd November 2026',
      '',
      '7.  APOLOGIES',
      '7.1 Apologies were received from Cllr Tamsin.',
      '',
      '8.  STAFFING',
      '8.2 OFFICE HOURS',
      '    The Committee received an update. Noted.',
      '',
      ...paragraph,
      '',
      '9.  CLOSE',
      '',
    ].join('\n');
  it.each([
    [
      [
        '8.3 JOB EVALUATION',
        '    (a) The Committee noted the report.',
        '    (b) RESOLVED that the Clerk book two places on the course.',
      ],
      '8.3(b)',
    ],
    [
      ['8.3 ROTA', '(a) The adviser reported.', '(b) AGREED that Cllr Ferris review the rota by 1st December 2026.'],
      '8.3(b)',
    ],
    [
      [
        '8.3 Training',
        '    i.  The Chair reported on the course.',
        '    ii. RESOLVED that the Clerk book two places on the course.',
      ],
      '8.3(ii)',
    ],
    [
      [
        '8.3 Training',
        '    a) The Chair reported on the course.',
        '    b) RESOLVED that the Clerk book two places on the course.',
      ],
      '8.3(b)',
    ],
  ])('%j', (paragraph, ref) => {
    expect(refsOf(committee(paragraph))).toEqual([['8', ref]]);
  });

  it.each([
    // near misses: the resolution is the paragraph's own line, or carries no letter
    [['8.3 RESOLVED that the Clerk book two places on the course.'], '8.3'],
    [
      [
        '8.3 Training',
        '    The Chair reported on the course.',
        '    RESOLVED that the Clerk book two places on the course.',
      ],
      '8.3',
    ],
  ])('near miss, the paragraph alone: %j', (paragraph, ref) => {
    expect(refsOf(committee(paragraph))).toEqual([['8', ref]]);
  });
});

describe("a letter run into a parish minute's paragraph cites the resolution after it", () => {
  const runIn = (minute: string) =>
    [
      'Minutes of the Meeting of Fernley Parish Council held on 3rd November 2026',
      '',
      '201/26 Apologies. Apologies were received from Cllr Tamsin.',
      minute,
      '205/26 Close. The meeting closed at 9pm.',
      '',
    ].join('\n');
  it.each([
    [
      '202/26 Finance a) The payments list was approved. b) Grass cutting - it was RESOLVED that the Clerk obtain three quotes.',
      '(b)',
    ],
    [
      '202/26 Finance. (a) The payments list was approved. (b) It was RESOLVED that the Clerk obtain three quotes.',
      '(b)',
    ],
    [
      '202/26 Finance a) Payments approved. b) Bank statement noted. c) Verges - RESOLVED that the Clerk obtain three quotes.',
      '(c)',
    ],
    [
      '202/26 Planning a) 26/0101/FUL, 3 Elm Row - no objection. b) 26/0202/OUT, Ash Lane - RESOLVED that the Clerk submit an objection.',
      '(b)',
    ],
  ])('%s', (minute, ref) => {
    expect(refsOf(runIn(minute))).toEqual([['202/26', ref]]);
  });

  it.each([
    // near misses: a cross-reference to another minute's part, and a letter inside a sentence
    ['202/26 Finance. Further to minute 198/26(b) it was RESOLVED that the Clerk obtain three quotes.'],
    ['202/26 Finance. Members preferred option b) and it was RESOLVED that the Clerk obtain three quotes.'],
    ['202/26 Finance. It was RESOLVED that the Clerk obtain three quotes.'],
  ])('near miss, no letter: %s', (minute) => {
    expect(refsOf(runIn(minute))).toEqual([['202/26', null]]);
  });
});

describe("a paragraph of the discussion whose parts are lettered in its run gives each part's item its letter", () => {
  const minutes = (paragraph: string) =>
    [
      'Minutes of the Meeting of Fernley Parish Council held on 3rd November 2026',
      '',
      '201/26 APOLOGIES. Apologies were received from Cllr Tamsin.',
      '',
      paragraph,
      '',
      '204/26 CLOSE. The meeting closed at 9pm.',
      '',
    ].join('\n');
  it.each([
    [
      '202/26 HIGHWAYS. (a) Potholes: a resident complained. (b) Bench at the green: it is broken. Cllr Ferris will repair the\nbench before the end of November. (c) Verges: noted.',
      '(b)',
    ],
    [
      '202/26 HIGHWAYS. a) Potholes: a resident complained. b) Bench at the green: a resident said it was broken. Cllr\nFerris will repair the bench before the end of November. c) Verges: noted.',
      '(b)',
    ],
    [
      '202/26 CORRESPONDENCE. (a) Letter from the school about parking: the Clerk to reply that a warden visit will be\nrequested. (b) Email from the county about training: noted.',
      '(a)',
    ],
  ])('%s', (paragraph, ref) => {
    expect(refsOf(minutes(paragraph))).toEqual([['202/26', ref]]);
  });

  it.each([
    // near misses: one bracketed letter after a sentence, and letters out of order, are the text they are
    ['202/26 HIGHWAYS. The rule in (b) applies. Cllr Ferris will repair the bench before the end of November.'],
    ['202/26 HIGHWAYS. Option (c) was preferred. (a) Cllr Ferris will repair the bench before the end of November.'],
  ])('near miss, no letter: %s', (paragraph) => {
    expect(refsOf(minutes(paragraph)).map(([, ref]) => ref)).not.toContain('(b)');
  });
});
