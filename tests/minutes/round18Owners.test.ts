// Round 18, owners: who a minute names to act, read from plain grammar — each rule tested on invented wording,
// several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A minute of an invented scrutiny panel whose resolution is numbered, with a stem over lettered points. */
const panel = (...lines: string[]) =>
  [
    'Hollowmere Borough Council',
    'Communities Scrutiny Panel',
    'Minutes of the meeting held on 9 June 2026',
    '',
    '7.  Library opening hours',
    'RESOLVED:',
    '(1) That the report be noted.',
    ...lines,
    '',
    '8.  Date of next meeting',
    'Tuesday 14 July 2026.',
  ].join('\n');

const read = (...lines: string[]) =>
  parseMinutes(panel(...lines)).items.map((i) => ({ owner: i.owner, category: i.category }));

describe('a stem that makes recommendations to someone in the passive: each clause is theirs to decide', () => {
  it.each([
    [
      [
        '(2) That the following recommendations be made to Cabinet:',
        '    (a) that the mobile library keep its Saturday stops;',
        '    (b) that the opening hours be reviewed after a year.',
      ],
      'Cabinet',
    ],
    [
      [
        '(2) That the following recommendations be submitted to the Executive:',
        '    (a) that the mobile library keep its Saturday stops;',
        '    (b) that the opening hours be reviewed after a year.',
      ],
      'the Executive',
    ],
    [
      [
        '(2) That the following recommendations be made to the Cabinet Member for Culture,',
        '    Leisure and Libraries:',
        '    (i) that the mobile library keep its Saturday stops;',
        '    (ii) that the opening hours be reviewed after a year.',
      ],
      'the Cabinet Member for Culture, Leisure and Libraries',
    ],
    [
      [
        '(2) That these recommendations be sent to the Portfolio Holder for Communities:',
        '    (a) that the mobile library keep its Saturday stops;',
        '    (b) that the opening hours be reviewed after a year.',
      ],
      'the Portfolio Holder for Communities',
    ],
  ])('%j', (lines, body) => {
    expect(read(...lines)).toEqual([
      { owner: body, category: 'recommendation' },
      { owner: body, category: 'recommendation' },
    ]);
  });

  it.each([
    // the panel's own errands under a stem that sends nothing to anyone
    [['(2) That the following actions be taken:', '    (a) that the Libraries Manager review the Saturday stops;']],
    // the recommendations are made by someone else, not to anyone
    [
      [
        '(2) That the following recommendations of the working group be noted:',
        '    (a) that the Libraries Manager review the Saturday stops;',
      ],
    ],
  ])('not a recommendation to a body: %j', (lines) => {
    expect(read(...lines).map((i) => i.category)).not.toContain('recommendation');
  });
});

/** A minute of an invented committee whose discussion is told in prose, with a resolution after it. */
const prose = (...sentences: string[]) =>
  [
    'Hollowmere Borough Council',
    'Housing Scrutiny Committee',
    'Minutes of the meeting held on 9 June 2026',
    '',
    'Present: Councillor Ada Brisk (Chair), Councillor Tom Vell',
    'Officers: Head of Tenancy Services, Lettings Manager (Rhian Oduya)',
    '',
    '12.  Empty homes',
    sentences.join(' '),
    'RESOLVED that the report be noted.',
    '',
    '13.  Date of next meeting',
    'Tuesday 14 July 2026.',
  ].join('\n');

const discussed = (...sentences: string[]) =>
  parseMinutes(prose(...sentences)).items.map((i) => ({ owner: i.owner, category: i.category }));

