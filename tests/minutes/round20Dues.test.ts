// Issue 11, round 20: a matter brought back before a meeting in a named month with no day — "bring the revised plan in
// March", "present the findings in January 2028", "be looked at again in June" — is due at the meeting of that month, as
// the labelled sets read it; work merely done in a month, a month that tells when something else happens, and another
// body's sitting are not. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';

const MEETING = '2027-11-09';
const own = ownBodyOf(['Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027']);
const due = (text: string) => dueOf(text, MEETING, false, { own });

describe('a matter brought back in a named month', () => {
  it.each([
    [
      'an infinitive with its owner and an object',
      'PW to bring a revised maintenance schedule in March 2028.',
      'March',
    ],
    ['a subjunctive', 'That the Treasurer present the revised service charges in February 2028.', 'February'],
    [
      'passive, with words between',
      'A report on the lift contract be brought to the Panel, once the tenders are in, in June.',
      'June',
    ],
    ['"again"', 'The garden scheme be looked at again in April 2028.', 'April'],
    ['"report on"', 'RB to report on the void figures in January.', 'January'],
    ['"revisit"', 'The working party will revisit the allocations policy in May 2028.', 'May'],
    ['"considered"', 'The item be considered further in late January.', 'January'],
  ])('%s', (_name, text, month) => {
    expect(due(text)).toEqual({ kind: 'month', month });
  });

  it.each([
    ['work done in a month', 'The Secretary arrange a tenants’ workshop in January.'],
    ['a clause of its own', 'The Secretary to report to tenants on the new scheme, which starts in April.'],
    ['a series that starts', 'The Officer report void figures to members monthly, starting in December.'],
    ['the month of something else', 'RB to report back before the launch in March.'],
    ['a past event', 'The Officer to present the survey that was carried out in May.'],
    ['another body’s sitting', 'The review be reported to the Audit Committee in June 2028.'],
    [
      'a paper for another body',
      'The Treasurer prepare and present options for the Resources Committee in March 2028.',
    ],
  ])('not %s', (_name, text) => {
    expect(due(text)?.kind === 'month').toBe(false);
  });
});

describe('the day the instruction itself is carried out: "on" and a day closing its clause', () => {
  it.each([
    [
      'a subjunctive with two owners',
      'That Cllrs Ashby and Reeve walk the towpath with the canal officer on Friday 3rd December.',
      '2027-12-03',
    ],
    ['an infinitive', 'RB to run a tenants’ coffee morning on Saturday 20 November 2027.', '2027-11-20'],
    ['"will"', 'The Chair will lay a wreath at the memorial on 14th November.', '2027-11-14'],
    [
      'a change taking effect',
      'The Officer bring the new charges into effect on 1 January 2028 unless objections are received.',
      '2028-01-01',
    ],
    ['a series begun', 'The Secretary begin the door-knocking survey on 22nd November.', '2027-11-22'],
  ])('%s', (_name, text, date) => {
    expect(due(text)).toEqual({ kind: 'date', date });
  });

  it.each([
    ['a past event', 'Fallen sign: reported to the highways team on 2nd December, repair awaited. Secretary to chase.'],
    // (round 27: a fund's closing day, "which closes on", is read as the bid's deadline — round27Dues.test.ts; a day the
    // thing opens is still no day of the work's)
    ['a relative clause', 'RB to prepare a bid to the community fund, which opens on 28 January 2028.'],
    ['an agenda after the day', 'PW to put the tree survey on 7 December Panel agenda.'],
    [
      'a meeting after it',
      'The working party meet on 23rd November and bring the draft budget to the December meeting.',
    ],
  ])('not %s', (_name, text) => {
    const got = due(text);
    expect(got?.kind === 'date' && ['2027-12-02', '2028-01-28', '2027-12-07', '2027-11-23'].includes(got.date)).toBe(
      false,
    );
  });
});

it('a delegation before the instruction keeps its day: "be authorised to … on"', () => {
  expect(due('That the Officer be authorised to bring the new charges into effect on 1 January 2028.')).toEqual({
    kind: 'date',
    date: '2028-01-01',
  });
});
