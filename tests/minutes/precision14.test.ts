// Round 8, precision: how a clause's grammar tells one decision from two, and a list the meeting did
// not adopt from one it did — each rule tested in invented wording, several variants a rule, never in
// a sentence of the labelled files.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import type { ProposedItem } from '../../src/minutes/types.js';

const MASTHEAD = `MINUTES of the Communities Committee held on 10 February 2026

Present: Councillor E Marsh (Chair), Councillor F Noon, Councillor G Okafor
Officers: Head of Housing (Jo Reyes); Democratic Services Officer (Sam Tull)

1. Apologies
Apologies were received from Councillor H Price.

`;
const itemsOf = (body: string, minute = '2'): ProposedItem[] =>
  parseMinutes(`${MASTHEAD}${body}\n\n3. Close\nThe meeting closed at 8pm.\n`).items.filter((i) =>
    (i.minute ?? '').startsWith(minute),
  );

describe('a second passive participle after "and" keeps the first one\'s subject and "be"', () => {
  it.each([
    [
      '2. Homelessness strategy\nRESOLVED – That the draft strategy be welcomed and recommended to Council for adoption.',
      'Council',
    ],
    [
      '2. Allotment charter\nRESOLVED – That the revised charter be agreed and recommended to the Cabinet for approval.',
      'the Cabinet',
    ],
    [
      '2. Tenancy policy\nRESOLVED: That the updated policy be supported and recommended to the Executive.',
      'the Executive',
    ],
  ])('%s', (body, body2) => {
    const items = itemsOf(body);
    expect(items.map((i) => [i.category, i.owner])).toEqual([['recommendation', body2]]);
  });
});

describe('"and to" before a noun phrase adds a second recipient, not a second errand', () => {
  it.each([
    '2. Fly-tipping\nRESOLVED: the Democratic Services Officer to report the dumped sofa to the enforcement team and to the highway authority.',
    '2. Lease\nRESOLVED – That the tenant send the signed lease to the Head of Housing and to the Council’s solicitor by 30 June 2026.',
    '2. Survey\nRESOLVED – That the Head of Housing send the survey results to the residents’ association and to all households that took part.',
  ])('%s', (body) => {
    const parsed = parseMinutes(`${MASTHEAD}${body}\n\n3. Close\n`);
    expect(parsed.items.filter((i) => i.minute === '2')).toHaveLength(1);
    expect(parsed.noted.filter((n) => /^to\s/i.test(n.text))).toEqual([]);
  });

  it('a second errand with its own subject still stands', () => {
    const items = itemsOf(
      '2. Fly-tipping\nRESOLVED: That the Democratic Services Officer report the dumped sofa to the enforcement team and to the highway authority, and that the Head of Housing arrange a skip for the estate by March.',
    );
    expect(items).toHaveLength(2);
  });
});

describe('an errand and the proposals it brings back are one item', () => {
  it.each([
    '2. Lettings\nThe Head of Housing agreed to look into the void times and to bring proposals to the Housing Board in May.',
    '2. Lettings\nThe Head of Housing undertook to review the allocation rules and to bring recommendations back to the Cabinet in the autumn.',
    '2. Lettings\nRESOLVED – That the Head of Housing review the lettings standard and bring proposals to the Executive in June.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toHaveLength(1);
  });
});

describe('a body recommended to do two things is one recommendation', () => {
  it.each([
    [
      '2. Libraries\nRESOLVED – That the Cabinet be recommended to keep the branch open on Saturdays and to review its staffing in a year.',
      'the Cabinet',
    ],
    [
      '2. Parks\nRESOLVED – That Council be recommended to adopt the tree charter and to appoint a member champion for trees.',
      'Council',
    ],
    [
      '2. Markets\nRESOLVED – That the Executive be recommended to keep the market in the square and to consult the traders on a Sunday market.',
      'the Executive',
    ],
  ])('%s', (body, owner) => {
    expect(itemsOf(body).map((i) => [i.category, i.owner])).toEqual([['recommendation', owner]]);
  });
});

