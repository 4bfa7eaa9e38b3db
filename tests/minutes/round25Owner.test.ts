// Round 25, owners: forms of the writing that name who acts, read as rules of English and of layout, each tested on
// invented minutes written several ways, with near-misses that must not take an owner.
//   - "be invited to attend the Panel's meeting …": this body's meeting named by its possessive is this body's meeting;
//   - "X be set up, and the Y seek …": the second subject of a passive that names no one acts on the decision;
//   - "LCFS to circulate …": capitals with no vowel letter are initials, never a verb;
//   - "the Director of Finance would return … with a plan": an office-holder who comes back acts, a paper does not.
import { describe, expect, it } from 'vitest';
import { readClause } from '../../src/minutes/grammar.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a district council's scrutiny panel: one minute, its lines as given. */
const panel = (...lines: string[]) =>
  parseMinutes(
    [
      'Ashwell District Council',
      'Communities Scrutiny Panel - minutes of the meeting held on 12 October 2026',
      '',
      '41.  Leisure centre contract',
      'The Panel considered the annual review of the contract.',
      ...lines,
      '',
      '42.  Date of next meeting',
      '9 November 2026.',
    ].join('\n'),
  ).items;

const owners = (items: ReturnType<typeof panel>) => items.map((i) => i.owner);

describe('"be invited to attend the Panel\'s meeting": this body\'s meeting by its possessive', () => {
  it.each([
    [
      'RESOLVED that the Harbour Trust be invited to attend the Panel’s meeting on 4 January 2027.',
      'the Harbour Trust',
    ],
    [
      "RESOLVED – That the Area Commander be invited to attend the Panel's next meeting to discuss patrols.",
      'the Area Commander',
    ],
    ["RESOLVED that Dr Okafor be invited to attend the Panel's meeting in April 2027 to take questions.", 'Dr Okafor'],
    [
      'RESOLVED:',
      '(1) That the review be noted.',
      "(2) That the Chief Executive of Orlen Leisure be invited to attend the Panel's February meeting.",
      'the Chief Executive of Orlen Leisure',
    ],
  ])('%s', (...args) => {
    const want = args.pop()!;
    const items = panel(...args).filter((i) => i.category === 'invitation');
    expect(owners(items)).toEqual([want]);
  });

  // near-misses: another body's meeting, or a meeting of no one named
  it.each([
    ["RESOLVED that the Parks Manager be invited to attend the Council's meeting on 4 January 2027."],
    ["RESOLVED that the Parks Manager be invited to attend the Cabinet's meeting in March."],
  ])('near-miss: %s', (line) => {
    expect(panel(line).filter((i) => i.category === 'invitation' && i.owner)).toEqual([]);
  });
});

describe('"X be set up, and the Y seek …": the second subject acts on the whole decision', () => {
  it.each([
    [
      'RESOLVED that a task group on play areas be set up, and the Democratic Services Officer seek nominations from the groups.',
      'the Democratic Services Officer',
    ],
    [
      'RESOLVED that a special meeting be convened on 3 December 2026, and the Panel Support Officer make the arrangements.',
      'the Panel Support Officer',
    ],
    [
      'RESOLVED: That a site visit be held before the next meeting and the Leisure Manager arrange transport for members.',
      'the Leisure Manager',
    ],
  ])('%s', (line, want) => {
    expect(owners(panel(line))).toEqual([want]);
  });

  // near-miss: a second passive after "and" names no one either
  it.each([['RESOLVED that the fees be reviewed and the charges for the hall be set in January.', null]])(
    'near-miss: %s',
    (line, want) => {
      expect(owners(panel(line))[0] ?? null).toBe(want);
    },
  );
});

describe('initials in capitals with no vowel are a name, never a verb', () => {
  it.each([
    ['LCFS to circulate the survey results to members.', 'LCFS'],
    ['HR to advise on the recruitment timetable.', 'HR'],
    ['DPS to send the figures to the Chair.', 'DPS'],
  ])('%s', (text, subject) => {
    const r = readClause(text);
    expect([r.subject, r.form]).toEqual([subject, 'infinitive']);
  });

  it('owns an ACTION line after a paragraph number', () => {
    const items = panel('41.3  ACTION: LCFS to circulate the survey results to Panel members by 18 December 2026.');
    expect(owners(items)).toEqual(['LCFS']);
  });

  // near-misses: verbs shouted in capitals keep their vowels
  it.each([
    ['NOTED the report.', 'NOTED'],
    ['AGREED to write to the operator.', 'AGREED'],
  ])('near-miss: %s', (text, verb) => {
    expect(readClause(text).verb).toBe(verb);
  });
});

