import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { findMeetingDate, findNextMeetings } from '../../src/minutes/meetingDates.js';
import { layout } from '../../src/minutes/layout.js';
import { splitMinutes } from '../../src/minutes/headings.js';

const next = (text: string, meeting: string | null) => {
  const lines = layout(text).split('\n');
  return findNextMeetings(splitMinutes(lines), meeting, ownBodyOf(lines));
};

describe('findMeetingDate', () => {
  it.each([
    ['Minutes of a meeting of the Harbour Board held at the Guildhall on Thursday, 5 March 2026.', '2026-03-05'],
    ['Parks and Leisure Panel - Monday, 9 February 2026 6:30 pm', '2026-02-09'],
    ['Minutes of the ANNUAL MEETING of the Town Council held on 12th May, 2025 at 7.00 pm', '2025-05-12'],
    ['Meeting: 14/10/2025 - Licensing Committee (Item 6)', '2025-10-14'],
    ['Date of decision: 02/12/2025', '2025-12-02'],
  ])('%s', (line, date) => {
    expect(
      findMeetingDate(['Public Document Pack', line, 'The minutes of the meeting held on 1 January 2025 were signed.']),
    ).toBe(date);
  });

  it('reads a heading broken over lines, and "MINUTE of MEETING"', () => {
    expect(
      findMeetingDate([
        'Minutes of a meeting of the Estates and Assets Scrutiny',
        'Committee held on Monday 9 February 2026 at 10.00 am.',
      ]),
    ).toBe('2026-02-09');
    expect(findMeetingDate(['MINUTE of MEETING of the LICENSING BOARD held on TUESDAY, 3 MARCH 2026'])).toBe(
      '2026-03-03',
    );
    expect(findMeetingDate(['Meeting held on Tuesday 3 March 2026 at 6pm, Civic Centre'])).toBe('2026-03-03');
  });

  it('does not take the previous meeting, or a publication date, for this one', () => {
    expect(
      findMeetingDate([
        'The minutes of the meeting held on 1 January 2025 were signed.',
        'Publication date: 09/12/2025',
      ]),
    ).toBeNull();
  });
});

describe('findNextMeetings', () => {
  it('lists a dates-of-meetings minute, leaving out dates before the meeting', () => {
    const text = '8. Dates of Meetings\nThe dates were agreed:\n- 3 March 2026\n- 9 June 2026\n- 1 December 2025';
    expect(next(text, '2026-01-20')).toEqual(['2026-03-03', '2026-06-09']);
  });

  it('infers a missing year as the first such day after the meeting, checked by the weekday', () => {
    expect(next('12. Date of next meeting\nThursday, 2nd April at 7.00 p.m. in the Hall.', '2026-02-10')).toEqual([
      '2026-04-02',
    ]);
    expect(next('12. Date of next meeting\nFriday, 2nd April at 7.00 p.m.', '2026-02-10')).toEqual([]);
  });

  it('takes the year of a schedule from its title, and leaves out dates held only if required', () => {
    const text =
      '4. Schedule of Meetings 2027\n- Tuesday, 12th January;\n- Tuesday, 9th February;\nThese special dates are held if required:\n- Tuesday, 23rd February;';
    expect(next(text, null)).toEqual(['2027-01-12', '2027-02-09']);
  });

  it('reads the next meeting in the ways minutes say it', () => {
    for (const line of [
      'The next meeting will be held on Thursday 7th May 2026 at 7pm.',
      'The Committee will next meet on 7 May 2026.',
      'The Forum will meet next on Thursday, 7 May 2026.',
      'Future meeting dates: 7 May 2026',
    ]) {
      expect(next(`9. Any other business\n${line}`, '2026-04-01'), line).toEqual(['2026-05-07']);
    }
    expect(
      next('9. Any other business\nThe minutes of the meeting held on 7 May 2026 were signed.', '2026-04-01'),
    ).toEqual([]);
  });

  it('corrects a slip of the year when the weekday shows it', () => {
    expect(next('5. Any other business\nDate of next meeting Wednesday 11th March 2025.', '2026-02-18')).toEqual([
      '2026-03-11',
    ]);
  });

  it('finds "the next meeting … on" in a sentence, but not a meeting held on a past day', () => {
    expect(next('9. Close\nThe next meeting will take place on 14 April 2026 at 2pm.', '2026-03-01')).toEqual([
      '2026-04-14',
    ]);
    expect(next('9. Close\nThe minutes of the forum meeting held on 14 April 2026 were noted.', null)).toEqual([]);
  });
});

