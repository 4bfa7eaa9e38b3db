// Round 36, precision: a proposal the meeting did not adopt, then a fragment with no subject that says only that the
// idea may come back ("… not agreed; to be looked at again with the budget", "Not agreed … . To be revisited in the
// spring."). Nothing was decided and no one, and no sitting, is named: a clerk tracks nothing. Invented minutes of a
// parish council and a tenants' panel, several layouts, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { putOffIdea } from '../../src/minutes/lookedAtAgain.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented minutes of a parish council: numbered minutes, prose under each. */
const parish = (body: string[]) =>
  [
    'Ashwell Green Parish Council',
    'Minutes of the meeting held on 12 October 2026 at the Village Hall',
    '',
    'Present: Cllrs Marsh (Chair), Pike, Odell and Quinn. Clerk: Mrs Fenwick.',
    '',
    '1. Minutes',
    'The minutes of 14 September 2026 were approved as a correct record.',
    '',
    ...body,
    '',
    'Date of next meeting: 9 November 2026.',
  ].join('\n');

/** Invented minutes of a tenants' panel: decimal paragraphs. */
const panel = (body: string[]) =>
  [
    'Brookside Homes Tenants Panel',
    'Minutes - 3 November 2026',
    '',
    'Present: Jo Barker (Chair), Sam Idris, Lena Walsh',
    'In attendance: Head of Tenancy Services',
    '',
    '1. Minutes of the last meeting',
    '1.1 Agreed.',
    '',
    ...body,
    '',
    '9. Next meeting: 8 December 2026',
  ].join('\n');

const at = (found: ReturnType<typeof items>, words: RegExp) => found.filter((i) => words.test(i.text));

describe('a proposal not adopted, then a subjectless "to be looked at again"', () => {
  it('after a semicolon in the same sentence', () => {
    const found = items(
      parish([
        '7. Bus shelter',
        'Cllr Quinn reported that the roof of the shelter leaks. RESOLVED that the Clerk obtain a quote for repairs.',
        'A proposal to buy a new shelter (£4,100) was not agreed; to be looked at again when the precept is set.',
      ]),
    );
    expect(at(found, /looked at again/i)).toEqual([]);
    expect(at(found, /quote for repairs/i)).toHaveLength(1);
  });

  it('as its own sentence after "Not agreed –" and a reason', () => {
    const found = items(
      panel([
        '4. Estate walkabouts',
        '4.1 The panel asked for the walkabout dates to be published on the website.',
        '4.2 Sam suggested an evening walkabout in winter. Not agreed - the panel felt the light was too poor.',
        '    To be revisited in the spring.',
      ]),
    );
    expect(at(found, /revisited/i)).toEqual([]);
  });

  it('after a motion lost, and after "No decision"', () => {
    const lost = items(
      parish([
        '8. Allotment rents',
        'A proposal to freeze rents for a year was put to the vote and was lost; to be considered again next year.',
      ]),
    );
    expect(at(lost, /considered again/i)).toEqual([]);
    const none = items(
      panel([
        '5. Parking permits',
        '5.1 The council has not yet set its scheme. No decision; to be reconsidered once it has.',
      ]),
    );
    expect(at(none, /reconsidered/i)).toEqual([]);
  });
});

describe('near-misses that must not change', () => {
  it('a fragment that names a sitting of this body is still forward business', () => {
    const found = items(
      parish([
        '7. Bus shelter',
        'A proposal to buy a new shelter was not agreed; to be looked at again at the next meeting.',
      ]),
    );
    expect(at(found, /next meeting/i).length).toBeGreaterThan(0);
  });

  it('a clause with its own subject after the refusal is kept', () => {
    const found = items(
      parish([
        '7. Bus shelter',
        'A proposal to buy a new shelter was not agreed; the Clerk will bring costed options to the November meeting.',
      ]),
    );
    expect(at(found, /costed options/i)).toHaveLength(1);
  });

  it('the pure test: only a subjectless fragment after a refusal', () => {
    expect(
      putOffIdea(
        '; to be looked at again with the budget',
        'A proposal to buy a van was not agreed; to be looked at again with the budget',
        null,
      ),
    ).toBe(true);
    expect(
      putOffIdea(
        'To be looked at again in the spring.',
        'To be looked at again in the spring.',
        'Not agreed - too costly.',
      ),
    ).toBe(true);
    // no refusal before it: left as it was read
    expect(
      putOffIdea('To be looked at again in the spring.', 'To be looked at again in the spring.', 'The Clerk reported.'),
    ).toBe(false);
    // a sitting named
    expect(
      putOffIdea(
        '; to be looked at again in January',
        'A proposal was not agreed; to be looked at again in January',
        null,
      ),
    ).toBe(false);
    // a subject
    expect(putOffIdea('the Clerk to look at it again', 'Not agreed; the Clerk to look at it again', null)).toBe(false);
    // agreed, not refused
    expect(
      putOffIdea('; to be looked at again in a year', 'The scheme was agreed; to be looked at again in a year', null),
    ).toBe(false);
  });
});
