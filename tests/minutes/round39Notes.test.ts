// Issue 11, round 39: next meetings in notes and informal minutes — another body's general meeting named after "of"
// ("the AGM of the league on …"), a line under the next meeting's that carries its list on with a word of sequence
// ("Then 11 January."), and a deadline's noun before a day in a sentence that names the next meeting ("… before the
// deadline of 20 November"). Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { larkfieldNextMeetings as notes } from './helpers/larkfieldClubNotes.js';
import { ashvaleNextMeetings as minutes } from './helpers/ashvaleLeisure.js';

// (the Club Committee of Larkfield Tennis Club, 2 November 2027; its own next meeting 7 December 2027)
const OWN = ['2027-12-07'];

describe('another body\'s AGM, named after "of"', () => {
  it.each([
    ['a league, in a dash line', 'AGM of the league on 4th December 2027 - Dev to attend.'],
    ['two words, "is on"', 'The AGM of the county association is on 4th December 2027; Dev to go.'],
    ['the long form', 'Dev will go to the annual general meeting of the regional federation on 4th December 2027.'],
    ['a capitalised name', 'Cath noted the AGM of the Larkfield Residents Trust is set for 4th December 2027.'],
  ])('%s', (_name, business) => {
    expect(notes(business)).toEqual(OWN);
  });

  it.each([
    ["a word of this body's name", 'The AGM of the club is on 4th December 2027.'],
    ['a bare AGM', 'The AGM is on 4th December 2027 in the pavilion.'],
  ])("near-miss (kept as this body's): %s", (_name, business) => {
    expect(notes(business)).toEqual(['2027-12-04', '2027-12-07']);
  });

  it('in a committee\'s minutes, a word of its own name after "of" keeps the day', () => {
    expect(minutes('The AGM of the leisure committee is on 2 December 2027.')).toEqual(['2027-12-02', '2028-01-11']);
    expect(minutes('The AGM of the bowls league is on 2 December 2027.')).toEqual(['2028-01-11']);
  });
});

describe("a line under the next meeting's that goes on with a word of sequence", () => {
  it.each([
    [
      '"Then", under a line of its own',
      'Next meeting: Tuesday 7th December 2027, 7.30pm, pavilion.\nThen 11th January 2028.',
    ],
    [
      '"After that", a weekday',
      'Next meeting: Tuesday 7th December 2027, 7.30pm.\nAfter that, Tuesday 11th January 2028.',
    ],
    [
      '"Then" with two days joined',
      'Next mtg: Tuesday 7th December 2027, 7.30pm.\nThen 11th January and 8th February 2028.',
    ],
  ])('%s', (_name, foot) => {
    const expected = ['2027-12-07', '2028-01-11'];
    if (/February/.test(foot)) expected.push('2028-02-08');
    expect(notes('Nothing new.', foot)).toEqual(expected);
  });

  it('under a dates minute, as in a list', () => {
    expect(minutes('Nothing new.', 'Tuesday 11 January 2028 at 6pm.\nThen Tuesday 8 March 2028.')).toEqual([
      '2028-01-11',
      '2028-03-08',
    ]);
  });

  it.each([
    [
      'a line with no word of sequence',
      'Next meeting: Tuesday 7th December 2027, 7.30pm.\nQuiz night 11th January 2028.',
    ],
    [
      '"then" after a blank-free gap of other business',
      'Next meeting: Tuesday 7th December 2027.\nBen to book the hall.\nThen 11th January 2028 for the quiz.',
    ],
    ['a reserve day', 'Next meeting: Tuesday 7th December 2027.\nThen 11th January 2028 (reserve, if needed).'],
  ])('near-miss (no sitting added): %s', (_name, foot) => {
    expect(notes('Nothing new.', foot)).toEqual(OWN);
  });
});

describe('a deadline named before a day, in a sentence that names the next meeting', () => {
  it.each([
    [
      '"before the deadline of"',
      'Deferred to the next meeting, and Cath to send the form before the deadline of 20th November.',
    ],
    ['"closing date"', 'Put back to the next meeting; Ben to enter the league, closing date 20th November.'],
    ['"deadline:"', 'To come back at the next mtg - entry deadline: 20th November.'],
  ])('%s', (_name, business) => {
    expect(notes(business)).toEqual(OWN);
  });

  it("near-miss: the next meeting's own day is still read", () => {
    expect(notes('The next meeting will be on 30th November 2027 instead.')).toEqual(['2027-11-30', '2027-12-07']);
  });
});
