// Round 44, precision: a sentence that is only a verdict or a status word ("Closed.", "Agreed.", "As amended.") is no
// item; what it settles is read with the sentence before it. Invented notes of a village sports club's committee and
// a joint recycling board's action log, with near-misses that carry a matter or an actor and must still be read.
import { describe, expect, it } from 'vitest';
import { bareVerdict } from '../../src/minutes/bareVerdict.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a bare verdict or status decides nothing', () => {
  it.each(['Closed.', 'Done', 'Complete.', 'completed', 'Agreed.', 'As amended.', '- Noted.', '• Sorted!', 'CARRIED.'])(
    '%s',
    (text) => {
      expect(bareVerdict(text)).toBe(true);
    },
  );

  it.each([
    // a matter or an actor with the verdict: left to the readers
    'Agreed to buy two new nets.',
    'Closed until the spring.',
    'Done by the Treasurer; Sam to file the receipt.',
    'Approved as amended, Clerk to circulate.',
    'Noted that the pavilion roof leaks.',
    'Carried forward to January.',
    'Complete the risk assessment by 1 March.',
    'Clerk to close the account.',
  ])('not: %s', (text) => {
    expect(bareVerdict(text)).toBe(false);
  });
});

/** The club committee's notes: a first item given as its lines, then an errand under "Winter nets". */
const clubNotes = (first: string[]) =>
  [
    'Ashby Green Cricket Club - Committee',
    'Notes of meeting, Tuesday 3rd November 2026, in the pavilion',
    '',
    'Present: Ruth (chair), Ollie, Priya, Tom',
    '',
    ...first,
    '',
    '2. Winter nets',
    '   Tom to book the school sports hall for six Friday evenings from January.',
  ].join('\n');

describe('in whole minutes', () => {
  const notes = clubNotes([
    '1. Action log',
    '   - Nets repaired by the groundsman in October (invoice paid with the spring grant). Closed.',
    '   - Bar licence renewal - Priya sent the form (copy kept in the file). Done.',
  ]);

  it('reads the errand and no bare status', () => {
    const texts = parseMinutes(notes).items.map((i) => i.text);
    expect(texts.some((t) => /sports hall/.test(t))).toBe(true);
    expect(texts.some((t) => bareVerdict(t))).toBe(false);
  });
});

import { recordMended } from '../../src/minutes/recordMended.js';

describe("the last meeting's record mended or signed is no item", () => {
  it.each([
    'Notes to be amended.',
    'The minutes to be corrected accordingly.',
    'That the minutes of the last meeting be amended and signed by the Chair.',
    'Minutes were corrected',
    'Chair to sign the printed copy.',
    'The Chairman will sign the minutes.',
  ])('%s', (text) => {
    expect(recordMended(text)).toBe(true);
  });

  it.each([
    // another thing amended, or the record to be sent somewhere: a task
    'The policy to be amended to include the new fees.',
    'Notes to be circulated to all members by Friday.',
    'Clerk to amend the minutes and send them to the auditor.',
    'Chair to sign the lease.',
    'Chair to sign the grant application by 5 December.',
  ])('not: %s', (text) => {
    expect(recordMended(text)).toBe(false);
  });
});

describe('what the filters take out is still shown to the clerk, with the noted entries', () => {
  const notes = clubNotes(['1. Notes of last meeting', '   Notes to be amended.']);

  it('proposes the errand and lists the mended record as noted', () => {
    const proposal = parseMinutes(notes);
    expect(proposal.items.map((i) => i.text)).toEqual([
      'Tom to book the school sports hall for six Friday evenings from January.',
    ]);
    expect(proposal.noted.map((n) => n.text)).toContain('Notes to be amended.');
  });
});
