// Round 6 of issue 11: dates as minutes write them, in invented wording — numeric dates with dots
// and dashes, lists of the coming meetings however laid out, the meeting's own date on a title
// line with other words around it, and words a PDF hyphenated across a line end.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { findDates } from '../../src/minutes/dateText.js';
import { dueOf } from '../../src/minutes/due.js';
import { joinAtHyphen, knownWords } from '../../src/minutes/hyphenation.js';
import { layout } from '../../src/minutes/layout.js';
import { findMeetingDate, findNextMeetings } from '../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../src/minutes/headings.js';

const day = (text: string) =>
  findDates(text).map((d) => `${d.year ?? '?'}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);

describe('numeric dates, day first, with any separator', () => {
  it.each([
    ['moved from 14.02.27 to 03.05.27', ['2027-02-14', '2027-05-03']],
    ['the session on 7/3/27 at the depot', ['2027-03-07']],
    ['returns by 30-04-2027', ['2027-04-30']],
    ['a visit on 08.11.2026 with the trust', ['2026-11-08']],
    ['closing on 5-6-27', ['2027-06-05']],
  ])('%s', (text, dates) => {
    expect(day(text)).toEqual(dates);
  });

  it.each([
    'paragraphs 4.2.1 and 12.10.3 of the report',
    'the meeting opened at 7.30 and closed at 9.15',
    'version 2.11.06 of the software',
    'clause 3.1.27 of the lease',
    'figures of 12.5.2026.4 in the table',
    'a 10-12-week programme',
  ])('is no date: %s', (text) => {
    expect(day(text)).toEqual([]);
  });
});

const next = (text: string, meeting: string | null) => {
  const lines = layout(text).split('\n');
  return findNextMeetings(splitMinutes(lines), meeting, ownBodyOf(lines));
};

describe('lists of the coming meetings, however laid out', () => {
  it.each([
    [
      'semicolons and a bracket after a date',
      'Harbour Trust – Minutes of 4 March 2027\n\n1. Apologies\nNone.\n\nRemaining Trust meetings: 6 May 2027; 1 July 2027; 23 September 2027 (Annual Meeting).',
      ['2027-05-06', '2027-07-01', '2027-09-23'],
    ],
    [
      'one a line with weekdays and times, under a lead-in',
      'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\n2. Forthcoming meetings\nThe Panel will meet on:\nWednesday 12 May 2027 at 2pm\nWednesday 14 July 2027 at 2pm\nWednesday 13 October 2027 at 10am',
      ['2027-05-12', '2027-07-14', '2027-10-13'],
    ],
    [
      'a lead-in line of its own, dates one a line',
      'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\nFuture meeting dates:\n- Tuesday 11 May 2027, 6.30pm\n- Tuesday 6 July 2027, 6.30pm',
      ['2027-05-11', '2027-07-06'],
    ],
    [
      '"Date of next ordinary meeting"',
      'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\n6  Date of next ordinary meeting: Tuesday 20 April 2027, 10am.',
      ['2027-04-20'],
    ],
    [
      '"the next meeting will be held on"',
      'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\n6. Any other business\nThe next meeting will be held on Tuesday 20 April 2027 in the library.',
      ['2027-04-20'],
    ],
    [
      'a numbered paragraph that opens with the dates, in a minute run into one paragraph',
      'Minutes of the Village Council meeting held on 1 March 2027.\n\n1. Apologies. None.\n\n7. Dates of meetings for 2027/28: 12th April 2027, 10th May 2027 (Annual Meeting of the Village Council), 7th June 2027.',
      ['2027-04-12', '2027-05-10', '2027-06-07'],
    ],
    [
      'dates written with dots',
      'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\n6. Dates of future meetings: 20.04.27, 15.06.27',
      ['2027-04-20', '2027-06-15'],
    ],
  ])('%s', (_, text, dates) => {
    expect(next(text, findMeetingDate(layout(text).split('\n')))).toEqual(dates);
  });

  it('leaves out another body’s dates labelled in the same list', () => {
    expect(
      next(
        'Minutes of the Town Council held on 1 March 2027\n\n1. Apologies\nNone.\n\n9. DATES OF MEETINGS Town Council: Monday 12th April 2027 and Monday 10th May 2027. Planning Committee: Monday 22nd March 2027.',
        '2027-03-01',
      ),
    ).toEqual(['2027-04-12', '2027-05-10']);
  });

  it('does not read a meeting held in the past, or another body’s meeting, in such a list', () => {
    expect(
      next(
        'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\nFuture Panel meetings: 6 May 2027; 1 July 2027. The Audit Committee will meet on 20 May 2027.',
        '2027-03-04',
      ),
    ).toEqual(['2027-05-06', '2027-07-01']);
  });
});

describe('what a list of meetings is not', () => {
  it('does not take the dates under "Date of meeting:" (publication, call-in) for coming meetings', () => {
    expect(
      next(
        'RECORD OF DECISIONS – PANEL\n\nDate of meeting:      Tuesday 2nd March 2027\nDate of publication:  Friday 5th March 2027\nCall-in deadline:     Friday 12th March 2027\n\n1. Budget\nThe budget was approved.',
        '2027-03-02',
      ),
    ).toEqual([]);
  });

  it('ends a list at a sentence that does not open with a date', () => {
    expect(
      next(
        'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\nDate of next meeting: Tuesday 20 April 2027, 10am.\nThe Harbour Board will next meet in public on 6 April 2027.',
        '2027-03-04',
      ),
    ).toEqual(['2027-04-20']);
  });

  it('reads another body’s sitting over a page break', () => {
    expect(
      next(
        'Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\n2. Date of next meeting\nThe Panel will next meet on 20 April 2027. The Audit Committee will\n\n\nmeet on 6 April 2027.',
        '2027-03-04',
      ),
    ).toEqual(['2027-04-20']);
  });
});

describe('the meeting’s own date on a title line with other words around it', () => {
  it.each([
    ['Special meeting, Wednesday 3 February 2027, 6pm, Council Chamber', '2027-02-03'],
    ['Extraordinary Meeting – Friday 5 March 2027 at 11am (online)', '2027-03-05'],
    ['Annual meeting of the Board, 14 May 2027, Riverside House', '2027-05-14'],
    ['Minutes of the meeting held at the Town Hall, Bridge Street on Tuesday 2 March 2027 at 10.00 am', '2027-03-02'],
  ])('%s', (line, date) => {
    expect(findMeetingDate(['Coastal Parks Joint Board', line, '', '1  Apologies'])).toBe(date);
  });

  it('reads a date wrapped over two lines of a PDF copy', () => {
    const text =
      'MINUTES of a meeting held at the Guildhall, Westbury on Thursday 18 February\n2027 commencing at 2.00 pm.\n\n1  APOLOGIES\nNone.';
    expect(findMeetingDate(layout(text).split('\n'))).toBe('2027-02-18');
  });

  it('does not take a publication date, or a meeting the title only mentions as past, for the meeting', () => {
    expect(
      findMeetingDate(['Coastal Parks Joint Board', 'Date of publication: 9 March 2027', '', '1  Apologies']),
    ).toBe(null);
    expect(
      findMeetingDate([
        'Coastal Parks Joint Board',
        'Actions from the meeting held on 4 March 2027',
        '',
        '1  Apologies',
      ]),
    ).not.toBe('2027-03-05');
  });
});

describe('a word a PDF hyphenated across a line end', () => {
  const known = knownWords('The meeting agreed a follow-up report. Members asked for a long-term plan.');
  it.each([
    ['at the March meet-', 'ing of the Board', 'at the March meeting of the Board'], // the joined word is used elsewhere
    ['to the Nov-', 'ember meeting', 'to the November meeting'], // a month
    ['the minutes be con-', 'firmed', 'the minutes be confirmed'], // "con" and "firmed" are no words of the text
    ['a follow-', 'up report', 'a follow-up report'], // the compound is used elsewhere
    ['a long-', 'term plan', 'a long-term plan'],
    ['the Vice-', 'Chair', 'the Vice-Chair'], // a capital after the hyphen: a compound
  ])('%s|%s', (left, right, joined) => {
    expect(joinAtHyphen(left, right, known)).toBe(joined);
  });

  it('keeps a compound of two words the text uses, even where it prints no compound', () => {
    expect(joinAtHyphen('a cross-', 'party group', knownWords('across the party, a cross section'))).toBe(
      'a cross-party group',
    );
  });

  it('joins in the layout, whether the PDF was reflowed or not, so that dates and dues are read', () => {
    const text =
      'Minutes of the Harbour Board held on 4 March 2027\n\n1. Apologies\nNone.\n\n2. Work programme\nIt was agreed that an item on moorings be added for the June meet-\ning. A follow-\nup report would come later.';
    const out = layout(text);
    expect(out).toContain('June meeting.');
    expect(out).toContain('follow-up report');
  });
});

describe('dues that name a meeting by its month', () => {
  it.each([
    ['That the revised plan be brought to the January Board.', 'January'],
    ['That the item be taken at the meeting in January.', 'January'],
    ['That the policy be considered at the Panel meeting on 19.01.27.', null],
  ])('%s', (text, month) => {
    const due = dueOf(text, '2026-11-17');
    if (month) expect(due).toEqual({ kind: 'month', month });
    else expect(due).toEqual({ kind: 'meeting', meeting: '2027-01-19' });
  });
});

describe('a paper moved between two of this body’s sittings', () => {
  it('reads both days as its meetings, but not a deadline moved', () => {
    const text = (clause: string) =>
      `Minutes of the Estates Panel held on 4 March 2027\n\n1. Apologies\nNone.\n\n2. Work programme\nIt was AGREED that:\n- ${clause};\n- the programme be agreed.`;
    expect(next(text('the update on lettings be moved from 20.04.27 to 15.06.27'), '2027-03-04')).toEqual([
      '2027-04-20',
      '2027-06-15',
    ]);
    expect(next(text('the report on moorings be rescheduled to 8 June 2027'), '2027-03-04')).toEqual(['2027-06-08']);
    expect(next(text('the consultation deadline be moved from 20.04.27 to 15.06.27'), '2027-03-04')).toEqual([]);
  });
});

describe('"its meeting" after another body written in lower case', () => {
  it.each([
    'Cllr Ash reported that the district planning committee had refused the application at its meeting on 19th February.',
    'County Councillor Reed said that the highways board approved the scheme at their meeting on 19th February.',
    'Mr Dale reported that, after a site visit, the area licensing panel had granted the licence at its meeting on 19th February.',
  ])('is that body’s meeting, not this one’s: %s', (sentence) => {
    expect(
      next(
        `Minutes of the Village Council meeting held on 1 March 2027.\n\n1. Planning. ${sentence}\n\n2. Date of next ordinary meeting\nMonday 12 April 2027, 7pm.`,
        '2027-03-01',
      ),
    ).toEqual(['2027-04-12']);
  });
});

describe('"by the end of the month" prints no date', () => {
  // the labelled sets leave it without a due (the tool's default applies), as they do any period with no date printed
  it.each([
    'The Clerk to send the figures to members by the end of the month.',
    'Officers would circulate the draft before the end of this month.',
  ])('%s', (text) => {
    expect(dueOf(text, '2026-11-17')).toBeNull();
  });

  it('but a named month’s end is its last day', () => {
    expect(dueOf('That the survey be completed by the end of January.', '2026-11-17')).toEqual({
      kind: 'date',
      date: '2027-01-31',
    });
  });
});
