// Round 33, owners: a span not cut before the due. A date in brackets after the one named to act says when that body
// meets or when the person begins, never who acts: "ask the Audit Committee (meeting 14 January 2027) to: …", "the
// Clerk (from 1 January) to …" — cut, as a time of day in brackets after a name already was ("Cllr A (arrived
// 7.40pm)"). Invented minutes of a district's standards board, each form written several ways, with near-misses whose
// bracket names who or which (an area, initials, a post) and stays.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes: one minute with its lines as given. */
const board = (...lines: string[]) =>
  parseMinutes(
    [
      'Larkhill District Council',
      'Standards Board - minutes of the meeting held on 2 December 2026',
      '',
      'Present: Councillors M Ide (Chair), S Brandt, J Cole',
      'Officers: Monitoring Officer, Democratic Services Officer',
      '',
      '31.  Code of conduct review',
      ...lines,
      '',
      '32.  Date of next meeting',
      '10 March 2027.',
    ].join('\n'),
  ).items;

const ownerOf = (items: ReturnType<typeof board>, words: RegExp) => {
  const owner = items.find((i) => words.test(i.text))?.owner;
  return owner ? owner.replace(/^the\s/i, '') : owner;
};

describe('a date in brackets after the one who acts is not part of the owner', () => {
  it.each([
    [
      [
        'The Board agreed to ask the Audit Committee (meeting 14 January 2027) to:',
        '(a) review the complaints register; and',
        '(b) report its view to this Board.',
      ],
      /complaints register/,
      'Audit Committee',
    ],
    [
      ['The Board agreed to ask the Governance Committee (27 January 2027) to consider the revised protocol.'],
      /revised protocol/,
      'Governance Committee',
    ],
    [
      ['The Board agreed to ask the Monitoring Officer (from 1 February) to arrange training for parish clerks.'],
      /training for parish clerks/,
      'Monitoring Officer',
    ],
    [
      ['RESOLVED that the Independent Person (appointed 12/11/2026) review the register of interests.'],
      /register of interests/,
      'Independent Person',
    ],
  ])('%s', (lines, words, owner) => {
    expect(ownerOf(board(...lines), words)).toBe(owner);
  });
});

describe('near-misses: a bracket that says who or which stays', () => {
  it.each([
    [
      ['RESOLVED that the Planning Officer (North) review the enforcement notices.'],
      /enforcement notices/,
      'Planning Officer (North)',
    ],
    [
      ['RESOLVED that the Finance Working Group (Cllrs Brandt and Cole) review the allowances scheme.'],
      /allowances scheme/,
      'Finance Working Group',
    ],
    [
      ['RESOLVED that the Democratic Services Officer circulate the 14 January 2027 papers early.'],
      /papers early/,
      'Democratic Services Officer',
    ],
  ])('%s', (lines, words, owner) => {
    expect(ownerOf(board(...lines), words)).toBe(owner);
  });
});
