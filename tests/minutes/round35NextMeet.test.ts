// Issue 11, round 35: next meetings — another body's sitting told in a reported clause or a relative clause whose subject
// is written in lower case with words that say which body it is ("the joint committee with Brookmere Parish on the
// recreation ground would next meet on …", "the district sports partnership, which next meets on …"), or named after
// "that" in reported speech ("It was noted that Cabinet would meet on …"). Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ashvaleNextMeetings as next, NOTHING_DECIDED as NOTHING } from './helpers/ashvaleLeisure.js';

// (the Leisure Committee of Ashvale Town Council, held 9 November 2027; its own next meeting 11 January 2028)
const OWN = ['2028-01-11'];

describe("another body's sitting, its subject in lower case with words after the noun or a relative clause", () => {
  it.each([
    [
      'a committee named by what it is with and on',
      'The Town Clerk reported that the joint committee with Brookmere Parish on the recreation ground would next meet on 2 December 2027.',
    ],
    [
      'a board named by whom it is for',
      'Members heard that the advisory board for the county sports grants will next meet on 2 December 2027 and will take the bid then.',
    ],
    [
      'a relative clause after a partnership in lower case',
      'The officer said the bid now sits with the district sports partnership, which next meets on 2 December 2027.',
    ],
    [
      'a relative clause with a modal',
      'The matter rests with the county playing fields forum, which will next meet on 2 December 2027.',
    ],
  ])('%s', (_name, business) => {
    expect(next(business)).toEqual(OWN);
  });

  it.each([
    [
      'the committee in lower case, no words to say which',
      'It was reported that the committee would next meet on 11 January 2028.',
    ],
    [
      "the words after the noun are this body's own",
      'The Clerk said that the leisure committee, which next meets on 11 January 2028, would see the draft.',
    ],
    [
      'a relative clause after the committee with no other word',
      'Members asked that the draft go to the committee, which next meets on 11 January 2028.',
    ],
  ])('near-miss: %s', (_name, business) => {
    expect(next(business, NOTHING)).toEqual(OWN);
  });
});

describe('another body named after "that" in reported speech, "would meet on", is not this body', () => {
  it.each([
    [
      "in the dates minute after this body's day",
      'Tuesday 11 January 2028 at 6pm. It was noted that Cabinet would meet on 14 December 2027 to reconsider the grant.',
    ],
    [
      'a council named in full',
      'Tuesday 11 January 2028 at 6pm. Members were told that Brookmere Parish Council would meet on 2 December 2027.',
    ],
    [
      'with "will"',
      'Tuesday 11 January 2028 at 6pm. The Chair reminded members that the District Council will meet on 2 December 2027.',
    ],
  ])('%s', (_name, dates) => {
    expect(next(NOTHING, dates)).toEqual(OWN);
  });

  it.each([
    [
      'this body named after "that"',
      'Tuesday 11 January 2028 at 6pm. It was noted that the Leisure Committee would meet on 8 February 2028 for the budget.',
      ['2028-01-11', '2028-02-08'],
    ],
    [
      'the committee by its head noun',
      'It was noted that the Committee would next meet on Tuesday 11 January 2028 at 6pm.',
      OWN,
    ],
  ])('near-miss: %s', (_name, dates, want) => {
    expect(next(NOTHING, dates)).toEqual(want);
  });
});
