// Round 29, precision: text that decides nothing, read by its layout and grammar. Under matters arising, in a club's or
// a residents' group's notes, the clerk names each earlier matter and says after a dash where it stands ("– still
// broken", "– sent, no reply yet", "– completed 2 March"), or reports a figure against the year before ("income up
// 6%"). Nothing is asked of anyone there; a step named in the same line ("Dean to chase") is still an item. Tested on
// invented minutes in several layouts (numbered sub-items, a list of actions in a paragraph), with near-misses.
// And a decision that only lets a thing go ahead ("the fete to go ahead on …", "the scheme proceed, with …", "Agreed to
// go ahead.") records what was settled; the steps that make it happen are given to someone in clauses of their own.
import { describe, expect, it } from 'vitest';
import { goesAhead } from '../../src/minutes/goesAhead.js';
import { statusNote } from '../../src/minutes/progressNotes.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented notes of a residents' group: the lines given under "2. Matters arising", numbered 2.1, 2.2, … */
const notes = (lines: string[]) =>
  [
    'HOLLINS ESTATE RESIDENTS GROUP',
    'Minutes of the committee meeting held on Tuesday 3rd March 2026 at 7pm',
    '',
    'Present: Ann Booth (Chair), Bob Carr, Cathy Dale, Dev Patel',
    '',
    '1. Apologies',
    '   None.',
    '',
    '2. Matters arising',
    ...lines.map((l, i) => `   2.${i + 1} ${l}`),
    '',
    '3. Any other business',
    '   Ann to book the hall for the summer party.',
    '',
    'Date of next meeting: Tuesday 7th April 2026.',
    '',
  ].join('\n');

const texts = (text: string) => parseMinutes(text).items.map((i) => i.text);
const others = (text: string) => texts(text).filter((t) => !/^Ann to book/.test(t));

describe('a matter named with where it stands gives no item', () => {
  it.each([
    ['Play area gate – still broken.'],
    ['Hedge by the car park - cut back on 2nd February. No further action.'],
    ['Boiler service - completed 12 February.'],
    ['Letter to the landlord about damp - sent, no reply yet.'],
    ['New litter bins – still awaiting the council’s answer on the cost.'],
    ['Website refresh - NOT STARTED, carry forward.'],
    ['Noticeboard – put up, no further action.'],
    ['Raffle takings up 12% on last year. Report accepted.'],
    ['Hall bookings down on last year.'],
  ])('%s', (line) => {
    expect(others(notes([line, 'Dev to order the new keys.']))).toEqual(['Dev to order the new keys.']);
  });

  it('keeps the step named after the status', () => {
    const got = others(notes(['Bin store door – still broken. Bob to chase the contractor before the next meeting.']));
    expect(got).toEqual(['Bob to chase the contractor before the next meeting.']);
  });
});

describe('near-misses stay items', () => {
  it.each([
    // an errand, not a matter named: the dash sets off its due or its owner
    ['Cathy to write to the landlord – by the end of March.', 'Cathy to write to the landlord'],
    // the status itself asks for something
    ['Play area gate – still broken; Bob to chase.', 'Bob to chase'],
    ['Christmas lights – to be ordered by the Secretary.', 'to be ordered'],
    // a figure with an instruction
    ['Subscriptions up 5% – Cathy to write to members.', 'Cathy to write to members'],
  ])('%s', (line, kept) => {
    expect(others(notes([line, 'Dev to order the new keys.'])).some((t) => t.includes(kept))).toBe(true);
  });
});

