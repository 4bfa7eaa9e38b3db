// Issue 11, round 41: next meetings — which printed days are this body's own sittings, read by how minutes are laid
// out rather than by their words: a day's sentence read over a hard line break (a label or a qualifier at the end of
// the line above, the noun "meeting" on the line below), a log's reference column that is no day, a label of the
// body's sittings opening a sentence inside a line, and an invitation received, whose sitting is its sender's.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

// (the Amenities Committee of Corley Vale Town Council, held 16 November 2027)
const HEAD =
  'CORLEY VALE TOWN COUNCIL\n\nMinutes of the meeting of the Amenities Committee held on Tuesday 16 November 2027 at 7pm\n\n1. Apologies\nNone received.\n\n2. Play area\nThe report was noted.\n\n';
const next = (tail: string): string[] => parseMinutes(`${HEAD}${tail}\n`).nextMeetings;

describe("a day's sentence over a hard line break", () => {
  it('a label of another body at the end of a line of run-together rows holds the day opening the next line', () => {
    expect(
      next(
        '9. Dates of meetings\nAmenities Committee: 11 January 2028, 14 March 2028. Allotments Panel:\n25 January 2028.',
      ),
    ).toEqual(['2028-01-11', '2028-03-14']);
  });

  it('a qualifier at the end of the line above holds the day opening this line', () => {
    expect(
      next(
        '9. Next meeting: Tuesday 11 January 2028 at 7pm. An extra meeting on the budget provisionally\n   8 February 2028.',
      ),
    ).toEqual(['2028-01-11']);
  });

  it('"the <day>" ending a line, "meeting … will" on the next: a sitting of this body to come', () => {
    expect(
      next(
        '9. Date of next meeting\nThe next meeting will be held on Tuesday 11 January 2028 at 7pm. Members noted that the 8 February\nmeeting of the Committee will begin at 5pm because of the budget.',
      ),
    ).toEqual(['2028-01-11', '2028-02-08']);
  });

  it.each([
    ['a meeting stood down', 'Members noted that the 8 February\nmeeting has been stood down.'],
    [
      'another body named after "of"',
      'Members noted that the 8 February\nmeeting of the Allotments Panel will start early.',
    ],
  ])('near-miss: %s', (_name, sentence) => {
    expect(
      next(`9. Date of next meeting\nThe next meeting will be held on Tuesday 11 January 2028 at 7pm. ${sentence}`),
    ).toEqual(['2028-01-11']);
  });

  it.each([
    ['a row ending in a word, one a line', '9. Dates of meetings\n11 January 2028 budget\n14 March 2028'],
    [
      'a label alone on its line over the rows',
      '9. Dates of meetings\nAmenities Committee:\n11 January 2028\n14 March 2028',
    ],
  ])('near-miss: %s keeps every row', (_name, tail) => {
    expect(next(tail)).toEqual(['2028-01-11', '2028-03-14']);
  });
});

describe("a log's reference in a column of its own is no day", () => {
  it('a closing table of actions under the next meeting', () => {
    expect(
      next(
        '9. Next meeting: Tuesday 11 January 2028, 7pm.\n\nACTIONS FROM THIS MEETING\n   2      Ask the contractor for a second quote by 30 Nov      PR\n   7      Order the new bins                                   Clerk',
      ),
    ).toEqual(['2028-01-11']);
  });

  it('near-miss: a day in a column of its own still opens its row', () => {
    expect(next('9. Dates of meetings\n11      January 2028\n14 March 2028')).toContain('2028-03-14');
  });
});

describe("a label of this body's sittings inside a line", () => {
  it('"Meetings:" after a resolution, its days joined by semicolons', () => {
    expect(
      next(
        '9. Work programme and dates\nRESOLVED: That the work programme be noted. Meetings: 11 January 2028; 14 March 2028.',
      ),
    ).toEqual(['2028-01-11', '2028-03-14']);
  });

  it.each([
    [
      "another body's meetings in a diary",
      '9. Dates for the diary\nAllotment society meetings - 30 November and 14 December 2027',
    ],
    ['a deadline', '9. Work programme\nRESOLVED: That the work programme be noted. Papers due: 30 November 2027.'],
  ])('near-miss: %s', (_name, tail) => {
    expect(next(tail)).toEqual([]);
  });
});

describe("an invitation received is to its sender's sitting", () => {
  it.each([
    [
      'from a council, to a liaison meeting',
      'Invitation from the district council to a parish liaison meeting on 3 December 2027. Cllr Ames to attend.',
    ],
    [
      'from a trust, to its open meeting',
      'An invitation from the Corley Vale Trust to its open meeting on 3 December 2027 was noted.',
    ],
  ])('%s', (_name, sentence) => {
    expect(next(`8. Correspondence\n${sentence}\n\n9. Next meeting: Tuesday 11 January 2028, 7pm.`)).toEqual([
      '2028-01-11',
    ]);
  });

  it("near-miss: an invitation to this body's own next meeting keeps its day", () => {
    expect(
      next('8. Correspondence\nThe Clerk to send an invitation to the next meeting on 11 January 2028 to the tenants.'),
    ).toEqual(['2028-01-11']);
  });
});

describe('a general meeting is the subject of "will be on": the sitting itself, not a body acting', () => {
  it('"The AGM will be on <day>" under its own minute', () => {
    expect(
      next(
        '8. Annual general meeting\nThe AGM will be on Monday 14 February 2028 at 7pm. The Clerk to book the hall.\n\n9. Next meeting: Tuesday 11 January 2028, 7pm.',
      ),
    ).toEqual(['2028-01-11', '2028-02-14']);
  });

  it.each([
    ["another body's AGM by its name", 'The Corley Vale Allotment Society AGM will be on Monday 14 February 2028.'],
    ["another body's AGM in lower case", 'The county allotments federation AGM will be on Monday 14 February 2028.'],
  ])('near-miss: %s', (_name, sentence) => {
    expect(next(`8. Correspondence\n${sentence}\n\n9. Next meeting: Tuesday 11 January 2028, 7pm.`)).toEqual([
      '2028-01-11',
    ]);
  });
});
