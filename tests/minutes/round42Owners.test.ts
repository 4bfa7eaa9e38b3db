// Round 42, owners: who a resolution mandates, read from the grammar of the mandate. A plural needs no determiner and no
// listed role: "That partners share their figures …" binds the partners (`subjunctive.ts`, `mandatedPeople.ts`); and a
// post held for a body, "the Clerk to the Joint Committee", is a post whole (`agents.ts`). Invented minutes, bodies
// and wording throughout, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A committee's minutes with one resolution under minute 21. */
const resolved = (text: string) =>
  parseMinutes(
    [
      'WELLMERE BOROUGH COUNCIL',
      'Minutes of the Communities Scrutiny Committee held on Tuesday 9 March 2027 at 6.30 pm',
      'Present: Councillors H Ormsby (Chair), J Tull, K Varga',
      '',
      '20. Minutes',
      'RESOLVED: That the minutes of the meeting held on 9 February 2027 be approved.',
      '',
      '21. Youth Provision Review',
      text,
      '',
      '22. Date of next meeting',
      'Tuesday 13 April 2027 at 6.30 pm.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '21');

describe('a plural subject of a mandate is who it binds, with or without a determiner', () => {
  it.each([
    ['RESOLVED: That youth clubs submit their attendance figures to the Committee by 30 June 2027.', 'youth clubs'],
    [
      'RESOLVED: That commissioned providers send their outcome data to the scrutiny officer.',
      'commissioned providers',
    ],
    [
      'RESOLVED: (1) That the update be noted; (2) That partners share their survey results with members by May 2027.',
      'partners',
    ],
    ['RESOLVED: That voluntary groups publish their opening hours on the council website.', 'voluntary groups'],
  ])('%s', (text, owner) => {
    expect(resolved(text).map((i) => i.owner)).toContain(owner);
  });
});

describe('a plural thing that happens is no owner (near-misses)', () => {
  it.each([
    'RESOLVED: That the revised room charges apply from 1 April 2027.',
    'RESOLVED: That hire charges remain unchanged for 2027/28.',
    'RESOLVED: That the works proceed as set out in the report.',
    'RESOLVED: That future monitoring reports include the reasons for each exemption.',
    'RESOLVED: That the survey questions cover the opening hours of each club.',
    'RESOLVED: That youth club figures be reported to the Committee in June 2027.',
  ])('%s', (text) => {
    for (const item of resolved(text)) expect(item.owner).toBeNull();
  });
});

describe('a post held for a body, "to the <Body>", is the post whole', () => {
  it.each([
    [
      'RESOLVED: That the Clerk to the Joint Board write to the three councils setting out the new charges.',
      'the Clerk to the Joint Board',
    ],
    [
      'RESOLVED: That the Secretary to the Trust, with the finance officer, prepare a revised budget for the June meeting.',
      'the Secretary to the Trust',
    ],
  ])('%s', (text, owner) => {
    expect(resolved(text).map((i) => i.owner)).toContain(owner);
  });

  it('not "to" before a verb, where the instruction begins', () => {
    expect(resolved('The Clerk to write to the Highways Authority about the verges.').map((i) => i.owner)).toContain(
      'The Clerk',
    );
  });
});
