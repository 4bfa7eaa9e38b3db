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
