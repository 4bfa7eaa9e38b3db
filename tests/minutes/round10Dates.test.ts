// Issue 11, round 10: how ordinary minutes write their coming meetings, as rules of the grammar
// that transfer — dates joined to a sitting by a word of sequence ("followed by", "thereafter"),
// a meeting set in the subjunctive ("that a special meeting be held on"), another body's meeting
// named with a noun between ("the Full Council budget meeting"), and a meeting moved or called off
// (the day it was moved from is no sitting). Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';
import { parseMinutes } from '../../src/minutes/index.js';

const MEETING = '2027-11-09';
const HEAD = 'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const next = (minute: string) => {
  const lines = layout(`${HEAD}${minute}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('dates joined to a sitting by a word of sequence share its reading', () => {
  it.each([
    ['followed by', 'The Panel will next meet on 11 January 2028, followed by 7 March 2028 and 2 May 2028.'],
    ['and thereafter on', 'The next meeting is on Tuesday 11 January 2028 and thereafter on 7 March and 2 May 2028.'],
    ['then, after a time', 'The Panel is to meet again on 11 January 2028 at 6pm, then 7 March and 2 May 2028.'],
    ['after that', 'Members agreed to meet on 11 January 2028; after that on 7 March 2028 and 2 May 2028.'],
  ])('%s', (_name, sentence) => {
    expect(next(`5. Any other business\n${sentence}`)).toEqual(['2028-01-11', '2028-03-07', '2028-05-02']);
  });

  it("another body's meeting after the word of sequence keeps its own reading", () => {
    const sentence = 'The next meeting is on 11 January 2028, followed by the Audit Committee on 18 January 2028.';
    expect(next(`5. Any other business\n${sentence}`)).toEqual(['2028-01-11']);
  });
});

describe('a meeting set in the subjunctive is to come, not held', () => {
  it.each([
    ['RESOLVED that … be held on', 'RESOLVED that a special meeting of the Panel be held on 30 November 2027.'],
    [
      'agreed that … should be held on',
      'Members agreed that an additional meeting should be held on 30 November 2027.',
    ],
    ['it be held', 'It was agreed that a budget meeting be held on Tuesday 30 November 2027 at 6pm.'],
  ])('%s', (_name, sentence) => {
    expect(next(`5. Budget\n${sentence}`)).toEqual(['2027-11-30']);
  });

  it('a meeting that was held on a day stays past', () => {
    expect(next('5. Budget\nA workshop meeting was held on 30 November 2027 with residents.')).toEqual([]);
  });
});

describe("another body's meeting named with a noun between the name and 'meeting'", () => {
  it.each([
    ['a budget meeting', 'The Full Council budget meeting will be held on Tuesday 18 January 2028.'],
    ['a site meeting', 'The Planning Committee site meeting is on 20 November 2027.'],
    [
      'an induction meeting',
      "Members noted that the Audit Committee's induction meeting would be on 25 November 2027.",
    ],
  ])('%s', (_name, sentence) => {
    expect(next(`12. Date of next meeting\nTuesday 11 January 2028.\n${sentence}`)).toEqual(['2028-01-11']);
  });

  it("this body's meeting so named is still this body's", () => {
    expect(next('5. Budget\nThe Estates Panel budget meeting will be held on 30 November 2027.')).toEqual([
      '2027-11-30',
    ]);
  });
});

describe('a meeting moved or called off: the day it left is no sitting', () => {
  it.each([
    [
      'moved from, in a bracket',
      'Next meeting: Tuesday 18 January 2028 (moved from 11 January because of the holiday).',
    ],
    ['rearranged from', 'The next meeting has been rearranged from 11 January 2028 to 18 January 2028.'],
    [
      'originally scheduled for',
      'The next meeting, originally scheduled for 11 January 2028, will now take place on 18 January 2028.',
    ],
    ['instead of', 'The Panel will next meet on 18 January 2028 instead of 11 January 2028.'],
  ])('%s', (_name, sentence) => {
    expect(next(`5. Calendar\n${sentence}`)).toEqual(['2028-01-18']);
  });

  it.each([
    ['cancelled', 'Members noted that the meeting on 11 January 2028 had been cancelled.'],
    ['will not take place', 'The meeting scheduled for 11 January 2028 will not now take place.'],
  ])('%s', (_name, sentence) => {
    expect(next(`5. Calendar\n${sentence}`)).toEqual([]);
  });

  it('a paper moved between two sittings still names both', () => {
    const sentence = 'That the report on voids be moved from 11.01.28 to 07.03.28.';
    expect(next(`5. Work programme\n${sentence}`)).toEqual(['2028-01-11', '2028-03-07']);
  });
});

describe('how the body will sit may stand between "meet" and the date', () => {
  it.each([
    ['in public', 'The Panel will next meet in public on 11 January 2028.'],
    ['online', 'Members agreed to meet again online on 11 January 2028.'],
    ['in private, at a place', 'The Panel will next meet in private at the depot on 11 January 2028.'],
  ])('%s', (_name, sentence) => {
    expect(next(`5. Any other business\n${sentence}`)).toEqual(['2028-01-11']);
  });

  it("another body that will next meet in public is that body's", () => {
    const sentence = 'The Board of Governors will next meet in public on 11 January 2028.';
    expect(next(`5. Any other business\n${sentence}`)).toEqual([]);
  });
});

describe('the whole parse reads the same', () => {
  it('a closing item with a sequence and another body', () => {
    const text = `${HEAD}12. Date of next meeting\nThe Panel will next meet on Tuesday 11 January 2028, followed by Tuesday 7 March 2028.\nThe Full Council budget meeting will be on 18 January 2028.\n`;
    expect(parseMinutes(text).nextMeetings).toEqual(['2028-01-11', '2028-03-07']);
  });
});

describe('the masthead names the body; the attendance under it names the bodies members come from', () => {
  it.each([
    ['Present:', 'Present:'],
    ['a heading in two languages', 'Yn bresennol / Present:'],
    ['Attendees', 'Attendees'],
    ['In attendance:', 'In attendance:'],
  ])('%s', (_name, heading) => {
    const own = ownBodyOf([
      'Moorside Partnership Board',
      'Meeting Notes',
      'Date: 09/11/2027',
      heading,
      'A. Able (Chair) - Moorside District Council',
      'B. Baker - Westvale Health Board',
    ]);
    expect(own.name).toBe('Moorside Partnership Board');
    expect(own.is('MPB')).toBe(true);
    expect(own.is('Westvale Health Board')).toBe(false);
  });
});

describe('a meeting called off is the one whose day the verb follows', () => {
  it('another clause after the day leaves it standing', () => {
    const sentence = 'Next meeting: 11 January 2028 – the December social is cancelled.';
    expect(next(`5. Calendar\n${sentence}`)).toEqual(['2028-01-11']);
  });

  it.each([
    ['a time between', 'The meeting on 11 January 2028 at 6pm has been cancelled.'],
    ['", which"', 'The meeting on 11 January 2028, which was postponed, will be rearranged.'],
  ])('%s', (_name, sentence) => {
    expect(next(`5. Calendar\n${sentence}`)).toEqual([]);
  });
});
