// Round 15, owners: who a minute names to act, read from how minutes lay the line out and plain grammar — each rule
// tested on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A minute of an invented scrutiny panel whose attendance names the posts in full. */
const panel = (...lines: string[]) =>
  [
    'Harrowfield Borough Council',
    'Communities Scrutiny Panel',
    'Minutes of the meeting held on 9 February 2026',
    '',
    'Also present: Cllr Ines Varga (Cabinet Member for Parks and Leisure)',
    'Officers: Owen Drake (Head of Libraries)',
    '',
    '6.  Library opening hours',
    ...lines,
    '',
    '7.  Date of next meeting',
    'Monday 13 April 2026.',
  ].join('\n');

describe('a post cut to its head at the start of a sentence is the post named in full', () => {
  it.each([
    ['The Cabinet Member agreed to send members the footfall figures.', 'Cabinet Member for Parks and Leisure'],
    [
      'Members asked about Sundays; the Cabinet Member agreed to send them the footfall figures.',
      'Cabinet Member for Parks and Leisure',
    ],
    ['The Head agreed to send members the footfall figures.', 'Head of Libraries'],
  ])('%s', (line, expected) => {
    expect(parseMinutes(panel(line)).items.map((i) => i.owner)).toEqual([expected]);
  });

  it.each([
    // a body keeps its own name
    ['The Council agreed to send members the footfall figures.', 'The Council'],
    // a presiding office is the one presiding here
    ['The Chair agreed to send members the footfall figures.', 'The Chair'],
  ])('not: %s', (line, expected) => {
    const [item] = parseMinutes(panel(line)).items;
    expect(item.owner?.replace(/^the\s+/i, '')).toEqual(expected.replace(/^The\s+/, ''));
  });
});
