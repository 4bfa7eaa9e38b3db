// Round 24 (short extra round), owners: "present" read as the verb of a that-clause where its object follows. After
// a subject "present" was always taken for the adjective of attendance ("the members present"), so "that the Treasurer
// present the accounts …" had no verb and no owner. Tested on invented minutes, several ways, with near-misses.
import { describe, expect, it } from 'vitest';
import { readClause } from '../../src/minutes/grammar.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a parish council's finance committee: one minute, its lines as given. */
const committee = (...lines: string[]) =>
  parseMinutes(
    [
      'Brackenford Parish Council',
      'Finance Committee - minutes of the meeting held on 9 November 2026',
      '',
      '31.  Budget for 2027/28',
      'The Treasurer introduced the draft budget.',
      ...lines,
      '',
      '32.  Date of next meeting',
      '14 December 2026.',
    ].join('\n'),
  ).items;

describe('"that the Treasurer present the accounts …": "present" before its object is the verb', () => {
  it.each([
    ['that the Treasurer present the revised budget to the Committee in January.', 'the Treasurer'],
    ['That the Head of Estates present a costed plan for the pavilion.', 'the Head of Estates'],
    ['that the Clerk present their findings on the lease at the next meeting.', 'the Clerk'],
    ['That the Chair present its annual statement to the parish meeting.', 'the Chair'],
    ['that the working group present the survey results to the Council.', 'the working group'],
  ])('%s', (text, subject) => {
    const r = readClause(text);
    expect([r.subject, r.verb]).toEqual([subject, 'present']);
  });

  it.each([
    ['RESOLVED – That the Treasurer present the revised budget to the Committee on 11 January 2027.'],
    ['RESOLVED:', '(1) That the report be noted.', '(2) that the Head of Estates present a costed plan by March 2027.'],
    ['It was RESOLVED that the Clerk present the grant figures at the December meeting.'],
  ])('owned: %s', (...lines) => {
    const owned = committee(...lines)
      .map((i) => i.owner)
      .filter((o) => o !== null);
    expect(owned).toHaveLength(1);
    expect(owned[0]).toMatch(/Treasurer|Head of Estates|Clerk/);
  });

  // near-misses: "present" as the adjective of attendance, with no object after it
  it.each([
    ['That the members present be thanked for their attendance.'],
    ['That all councillors present agreed the minutes.'],
    ['That those present, with the Clerk, sign the register.'],
  ])('near-miss: %s', (text) => {
    expect(readClause(text).verb).not.toBe('present');
  });
});