describe('someone at the meeting saying a thing would be sent to the members: the speaker sends it', () => {
  it.each([
    [
      'Cllr Vell asked how long homes stood empty. The Head of Tenancy Services said a list of the longest empty homes would be sent to members.',
      'Head of Tenancy Services',
    ],
    [
      'Cllr Vell asked how long homes stood empty. The Head of Tenancy Services explained that the figures by ward would be circulated to members of the Committee after the meeting.',
      'Head of Tenancy Services',
    ],
    [
      'Cllr Vell asked for the void times. The Lettings Manager said that the void times would be emailed to members by Friday.',
      'Lettings Manager',
    ],
    [
      'Cllr Vell asked for the void times. Ms Oduya advised that a breakdown would be shared with members of the Committee.',
      'Ms Oduya',
    ],
  ])('%s', (text, speaker) => {
    const items = discussed(text);
    expect(items).toHaveLength(1);
    expect(items[0]).toEqual({ owner: speaker, category: 'information' });
  });

  it.each([
    // a body's own plan reported: no one here sends it
    'The Head of Tenancy Services said the Housing Association would send its figures to members.',
    // the ones told are not the one telling
    'The Lettings Manager was told that a breakdown would be sent to members.',
    // a report to the committee's own meeting is its agenda, not the speaker's errand
    'The Head of Tenancy Services said a report would be brought to the next meeting.',
  ])('not the speaker: %s', (text) => {
    for (const item of discussed(text))
      expect(
        /Head of Tenancy Services|Lettings Manager/.test(item.owner ?? '') && item.category === 'information',
      ).toBe(false);
  });
});

describe('a right-hand column headed on a line of its own names who acts on each entry', () => {
  const pad = (text: string, cell: string) => `${text.padEnd(72)}${cell}`;
  const town = (...lines: string[]) =>
    [
      'BRANSCOMBE TOWN COUNCIL',
      '',
      'Minutes of the Amenities Committee meeting held on Monday 4th May 2026',
      '',
      'Present:  Cllr R Hale (Chair), Cllr T Okon, Cllr V Marsh',
      'In attendance: Mrs P Lyle (Town Clerk), Mr D Frome (Estates Officer)',
      `${''.padEnd(72)}ACTION`,
      'AM/12  Apologies for absence',
      '        None.',
      '',
      'AM/13  Play areas',
      ...lines,
      '',
      'AM/14  Date of next meeting',
      '        Monday 1st June 2026.',
    ].join('\n');
  const owners = (...lines: string[]) => parseMinutes(town(...lines)).items.map((i) => i.owner);

  it.each([
    [
      [
        pad('        RESOLVED to accept the quote from Swingwell Ltd, the work to be', ''),
        pad('        finished by 30th June 2026.', 'Clerk'),
      ],
      'Clerk',
    ],
    [[pad('        RESOLVED to replace the broken gate at the Mead play area.', 'Estates Officer')], 'Estates Officer'],
    [
      [
        pad('        It was agreed that the bins by the skate park be emptied', ''),
        pad('        twice a week over the summer.', 'RFO'),
      ],
      'RFO',
    ],
  ])('%j', (lines, owner) => {
    expect(owners(...lines)).toEqual([owner]);
  });

  it('a word at the end of a line of prose is no cell', () => {
    const lines = [
      '        RESOLVED to ask the Estates Officer to repaint the railings by the',
      '        end of June.',
    ];
    expect(owners(...lines)).toEqual(['the Estates Officer']);
  });
});

describe('"a recommendation be made to <someone> that …": the one it is made to decides it', () => {
  it.each([
    ['(2) That a recommendation be made to Cabinet that the mobile library keep its Saturday stops.', 'Cabinet'],
    [
      "(2) That a recommendation be made to the Council's Executive that £4,000 be moved to the book fund.",
      'Executive',
    ],
    [
      '(2) That a recommendation be made to the Finance and Resources Committee to set aside £4,000 for the book fund.',
      'the Finance and Resources Committee',
    ],
    [
      '(2) That recommendations be submitted to the Portfolio Holder for Communities that the mobile library keep its Saturday stops.',
      'the Portfolio Holder for Communities',
    ],
  ])('%s', (line, body) => {
    expect(read(line)).toEqual([{ owner: body, category: 'recommendation' }]);
  });

  it('a council named by its place keeps its name', () => {
    expect(read("(2) That a recommendation be made to the County Council's Cabinet that the stops be kept.")).toEqual([
      { owner: "the County Council's Cabinet", category: 'recommendation' },
    ]);
  });

  it.each([
    // a recommendation made by someone, to no one named
    '(2) That the recommendation made by the working group be accepted.',
    // the panel itself given a recommendation: nothing sent on
    '(2) That the recommendation of the Libraries Manager be noted.',
  ])('not sent to anyone: %s', (line) => {
    expect(read(line).map((i) => i.category)).not.toContain('recommendation');
  });
});
