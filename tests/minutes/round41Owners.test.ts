// Round 41, owners: the subject of an instruction resolved against who the minute names, in one place for every reader
// (`subjectOwners.ts`). A "she" or "he" that acts — after a fronted "In answer to …" or on its own — is the person last
// named as a subject before it; a post and the name of who holds it, printed side by side as the subject ("the Head of
// Leisure, Dana Frost,"), is that person, by the name printed. Invented minutes, people and wording throughout, with
// near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A committee's minutes with one discussion paragraph under minute 14. */
const committee = (paragraph: string) =>
  parseMinutes(
    [
      'ASHCOMBE DISTRICT COUNCIL',
      'Minutes of the Resources Committee held on Wednesday 10 March 2027 at 7.00 pm',
      'Present: Councillors P Moss (Chair), R Dene, T Yardley',
      'Officers: Dana Frost (Head of Leisure), Owen Price (Head of Finance)',
      '',
      '13. Minutes',
      'RESOLVED: That the minutes of the meeting held on 10 February 2027 be approved.',
      '',
      '14. Leisure Centre Budget',
      paragraph,
      '',
      '15. Date of next meeting',
      'Wednesday 14 April 2027 at 7.00 pm.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '14');

describe('a pronoun that acts is the person last named as a subject', () => {
  it.each([
    [
      'The Head of Finance, Owen Price, introduced the figures. In answer to Councillor Dene he said he would send the breakdown by site to all members before the budget meeting.',
      'Owen Price',
    ],
    [
      'Leisure – Ms Frost reported lower attendance at the pool. She offered to bring the usage survey to a future meeting.',
      'Ms Frost',
    ],
    [
      'Councillor Yardley asked about the sauna repairs. The Head of Leisure, Dana Frost, replied that a quote was awaited.\nIn response to a further question she undertook to share the quote with members.',
      'Dana Frost',
    ],
  ])('%s', (paragraph, owner) => {
    const owners = committee(paragraph).map((i) => i.owner);
    expect(owners).toContain(owner);
    expect(owners.some((o) => /\b(?:he|she)$/i.test(o ?? ''))).toBe(false);
  });

  // near-misses: a pronoun with no person named before it, and a "she" that is only the object of a request
  it('near-miss: a pronoun with no one named before it stays unresolved', () => {
    const owners = committee('She offered to bring the usage survey to a future meeting.').map((i) => i.owner);
    expect(owners).not.toContain('Ms Frost');
    expect(owners).not.toContain('Dana Frost');
  });
  it('near-miss: the subject named in the sentence itself is kept', () => {
    const owners = committee(
      'Ms Frost reported lower attendance. The Finance Manager undertook to circulate the breakdown by site.',
    ).map((i) => i.owner);
    expect(owners.some((o) => /Finance Manager/.test(o ?? ''))).toBe(true);
  });
});

describe('a post and its holder printed side by side as the subject are the person', () => {
  it.each([
    ['The Head of Leisure, Dana Frost, undertook to report the pool survey results to members.', 'Dana Frost'],
    ['The Director for Adult Care, Mr Price, agreed to circulate the breakdown by site.', 'Mr Price'],
  ])('%s', (paragraph, owner) => {
    expect(committee(paragraph).map((i) => i.owner)).toContain(owner);
  });

  // near-misses: a bare post qualified after a comma names no person ("Assistant Director, Leisure"); two people
  // listed stay two. The name first and the post after it ("Owen Price, Finance Manager") is left: the labels split
  it('near-miss: a post with its service after the comma is kept whole', () => {
    const owners = committee(
      'The Assistant Director, Leisure, undertook to report the pool survey results to members.',
    ).map((i) => i.owner);
    expect(owners.some((o) => /Assistant Director, Leisure/.test(o ?? ''))).toBe(true);
  });
  it('near-miss: a bare post with its service after the comma, two capitalised words, is kept whole', () => {
    const owners = committee(
      'The Associate Director, Leisure Services, agreed to circulate the breakdown by site.',
    ).map((i) => i.owner);
    expect(owners.some((o) => /^Leisure Services$/.test(o ?? ''))).toBe(false);
  });
  it('near-miss: two people listed stay two', () => {
    const items = committee('Ms Frost and Mr Price undertook to report the pool survey results to members.');
    expect(items.some((i) => (i.owners ?? []).length === 2)).toBe(true);
  });
});

describe('a month’s meeting after “for the” says when, not whose post', () => {
  it.each([
    'The draft estimates to be prepared by the Clerk for the January meeting.\nClerk to book the hall for the budget session.',
    'Clerk to book the hall for the budget session.\nThe draft estimates to be prepared by the Clerk for the January meeting.',
  ])('%s', (paragraph) => {
    const owners = committee(paragraph).map((i) => i.owner ?? '');
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.some((o) => /January/.test(o))).toBe(false);
    expect(owners.every((o) => /^(?:the )?Clerk$/i.test(o))).toBe(true);
  });

  // near-miss: a post "for" a service keeps it
  it('near-miss: a post for a service keeps its service', () => {
    const owners = committee(
      'The Head of Finance for the Leisure Trust to prepare the draft estimates for the January meeting.',
    ).map((i) => i.owner ?? '');
    expect(owners.some((o) => /Head of Finance for the Leisure Trust/.test(o))).toBe(true);
  });
});
