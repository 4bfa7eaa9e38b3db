// Issue 11, round 10: dues as clerks write them — a tracker's month-and-year cell as a spreadsheet
// prints it ("Dec-26"), and a deadline given as another body's sitting ("before the Full Council
// meeting on …"). Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { dueCell } from '../../src/minutes/actionTable.js';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';
import { parseMinutes } from '../../src/minutes/index.js';

const MEETING = '2026-11-16';

describe("a due cell that is a month and a year, as a spreadsheet prints it, is that month's meeting", () => {
  it.each([
    ['Dec-26', 'December'],
    ['Jan-27', 'January'],
    ["Mar '27", 'March'],
    ['Feb‑27', 'February'],
    ['Dec 26', 'December'],
    ['June 2027', 'June'],
  ])('%s', (cell, month) => {
    expect(dueCell(cell, MEETING)).toEqual({ kind: 'month', month });
  });

  it('a year far from the meeting is no short year: "Dec-31" is not read as December', () => {
    expect(dueCell('Dec-31', MEETING)).not.toEqual({ kind: 'month', month: 'December' });
  });
});

describe("an instruction to bring a matter back in a named month is due at that month's meeting", () => {
  const own = ownBodyOf(['Minutes of the Moorside Estates Panel held on Monday 16 November 2026']);
  it.each([
    [
      'report back in a month and year',
      'The Clerk obtain two further quotations and report back in March 2027.',
      'March',
    ],
    ['report back in a month', 'Officers to report back in March.', 'March'],
    ['bring back', 'The Treasurer to bring it back in February.', 'February'],
    ['present', 'The working group will present in January.', 'January'],
    ['return', 'The item to return in June, once the survey is in.', 'June'],
  ])('%s', (_name, text, month) => {
    expect(dueOf(text, MEETING, false, { own })).toEqual({ kind: 'month', month });
  });

  it("another body's meeting in that month is not this body's", () => {
    expect(dueOf('Officers to report to Cabinet in March 2027.', MEETING, false, { own })).toBeNull();
  });
});

describe('a date closing an action line after a dash is when it is due, as on a checkbox task', () => {
  const minute = (line: string) =>
    `Minutes of the Moorside Estates Panel held on Monday 16 November 2026\n\n4. Garages\nThe Panel discussed the garage sites.\n${line}\n`;
  it.each([
    ['day-first with slashes', 'Action: Jo Bloggs – garage site list to all members – 18/12/2026', '2026-12-18'],
    ['month first', 'ACTION: Jo Bloggs - send the garage site list to members - Dec 18, 2026', '2026-12-18'],
    ['written out', 'Action: Jo Bloggs – garage site list to all members – 18 December 2026', '2026-12-18'],
  ])('%s', (_name, line, date) => {
    const items = parseMinutes(minute(line)).items;
    expect(items.map((i) => i.due)).toContainEqual({ kind: 'date', date });
  });

  it('a date inside the task, not after a closing dash, is not taken for the due', () => {
    const items = parseMinutes(
      minute('Action: Jo Bloggs – report on the 18 December 2026 inspection to the Panel'),
    ).items;
    expect(items.map((i) => i.due)).not.toContainEqual({ kind: 'date', date: '2026-12-18' });
  });
});

describe("a deadline told as another body's sitting: 'before the Full Council meeting on …' is due that day", () => {
  const own = ownBodyOf(['Minutes of the Moorside Estates Panel held on Monday 16 November 2026']);
  it.each([
    [
      'before … meeting on',
      'The Treasurer to circulate the figures before the Full Council meeting on 11 January 2027.',
    ],
    [
      'by … meeting on, a weekday',
      'Comments to the Clerk by the Planning Committee meeting on Monday 11 January 2027.',
    ],
    ['ahead of a body that meets', 'The Clerk to send the response before the Cabinet meets on 11 January 2027.'],
  ])('%s', (_name, text) => {
    expect(dueOf(text, MEETING, false, { own })).toEqual({ kind: 'date', date: '2027-01-11' });
  });

  it("this body's own meeting so named is the meeting, not a deadline", () => {
    expect(dueOf('Officers to report to the Panel meeting on 11 January 2027.', MEETING, false, { own })).toEqual({
      kind: 'meeting',
      meeting: '2027-01-11',
    });
  });
});
