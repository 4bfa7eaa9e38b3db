// Round 20, precision: what the importer proposed that a clerk would not track — each rule tested on invented
// wording, several layouts a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { closesLogEntries } from '../../src/minutes/recordedDecisions.js';

/** Invented minutes of a trust board that reviews its action log. */
const board = (log: string[], review: string, rest: string[] = []) =>
  [
    'Ashgrove Community Trust Board',
    'Minutes of the meeting held on 12 March 2026',
    '',
    'AB 26/30  Action log',
    'Ref | Action | Lead | Due | RAG | Update',
    ...log,
    review,
    '',
    'AB 26/31  Finance report',
    ...rest,
    'RM to bring the boiler quotes to the May meeting.',
  ].join('\n');

describe('rows of the log closed by a reference that has a space or an ampersand in it', () => {
  it.each([
    'The Board agreed to close actions AB 26/11 and AB 26/19.',
    'The Committee agreed to close R&A/204 and R&A/209.',
    'Members agreed to close CoG 26/18, CoG 26/21 and CoG 26/33.',
    'It was agreed to close QSC 26/40.',
    'That actions AB 26/11 and AB 26/19 be closed.',
    'The Board agreed to close actions QB 27/014 and QB 27/022 and noted the new target date for QB 27/018.',
  ])('%s is a record', (text) => {
    expect(closesLogEntries(text)).toBe(true);
  });

  it.each([
    // a ward or a route is a place, not a row: its name has one capital
    'The Board agreed to close Ward 3 over the summer.',
    'The Committee agreed to close Route 12 on Sundays.',
    // a bare number closes no row without "action" before it
    'The Council agreed to close 2 branches.',
    // closing something else with a row's reference in it
    'The Board agreed to close the gap identified in AB 26/11 by March.',
  ])('%s is not', (text) => {
    expect(closesLogEntries(text)).toBe(false);
  });

  const log = [
    'AB 26/11 | Send the volunteer survey to all members | PT | Feb 2026 | Green | Sent 3 March - close',
    'AB 26/14 | Price a new boiler for the hut | RM | Feb 2026 | Amber | Quotes awaited',
    'AB 26/19 | Walk the new trail with the ranger | JS | Mar 2026 | Green | Walked 1 March - close',
  ];

  it.each([
    'The Board agreed to close actions AB 26/11 and AB 26/19.',
    'The Board AGREED to close AB 26/11 and AB 26/19.',
    'It was agreed to close AB 26/11 and AB 26/19; AB 26/14 remains open.',
    'Members agreed to close AB 26/11 and AB 26/19 and noted the revised date for AB 26/14.',
  ])('the rows it closes and the sentence that closes them make nothing new: %s', (review) => {
    const texts = parseMinutes(board(log, review)).items.map((i) => i.text);
    expect(texts.some((t) => /volunteer survey|walk the new trail/i.test(t))).toBe(false);
    expect(texts.some((t) => /agreed to close/i.test(t))).toBe(false);
    expect(texts.some((t) => /boiler quotes/.test(t))).toBe(true);
  });

  it('a row the sentence does not close is still proposed', () => {
    const items = parseMinutes(
      board(
        log,
        'The Board agreed to close AB 26/11. For AB 26/19 the Board asked JS to walk the trail again in April.',
      ),
    ).items;
    expect(items.some((i) => /volunteer survey/.test(i.text))).toBe(false);
    expect(items.some((i) => /walk the trail again|walk the new trail/i.test(i.text))).toBe(true);
  });
});

/** An invented parish minute with one resolution. */
const parish = (resolution: string) =>
  [
    'Wrenbury Parish Council',
    'Minutes of the meeting held on 3 March 2026',
    '',
    '14. MEETINGS',
    `RESOLVED: ${resolution}`,
    '',
    '15. DATE OF NEXT MEETING',
    '7 April 2026.',
  ].join('\n');

