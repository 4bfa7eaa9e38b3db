// Round 23, recall: forms of writing the importer missed on fresh 67–72 (and shared with fresh 9–66).
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readClause } from '../../src/minutes/grammar.js';
import { marginColumnRunIn } from '../../src/minutes/actionColumn.js';

const typed = (body: string, kind = 'Estates Planning Committee') =>
  parseMinutes(
    `Ormsby Valley Health Partnership\nMinutes of the meeting of the ${kind} held on Tuesday 9 March 2027\n\nPresent: Ruth Ebden (Chair), Colin Marsh, Dr Asha Bell\n\nPC27/14  Estates plan\nThe Head of Estates introduced the plan.\n${body}\n\nPC27/15  Date of next meeting\nTuesday 13 April 2027.\n`,
  );

describe('a sitting body named in small letters after its article recommends ("the committee RECOMMENDED to …")', () => {
  it.each([
    [
      'a verb in capitals, "to" the body, then "that"',
      'The committee RECOMMENDED to the Trust Board that the roof repairs be funded from reserves.',
      'Trust Board',
      'Estates Planning Committee',
    ],
    [
      'in small letters',
      'The committee recommended to the Trust Board that the roof repairs be funded from reserves.',
      'Trust Board',
      'Estates Planning Committee',
    ],
    [
      'the thing first, a panel',
      'The panel recommended the draft parking policy to Cabinet for adoption.',
      'Cabinet',
      'Transport Scrutiny Panel',
    ],
    [
      '"this group", an adverb between',
      'This group also recommended the fees schedule to the Trust Board.',
      'Trust Board',
      'Fees Working Group',
    ],
    [
      '"the sub-committee", a clause after',
      'The sub-committee RECOMMENDED to Cabinet, for decision in April, that the grant be renewed.',
      'Cabinet',
      'Grants Sub-Committee',
    ],
    [
      'a second verb after a noting one, with a pronoun',
      'The committee endorsed the estates plan and recommended it to the Trust Board for approval.',
      'Trust Board',
      'Estates Planning Committee',
    ],
    [
      'a second verb in capitals after a noting one',
      'The committee NOTED the estates plan and RECOMMENDED to the Trust Board that a roof survey be funded.',
      'Trust Board',
      'Estates Planning Committee',
    ],
  ])('%s', (_name, sentence, owner, kind) => {
    const items = typed(sentence, kind).items;
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe('recommendation');
    expect(items[0].owner ?? '').toContain(owner);
  });

  it.each([
    ['a thing after its article', 'The panel needs replacing before the winter.'],
    ['a longer noun phrase', 'The group of residents recommended a new bus stop.'],
    ['another verb: the discussion, as before', 'The committee asked the Head of Estates to cost the roof repairs.'],
    ['another verb, a that-clause', 'The group agreed that Colin Marsh would draft the survey questions.'],
    [
      "another kind of body than this one: a group's report heard",
      'The group recommended that the Trust Board fund a second porter.',
    ],
    ['the report, not the body, recommends', 'The report recommended to the Trust Board that the roof be repaired.'],
  ])('near-miss: %s', (_name, sentence) => {
    expect(typed(sentence).items).toHaveLength(0);
  });

  it('reads the body as the subject and its verb as the verb', () => {
    const r = readClause('The forum RECOMMENDED to Cabinet that the grant be renewed.');
    expect(r.subject).toBe('The forum');
    expect(r.verb).toBe('RECOMMENDED');
    // (but "the council" in small letters is as often another body: left as before)
    expect(readClause('The council recommended the scheme last year.').subject).not.toBe('The council');
  });
});

describe('a column of who acts at the right margin, with no head ("… ask the plumber.        Jonah")', () => {
  const right = [
    '3. Allotments',
    'The water trough on plot 6 leaks again. Jonah to ask the plumber for a price.          Jonah',
    'Hedge on the north side needs cutting before the nesting season starts.                 Ines',
    'Beatrix will chase the two tenants who have not yet paid their rent for this year and report back.',
    '                                                                                     Beatrix',
    '4. Newsletter',
    'Spring issue copy deadline agreed. Farid to send the layout to the printer.            Farid',
  ];
  it('sets each cell under the sentence it stands in, the cell alone on its line under the line above', () => {
    const out = marginColumnRunIn(right);
    expect(out).toContain('Action: Jonah');
    expect(out[out.indexOf('Action: Jonah') - 1]).toMatch(/Jonah to ask the plumber for a price\.$/);
    expect(out[out.indexOf('Action: Ines') - 1]).toMatch(/before the nesting season starts\.$/);
    expect(out[out.indexOf('Action: Beatrix') - 1]).toMatch(/and report back\.$/);
    expect(out).toContain('Action: Farid');
  });

  it('reads the cells whose starts line up as well as their ends', () => {
    const left = right.map((l) =>
      l.replace(
        /\s{3,}([A-Z][a-z]+)$/,
        (_all, name: string) => ' '.repeat(92 - 10 - l.trimEnd().replace(/\s{3,}[A-Z][a-z]+$/, '').length) + name,
      ),
    );
    expect(marginColumnRunIn(left).filter((l) => l.startsWith('Action:'))).toHaveLength(4);
  });

  it('gives the errand its owner in the notes', () => {
    const items = parseMinutes(
      [
        'Pelham Road Allotment Society',
        'Committee meeting - notes',
        '',
        'Tuesday 2nd March 2027, 7pm, the pavilion',
        '',
        ...right,
        '',
      ].join('\n'),
    ).items;
    expect(items.find((i) => /plumber/.test(i.text))?.owner).toBe('Jonah');
    expect(items.find((i) => /printer/.test(i.text))?.owner).toBe('Farid');
  });

  it.each([
    ['two cells are no column', right.slice(0, 3)],
    [
      'a table of people and their posts: the text before the cell has gaps of its own',
      [
        'Ruth Ebden             Chair of the society, plot holder                                Ruth',
        'Colin Marsh            Treasurer, plot holder since 2019                               Colin',
        'Dr Asha Bell           Secretary and newsletter editor now                              Asha',
      ],
    ],
    [
      'cells that record a state, not a person',
      [
        'Request from the scouts to use the pavilion on Saturdays.                             Agreed',
        'Letter from the parish council about the hedge on the lane.                            Noted',
        'Proposal to raise the rent for half plots by two pounds.                            Deferred',
      ],
    ],
  ])('near-miss: %s', (_name, lines) => {
    expect(marginColumnRunIn(lines)).toEqual(lines);
  });
});
