// Round 34, the meeting's own date in two masthead forms the fresh 118–120 cause analysis found unread: the body's
// name, a comma, then the weekday and day of its sitting as a line of its own (a committee page's title without
// "Minutes of"); and a bracketed part of the papers between "Minutes" and "of the meeting held on". Invented wording.
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/minutes/layout.js';
import { findMeetingDate } from '../../src/minutes/meetingDates.js';

const dateOf = (text: string) => findMeetingDate(layout(text).split('\n'));
const BODY = '1. Apologies\nNone were received.\n\n2. Treasury report\nRESOLVED: That the report be noted.\n';

describe("a masthead line: the body's name, a comma, the weekday and the day", () => {
  it.each([
    ['Harbour Investment Committee, Tuesday, 17th November, 2026', '2026-11-17'],
    ['Harbour Investment Committee, Tuesday 17 November 2026', '2026-11-17'],
    ['Harbour Investment Committee, Tuesday, 17th November, 2026 10.00 am', '2026-11-17'],
    ['Moorside Town Council, Monday, 2 March 2027 at 7pm', '2027-03-02'],
  ])('%s', (line, iso) => {
    expect(dateOf(`Rivermouth District Council\n\n${line}\n\nPresent: Cllr A Penrose (Chair)\n\n${BODY}`)).toBe(iso);
  });

  it('not a sentence that runs on after the day', () => {
    // (a line saying something about a day is not the masthead's date line)
    expect(
      dateOf(
        `Present: Cllr A Penrose\n\nThe Panel, Tuesday, 17th November, 2026 having been cancelled, met later.\n\n${BODY}`,
      ),
    ).toBeNull();
  });

  it('not a line among the items, after the masthead', () => {
    expect(dateOf(`${BODY}\n3. Dates\nFull Council, Thursday, 3rd December, 2026\n`)).toBeNull();
  });
});

describe('"Minutes (part of the papers) of the meeting held on …"', () => {
  it.each([
    [
      'MINUTES (PART A - PUBLIC) of the meeting of the Governing Board held on Wednesday 25 November 2026',
      '2026-11-25',
    ],
    ['Minutes (Part 1) of the meeting of the Board held on 25 November 2026', '2026-11-25'],
    ['Minutes (public session) of a meeting of the Board held on Wednesday, 25th November 2026', '2026-11-25'],
  ])('%s', (line, iso) => {
    expect(dateOf(`${line}\n\nPresent: Mrs B Ashdown (Chair)\n\n${BODY}`)).toBe(iso);
  });

  it('the minutes of an earlier meeting approved under an item are still not this one', () => {
    expect(
      dateOf(
        `Harbour Panel\nTuesday, 8 December 2026\n\n1. Minutes\nThe minutes (Part A) of the meeting held on 3 November 2026 were approved.\n`,
      ),
    ).toBe('2026-12-08');
  });
});
