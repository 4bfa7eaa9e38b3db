// Issue 11, round 9: the meeting's own date as mastheads print it — a spreadsheet's "14-Oct-2027",
// a masthead line that is the date with symbols or fields around it, a record of decision that
// cites its forward plan, the header of an email that sends the notes, a date a scan misread.
// Invented wording.
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/minutes/layout.js';
import { findMeetingDate } from '../../src/minutes/meetingDates.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe("the meeting's own date as mastheads print it", () => {
  const date = (head: string) =>
    findMeetingDate(layout(`${head}\n\n1. Apologies\nNone.\n\n2. Rents\nNoted.\n`).split('\n'));
  it.each([
    [
      'a spreadsheet date in a field',
      'Estates Panel – Minutes\n\nDate:    Thu 14-Oct-2027, 18:00–20:00\nVenue: Room 1',
    ],
    ['a spreadsheet date, short year', 'Estates Panel notes\nMeeting date: 14-Oct-27'],
    ['month first after a symbol', 'Estates Panel – shared notes\n\n📅 Oct 14, 2027  ·  6:00 PM  ·  Room 1'],
    ['month first, bars between fields', 'Estates Panel notes\nThursday, October 14, 2027 | 6pm | Library'],
    ['a "When:" field', 'Estates Panel\nWhen: Thursday 14 October 2027, 6pm\nWhere: Room 1'],
    ['a "Date and time:" field', 'Estates Panel\nDate and time: 14 October 2027, 6pm'],
    ['a "Held:" field', 'Estates Panel\nHeld: Thursday 14 October 2027 at 6pm'],
    ['a field in table cells', 'Estates Panel\n| Date | 14 October 2027 |\n| Venue | Room 1 |'],
    ['the name, "minutes", the date', 'Estates Panel minutes 14th October 2027'],
    ['the time straight after the date', 'Estates Panel notes\nThursday 14 October 2027 6pm, Room 1'],
    ['day first after a bullet', 'Estates Panel\n• 14 October 2027 · 18:00 · Room 1'],
  ])('%s', (_name, head) => {
    expect(date(head)).toBe('2027-10-14');
  });

  it('a line that only begins with a date and runs on as a sentence is not the masthead', () => {
    expect(date('Estates Panel notes\n14 October 2027 was the deadline the landlord missed.')).toBeNull();
  });
});

describe('a record of decision whose fields name a forward plan', () => {
  it.each([
    ['Forward Plan reference:', 'Forward Plan reference:   FP/27/012'],
    ['Forward plan ref.', 'Forward plan ref.  FP/27/012'],
    ['Forward Plan no:', 'Forward Plan no:  12 (published 1 September 2027)'],
  ])('%s is a field, not a forward plan: the decision date is read', (_name, field) => {
    const text = `RECORD OF DECISION\n\nDecision reference:  D/27/044\n${field}\nDecision maker:  Cabinet Member for Housing\nDate of decision:  Thursday, 14th October 2027\n\nDECISION\n1. To approve the lettings policy.\n`;
    expect(parseMinutes(text).meeting.date).toBe('2027-10-14');
  });
});

describe('notes sent in an email: the meeting date from its header', () => {
  const email = (sent: string, subject: string, body = 'Thanks all for coming.') =>
    `From: Officer, Sam <sam.officer@example.gov.uk>\nSent: ${sent}\nTo: Panel members\nSubject: ${subject}\n\nHi all,\n\n${body}\n\n1. Rents\nWe went through the figures.\n`;
  const date = (text: string) => findMeetingDate(layout(text).split('\n'));
  it.each([
    [
      'a day and month in the subject, year from Sent',
      email('Friday, October 15, 2027 9:02 AM', 'Notes of Estates Panel - Thurs 14th Oct'),
    ],
    ['a full date in the subject', email('15 October 2027 09:02', 'Estates Panel 14/10/2027 - notes')],
    [
      "a weekday's meeting in the subject",
      email('Friday 15 October 2027 10:40', "Action log after Thursday's meeting"),
    ],
    ["yesterday's meeting", email('Fri, 15 Oct 2027 08:10', "Notes from yesterday's Panel meeting")],
  ])('%s', (_name, text) => {
    expect(date(text)).toBe('2027-10-14');
  });

  it('the date the email was sent is not the meeting', () => {
    expect(date(email('15 October 2027 10:40', 'Panel notes'))).toBeNull();
    expect(date(email('15 October 2027 10:40', 'Panel notes').replace('Sent:', 'Date:'))).toBeNull();
  });
});

describe('a date read by OCR from a scanned page', () => {
  const date = (line: string) =>
    findMeetingDate(layout(`BRACKENFORD PARISH COUNCIL\n\n${line}\n\n26/01 APOLOGIES\nNone.\n`).split('\n'));
  it.each([
    [
      'a letter O for a nought in the year',
      'Minutes of the Meeting of the Parish Council held on Monday 8th November 2O27 at 7pm.',
    ],
    [
      'a letter l for a one in the day',
      'Minutes of the Meeting of the Parish Council held on Monday l5th November 2027 at 7pm.',
      '2027-11-15',
    ],
    [
      'a month broken over a hyphen and a space',
      'Minutes of the Meeting of the Parish Council held on Monday 8th Novem- ber 2027.',
    ],
  ])('%s', (_name, line, expected = '2027-11-08') => {
    expect(date(line)).toBe(expected);
  });

  it('a word of letters is left alone', () => {
    expect(date('Minutes of the Meeting of the Parish Council held on Monday 8th November lOOl.')).toBeNull();
  });
});
