// Round 23, owners on the newest sets: words read as an owner that name no one, or that cut a name short — a month a
// paper is moved from, a group's name before its lower-case head noun, who sits on a group, when someone came in, a
// modal inside an indirect question. Tested on invented minutes, several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a scrutiny panel: one minute on its work programme. */
const panel = (...lines: string[]) =>
  parseMinutes(
    [
      'Ashby Vale District Council',
      'Communities Scrutiny Panel - minutes of the meeting held on 3 November 2026',
      '',
      '14.  Work Programme',
      'The Scrutiny Officer introduced the work programme for the year.',
      ...lines,
      '',
      '15.  Date of next meeting',
      '8 December 2026.',
    ].join('\n'),
  ).items;

describe('"moved from January to March": a month after "from" is when, not whose paper it is', () => {
  it.each([
    ['Members agreed that the report on bus shelters would be moved from January to the meeting in March 2027.'],
    ['RESOLVED – That the update on allotment rents be moved from February to the April meeting.'],
    ['It was agreed that the briefing on street lighting be put back from Monday to the June meeting.'],
    ['Members agreed that the paper on play areas would move from December to the February meeting.'],
  ])('%s', (line) => {
    const items = panel(line);
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.owner)).toEqual(items.map(() => null));
  });
});

describe('near-miss: a report from someone is still theirs', () => {
  it.each([
    ['Members agreed that a report from the Head of Parks be brought to the March meeting.', 'Head of Parks'],
    ['RESOLVED – That a presentation from Ashby Water be added for the June meeting.', 'Ashby Water'],
  ])('%s', (line, owner) => {
    expect(panel(line).map((i) => i.owner)).toEqual([owner]);
  });
});