describe('an office-holder who returns to a meeting with a paper acts on it', () => {
  it.each([
    [
      'RESOLVED that the Director of Resources would return to the February meeting with a costed recovery plan.',
      'the Director of Resources',
    ],
    [
      'RESOLVED that the Chief Finance Officer return to the Panel in December with an options appraisal.',
      'the Chief Finance Officer',
    ],
    [
      'It was agreed that the Head of Leisure would come back to the next meeting with the revised timetable.',
      'the Head of Leisure',
    ],
  ])('%s', (line, want) => {
    expect(owners(panel(line))).toEqual([want]);
  });

  // near-misses: a paper or a plan that comes back is not its own author
  it.each([
    ['RESOLVED that the Local Plan return to the Panel in January.'],
    ['RESOLVED that the revised Leisure Strategy come to the next meeting.'],
  ])('near-miss: %s', (line) => {
    expect(owners(panel(line)).filter((o) => o !== null)).toEqual([]);
  });
});

/** Invented minutes of a parish council: one minute of lettered matters, its lines as given. */
const parish = (...lines: string[]) =>
  parseMinutes(
    [
      'Ashwell Parish Council',
      'Minutes of the meeting held on 12 October 2026',
      '',
      '41/26  Highways and footpaths',
      ...lines,
      '',
      '42/26  Date of next meeting',
      '9 November 2026.',
    ].join('\n'),
  ).items;

describe('a topic run in before a colon or a spaced dash: who acts follows it', () => {
  it('reads the subject after the label', () => {
    const items = parish(
      'a) Grit bins – Cllr Ames will check the levels before December.',
      'b) Verge cutting - the Footpaths Warden would walk the route and report back.',
      'c) Bus shelter: the Clerk will obtain two quotes for new glazing.',
    );
    expect(items.map((i) => i.owner?.toLowerCase())).toEqual(['cllr ames', 'the footpaths warden', 'the clerk']);
  });

  // near-miss: a hyphen inside a word is no spaced dash, and the subject stays whole
  it('near-miss: a hyphenated title keeps its words', () => {
    const items = parish(
      'a) The Co-opted Member will check the levels before December.',
      'b) The Tree Warden will obtain two quotes for new planting.',
    );
    expect(items.map((i) => i.owner)).toEqual(['The Co-opted Member', 'The Tree Warden']);
  });
});

describe('a section number written with its letter is part of the title', () => {
  it.each([
    ['That the s151 Officer set out for the spring meeting how the reserves stand.', 'the s151 Officer'],
    ['That the S151 Officer prepare a note on the reserves.', 'the S151 Officer'],
  ])('%s', (text, subject) => {
    expect(readClause(text).subject).toBe(subject);
  });

  // near-miss: a number at the end of a name is no title's
  it('near-miss: "the Clerk 3 report back"', () => {
    expect(readClause('That the Clerk 3 report back.').subject).toBeNull();
  });
});

describe("the body's people in general, then the initials of which of them: the initials act", () => {
  /** Invented notes of a working group, with an attendance list keyed by initials. */
  const notes = (...lines: string[]) =>
    parseMinutes(
      [
        'Ashwell Climate Working Group',
        'Notes of the meeting held on 12 October 2026',
        'Present: Ian Quinn (IQ), Sara Cole (SC), Pat Hume (PH)',
        '',
        '3. Solar on council land',
        ...lines,
        '',
        '4. Next meeting',
        '9 November 2026.',
      ].join('\n'),
    ).items;

  it.each([
    ['Members (IQ, SC) to research options for solar panels and bring a short note to the next meeting.', ['IQ', 'SC']],
    ['Councillors (PH and SC) to write to the school about the roof.', ['PH', 'SC']],
    ['Officers (PH) to draft a letter to the landowner.', ['PH']],
  ])('%s', (line, want) => {
    expect(notes(line).map((i) => i.owners)).toEqual([want]);
  });

  // near-miss: a group named for its task keeps its name, its members in brackets after it (as before)
  it('near-miss: "Solar sub-group (IQ, SC) to …" stays the group', () => {
    expect(notes('Solar sub-group (IQ, SC) to research options and report back.').map((i) => i.owner)).toEqual([
      'Solar sub-group',
    ]);
  });
});