describe('a list its lead-in says was not agreed proposes nothing', () => {
  it.each([
    '2. Draft findings\nThe Democratic Services Officer listed ideas raised in the evidence sessions. None of them has yet been agreed:\na) That the Cabinet Member fund a winter warmth scheme.\nb) That the Council open two more warm spaces.\nc) That the advice line stay open at weekends.',
    '2. Options\nThe report set out three options, which the Committee did not adopt:\n(a) That the pavilion be sold to the club.\n(b) That the pavilion be let on a long lease.\n(c) That the Council demolish the pavilion.',
    '2. Possible recommendations (for discussion only)\nThe Chair summarised the points so far. These are not agreed and will come back to the next meeting:\n1. That the Head of Housing review the hostel contract.\n2. That the Council pilot a rent deposit scheme with two landlords.',
  ])('%s', (body) => {
    expect(itemsOf(body)).toEqual([]);
  });

  it('a list its lead-in says was agreed still gives its items', () => {
    const items = itemsOf(
      '2. Winter plan\nThe Committee considered the plan and agreed the following:\na) That the Head of Housing open two more warm spaces by December.\nb) That the Democratic Services Officer arrange a briefing for members.',
    );
    expect(items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a keyword ending the line of a vote ("… it was RESOLVED –") heads the resolution on the lines below', () => {
  it.each([
    "2. Call-in of the library hours decision\nThe Committee heard from the signatories.\nFollowing a vote (6 for, 2 against), it was\nRESOLVED –\nThat the decision be referred back to the Cabinet for reconsideration, with the Committee's view that the shorter hours would harm the users most in need.",
    '2. Call-in of the parking decision\nOn a show of hands it was RESOLVED:\nThat the decision be referred back to the Executive, with the Committee’s recommendation that the traders be consulted first.',
    '2. Call-in of the grant decision\nAfter debate and a recorded vote, it was RESOLVED –\nThat the call-in be upheld and the decision referred back to the Cabinet, with the concerns that the Committee had set out.',
  ])('%s', (body) => {
    expect(itemsOf(body).map((i) => i.category)).toContain('recommendation');
  });
});

describe('"with X invited to attend" beside an agenda item is an invitation of its own, whatever joins the next clause', () => {
  it.each([
    '2. Work programme\nRESOLVED – That the work programme be agreed, subject to:\n(a) the addition of an item on bus services at the March meeting, with the county transport manager invited to attend for that item; and\n(b) the annual safety session being moved from March to April 2026.',
    '2. Work programme\nRESOLVED – That the work programme be agreed, subject to:\n(a) the inclusion of a report on the library review at the June meeting, with the chair of the friends group invited to attend for the item;\n(b) the budget monitoring report being taken in July.',
  ])('%s', (body) => {
    const invitation = itemsOf(body).find((i) => i.category === 'invitation');
    expect(invitation?.due).toEqual({ kind: 'month', month: /March/.test(body) ? 'March' : 'June' });
  });
});

describe('lettered parts run into one sentence ("agreed (a) to …, and (b) that …") are two decisions', () => {
  it.each([
    'Members agreed (a) to approve the draft charter for consultation with tenants, and (b) that the responses and a final charter be brought back to the Committee in July.',
    'The Committee agreed (i) to approve the draft lettings policy for consultation, and (ii) that the results of the consultation be reported to the Committee in September.',
  ])('%s', (body) => {
    expect(itemsOf(`2. Policies\n${body}`).map((i) => i.category)).toEqual(['work-programme']);
  });
});

describe('each member of the body, told to do something by a day, has an errand', () => {
  it.each([
    'Members agreed that every member of the Committee complete the safeguarding course by 30 September 2026.',
    'RESOLVED – That each member of the Committee complete a declaration of interests form by 31 March 2026.',
    'It was agreed that every councillor attend the code of conduct training by the end of June 2026.',
  ])('%s', (body) => {
    expect(itemsOf(`2. Training\n${body}`).map((i) => i.category)).toEqual(['action']);
  });
});
