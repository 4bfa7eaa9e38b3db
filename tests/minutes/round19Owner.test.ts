// Round 19, owners: who a minute names to act, read from how bodies are named — tested on invented wording, several
// ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** An invented committee's minutes, its name printed in the masthead, one resolution with lettered parts. */
const minutes = (masthead: string[], ...clauses: string[]) =>
  [
    ...masthead,
    'Minutes of the meeting held on 3 March 2026',
    '',
    '(21) Roadside Verges Plan',
    'RESOLVED that the Committee:',
    '(a) note the report; and',
    ...clauses,
    '',
    '(22) Date of Next Meeting',
    'Thursday 16 April 2026.',
  ].join('\n');

const owners = (masthead: string[], ...clauses: string[]) =>
  parseMinutes(minutes(masthead, ...clauses))
    .items.filter((i) => /verge|mowing|seed/i.test(i.text))
    .map((i) => i.owner);

describe('a cabinet committee is a committee of the Cabinet: "Cabinet" in its minutes is another body', () => {
  it.each([
    [['Farrowdale County Council', 'Environment Cabinet Committee']],
    [['FARROWDALE COUNTY COUNCIL', 'ENVIRONMENT AND ROADS CABINET COMMITTEE']],
    [['Environment and Roads Cabinet Committee - Tuesday, 3rd March, 2026 10.00 am']],
    [['Farrowdale County Council', 'Growth Cabinet Sub-Committee']],
  ])('%j', (masthead) => {
    expect(ownBodyOf(masthead).is('Cabinet')).toBe(false);
    expect(ownBodyOf(masthead).is('the Cabinet')).toBe(false);
    expect(owners(masthead, '(b) recommend to Cabinet that the verge mowing budget be kept at £40,000.')).toEqual([
      'Cabinet',
    ]);
    expect(
      owners(masthead, '(b) recommend to the Cabinet that wildflower seed be bought for ten more verges in 2027.'),
    ).toEqual(['the Cabinet']);
  });

  it('its own name, or "the Committee", is still itself', () => {
    const body = ownBodyOf(['Farrowdale County Council', 'Environment Cabinet Committee']);
    expect(body.is('the Committee')).toBe(true);
    expect(body.is('Environment Cabinet Committee')).toBe(true);
  });

  it.each([
    // near-misses: the noun before the head names the body itself, and Cabinet in Cabinet's own minutes
    [['Farrowdale County Council', 'Transport Partnership Board'], 'the Partnership', true],
    [['Farrowdale County Council', 'Cabinet'], 'Cabinet', true],
    [['Farrowdale County Council', 'Environment Scrutiny Committee'], 'Cabinet', false],
  ])('%j reads %s as itself: %s', (masthead, np, mine) => {
    expect(ownBodyOf(masthead).is(np)).toBe(mine);
  });
});

/** An invented committee's minute whose discussion is numbered, the resolution's stem its last numbered paragraph. */
const numbered = (stem: string, ...clauses: string[]) =>
  [
    'Farrowdale County Council',
    'Roads Scrutiny Committee',
    'Minutes of the meeting held on 3 March 2026',
    '',
    '(21) Roadside Verges Plan',
    '1. Mr Ames introduced the plan, which proposed cutting verges twice a year.',
    '2. Members asked about the cost of seed for wildflower verges.',
    stem,
    ...clauses,
    '',
    '(22) Date of Next Meeting',
    'Thursday 16 April 2026.',
  ].join('\n');

const read = (stem: string, ...clauses: string[]) =>
  parseMinutes(numbered(stem, ...clauses)).items.map((i) => ({ owner: i.owner, text: i.text }));

describe('a resolution stem printed as a numbered paragraph heads the clauses below it', () => {
  it.each([
    [
      '3. RESOLVED that the Committee:',
      '(a) note the plan; and',
      '(b) recommend to Cabinet that verge mowing stay at two cuts a year.',
    ],
    [
      '3) RESOLVED that the Committee:',
      '•\tnote the plan; and',
      '•\trecommend to Cabinet that verge mowing stay at two cuts a year.',
    ],
    [
      '3. AGREED that the Committee:',
      'i. note the plan; and',
      'ii. recommend to Cabinet that verge mowing stay at two cuts a year.',
    ],
  ])('%s', (stem, ...clauses) => {
    const items = read(stem, ...clauses);
    expect(items.some((i) => /^the committee:?$/i.test(i.text.trim()) || /^resolved/i.test(i.text))).toBe(false);
    expect(items.find((i) => /mowing/.test(i.text))?.owner).toBe('Cabinet');
  });

  it.each([
    // near-misses: a resolution written out in its numbered paragraph is still read inline, once
    ['3. RESOLVED that the plan be noted and that wildflower seed be bought for six verges.', /seed/],
    ['3. RESOLVED that wildflower seed be bought for six verges: two on each ward boundary.', /seed/],
  ])('%s is read as before', (line, about) => {
    const items = read(line);
    expect(items.filter((i) => about.test(i.text))).toHaveLength(1);
  });

  it('the clauses end at the next numbered paragraph', () => {
    const items = read(
      '3. RESOLVED that the Committee:',
      '(a) note the plan; and',
      '(b) recommend to Cabinet that verge mowing stay at two cuts a year.',
      '4. The Chair thanked Mr Ames for the seed trial results.',
    );
    expect(items.some((i) => /thanked/.test(i.text))).toBe(false);
  });
});
