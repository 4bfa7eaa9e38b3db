// Round 26, recall: a matter put back with a phrasal verb and no auxiliary, as notes write it ("Carried forward to next
// meeting", "Stall layout put back to the May meeting"). Invented wording throughout, several layouts, and
// near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readClause } from '../../src/minutes/grammar.js';
import { putBackPhrasal, putBackReading } from '../../src/minutes/carriedForward.js';
import { tokenize } from '../../src/minutes/words.js';

/** An invented allotment society's notes around a test's own item 4. */
const notes = (title: string, body: string[]) =>
  parseMinutes(
    [
      'Fernbrook Allotment Society',
      'Notes of the committee meeting held on Wednesday 3rd March 2027 at the pavilion',
      '',
      'Present: TR (chair), JB, KM, PS',
      '',
      '1. Notes of last meeting',
      'Agreed as correct.',
      '',
      '2. Treasurer',
      'Balance £1,214 at end of February. KM to pay the water bill.',
      '',
      `4. ${title}`,
      ...body,
      '',
      '5. Date of next meeting',
      'Wednesday 7th April 2027, 7pm, pavilion.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '4');

describe('a matter put back with a phrasal verb, the auxiliary left out', () => {
  it.each([
    [
      'under its heading, to the next meeting',
      'Compost bays',
      ['Carried forward to next meeting – quotes awaited.'],
      { kind: 'next' },
    ],
    ['under its heading, to a month', 'Water troughs', ['Carried forward to May.'], { kind: 'month', month: 'May' }],
    [
      '"put off", with a reason after',
      'Open day',
      ['Put off until the next meeting as PS was away.'],
      { kind: 'next' },
    ],
    [
      'a noun phrase before "put back"',
      'Seed swap',
      ['Date agreed: Sunday 18 April. Stall layout put back to the May meeting when the hall is booked.'],
      { kind: 'month', month: 'May' },
    ],
    [
      'a long noun phrase before "put off", then a dash',
      'Website',
      ['Item on the new plot map put off to next meeting - JB not here.'],
      { kind: 'next' },
    ],
    ['"held over" with "until"', 'Rules review', ['Held over until the May meeting.'], { kind: 'month', month: 'May' }],
  ])('%s', (_name, title, body, due) => {
    const items = notes(title, body);
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe('deferral');
    expect(items[0].due).toEqual(due);
  });

  it('a chair’s request that a report be carried forward to a month', () => {
    const items = notes('Work plan', [
      'The committee went through the work plan. The chair asked that the report on the plot inspections, due tonight but not finished, be carried forward to May.',
    ]);
    expect(items.map((i) => [i.category, i.due])).toEqual([['deferral', { kind: 'month', month: 'May' }]]);
  });
});

describe('near-misses: the same words that put nothing back', () => {
  it.each([
    ['an action log line with no "to"', 'Actions', ['Actions 12 and 14 carried forward.']],
    ['money kept for the next year', 'Accounts', ['RESOLVED that the unspent £300 be carried forward to 2027/28.']],
    ['being discouraged', 'Open day', ['Some visitors were put off by the muddy paths last year.']],
    ['a balance as a noun phrase', 'Accounts', ['The balance carried forward is £1,214.']],
  ])('%s', (_name, title, body) => {
    expect(notes(title, body).filter((i) => i.category === 'deferral')).toEqual([]);
  });

  it('after another sentence, "carried over to next time" carries that errand on, not the heading’s matter', () => {
    const items = notes('Last month’s jobs', [
      '- The gate hinge is fixed.',
      '- JB still has to ask the council about a second skip. Carried over to next time.',
    ]);
    expect(items.filter((i) => i.category === 'deferral')).toEqual([]);
  });

  it.each([
    ['Carried forward to May', true],
    ['Stall layout put back to the May meeting', true],
    ['Put off until the next meeting', true],
    ['The carry forward of actions', false],
    ['Put off by the cost', false],
    ['Set out to the panel', false],
    ['Carried forward.', false],
  ])('"%s" has a verb of putting back at its phrasal participle: %s', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.some((_t, i) => putBackPhrasal(tokens, i))).toBe(expected);
  });

  it('reads the noun phrase before the phrasal verb as its subject, where the grammar found no verb', () => {
    const text = 'Stall layout put back to the May meeting';
    const reading = putBackReading(text, readClause(text));
    expect([reading.subject, reading.verb, reading.passive]).toEqual(['Stall layout', 'put', true]);
    // (a verb the grammar found stands: "The stall was put back to May" is read as it always was)
    const found = readClause('The stall was put back to May');
    expect(putBackReading('The stall was put back to May', found)).toBe(found);
  });
});
