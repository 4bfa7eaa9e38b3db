// Issue 11, round 17: next meetings as layout and plain grammar give them — a "Date of next meeting." heading run into
// its date on one line, two dates joined after a 24-hour time, a "Further dates:" line under the next meeting, a meeting
// that "will now be held on" another day, and a flattened table's row that does not read the row above it as its own
// sentence. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (minute: string) => {
  const lines = layout(`${HEAD}${minute}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('a next-meeting heading run into its date with a full stop', () => {
  it.each([
    ['a run-in heading', 'Date of next meeting. Tuesday 7th December 2027 at 6pm in the Annexe.'],
    ['in capitals', 'DATE OF NEXT MEETING. Tuesday 7 December 2027, 6pm.'],
    ['"the next meeting"', 'Date of the next meeting. 7 December 2027, Annexe.'],
    [
      'after other run-in paragraphs',
      'Footpaths. The stile was mended.\nDate of next meeting. Tuesday 7 December 2027.',
    ],
  ])('%s', (_name, text) => {
    expect(next(`5. Other matters\nGrants. Two grants were paid.\n${text}`)).toEqual(['2027-12-07']);
  });

  it.each([
    ['another body named', 'Date of next Council meeting. Tuesday 7 December 2027.'],
    ['a date held in case', 'Date of next meeting. Provisionally Tuesday 7 December 2027.'],
  ])('not where the run-in heading gives no sitting of this body: %s', (_name, text) => {
    expect(next(`5. Other matters\n${text}`)).toEqual([]);
  });
});

describe('two dates joined after a 24-hour time', () => {
  it.each([
    ['semicolon', 'Next meetings\nTuesday 8 February 2028, 10:00; Tuesday 9 May 2028, 10:00 (both online).'],
    ['comma', 'Future meetings:\n8 February 2028 at 18.30, 9 May 2028 at 18.30'],
    ['"and"', 'Next meetings: Tuesday 8 February 2028, 14:00 and Tuesday 9 May 2028, 14:00'],
    ['"then"', 'The Panel will next meet on 8 February 2028 at 10:00, then 9 May 2028.'],
  ])('%s', (_name, text) => {
    expect(next(`6. Dates\n${text}`)).toEqual(['2028-02-08', '2028-05-09']);
  });

  it("a time before another body's date still leaves that date the other body's", () => {
    expect(
      next('6. Dates\nThe Panel will next meet on 8 February 2028 at 10:00; the Town Council meets on 9 May 2028.'),
    ).toEqual(['2028-02-08']);
  });
});

describe('a "Further dates:" line under the next meeting', () => {
  it.each([
    ['further', 'Next meeting: Tuesday 7 December 2027, 6pm.\nFurther dates: 8 February 2028, 9 May 2028.'],
    ['future, one a line', 'Next meeting: 7 December 2027\nFuture dates:\n8 February 2028\n9 May 2028'],
    ['remaining, with "and"', 'Remaining dates: 7 December 2027, 8 February 2028 and 9 May 2028.'],
  ])('%s', (_name, text) => {
    expect(next(`8. Any other business\n${text}`)).toEqual(['2027-12-07', '2028-02-08', '2028-05-09']);
  });

  it.each([
    [
      'further dates in a sentence',
      'Officers will offer two further dates for the training in 2028, 8 February and 9 May.',
    ],
    ['key dates, no sittings', 'Key dates: survey closes 8 February 2028; report published 9 May 2028.'],
  ])('not dates that are not sittings: %s', (_name, text) => {
    expect(next(`8. Any other business\n${text}`)).toEqual([]);
  });
});

describe('a meeting that will now be held on another day leaves its first day', () => {
  it.each([
    [
      '"will now be held on"',
      'The Panel noted that the meeting planned for 8 February 2028 will now be held on 15 February 2028.',
    ],
    ['"is now to be held on"', 'The meeting scheduled for 8 February 2028 is now to be held on 15 February 2028.'],
    [
      '"will instead take place on"',
      'The meeting arranged for Tuesday 8 February 2028 will instead take place on Tuesday 15 February 2028.',
    ],
  ])('%s', (_name, text) => {
    expect(next(`7. Dates of future meetings\n${text}`)).toEqual(['2028-02-15']);
  });

  it('a move of room keeps the day', () => {
    expect(next('7. Dates of future meetings\nThe meeting on 8 February 2028 will now be held in the Annexe.')).toEqual(
      ['2028-02-08'],
    );
  });
});

describe("a flattened table's row does not take the row above as its sentence", () => {
  it.each([
    ['a ref first', 'A/3 Report on the survey KP Next meeting Amber\nA/4 Send the map to members KP 24/11/27 Green'],
    ['a bullet first', '- Survey report to the next Panel meeting (KP)\n- Map to members by 24 November 2027 (KP)'],
  ])('%s', (_name, rows) => {
    expect(next(`9. Action log\n${rows}\n\nDate of next meeting: Tuesday 7 December 2027.`)).toEqual(['2027-12-07']);
  });

  it('a sentence broken over two lines still reads as one', () => {
    expect(
      next(
        '9. Any other business\nMembers agreed that the next meeting of the Panel would be held on\n7 December 2027.',
      ),
    ).toEqual(['2027-12-07']);
  });
});

describe('a deadline named with its owner\'s possessive: "by the Trust\'s deadline of 4 February"', () => {
  it.each([
    [
      "the funder's closing date",
      "That the Clerk apply to the Bramble Trust for a grant before the Trust's closing date of 4 February 2028.",
    ],
    [
      "an acronym's deadline",
      "KP and RW to draft a joint reply and submit it by the LEP's deadline of 4 February 2028.",
    ],
    ['two words before it', "the Secretary to send the return by the funder's final deadline of 4 February 2028"],
    ['no possessive, as before', 'the Clerk to send the form by the closing date of 4 February 2028'],
  ])('%s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING)).toEqual({ kind: 'date', date: '2028-02-04' });
  });

  it('not a day that is no deadline', () => {
    expect(dueOf("the Trust's chair, appointed on 4 February 2028, to be thanked", MEETING)).toBeNull();
  });
});
