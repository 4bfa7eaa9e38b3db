// The meetings calendar, parsed back with ical.js (the iCalendar library behind several
// calendar clients): an all-day event per meeting, cancelled ones marked, rearranged ones
// at their new date, and what is due at each in its description.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingCalendar } from '../../../src/domain/meetingCalendar.js';
import { meetingsIcs } from '../../../src/render/calendar.js';
import { hostileLog, papersLog, TODAY } from './log.js';

interface Event {
  uid: string;
  summary: string;
  status: string;
  start: string;
  allDay: boolean;
  description: string;
}

function events(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      status: String(vevent.getFirstPropertyValue('status')),
      start: start.toString(),
      allDay: start.isDate,
      description: String(vevent.getFirstPropertyValue('description')),
    };
  });
}

describe('the meetings calendar', () => {
  const log = papersLog();

  it('every meeting of every committee, in date order, all-day', () => {
    const all = events(meetingsIcs(meetingCalendar(log, {}, TODAY), { today: TODAY }));
    expect(all.map((e) => [e.start, e.uid])).toEqual([
      ['2025-03-10', 'jhsc-2025-03-10@actionlog'],
      ['2025-06-16', 'jhsc-2025-06-16@actionlog'],
      ['2025-07-10', 'hwb-2025-07-10@actionlog'],
      ['2025-09-01', 'jhsc-2025-09-01@actionlog'],
      ['2025-09-15', 'jhsc-2025-09-15@actionlog'],
      ['2025-10-09', 'hwb-2025-10-09@actionlog'],
      ['2025-11-27', 'jhsc-2025-11-27@actionlog'],
      ['2025-12-11', 'hwb-2025-12-11@actionlog'],
      ['2026-01-22', 'jhsc-2026-01-22@actionlog'],
      ['2026-03-12', 'hwb-2026-03-12@actionlog'],
    ]);
    expect(all.every((e) => e.allDay)).toBe(true);
  });

  it('cancelled meetings are marked; a rearranged one is at its new date; what is due is described', () => {
    const jhsc = events(
      meetingsIcs(meetingCalendar(log, { committee: 'jhsc' }, TODAY), { today: TODAY, name: 'JHSC' }),
    );
    const on = (date: string) => jhsc.find((e) => e.start === date)!;
    expect(on('2025-09-01')).toMatchObject({
      status: 'CANCELLED',
      summary: 'CANCELLED: Joint Health Scrutiny Committee (moved to 15 Sep 2025)',
    });
    expect(on('2025-09-01').description).toContain(
      'Cancelled; rearranged to Monday 15 September 2025, where its business now goes.',
    );
    expect(on('2025-09-15')).toMatchObject({
      status: 'CONFIRMED',
      summary: 'Joint Health Scrutiny Committee (rearranged from 1 Sep 2025)',
    });
    // A1 was due on 1 September: its business went to the 15th, where it is still open.
    expect(on('2025-09-15').description).toContain(
      'Due here and still open:\nA1 Circulate the model ICB blueprint to members (LLR ICB; decided 16 Jun 2025, minute 53/3)',
    );
    expect(on('2025-11-27').description).toBe(
      'Joint Health Scrutiny Committee, Thursday 27 November 2025\n\nDue at this meeting:\n' +
        'A2 UHL and the CCGs to consider the winter plan and report back (UHL and the CCGs; decided 16 Jun 2025, minute 54(d))\n' +
        'A4 Update on ICB changes (LLR ICB; decided 16 Jun 2025, minute 53)',
    );
    expect(on('2026-01-22').description).toContain('Nothing in the log is due at this meeting.');
    const hwb = events(meetingsIcs(meetingCalendar(log, { committee: 'hwb' }, TODAY), { today: TODAY }));
    expect(hwb.find((e) => e.start === '2025-10-09')!.description).toContain(
      'Cancelled; its business goes to the next meeting.',
    );
    expect(hwb.find((e) => e.start === '2025-12-11')!.description).toContain('A7 Report on the obesity strategy');
  });

  it('the same log gives the same file', () => {
    const make = () => meetingsIcs(meetingCalendar(log, {}, TODAY), { today: TODAY });
    expect(make()).toBe(make());
    expect(make()).toContain('DTSTAMP:20251120T000000Z');
  });

  it('hostile text stays text in a calendar that parses', () => {
    const hostile = hostileLog();
    const ics = meetingsIcs(
      meetingCalendar(
        {
          ...hostile,
          committees: [{ slug: 'jhsc', name: 'Evil;\r\nBEGIN:VEVENT\r\nSUMMARY:injected' }, hostile.committees[1]],
        },
        {},
        TODAY,
      ),
      { today: TODAY },
    );
    // eslint-disable-next-line no-control-regex
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const all = events(ics);
    expect(all).toHaveLength(10);
    expect(all.some((e) => e.summary.includes('injected') && e.summary.startsWith('Evil;'))).toBe(true);
    const sept = all.find((e) => e.start === '2025-09-15')!;
    expect(sept.description).toContain('=HYPERLINK("http://evil.example","click")');
    expect(sept.description).toContain('</row> ]]> <script>alert(1)</script> & "quotes"');
  });
});
