// Round 33 (tidy): the words for "a later sitting" of this body live in one module, in four named forms, and the council
// year before a minute's count is a simple pattern checked in code. Phrases and lines are our own.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import {
  AHEAD,
  LATER_SITTING_AFTER_ITEM,
  LATER_SITTING_IN_FRAGMENT,
  LATER_SITTING_OR_PROGRAMME,
  LATER_SITTING_PUT_BACK_TO,
  YEAR_PARTS,
} from '../../src/minutes/laterSitting.js';

describe('the shared words', () => {
  it.each(['next', 'future', 'following', 'later'])('"%s" puts a sitting ahead', (word) => {
    expect(new RegExp(`^(?:${AHEAD})$`, 'i').test(word)).toBe(true);
  });
  it.each(['previous', 'last', 'forthcoming'])('"%s" is not one of them', (word) => {
    expect(new RegExp(`^(?:${AHEAD})$`, 'i').test(word)).toBe(false);
  });
  it.each(['the new year', 'the  spring', 'the summer', 'the autumn'])('"%s" is a part of the year', (phrase) => {
    expect(new RegExp(`^(?:${YEAR_PARTS})$`, 'i').test(phrase)).toBe(true);
  });
  it.each(['the winter', 'new year', 'the year'])('"%s" is not', (phrase) => {
    expect(new RegExp(`^(?:${YEAR_PARTS})$`, 'i').test(phrase)).toBe(false);
  });
});

describe('narrow: a fragment with no subject', () => {
  it.each([
    'to be discussed at the next meeting',
    'to come back next time with prices',
    'to return at a future meeting',
    'to be taken at the March meeting',
    'to be taken at the March 2028 meeting',
    'to be an agenda item in October',
    'to come back to the meeting on 4 June',
  ])('reads "%s"', (text) => {
    expect(LATER_SITTING_IN_FRAGMENT.test(text)).toBe(true);
  });
  it.each([
    'to be looked at again in the spring',
    'to be considered when prices are known',
    'to be put on the work programme',
    'to be taken at the last meeting',
    'to be reviewed in the new year',
  ])('does not read "%s"', (text) => {
    expect(LATER_SITTING_IN_FRAGMENT.test(text)).toBe(false);
  });
});

describe('after "be an item": the tail of a pattern', () => {
  const tail = new RegExp(`^(?:${LATER_SITTING_AFTER_ITEM})`, 'i');
  it.each([
    ' on the next agenda',
    ' at a future meeting',
    ' for the January meeting',
    ' on the February 2028 agenda',
    ' at its next ordinary meeting',
    ' on the agenda in May',
    ' next time',
    ' in the new year',
    ' for the autumn',
  ])('reads "%s"', (text) => {
    expect(tail.test(text)).toBe(true);
  });
  it.each([
    'on the next agenda', // (the tail opens with the space after the item)
    " on Cabinet's agenda",
    ' on the last agenda',
    ' of expenditure in the budget',
    ' in the winter',
  ])('does not read "%s"', (text) => {
    expect(tail.test(text)).toBe(false);
  });
});

describe('wide: a member’s request with the meeting’s assent', () => {
  it.each([
    'that the bus shelter be an item on the next agenda',
    'for the hedges to come back next time',
    'that the toilets be looked at in future meetings',
    'for the lighting to be deferred to April',
    'that the website be added to the work programme',
    'that the grant scheme go on the forward plan',
    'that the footpath be an agenda item',
    'that it be put back until the new year',
  ])('reads "%s"', (text) => {
    expect(LATER_SITTING_OR_PROGRAMME.test(text)).toBe(true);
  });
  it.each([
    'that the hedges be looked at again',
    'that the bus shelter be a standing item',
    'that the lighting be fixed before the winter',
    'for the clerk to write to the owner',
  ])('does not read "%s"', (text) => {
    expect(LATER_SITTING_OR_PROGRAMME.test(text)).toBe(false);
  });
});

describe('anchored: what follows "put back to"', () => {
  it.each([
    'next meeting',
    'the next meeting',
    'the following meeting',
    'a future meeting',
    'a later date',
    'the March meeting',
    'Sept when the contractor is back',
    'the new year',
    'winter',
  ])('reads "%s"', (text) => {
    expect(LATER_SITTING_PUT_BACK_TO.test(text)).toBe(true);
  });
  it.each(['2028/29', 'reserves', 'the budget', 'allow the contractor a next visit', 'mayor'])(
    'does not read "%s"',
    (text) => {
      expect(LATER_SITTING_PUT_BACK_TO.test(text)).toBe(false);
    },
  );
});

describe('a council year before the point runs on (checked in code)', () => {
  it.each([
    ['00/01.1 Grants', '00/01.1', 'year-point'],
    ['Minute 09/10.7 Grants', '09/10.7', 'prefix:year-point'],
    ['2031/32.6 Grants', '2031/32.6', 'year-point'],
  ])('"%s" is a council year and its count', (line, number, style) => {
    expect(headingOf(line)).toMatchObject({ number, style });
  });
  it.each([
    ['98/00.1 Grants', '98/00'],
    ['Item 26/26.2 Grants', '26/26'],
    ['2025/08.4 Grants', '2025/08'],
  ])('"%s" is not, and is read as another shape', (line, number) => {
    const heading = headingOf(line);
    expect(heading?.number).toBe(number);
    expect(heading?.style).not.toMatch(/year-point/);
  });
});
