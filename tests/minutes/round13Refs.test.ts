// Round 13, references: under which minute an item is filed. Invented examples only, each form written several
// ways, with near-misses that must not move.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a minute number with the council year printed as a range ("14/26-27") is a heading', () => {
  // parish and town councils number minutes through the council year (April to March) and print the year as a
  // range after the count: the count rises, the year stays the same all meeting
  it.each([
    ['14/26-27  Footpath signs', '14/26-27', 14],
    ['14/26-27 Footpath signs', '14/26-27', 14],
    ['103/25-26. Bus shelter repairs', '103/25-26', 103],
    ['7/27-28 – Grass cutting contract', '7/27-28', 7],
  ])('%s', (line, number, rank) => {
    expect(headingOf(line)).toMatchObject({ number, rank });
  });

  it.each([
    ['25/08 - Finance report', 25], // a plain slashed number keeps its count
    ['9/26 Budget setting', 9],
  ])('near miss, unchanged: %s', (line, rank) => {
    expect(headingOf(line)).toMatchObject({ rank });
  });

  it('a meeting numbered this way files each decision under its own minute', () => {
    const text = [
      'BRAMLEY END PARISH COUNCIL',
      'Minutes of the Amenities Committee held on Monday 9 November 2026',
      '',
      '20/26-27  Apologies',
      'None.',
      '',
      '21/26-27  Footpath signs',
      'RESOLVED that the Clerk order four replacement fingerposts by 31 December 2026.',
      '',
      '22/26-27  Bus shelter',
      'It was RESOLVED that Cllr Adeyemi obtain two quotes for repairing the shelter roof.',
      '',
      '23/26-27  Date of next meeting',
      'Monday 11 January 2027.',
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => i.minute)).toEqual(['21/26-27', '22/26-27']);
  });
});

describe("a record that calls itself neither minutes nor notes cites its log's actions by the log's own numbers", () => {
  // the log numbers its actions in a series of its own ("RK/031" beside items 1.–6.): where nothing says the items
  // are minutes to be cited, the row's number is the action's reference, as in notes
  const record = (title: string) =>
    [
      'Westmarch Health Partnership',
      title,
      'Wednesday 4 November 2026, 14:00, Room 2, Elm House',
      '',
      'Present: Tomasz Wren (TW) Chair, Leah Ambrose (LA), Owen Pike (OP)',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Action log - review of previous actions',
      '',
      'Ref      Action                                          Owner  Status',
      'RK/030   Share the winter plan with partners             LA     Closed - sent 12/10',
      'RK/031   Agree the discharge protocol with the council   OP     Open - revised date 18/12/26',
      '',
      '3. Winter pressures',
      'LA presented the plan. Members discussed staffing over the holiday period.',
      '',
      '4. Date of next meeting',
      'Wednesday 13 January 2027, 14:00.',
      '',
      'New actions from this meeting',
      '',
      'Ref      Action                                          Owner  Due',
      'RK/032   Circulate the holiday staffing rota             LA     30/11/2026',
      'RK/033   Write to the two care homes about discharges    OP     end Dec',
    ].join('\n');

  it.each([
    ['a meeting held in public', 'Quality Group - meeting held in public'],
    ['a title only', 'Quality Group'],
  ])('%s: each row keeps its number', (_, title) => {
    const items = parseMinutes(record(title)).items;
    const minuteOf = (word: string) => items.find((i) => i.text.includes(word))?.minute;
    expect(minuteOf('discharge protocol')).toBe('RK/031');
    expect(minuteOf('rota')).toBe('RK/032');
    expect(minuteOf('care homes')).toBe('RK/033');
  });

  it('near miss: minutes cite the row through the minute that reviewed the log', () => {
    const items = parseMinutes(record('Minutes of the Quality Group')).items;
    expect(items.find((i) => i.text.includes('discharge protocol'))?.minute).toBe('2');
  });
});

describe('a discussion paragraph numbered "ii." is cited by its numeral', () => {
  // residents' questions, a motion among them, set out as paragraphs i., ii., iii.: what the discussion makes an
  // errand of is filed under the minute and the paragraph that said it, as "(ii)" and "ii)" paragraphs already are
  const meeting = (paragraphs: string[]) =>
    [
      'ASHCOMBE PARISH MEETING',
      'Notes of the annual meeting of electors held on Thursday 8 October 2026',
      '',
      'P/3  MATTERS RAISED BY RESIDENTS',
      ...paragraphs,
      '',
      'P/4  CLOSE',
      'The meeting closed at 9pm.',
    ].join('\n');
  const refsOf = (paragraphs: string[]) => parseMinutes(meeting(paragraphs)).items.map((i) => [i.minute, i.ref]);
  const motion = 'A motion "That this meeting supports a 20mph limit" was proposed by Mr Bell and carried.';

  it.each([
    [
      'hanging indent',
      [
        'i.   Mr Osei asked why the stile on the bridleway had been broken since May. The Clerk will',
        '     report it to the county council.',
        `ii.  ${motion}`,
        'iii. Mrs Kaye asked whether the bus timetable could be posted in the shelter. The Clerk',
        '     said she would ask the operator for copies.',
      ],
    ],
    [
      'one line each, one space',
      [
        'i. Mr Osei asked why the stile had been broken since May. The Clerk will report it to the county council.',
        `ii. ${motion}`,
        'iii. Mrs Kaye asked about the bus timetable. The Clerk said she would ask the operator for copies.',
      ],
    ],
  ])('%s', (_, paragraphs) => {
    expect(refsOf(paragraphs)).toEqual([
      ['P/3', '(i)'],
      ['P/3', '(iii)'],
    ]);
  });

  it('near miss: a capital initial is not a numeral', () => {
    expect(
      refsOf([
        'I. Mensah asked why the stile had been broken since May. The Clerk will report it to the county council.',
        motion,
      ]),
    ).toEqual([['P/3', null]]);
  });
});

describe('a heading run into its text after a full stop ("5. Footpaths. The stile …")', () => {
  // small councils print the title, a full stop, and the minute straight after it on the same line
  it.each([
    ['5. Footpaths. The stile on the bridleway is broken again.', 'Footpaths'],
    ['12. Play area. Two quotes had been received for new swings.', 'Play area'],
    ['3) Village hall lease. Cllr Dunne reported on the renewal.', 'Village hall lease'],
    ['7 Correspondence. A letter from the county council was read.', 'Correspondence'],
  ])('%s', (line, title) => {
    expect(headingOf(line)).toMatchObject({ title });
  });

  it.each([
    ['4. Cllr Dunne reported. She had met the hall committee.'], // a sentence: a title holds no past tense
    ['8. The Board discussed the fence. It was agreed to mend it.'], // nor opens with an article
    ['6. The stile on the bridleway has been broken since May. The Clerk will report it.'], // too long, a verb
  ])('near miss, not split: %s', (line) => {
    expect(headingOf(line)?.title ?? '').not.toMatch(/^[^.]+$/);
  });

  it('a meeting laid out so files each item under its own minute', () => {
    const text = [
      'UPPER BRADE PARISH COUNCIL',
      'Minutes of the meeting held on Monday 2 November 2026',
      '',
      '1. Apologies. None.',
      '',
      '2. Footpaths. The stile on the bridleway is broken again. Clerk to report it to the county council.',
      '',
      '3. Play area. Two quotes had been received. It was resolved to accept the lower quote. Cllr Dunne to',
      'place the order.',
      '',
      '4. Date of next meeting. Monday 7 December 2026.',
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => i.minute)).toEqual(['2', '3']);
  });
});
