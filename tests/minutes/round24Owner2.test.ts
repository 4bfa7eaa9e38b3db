// Round 24, owners on the newer sets: "it was agreed during discussion that X would …" — a short phrase of how or by
// whom between the impersonal verb and its "that" is no part of the errand's subject. Tested on invented minutes,
// written several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a leisure committee: one minute on play areas. */
const committee = (...lines: string[]) =>
  parseMinutes(
    [
      'Wexford Vale District Council',
      'Minutes of the meeting of the Leisure Committee held on 3 November 2026 at 7.00 pm',
      '',
      'Present: Cllr A Brown (Chair), Cllr B Green',
      '',
      '1.  Apologies',
      'None.',
      '',
      '2.  Play areas',
      'The Parks Officer introduced the report on the condition of the play areas.',
      ...lines,
      '',
      '3.  Date of next meeting',
      '12 March 2027.',
    ].join('\n'),
  ).items;

describe('"it was agreed <how> that X would …": the phrase between the verb and "that" is not the subject', () => {
  it.each([
    [
      'It was agreed during discussion that the Head of Parks would arrange a visit to the new playground for members.',
      'the Head of Parks',
    ],
    [
      'It was also agreed in discussion that the Parks Officer would prepare a scoping note on the hedges.',
      'the Parks Officer',
    ],
    [
      'It was agreed after some discussion that the Clerk would write to the insurers about the broken swings.',
      'the Clerk',
    ],
    [
      'It was agreed, after debate, that the Head of Parks would price a new roundabout for Elm Green.',
      'the Head of Parks',
    ],
    ['It was agreed by members that the Parks Officer would report back on the safety surfacing.', 'the Parks Officer'],
    ['It was agreed at the meeting that Cllr Green would meet the tenants to discuss the fencing.', 'Cllr Green'],
    // the plain form, unchanged
    [
      'It was agreed that the Head of Parks would arrange a visit to the new playground for members.',
      'the Head of Parks',
    ],
  ])('%s', (line, owner) => {
    const items = committee(line);
    expect(items.length).toBeGreaterThan(0);
    expect(items[0].owner).toBe(owner);
  });
});

describe('near-misses: no phrase-and-"that" to skip, so the reading is the old one', () => {
  it('a phrase with a date is when, and is not skipped as the phrase of how', () => {
    const items = committee('It was agreed at the meeting on 4 May 2026 that the fencing be replaced.');
    expect(items.map((i) => i.owner)).not.toContain('the meeting on 4 May 2026');
  });
  it('an infinitive after the phrase is no "that"-clause: no one is made the owner from the phrase', () => {
    const items = committee('It was agreed in principle to replace the fencing at Elm Green next year.');
    expect(items.map((i) => i.owner)).not.toContain('principle');
  });
  it('a noting with no errand proposes nothing new', () => {
    expect(committee('It was noted during discussion that the play areas had been inspected in October.')).toEqual([]);
  });
});

describe("a question after a preposition that follows the verb's object is a clause of its own", () => {
  it.each([
    ['(3) That officers consult the allotment holders on how the new water points are installed.', 'officers'],
    ['(3) That the Head of Parks advise members about whether the footpath is safe to reopen.', 'the Head of Parks'],
    [
      '(3) That the Parks Officer brief the Chair on why the contractor was late and what is being done.',
      'the Parks Officer',
    ],
    ['(3) That the Clerk update the tenants as to when the bus shelter will be replaced.', 'the Clerk'],
    // no question: unchanged
    ['(3) That officers consult the allotment holders on the new water points.', 'officers'],
  ])('%s', (line, owner) => {
    const items = committee(
      'RESOLVED:',
      '(1) That the report be noted.',
      '(2) That the Committee thank the volunteers.',
      line,
    );
    expect(items.map((i) => i.owner)).toContain(owner);
  });
});