describe('a meeting of this body named by what it is for, its day or its setting is its calendar', () => {
  it.each([
    "That the Council's meeting to set the precept be held on Tuesday 19 January 2027 at 7.30 pm.",
    'That the special meeting to consider the draft plan be held on 2 February 2027.',
    'That the meeting on 5 March 2027 be held at the Scout Hut.',
    'That the meeting of the Council scheduled for 12 May 2026 be cancelled.',
    'That the extra meeting planned for June be rearranged.',
    'The meeting on 5 March 2027 will be held at the Scout Hut.',
  ])('%s makes no item', (text) => {
    expect(parseMinutes(parish(text)).items).toEqual([]);
  });

  it.each([
    // a meeting with someone is an errand
    ['That a meeting to discuss the verges be held with the highways officer on 4 May.', /verges/],
    ["That the Clerk's meeting with the auditor be held on 4 May.", /auditor/],
    // the meeting is inside another noun's phrase: the item is what is moved
    ['That the item on the March meeting be moved to the April agenda.', /item/],
    // an errand after the meeting's day is still read
    ['That the meeting on 5 March be held at the Scout Hut and that the Clerk book the hall.', /book the hall/],
  ])('%s keeps its item', (text, found) => {
    expect(parseMinutes(parish(text)).items.some((i) => found.test(i.text))).toBe(true);
  });
});

describe('a row of an appointments list names a role and its holder: nothing to track', () => {
  /** An invented annual meeting with an appointments list in one layout or another. */
  const annual = (rows: string[]) =>
    [
      'Ashby Magna Parish Council',
      'Minutes of the Annual Meeting held on 12 May 2026',
      '',
      '7. APPOINTMENTS TO OUTSIDE BODIES',
      'RESOLVED to appoint:',
      ...rows,
      'and that the Clerk inform each body of the appointments.',
      '',
      '8. DATE OF NEXT MEETING',
      '9 June 2026.',
    ].join('\n');

  it.each([
    [['a) Tree warden – Cllr Orme', 'b) Snow warden – Mrs Dunn']],
    [['(i) Footpaths liaison: Cllrs Hale and Pim', '(ii) Speedwatch co-ordinator: Cllr Pim (until May)']],
    [
      [
        '(a) Allotments steward - Councillor Jo Blake',
        '(b) Village Hall Committee - Cllr Orme, Cllr Dunn and Cllr Hale',
      ],
    ],
  ])('%j', (rows) => {
    const items = parseMinutes(annual(rows)).items;
    expect(items.map((i) => i.text).filter((t) => !/inform each body/.test(t))).toEqual([]);
    expect(items.some((i) => /inform each body/.test(i.text))).toBe(true);
  });

  it.each([
    // a verb after the dash is an errand
    ['Verges – Cllr Orme to ask the county for a cut in June'],
    ['Bus shelter: Cllr Orme will get a quote'],
    ['Grass cutting: Cllr Orme and the Clerk to meet the contractor'],
  ])('%s is no appointment', async (row) => {
    const { namedToRole } = await import('../../src/minutes/membership.js');
    expect(namedToRole(row)).toBe(false);
  });

  it('an errand with a verb after the colon keeps its item', () => {
    const minutes = annual([])
      .replace('RESOLVED to appoint:', 'RESOLVED:\n(a) Bus shelter: Cllr Orme will get a quote by June.')
      .replace('APPOINTMENTS TO OUTSIDE BODIES', 'HIGHWAYS');
    expect(parseMinutes(minutes).items.some((i) => /get a quote/.test(i.text))).toBe(true);
  });

  it('an action tag with its owner is no appointment', async () => {
    const { namedToRole } = await import('../../src/minutes/membership.js');
    expect(namedToRole('Action: Cllr Hale')).toBe(false);
    expect(namedToRole('Owner – Mrs Dunn')).toBe(false);
    expect(namedToRole('Tree warden – Cllr Orme')).toBe(true);
  });
});
