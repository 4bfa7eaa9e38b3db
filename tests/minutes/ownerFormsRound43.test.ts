// Round 43, owner forms: a task laid on the members, to be done by a time, binds each of them — "That members complete
// the modules by March" is owned by the members, as "That councillors complete …" and "That all members complete …"
// already were. A report of what the members did or will do (a modal, a past tense, a request), or a mandate with no
// time to have done it by, is not such a task and changes nothing. Invented
// minutes, bodies and wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A pensions committee's minutes with one decision under minute 31. */
const read = (text: string) =>
  parseMinutes(
    [
      'HOLLOWAY COUNTY COUNCIL',
      'Minutes of the Pension Fund Committee held on Thursday 11 March 2027 at 10.00 am',
      'Present: Councillors P Rusk (Chair), T Amadi, L Greer',
      '',
      '30. Minutes',
      'RESOLVED: That the minutes of the meeting held on 11 February 2027 be approved.',
      '',
      '31. Knowledge and Skills',
      text,
      '',
      '32. Date of next meeting',
      'Thursday 15 April 2027 at 10.00 am.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '31');

describe('the members bound by a mandate own it', () => {
  it.each([
    'RESOLVED: That members complete the regulator’s online modules before the next meeting.',
    'RESOLVED: That members finish the knowledge assessment by 30 April 2027.',
    'It was agreed that members complete the online module by 31 March 2027.',
    'RESOLVED: (1) That the training log be noted; (2) That members send their self-assessment forms to the Pensions Manager by 1 April 2027.',
    'RESOLVED: That members complete the online module before the April meeting, and report any difficulty to the Chair.',
  ])('%s', (text) => {
    expect(read(text).map((i) => i.owner?.toLowerCase())).toContain('members');
  });
});

describe('members reported, requesting or visited for are not made owners (near-misses)', () => {
  it('a modal reports what they would do', () => {
    for (const item of read('RESOLVED: That members would visit the depot.')) expect(item.owner).toBeNull();
  });
  it('a mandate with no time to have done it by is the body’s stance, not a task', () => {
    for (const text of [
      'RESOLVED: That members support the regional campaign on pension scams.',
      'RESOLVED: That members attend the training session on 19 May 2027.',
    ])
      for (const item of read(text)) expect(item.owner).toBeNull();
  });
  it('a request by the members is not theirs to do', () => {
    for (const item of read('Members asked that the figures be circulated.')) expect(item.owner).toBeNull();
  });
  it('a passive of sending to the members names no one', () => {
    for (const item of read('RESOLVED: That members be sent the dates of the training sessions.'))
      expect(item.owner).toBeNull();
  });
  it('a visit arranged by an officer stays the arranger’s', () => {
    expect(
      read('RESOLVED: That members visit the depot, the visit to be arranged by the Clerk.').map((i) => i.owner),
    ).toContain('the Clerk');
  });
  it('the members adding business for the body itself give no owner', () => {
    for (const item of read('Members agreed to add an item on the valuation to the agenda for the next meeting.'))
      expect(item.owner).toBeNull();
  });
});
