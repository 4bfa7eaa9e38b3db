// Round 40, owners: lettered or numbered resolutions run in on one line and parted by a full stop rather than a
// semicolon — "(a) That the report be noted. (b) That the Head of … be invited …" — are cut into their clauses, so the
// second is cited by its own letter and its owner is the post, not "That the Head of …". Invented minutes, people and
// wording throughout, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A committee's minutes with one decision paragraph under minute GP/12. */
const committee = (decision: string) =>
  parseMinutes(
    [
      'WESTMERE BOROUGH COUNCIL',
      'Minutes of the General Purposes Committee held on Tuesday 9 March 2027 at 6.00 pm',
      'Present: Councillors A Hale (Chair), B Kerr, C Lund',
      '',
      'GP/11 Minutes',
      'RESOLVED: That the minutes of the meeting held on 9 February 2027 be approved.',
      '',
      'GP/12 Grounds Maintenance Contract',
      'The Committee considered the contractor’s half-year performance.',
      decision,
      '',
      'GP/13 Date of next meeting',
      'Tuesday 13 April 2027 at 6.00 pm.',
    ].join('\n'),
  ).items.filter((i) => i.minute === 'GP/12');

describe('resolutions run in on one line, parted by a full stop', () => {
  it.each([
    [
      'RESOLVED: (a) That the report be noted. (b) That the Head of Parks be invited to attend the next meeting.',
      '(b)',
      'Head of Parks',
    ],
    [
      'RESOLVED: (a) That the update be received. (b) That the Head of Parks\nwrite to the contractor about the missed cuts.',
      '(b)',
      'Head of Parks',
    ],
    [
      'RESOLVED – (1) That the figures be noted.  (2) That the Estates Manager report on the tree survey in June.',
      '(2)',
      'Estates Manager',
    ],
    [
      'RESOLVED: (i) that the report be noted. (ii) that the Estates Manager obtain three quotes for the railings.',
      '(ii)',
      'Estates Manager',
    ],
  ])('%s', (decision, letter, owner) => {
    const items = committee(decision);
    const second = items.find((i) => i.ref?.endsWith(letter));
    expect(second?.owner ?? '').toMatch(new RegExp(`^(?:the )?${owner}$`, 'i'));
    expect(items.some((i) => /^that\b/i.test(i.owner ?? ''))).toBe(false);
  });

  // near-misses: a full stop before a bracket that opens no resolution of its own, and the semicolon form (as on main)
  it('near-miss: options listed after a full stop stay in their sentence', () => {
    const before = committee(
      'The options were set out in the report. (a) A new contract: rejected. (b) An extension: preferred.\nRESOLVED: That the Head of Parks extend the contract by a year.',
    );
    expect(before.map((i) => i.owner)).toContain('the Head of Parks');
    expect(before.some((i) => /^\(b\)/.test(i.text ?? ''))).toBe(false);
  });

  it('near-miss: the semicolon form is read as before', () => {
    const items = committee(
      'RESOLVED: (a) that the report be noted; (b) that the Head of Parks be invited to attend the next meeting.',
    );
    expect(items.find((i) => i.ref?.endsWith('(b)'))?.owner).toMatch(/Head of Parks$/);
  });
});