describe('statusNote reads the form, not the words of one file', () => {
  it.each([
    ['Roof over the porch – repaired by a volunteer', true],
    ['Grant claim - submitted on 4 May', true],
    ['Application to the Lottery fund – pending', true],
    ['Footpath signs - ongoing', true],
    ['Lease of the field - in hand', true],
    ['Bar income up by 4%', true],
    // a sentence before the dash, or an errand, or a step after it
    ['The Clerk reported the gate – still broken', false],
    ['Clerk to order the bench – ongoing', false],
    ['Bench – ordered; Clerk to fit it', false],
    ['Bench – to be ordered', false],
    ['Quiz night in May – date to be fixed', false],
    ['Summer fete – Saturday 4 July', false],
    ['Costs up 3% – to be reviewed', false],
    // a sentence after it that closes the matter, or one that gives a step
    ['Boiler service - completed 12 February. No further action.', true],
    ['Gate – still broken. Bob to order a new one.', false],
  ])('%s', (text, expected) => {
    expect(statusNote(text)).toBe(expected);
  });
});

/** Invented minutes of a town council's events committee: the resolution's clauses given under minute 21. */
const events = (clauses: string[]) =>
  [
    'Brackwater Town Council',
    'Minutes of the Events Committee held on 12 October 2026',
    '',
    '21. Summer Fete 2027',
    'Members considered the report on the 2026 fete.',
    'RESOLVED:',
    ...clauses.map((c, i) => `(${String.fromCharCode(97 + i)}) ${c}`),
    '',
    '22. Date of next meeting',
    'The next meeting will be held on 14 December 2026.',
    '',
  ].join('\n');

describe('a thing let go ahead gives no item; the steps beside it stay', () => {
  it.each([
    ['That the fete go ahead on Saturday 10 July 2027;'],
    ['That the 2027 fete proceed, with the dog show left out;'],
    ['That the Summer Picnic go ahead as planned;'],
    ['That the fete should go ahead in 2027;'],
  ])('%s', (clause) => {
    expect(texts(events([clause, 'That the Clerk book the marquee by 31 January 2027.']))).toEqual([
      'The Clerk book the marquee by 31 January 2027.',
    ]);
  });

  // a hall committee's notes in three columns (item, notes, action): the go-ahead in the notes, the errand beside it
  const hall = (said: string) =>
    [
      'ASHCOMBE SCOUT HUT',
      'Management Committee - notes of meeting',
      '',
      'Date: Tue 3 March 2026, 7pm',
      'Present: Ann Booth (AB, chair), Bob Carr (BC, treasurer), Cathy Dale (CD)',
      '',
      'Item\tNotes\tACTION',
      '1. Notes of last mtg\tNotes of 3 Feb agreed.',
      '2. Guttering\tThe gutter over the door leaks again.',
      `\t${said}\tBC to book the roofer before 31 Mar`,
      '3. Bookings\tA new yoga group wants Monday evenings.\tCD to confirm the yoga group',
      '',
    ].join('\n');
  it.each([
    ['BC said the cost would be about £300, within budget. Agreed to go ahead.'],
    ['Quote of £300 is within budget. Agreed the repair should go ahead.'],
  ])('reads the go-ahead in a notes column as the decision: %s', (said) => {
    expect(texts(hall(said))).toEqual(['BC to book the roofer before 31 Mar', 'CD to confirm the yoga group']);
  });
});

describe("goesAhead reads the form, not one file's words", () => {
  it.each([
    ['the fete to go ahead on Sat 10 July', true],
    ['Resolved: the quiz night to go ahead in February', true],
    ['That the parking scheme proceed, with the lane removed from the zone', true],
    ['To go ahead.', true],
    ['the visit should go ahead', true],
    // someone named to go ahead, a task after the verb, a condition, another body to decide, a second step
    ['the Clerk proceed with the order', false],
    ['That the Council go ahead', false],
    ['Agreed to go ahead and order the bench now', false],
    ['the scheme proceed to full business case', false],
    ['the works proceed, subject to the Clerk obtaining quotes', false],
    ['recommend to Cabinet that the scheme proceed', false],
    ['the fete go ahead and the Clerk to book the band', false],
  ])('%s', (text, expected) => {
    expect(goesAhead(text)).toBe(expected);
  });
});
