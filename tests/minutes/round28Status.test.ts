// Round 28, status in action logs: a log that rates each row by colour and says what became of it in the same cell
// ("Amber – on track", "Complete (Green)", "GREEN Done") is read by the words, not the colour — a row going to plan
// or done makes nothing new, and the colour is never the task, owner or due.
// Invented minutes, several layouts and wordings, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { ratedStatus } from '../../src/minutes/rowStatus.js';

describe('the words of a status rated by colour', () => {
  it.each([
    ['Amber – on track', 'on track'],
    ['Green - on this agenda (item 3)', 'on this agenda (item 3)'],
    ['GREEN Done', 'Done'],
    ['Red: not started', 'not started'],
    ['Complete (Green)', 'Complete'],
    ['Carried forward to May (Amber)', 'Carried forward to May'],
    ['Open – amber', 'Open'],
  ])('%s → %s', (status, words) => expect(ratedStatus(status)).toBe(words));

  it.each([['Amber'], ['RED'], ['Green. New'], ['Greenway path resurfaced'], ['Open'], ['Redesign under way']])(
    'left as it is: %s',
    (status) => expect(ratedStatus(status)).toBe(status),
  );
});

/** Invented minutes of a canal towpath partnership whose action log carries the given rows under minute 2. */
const towpath = (rows: string[], head = 'Ref\tAction\tOwner\tDue\tRAG / status') =>
  [
    'Lockside Towpath Partnership',
    'Notes of the meeting held on 14 April 2027',
    '',
    '1. Apologies – none.',
    '',
    '2. Action log',
    head,
    ...rows,
    '',
    '3. Moorings at Fenwick Basin',
    'The group discussed the overstaying boats. Agreed: DW to write to the boaters with the mooring rules by 30 April 2027.',
    '',
  ].join('\n');

const rowOf = <T extends { text: string }>(found: T[], words: RegExp) => found.filter((i) => words.test(i.text));
const items = (rows: string[], head?: string) => parseMinutes(towpath(rows, head)).items;

describe('an earlier row whose rated status says it goes to plan, or is done, makes nothing new', () => {
  it.each([
    ['colour, dash, on track', 'LT/26/31\tSurvey of the lock gate paddles\tCRT\tJune 27\tAmber – on track'],
    ['colour, hyphen, on target', 'LT/26/31\tSurvey of the lock gate paddles\tCRT\tJune 27\tGreen - on target'],
    ['colour in capitals, no dash', 'LT/26/31\tSurvey of the lock gate paddles\tCRT\tJune 27\tAMBER On schedule'],
    ['colour after, in brackets', 'LT/26/31\tSurvey of the lock gate paddles\tCRT\tJune 27\tOn track (Amber)'],
    ['done, colour before in capitals', 'LT/26/31\tSurvey of the lock gate paddles\tCRT\tMar 27\tGREEN Done'],
    ['done, colour after', 'LT/26/31\tSurvey of the lock gate paddles\tCRT\tMar 27\tComplete (Green)'],
  ])('%s', (_name, row) => {
    const found = items([row, 'LT/26/33\tNew benches at Fenwick Basin\tPH\tMay 27\tRed – not started']);
    expect(rowOf(found, /paddles/i)).toEqual([]);
    // (the other row is still proposed: a colour beside a status that says nothing is going to plan)
    expect(rowOf(found, /benches/i)).toHaveLength(1);
    // (the colour is never the owner or the task)
    expect(
      found.some((i) => /^(?:red|amber|green)$/i.test(i.owner ?? '') || /^(?:red|amber|green)\b/i.test(i.text)),
    ).toBe(false);
  });
});

describe('near-misses: a rated row that is not going to plan is still proposed', () => {
  it.each([
    ['a colour alone', 'Amber'],
    ['behind', 'Red – behind schedule'],
    ['not started', 'Red: not started'],
    ['on the agenda of a later meeting', 'Amber – on the agenda for the June meeting'],
    // (a paper on this meeting's agenda is left to the item that takes it up: not read this round)
    ['on this agenda', 'Green – on this agenda (item 3)'],
  ])('%s', (_name, status) => {
    const found = items([`LT/26/31\tSurvey of the lock gate paddles\tCRT\tJune 27\t${status}`]);
    const survey = rowOf(found, /paddles/i);
    expect(survey).toHaveLength(1);
    expect(survey[0].owner).toBe('CRT');
  });

  it('a rated row raised at this meeting is new, whatever its colour', () => {
    const found = items(['LT/27/02\tSurvey of the lock gate paddles\tCRT\tJune 27\tGreen. New']);
    expect(rowOf(found, /paddles/i)).toHaveLength(1);
  });

  it('a rated row whose status moves its due takes the new due', () => {
    const found = items([
      'LT/26/31\tSurvey of the lock gate paddles\tCRT\tMay 27\tAmber – open, revised to September 2027',
    ]);
    const survey = rowOf(found, /paddles/i);
    expect(survey).toHaveLength(1);
    expect(JSON.stringify(survey[0].due)).toMatch(/September/);
  });
});
