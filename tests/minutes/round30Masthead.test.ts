// Issue 11, round 30: mastheads made of fields — informal notes whose second line is the kind of record, a dash, then
// the meeting's date with its weekday shortened as typed ("Notes - Weds 3 Mar 2027, 7pm, …"). Invented bodies, places
// and wording throughout.
import { describe, expect, it } from 'vitest';
import { findMeetingDate } from '../../src/minutes/meetingDates.js';

const dateOf = (text: string): string | null => findMeetingDate(text.split('\n'));

describe('a masthead: the kind of record, a dash, then the date with a shortened weekday', () => {
  it.each([
    ['"Notes", "Weds"', 'Notes - Weds 3 Mar 2027, 7pm, church rooms', '2027-03-03'],
    ['"Action notes", an en dash, "Tues"', 'Action notes – Tues 2 Mar 2027, 6.30pm, Room 4 / Teams', '2027-03-02'],
    ['the body before the kind, an ordinal day', 'Orchard Group notes – Thurs 4th March 2027, 7.30', '2027-03-04'],
    ['"Thu" with a full stop', 'Catch-up notes - Thu. 4 Mar 2027', '2027-03-04'],
    ['"Sat", no time', 'Working day notes - Sat 6 March 2027', '2027-03-06'],
  ])('%s', (_name, line, date) => {
    const text = `Larchmere Orchard Group\n${line}\n\nthere: Pam Ortiz (chair) PO, Ivor Lund IL\n\n1) last notes - agreed\n2) pruning day - PO to book the hall for Sat 20th March\n`;
    expect(dateOf(text)).toBe(date);
  });

  it('a full weekday still reads as before', () => {
    expect(dateOf('Larchmere Orchard Group\nNotes - Wednesday 3 March 2027\n\n1) last notes - agreed\n')).toBe(
      '2027-03-03',
    );
  });
});

describe('near-misses: no masthead date', () => {
  it('a shortened weekday with no year is not the meeting date', () => {
    expect(dateOf('Larchmere Orchard Group\nNotes - Weds 3 Mar, church rooms\n\n1) last notes - agreed\n')).toBeNull();
  });

  it('a dashed line of a list under the items is not the masthead', () => {
    const text =
      'Larchmere Orchard Group\nNotes of the meeting held on 3 March 2027\n\n1) pruning\n- PO - Sat 20 Mar 2027, hall booked\n';
    expect(dateOf(text)).toBe('2027-03-03');
  });

  it('a line naming only a meeting ("committee mtg - Tues …") is left, as round 30 left it', () => {
    expect(
      dateOf("Larchmere Orchard Group\ncommittee mtg - Thurs 4th March 2027, 7.30, at Pam's\n\n1) last notes\n"),
    ).toBeNull();
  });

  it('an errand in a dashed list, a shortened day after its owner, is no masthead', () => {
    expect(dateOf('Larchmere Orchard Group\nPO - Sat 20 Mar 2027, hall booked\n\n1) last notes - agreed\n')).toBeNull();
  });

  it('a word that only starts like a weekday ("Monthly") is no weekday', () => {
    expect(dateOf('Larchmere Orchard Group\nNotes - Monthly 3 Mar 2027 draft\n\n1) last notes - agreed\n')).toBeNull();
  });
});