describe('meeting dates as mastheads print them', () => {
  it('takes a date line under the body\'s name when no "held on" heading says it', () => {
    expect(
      findMeetingDate([
        'ROTHERFORD BOROUGH COUNCIL',
        '',
        'MINUTES OF THE PARKS SELECT COMMITTEE',
        '',
        'Thursday, 5 February 2026 at 6.30 pm',
        '',
        '1. Apologies',
      ]),
    ).toBe('2026-02-05');
    expect(findMeetingDate(['Licensing Panel', 'Monday, 2nd March, 2026 10.00 am', 'Venue: Town Hall'])).toBe(
      '2026-03-02',
    );
  });

  it('reads "Note of the meeting held on" and "Minutes – <date>"', () => {
    expect(findMeetingDate(['Note of the meeting held on 4th March 2026, Room 3'])).toBe('2026-03-04');
    // a masthead printed in two languages, a slash between them: each half is a line of its own
    expect(
      findMeetingDate([
        'CYNGOR CYMUNED PENRHOS',
        'Cofnodion y cyfarfod / Minutes of the meeting',
        'Nos Lun 2 Mawrth 2026 / Monday 2 March 2026, 7pm',
        '1 Ymddiheuriadau / Apologies',
      ]),
    ).toBe('2026-03-02');
    expect(
      findMeetingDate([
        'Cyngor Cymuned Penrhos / Penrhos Community Council',
        'Dydd Iau 5 Chwefror 2026 / Thursday 5 February 2026',
        '1 Apologies',
      ]),
    ).toBe('2026-02-05');
    expect(findMeetingDate(['Minutes – Tuesday, 3rd February 2026'])).toBe('2026-02-03');
    expect(findMeetingDate(['# Harbour Committee', 'Minutes · Monday 9 March 2026, 7pm'])).toBe('2026-03-09');
  });

  it('does not take a date from the body of the minutes as the masthead', () => {
    expect(
      findMeetingDate(['Harbour Committee', '1. Apologies', '12 March 2026 was suggested for the site visit.']),
    ).toBeNull();
  });

  it('leaves out a provisional meeting named in the same line as the next one', () => {
    expect(
      next(
        'Minutes of the Audit Panel held on 4 March 2026\n\n9. Date of next meeting\nWednesday 8th April 2026 at 6pm. (Provisional extra meeting: 20th May 2026.)',
        '2026-03-04',
      ),
    ).toEqual(['2026-04-08']);
  });
});

it('reads a masthead that puts the time before the date', () => {
  expect(findMeetingDate(['HARBOUR LICENSING PANEL', '', '2.00pm 12 MARCH 2026', '', 'MINUTES'])).toBe('2026-03-12');
});

describe('the body’s own meetings, as one rule reads them', () => {
  it('reads a meeting the body agrees to hold, its AGM, and a sitting "to committee on"', () => {
    expect(
      next('7. Any other business\nIt was agreed to meet at 7pm on 29th March to plan the fete.', '2026-02-20'),
    ).toEqual(['2026-03-29']);
    expect(
      next('7. Any other business\nThe AGM is set for Mon 27th April 8pm at the village hall.', '2026-02-20'),
    ).toEqual(['2026-04-27']);
    expect(next('7. Matters arising\nA report would come to committee on 14 May 2026.', null)).toEqual(['2026-05-14']);
  });

  it('leaves out another body’s sitting and one that has passed', () => {
    expect(next('7. Matters arising\nThe report went to the Audit Committee on 15 March 2026.', null)).toEqual([]);
    expect(
      next('7. Matters arising\nThe arrangement approved by the Committee on 13 March was kept.', '2025-07-03'),
    ).toEqual([]);
  });
});

