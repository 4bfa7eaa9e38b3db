// Issue 11, round 24: next meetings and references — "full council" in lower case as the body "its meeting" stands
// for; lower-case words before a body's head noun and "meeting" naming another group's sitting (and a lower-case noun
// standing for a capitalised name given just before). Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { layout } from '../../src/minutes/layout.js';
import { findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';

const MEETING = '2027-11-09';
const HEAD =
  'ASHVALE TOWN COUNCIL\n\nMinutes of the meeting of the Leisure Committee held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
const COUNCIL_HEAD =
  'Minutes of the meeting of Ashvale Town Council held on Tuesday 9 November 2027 at 7pm\n\n1. Apologies\nNone.\n\n';
const next = (minute: string, head = HEAD) => {
  const lines = layout(
    `${head}5. Business\n${minute}\n\n8. Date of next meeting\nTuesday 11 January 2028 at 6pm.\n`,
  ).split('\n');
  return findNextMeetings(splitMinutes(lines), MEETING, ownBodyOf(lines));
};

describe('"full council" in lower case is the body "its meeting" stands for', () => {
  it.each([
    [
      '"to recommend to full council that … at its meeting on"',
      'RESOLVED to recommend to full council that the fees be considered at its meeting on 17th January 2028.',
    ],
    [
      '"to the full town council"',
      'RESOLVED to recommend to the full town council that the fees be set at its meeting on 17 January 2028.',
    ],
    [
      'active, "recommends to full council"',
      'The committee recommends to full council that it adopt the plan at its meeting on 17 January 2028.',
    ],
    [
      'passive, "be referred to full council"',
      'That the charges be referred to full council for adoption at its meeting on Monday 17 January 2028.',
    ],
    [
      'capitalised, as before',
      'RESOLVED to recommend to Full Council that the fees be considered at its meeting on 17th January 2028.',
    ],
  ])('%s', (_name, text) => {
    expect(next(text)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      "no body named: this body's own sitting",
      'RESOLVED that the fees be considered again at its meeting on 17 January 2028.',
    ],
    ["the council's own minutes", 'RESOLVED to bring the fees back to full council at its meeting on 17 January 2028.'],
  ])('near-miss: %s', (_name, text) => {
    const head = _name.startsWith('the council') ? COUNCIL_HEAD : HEAD;
    expect(next(text, head)).toEqual(['2028-01-11', '2028-01-17']);
  });
});

describe('lower-case words before a body\'s head noun and "meeting" name another group\'s sitting', () => {
  it.each([
    [
      'a partnership, reported on',
      'Cllr Dale reported on the county footpaths partnership meeting on 17th January 2028.',
    ],
    ['a forum, "is on"', 'The next area forum meeting is on 17 January 2028.'],
    ['a council, sentence first', 'The youth council meeting on 17 January 2028 will hear the bid.'],
    ['a working group, "will be held on"', 'The skatepark working group meeting will be held on 17 January 2028.'],
    [
      'a board, after "at"',
      'The bid will be discussed at the regional sports board meeting on Monday 17 January 2028.',
    ],
    [
      'a lower-case noun standing for a name given just before',
      'Cllr Oak attended the Ashvale Cluster meeting on 2 November; the next cluster meeting is on 17 January 2028.',
    ],
  ])('%s', (_name, text) => {
    expect(next(text)).toEqual(['2028-01-11']);
  });

  it.each([
    ['the next committee meeting', 'The next committee meeting is on 17 January 2028.'],
    ["this body's own words", 'The next leisure committee meeting is on 17 January 2028.'],
    ['a kind of sitting, "special"', 'A special committee meeting will be held on 17 January 2028.'],
    ['no noun before "meeting"', 'The meeting on 17 January 2028 will hear the bid.'],
  ])('near-miss: %s', (_name, text) => {
    expect(next(text)).toEqual(['2028-01-11', '2028-01-17']);
  });
});
