// Issue 11, round 26 (dues): a deadline told by the day the thing the work is for closes (after "the closing date" with a
// comma, or as "the close of" the thing); a thing done on a day "on behalf of" a body.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';

// (a Wednesday)
const MEETING = '2027-11-10';
const trust = ownBodyOf(['Minutes of the Brackenford Allotments Trust held on Wednesday 10 November 2027']);
const due = (text: string, own = trust) => dueOf(text, MEETING, false, { own });
const date = (day: string) => ({ kind: 'date', date: day });

describe('a deadline told by the day the thing the work is for closes', () => {
  it.each([
    [
      'the closing date, then the day',
      'The Treasurer will send the claim before the closing date, 30 November 2027.',
      '2027-11-30',
    ],
    [
      'the close of the thing, then the day',
      'members asked for the survey replies by plot to be circulated before the close of the survey on 24 November',
      '2027-11-24',
    ],
    ['the closing date "of"', 'the Secretary send the form before the closing date of 30 November 2027', '2027-11-30'],
  ])('%s', (_name, text, day) => {
    expect(due(text)).toEqual(date(day));
  });

  it.each([
    [
      'a thing that ends on a day',
      'the lease of the far field, which ends on 31 March 2028, be renewed for five years',
    ],
    ['a thing that starts on a day', 'the Secretary tell plot holders about the scheme, which starts on 1 April 2028'],
    ['a closing day past', 'The survey, which closed on 1 November 2027, had 40 replies.'],
  ])('not: %s', (_name, text) => {
    expect(due(text)).toBeNull();
  });
});

describe('a thing done on a day "on behalf of" a body', () => {
  it.each([
    ['the Council', 'The Chairman lays a wreath on behalf of the Council on 14 November 2027', '2027-11-14'],
    [
      'at a place, then the day',
      'Cllr Okafor will lay it on behalf of the Town Council at the memorial on Sunday 14th November.',
      '2027-11-14',
    ],
    ['this Trust', 'The Secretary collect the keys on behalf of this Trust on 20 November 2027', '2027-11-20'],
  ])('%s', (_name, text, day) => {
    expect(due(text)).toEqual(date(day));
  });

  it.each([
    ['a sitting of the body', 'the Secretary to report the figures to the Council on 14 December 2027'],
    ['attending an event', 'Cllr Okafor attend the district forum on 18 November 2027 on behalf of the Trust'],
  ])('not: %s', (_name, text) => {
    const read = due(text);
    expect(read?.kind).not.toBe('date');
  });
});
