// Round 35, action records: an action tag that carries the action log's number and a return date around its owner
// ("ACTION 27/08 - KT - return: 12 March 2027"), under the paragraph that gives the errand or at its end; the date an
// owner tag gives after its owner ("ACTION: KT – by 4 March"), kept as the errand's due; and a board's next sitting
// named by the body ("to the next Board"), work brought to a meeting as "to the next meeting" is. Invented minutes of a
// land trust's board and a cycling forum, several layouts, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { withoutLogNumber } from '../../src/minutes/loggedActionTag.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented minutes of a land trust's board: decimal paragraphs, officers by their initials. */
const trust = (body: string[]) =>
  [
    'Fernhollow Land Trust',
    'Board of Trustees - Minutes',
    '',
    'Meeting: 4 February 2027, 10:00, the Barn, Fernhollow',
    'Present: Rosa Lind (Chair), Ivan Hale, Greta Moss',
    'In attendance: Estates Manager (Kofi Tan, KT), Finance Officer (Lucy Abara, LA)',
    '',
    '1. Minutes of the previous meeting',
    '1.1 The minutes of 3 December 2026 were approved.',
    '',
    ...body,
    '',
    'Date of next meeting: 8 April 2027.',
  ].join('\n');

const at = (found: ReturnType<typeof items>, words: RegExp) => found.filter((i) => words.test(i.text));

describe('an action tag with the log number and a return date', () => {
  it('under the paragraph: the paragraph is the errand, owned and dated by the tag', () => {
    const found = items(
      trust([
        '2. Hedgerow survey',
        '2.1 The Board discussed the gaps in the western hedge.',
        '    KT agreed to get three quotes for replanting the western hedge.',
        '    ACTION 27/08 - KT - return: 12 March 2027',
        '',
        '3. Accounts',
        '3.1 The Board APPROVED the draft accounts.',
      ]),
    );
    const quotes = at(found, /three quotes/);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].owner).toBe('KT');
    expect(quotes[0].due).toEqual({ kind: 'date', date: '2027-03-12' });
    expect(found.some((i) => /^return\b/i.test(i.text))).toBe(false);
  });

  it('at the end of the paragraph, with "due:" and a four-figure year: the same', () => {
    const found = items(
      trust([
        '2. Car park',
        '2.1 The Board asked LA to price a permeable surface for the car park by the end of',
        '    February. ACTION 2027/09 - LA - due: 26 February 2027',
        '2.2 The Board NOTED the report on visitor numbers.',
      ]),
    );
    const price = at(found, /permeable surface/);
    expect(price).toHaveLength(1);
    expect(price[0].owner).toBe('LA');
    expect(price[0].due).toEqual({ kind: 'date', date: '2027-02-26' });
    expect(found.some((i) => /^due\b/i.test(i.text))).toBe(false);
  });

  it('a return field with no day ("n/a") gives the owner only', () => {
    const found = items(
      trust([
        '2. Grazing licence',
        '2.1 KT agreed to ask the grazier to move the sheep off the lower meadow.',
        '    ACTION 27/10 - KT - return: n/a',
      ]),
    );
    const sheep = at(found, /grazier/);
    expect(sheep).toHaveLength(1);
    expect(sheep[0].owner).toBe('KT');
    expect(found.some((i) => /n\/a/i.test(i.text))).toBe(false);
  });

  it('the tag line rewritten as an owner tag; near-misses left as printed', () => {
    expect(withoutLogNumber('    ACTION 27/08 - KT - return: 12 March 2027')).toBe('    ACTION: KT - by 12 March 2027');
    expect(withoutLogNumber('by the end of May. ACTION 27/11 - KT / Chair - deadline: 31 May 2027')).toBe(
      'by the end of May. ACTION: KT / Chair - by 31 May 2027',
    );
    expect(withoutLogNumber('ACTION 27/10 - KT - return: n/a (FRC)')).toBe('ACTION: KT');
    // a numbered action whose errand follows, a return with no colon, a bare count: not this form
    for (const line of [
      'ACTION 27/12: KT to write to the grazier.',
      'ACTION 27/12 - KT - return the keys to the office',
      'ACTION 3 - KT - return: 12 March 2027',
      'The Board agreed the return: 12 March 2027 for the survey.',
    ])
      expect(withoutLogNumber(line)).toBe(line);
  });
});

/** Invented notes of a cycling forum: bullets under numbered items, owner tags under decisions. */
const forum = (body: string[]) =>
  [
    'Brackley Cycling Forum',
    'Notes of the meeting held on 12 November 2026',
    '',
    'Present: Ola Reed (OR, Chair), Sam Chu (SC), Dee Park (DP)',
    '',
    '1. Notes of the last meeting',
    '   • Agreed.',
    '',
    ...body,
    '',
    'Next meeting: 14 January 2027.',
  ].join('\n');

describe("an owner tag's date after its owner is the errand's due", () => {
  for (const [dash, label] of [
    ['–', 'an en dash'],
    ['-', 'a hyphen'],
  ])
    it(`"ACTION: SC ${dash} by 4 December" under an agreed errand (${label}): one item, dated`, () => {
      const found = items(
        forum([
          '2. Cycle parking',
          '   • Members discussed the racks at the station.',
          '   • Agreed that SC asks the rail company for two more racks.',
          `     ACTION: SC ${dash} by 4 December`,
          '   • A count of parked bikes to the March meeting.',
        ]),
      );
      const racks = at(found, /two more racks/);
      expect(racks).toHaveLength(1);
      expect(racks[0].owner).toBe('SC');
      expect(racks[0].due).toEqual({ kind: 'date', date: '2026-12-04' });
      expect(found.some((i) => /^by 4 December/i.test(i.text))).toBe(false);
    });

  it('a tag with no date leaves the due to the sentence', () => {
    const found = items(
      forum([
        '2. Cycle parking',
        '   • Agreed that SC asks the rail company for two more racks by 3 March.',
        '     ACTION: SC',
      ]),
    );
    const racks = at(found, /two more racks/);
    expect(racks).toHaveLength(1);
    expect(racks[0].owner).toBe('SC');
    expect(racks[0].due).toEqual({ kind: 'date', date: '2027-03-03' });
  });
});

describe('"to the next Board": the next sitting of the body, named by the body', () => {
  it('work brought to the next Board is forward business, as to the next meeting', () => {
    const found = items(
      trust([
        '2. Visitor centre',
        '2.1 The Board questioned the heating costs.',
        '    KT to bring a costed plan for a heat pump to the next Board.',
      ]),
    );
    const plan = at(found, /heat pump/);
    expect(plan).toHaveLength(1);
    expect(plan[0].type).toBe(
      at(
        items(trust(['2. Visitor centre', '2.1 KT to bring a costed plan for a heat pump to the next meeting.'])),
        /heat pump/,
      )[0].type,
    );
  });
});