describe('a meeting date printed month first', () => {
  it('reads "Date: March 2nd 2026"', () => {
    expect(findMeetingDate(['Northshire Panel', 'Minutes', 'Date: March 2nd 2026', 'Time: 2.00pm'])).toBe('2026-03-02');
  });
});

describe('whose meeting a date is, by the grammar around it', () => {
  const minutes = (body: string) =>
    `Minutes of the Harbour Committee held on 3 March 2026\n\n4. Reports\n${body}\n\n5. Date of next meeting\nTuesday 14 April 2026.`;
  it('leaves out a meeting someone attended', () => {
    expect(next(minutes('Cllr Ross had attended the coastal forum meeting on 20th February.'), '2026-03-03')).toEqual([
      '2026-04-14',
    ]);
  });
  it.each([
    'Members asked again for the lease figures, as initially requested at the 14 January meeting of the Committee.',
    'The item had been agreed at the 20 January meeting.',
    'This was first raised at the 9 February meeting of the Committee.',
  ])('leaves out a meeting at which something was done: %s', (said) => {
    expect(next(minutes(said), '2026-03-03')).toEqual(['2026-04-14']);
  });
  it('still takes a meeting at which something will be done', () => {
    expect(next(minutes('The plan would be considered at the 12 May meeting.'), '2026-03-03')).toEqual([
      '2026-04-14',
      '2026-05-12',
    ]);
  });
  it('leaves out another body’s next sitting and a named meeting of others', () => {
    expect(next(minutes('The Port Authority will next meet on Monday 27 April 2026.'), '2026-03-03')).toEqual([
      '2026-04-14',
    ]);
    expect(
      next(
        'Minutes of the Harbour Committee held on 3 March 2026\n\n5. Meeting dates 2026\nThe following dates were agreed: 14th April, 9th June and 8th September 2026. The Annual Town Meeting will be held on 21st May 2026.',
        '2026-03-03',
      ),
    ).toEqual(['2026-04-14', '2026-06-09', '2026-09-08']);
  });
  it('reads "its meeting" as the meeting of the body the sentence named', () => {
    expect(
      next(minutes('The recommendation to Council would be considered at its meeting on 24 March 2026.'), '2026-03-03'),
    ).toEqual(['2026-04-14']);
  });
  it('takes a hearing adjourned to a day, and a paper to be presented to this body on a day, as its sittings', () => {
    expect(next(minutes('The Committee agreed to adjourn the hearing to Friday 10 April 2026.'), '2026-03-03')).toEqual(
      ['2026-04-10', '2026-04-14'],
    );
    expect(
      next(minutes('The audited accounts would be presented to the Committee on 28 April 2026.'), '2026-03-03'),
    ).toEqual(['2026-04-14', '2026-04-28']);
  });
  it('reads the date of "At a Meeting of … held … on …"', () => {
    expect(
      findMeetingDate([
        'At a Meeting of the Audit Committee held in the Town Hall, 2 High Street, Elgin on Tuesday, 17 June 2025 at 2.00 p.m.',
      ]),
    ).toBe('2025-06-17');
  });
});

describe('a meeting date in a title that is not at the start of its line', () => {
  it('reads a title that calls itself minutes and ends with a dash and the date', () => {
    expect(
      findMeetingDate(['Meeting notes and minutes - Coastal Paths Working Group - 4 March 2026', 'Attendees']),
    ).toBe('2026-03-04');
    expect(findMeetingDate(['Draft minutes – Allotments Forum – Tuesday 12th May 2026'])).toBe('2026-05-12');
  });

  it('reads a heading a text converter ran into one line with what came before it', () => {
    const line =
      'Please check the printed copy. HARBOUR TRUST MINUTES OF THE BOARD MEETING held at the Old School, Porthwen on 3rd June 2026 at 2pm PRESENT A Jones B Smith 1. The minutes of the previous meeting (6th May) were approved.';
    expect(findMeetingDate([line])).toBe('2026-06-03');
  });

  it('does not take the date of earlier minutes being approved for the meeting', () => {
    expect(
      findMeetingDate(['Apologies were received. 1. The minutes of the meeting held on 3 March 2026 were approved.']),
    ).toBeNull();
  });
});
