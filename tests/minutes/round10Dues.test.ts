// Issue 11, round 10: dues as clerks write them — a tracker's month-and-year cell as a spreadsheet
// prints it ("Dec-26"), and a deadline given as another body's sitting ("before the Full Council
// meeting on …"). Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { dueCell } from '../../src/minutes/actionTable.js';

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
