// Round 22, owners on the new sets: the words around an owner's name that are not part of it — a due after the
// action line's dash, an article opening the next sentence, a floating quantifier, a bracketed aside or a fronted
// phrase before the subject. Tested on invented minutes, several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { cleanOwner } from '../../src/minutes/owner.js';

/** Invented notes of a trust committee: one paragraph, then its action line. */
const notes = (...lines: string[]) =>
  parseMinutes(
    [
      'Wexmoor Community Health Trust',
      'Estates Committee - notes of the meeting held on 12 October 2026',
      '',
      'Present: Ann Rook (AR), Tom Vane (TV), Mia Olsen (MO)',
      '',
      'EC26/41  Boiler replacement programme',
      ...lines,
      '',
      'EC26/42  Date of next meeting',
      '9 November 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === 'EC26/41');

describe('"ACTION: MO - by 3 November 2026": the date after the owner is when, not who', () => {
  it.each([
    ['ACTION: MO - by 3 November 2026', ['MO']],
    ['ACTION: TV – by 20 November 2026', ['TV']],
    ['Action: AR - by 30/11/2026', ['AR']],
    ['ACTION: MO/TV - by November 27, 2026', ['MO + TV']],
    ['ACTION: MO by 3 November 2026', ['MO']],
  ])('%s', (line, expected) => {
    const items = notes(
      'TV reported that two boilers at the Northgate clinic had failed over the summer.',
      'AR asked for a costed plan for replacing both boilers to be shared with members.',
      line,
    );
    expect(items.map((i) => (i.owners ?? [i.owner]).join(' + '))).toEqual(expected);
  });
});

describe('near-miss: a title with "by" in it, or a line with no date, keeps its owner', () => {
  it.each([
    ['ACTION: MO', ['MO']],
    ['ACTION: Head of Estates', ['Head of Estates']],
  ])('%s', (line, expected) => {
    const items = notes(
      'TV reported that two boilers at the Northgate clinic had failed over the summer.',
      'AR asked for a costed plan for replacing both boilers to be shared with members.',
      line,
    );
    expect(items.map((i) => i.owner)).toEqual(expected);
  });
});

/** Invented scrutiny minutes where a title is printed in a heading and then, shortened, in the text. */
const scrutiny = (heading: string, ...lines: string[]) =>
  parseMinutes(
    [
      'Wexmoor Borough Council',
      'Overview and Scrutiny Board',
      'Minutes of the meeting held on 3 September 2026',
      '',
      heading,
      ...lines,
      '',
      '19. Date of Next Meeting',
      '8 October 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '18');

describe('a capitalised article opens a new noun phrase: a title does not run on into "The Cabinet Member …"', () => {
  it.each([
    [
      '18. Housing Register - Questions to the Cabinet Member for Housing and Planning',
      'The Cabinet Member for Housing and Planning answered questions on the housing register.',
      'Councillor Dale asked about empty homes. The Cabinet Member undertook to send members the figures for each ward.',
      'Cabinet Member for Housing and Planning',
    ],
    [
      '18. Waste Services - Questions to the Director of Environment',
      'The Director of Environment answered questions on waste collection.',
      'Councillor Dale asked about missed bins. The Director undertook to send members the figures for each ward.',
      'Director of Environment',
    ],
    [
      '18. Leisure Services: Update from the Leisure Manager (North)',
      'The Leisure Manager (North) presented the report on pool opening hours.',
      'Councillor Dale asked about pool hours. The Leisure Manager undertook to send members the figures for each ward.',
      'Leisure Manager (North)',
    ],
  ])('%s', (heading, first, second, owner) => {
    const items = scrutiny(heading, first, second);
    expect(items.map((i) => i.owner)).toEqual([owner]);
  });
});

describe('near-miss: a title that holds "and" or "of the" still reads whole', () => {
  it('"the Director of the Environment and Climate" stays whole', () => {
    const items = scrutiny(
      '18. Climate action plan',
      'The Director of the Environment and Climate presented the plan.',
      'Councillor Dale asked about tree planting. The Director undertook to send members the figures for each ward.',
    );
    expect(items.map((i) => i.owner)).toEqual(['Director of the Environment and Climate']);
  });
});

/** An invented parish council's minute with one resolution. */
const parish = (...lines: string[]) =>
  parseMinutes(
    [
      'Ashcombe Parish Council',
      'Minutes of the meeting held on 5 November 2026',
      '',
      '26/140 Village green',
      ...lines,
      '',
      '26/141 Date of next meeting',
      '3 December 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '26/140');

describe('a floating quantifier after the subject is not part of its name: "X and Y each be asked …"', () => {
  it.each([
    [
      'RESOLVED: That Wexmoor Borough Council and Ashcombe Highways Authority each be asked to fund a new bench.',
      ['Wexmoor Borough Council', 'Ashcombe Highways Authority'],
    ],
    [
      'RESOLVED: That the Tree Warden and the Footpaths Officer each be requested to inspect the oaks before the winter.',
      ['the Tree Warden', 'the Footpaths Officer'],
    ],
    [
      'RESOLVED: That the County Council and the District Council both be asked to repair the fence by the pond.',
      ['the County Council', 'the District Council'],
    ],
  ])('%s', (line, expected) => {
    const items = parish(line);
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(expected);
  });
});

describe('a bracketed aside or a fronted phrase before the subject is not part of it', () => {
  it.each([
    [
      '(Cllr Pike withdrew for this item.) It was resolved to give £120 towards the cricket nets. The Clerk is to make the payment when the receipts arrive.',
      'the Clerk',
    ],
    [
      '(Cllr Pike declared an interest.) It was resolved to give £120 towards the cricket nets. The Clerk is to make the payment when the receipts arrive.',
      'the Clerk',
    ],
  ])('%s', (line, owner) => {
    const items = parish(line).filter((i) => /payment|time|quote/.test(i.text));
    expect(items.map((i) => i.owner?.replace(/^The\b/, 'the'))).toEqual([owner]);
  });
});

describe('near-miss: a title that opens with a capitalised word keeps it', () => {
  it('"Head of Finance for the Council" is not a fronted phrase', () => {
    const items = parish('The Head of Finance was asked to obtain a second quote for the bench at Mill Lane.');
    expect(items.map((i) => i.owner)).toEqual(['The Head of Finance']);
  });
});

describe('a subject never opens with a preposition: a fronted phrase before "the <title>" is not part of the owner', () => {
  it.each([
    ['On 26/0417/HH the Town Clerk', 'the Town Clerk'],
    ['In item 7 the Clerk', 'the Clerk'],
    ['For Mill Lane the Footpaths Officer', 'the Footpaths Officer'],
    ['Regarding the bench the Clerk', 'the Clerk'],
  ])('%s', (phrase, owner) => {
    expect(cleanOwner(phrase)).toBe(owner);
  });
  it.each([
    ['Head of Finance for the Council'],
    ['In Touch Team'],
    ['the Chair of the Committee'],
    ['On-call Manager'],
  ])('near-miss: %s stays as it is', (phrase) => {
    expect(cleanOwner(phrase)).toBe(phrase);
  });
});

/** Invented parish minutes whose last minute lists items for the next agenda. */
const nextAgenda = (entry: string) =>
  parseMinutes(
    [
      'Ashcombe Parish Council',
      'Minutes of the meeting held on 5 November 2026',
      '',
      '26/150 Allotments',
      'RESOLVED that the allotment rents be held for 2027.',
      '',
      '26/151 Items for the next agenda',
      entry,
      '',
      '26/152 Date of next meeting',
      '3 December 2026.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '26/151');

describe('an agenda entry names who brings it with an infinitive: in brackets, or opening the entry', () => {
  it.each([
    ['Bus shelter repairs (Cllr Pike to bring quotes).', 'Cllr Pike'],
    ['Bus shelter repairs (the Clerk to report on costs).', 'the Clerk'],
    ['Cllr Pike to bring quotes for the bus shelter repairs.', 'Cllr Pike'],
    ['The Clerk to report on the bus shelter repairs.', 'The Clerk'],
    ['Bus shelter repairs - Cllr Pike to bring quotes.', 'Cllr Pike'],
  ])('%s', (entry, owner) => {
    expect(nextAgenda(entry).map((i) => i.owner)).toEqual([owner]);
  });
});

describe('near-misses: a bare name in brackets, or a thing before "to", names no one', () => {
  it.each([
    ['Bus shelter repairs (Cllr Pike).'],
    ['Repairs to the bus shelter.'],
    ['Changes to bring the standing orders up to date.'],
  ])('%s', (entry) => {
    expect(nextAgenda(entry).map((i) => i.owner)).toEqual([null]);
  });
});
