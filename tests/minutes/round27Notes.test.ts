// Round 27, informal notes: a record of actions read entry by entry. Under "ACTIONS:" a club's or a working group's
// notes list who does what, one entry after another — on the label's line and on the lines under it, several to a
// line after a full stop, or run together where a line wrapped — and an entry may give its owner's initials and then
// a bare verb ("KD book the hall"), with no "to" and no dash. Invented wording throughout, several layouts, and
// near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { actionEntries, bareEntry } from '../../src/minutes/actionEntries.js';
import { writtenOut } from '../../src/minutes/notesShorthand.js';
import { dueOf } from '../../src/minutes/due.js';
import { peopleOf } from '../../src/minutes/people.js';

/** An invented bowls club's notes around a test's own item 3; the attendance list gives everyone's initials. */
const notes = (body: string[]) =>
  parseMinutes(
    [
      'Hollin Lane Bowls Club',
      'Notes of the committee meeting, Thursday 4th March 2027, 7pm, clubhouse',
      '',
      'Present: Tessa Rigby (TR, chair), Jon Bexley (JB), Kay Mellor (KM, treasurer), Priya Shah (PS), Dan Orme (DO)',
      '',
      '1. Notes of last meeting',
      'Agreed as correct.',
      '',
      '2. Treasurer',
      'Balance £2,310 at end of February.',
      '',
      '3. Opening day',
      ...body,
      '',
      '4. Date of next meeting',
      'Thursday 1st April 2027, 7pm, clubhouse.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '3');

/** Each item's owners as one phrase, the lead first ("KM/PS" is read as two owners, as the scorer reads it). */
const owners = (items: { owner: string | null; owners?: string[] }[]) =>
  items.map((i) => (i.owners && i.owners.length > 1 ? i.owners.join('/') : i.owner));

describe('a record of actions read entry by entry', () => {
  it.each([
    [
      'entries on the lines under the label, initials then a bare verb',
      [
        'Green opens on 10 April. Long chat about the teas.',
        'ACTIONS: KM pay the green-keeper this week.',
        'JB ask the bakery about a tea urn.',
        'PS put the fixtures card on the noticeboard.',
      ],
      ['KM', 'JB', 'PS'],
    ],
    [
      'two entries on the label line after a full stop, the second with "to"',
      ['Green opens on 10 April.', 'ACTIONS: DO cut the hedge by the gate. TR to write to the league secretary.'],
      ['DO', 'TR'],
    ],
    [
      'entries with a dash, the later lines indented under the first',
      [
        'Green opens on 10 April.',
        'ACTIONS:  JB – order two new sets of woods before next mtg',
        '          KM/PS – find out the cost of a new scoreboard, report back',
        '          DO – mend the rink markers',
      ],
      ['JB', 'KM/PS', 'DO'],
    ],
    [
      '"everyone" with a bare verb among initialled entries',
      ['Green opens on 10 April.', 'ACTIONS: TR book the caterer.', 'everyone sell raffle tickets.'],
      ['TR', 'everyone'],
    ],
  ])('%s', (_name, body, want) => {
    const items = notes(body);
    expect(owners(items)).toEqual(want);
    expect(items.every((i) => i.category === 'action' || i.category === 'information')).toBe(true);
  });

  it('keeps the bare verb as the errand', () => {
    const items = notes(['ACTIONS: KM pay the green-keeper this week.', 'JB ask the bakery about a tea urn.']);
    expect(items.map((i) => i.text)).toEqual([
      expect.stringMatching(/^Pay the green-keeper/),
      expect.stringMatching(/^Ask the bakery/),
    ]);
  });
});

describe('near-misses: what is not an entry of the record', () => {
  it('a sentence after the record, separated by a blank line, is the discussion', () => {
    const items = notes(['ACTIONS: KM pay the green-keeper this week.', '', 'JB said the urn was broken.']);
    expect(owners(items)).toEqual(['KM']);
  });
  it('initials reporting what was done, not an errand', () => {
    const items = notes(['TR opened the discussion. JB reported the hedge was cut.']);
    expect(items).toEqual([]);
  });
  it("capitals that are not the attendance list's initials open no entry", () => {
    expect(bareEntry('VAT rise noted.', new Set(['KM', 'JB']))).toBeNull();
    expect(bareEntry('AGM date tbc.', new Set(['KM', 'JB']))).toBeNull();
  });
  it('a past tense after initials is a report, not a bare verb', () => {
    expect(bareEntry('KM paid the invoice.', new Set(['KM']))).toBeNull();
    expect(bareEntry('JB reported back.', new Set(['JB']))).toBeNull();
  });
  it('a single entry stays whole', () => {
    expect(actionEntries('KM pay the invoice and send the receipt to JB.', new Set(['KM', 'JB']))).toEqual([
      'KM pay the invoice and send the receipt to JB.',
    ]);
  });
  it('cuts where a new owner opens an entry, after a stop or before a dash', () => {
    expect(
      actionEntries(
        'KM pay the invoice. JB to ring the league before next mtg PS – book the coach',
        new Set(['KM', 'JB', 'PS']),
      ),
    ).toEqual(['KM pay the invoice.', 'JB to ring the league before next mtg', 'PS – book the coach']);
  });
});

describe("the attendance list's initials beside a role", () => {
  it.each([
    ['Kay Mellor (KM, treasurer)', 'KM', 'Kay Mellor'],
    ['Cllr Nadia Orme (chair, NO)', 'NO', 'Cllr Nadia Orme'],
    ['Joan Pike (chair) JP', 'JP', 'Joan Pike'],
  ])('%s', (entry, key, name) => {
    expect(peopleOf([`Present: ${entry}, Sam Tull (ST)`]).initials.get(key)).toBe(name);
  });
  it("letters that are not the name's own initials key no one", () => {
    expect(peopleOf(['Present: Amy Lowe (Chair, BID), Sam Tull (ST)']).initials.has('BID')).toBe(false);
  });
});

describe("the notes' shorthand for when", () => {
  it.each([
    ['get three quotes before next mtg', { kind: 'next' }],
    ['ask the landowner by end of Nov', { kind: 'date', date: '2027-11-30' }],
    ['finish the hedge survey - end Sept', { kind: 'date', date: '2027-09-30' }],
  ])('%s', (text, want) => {
    expect(dueOf(text, '2027-03-04')).toEqual(want);
  });
  it('leaves other words alone', () => {
    expect(writtenOut('the end of Nov was wet')).toBe('the end of Nov was wet');
    expect(writtenOut('Novel idea - end Nov 3rd')).toBe('Novel idea - end Nov 3rd');
    expect(writtenOut('by end of Decking works')).toBe('by end of Decking works');
  });
});
