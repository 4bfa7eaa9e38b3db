// Whole sets of minutes written for these tests, one per style the parser meets in the
// wild: each checks what a clerk would track from it, and that nothing else is proposed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const read = (name: string) => parseMinutes(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'));
const brief = (name: string) => read(name).items.map((i) => [i.minute, i.type, i.owner, i.due]);

describe('minutes in other styles', () => {
  it('an action table flattened to text, and an "Actions:" list', () => {
    const p = read('action-table.txt');
    expect(p.meeting.date).toBe('2026-03-03');
    expect(p.nextMeetings).toEqual(['2026-04-07']);
    expect(brief('action-table.txt')).toEqual([
      ['2', 'action', 'Clerk', { kind: 'date', date: '2026-03-31' }],
      ['2', 'action', 'Groundsman', { kind: 'date', date: '2026-03-10' }],
      // a report to the committee is an item of its agenda
      ['2', 'work-programme', 'Clerk', { kind: 'next' }],
      ['3', 'action', 'Clerk', null],
      ['3', 'action', 'Cllr Hughes', { kind: 'date', date: '2026-04-30' }],
    ]);
  });

  it('"AGREED:" numbered, and licensing decisions that create nothing', () => {
    const p = read('agreed-numbered.txt');
    expect(p.items.map((i) => [i.minute, i.ref, i.type])).toEqual([
      ['13', '1', 'action'],
      ['13', '2', 'work-programme'],
      ['13', '3', 'action'],
    ]);
    // each sentence of the licensing decision is noted in its own words
    expect(p.noted.map((n) => n.minute)).toEqual(['12', '13', '14', '15', '15']);
  });

  it('governors: "Governors agreed that the Headteacher would …", "The Clerk was asked to …"', () => {
    expect(brief('governors.txt')).toEqual([
      ['2', 'action', 'the Headteacher', null],
      ['2', 'action', 'The Chair', { kind: 'date', date: '2026-02-28' }],
      ['3', 'action', 'The Clerk', null],
    ]);
    expect(read('governors.txt').nextMeetings).toEqual(['2026-03-18']);
  });

  it('markdown headings with **RESOLVED:**', () => {
    const p = read('markdown.md');
    expect(p.meeting.date).toBe('2026-03-09');
    expect(p.nextMeetings).toEqual(['2026-04-13']);
    expect(brief('markdown.md')).toEqual([
      ['3', 'action', 'the Secretary', null],
      ['3', 'work-programme', null, { kind: 'month', month: 'May' }],
    ]);
  });

  it('an NHS board with "ACTION: <initials>" lines', () => {
    expect(brief('nhs-board.txt')).toEqual([
      // a deep dive to come to the April Board is an item on that agenda, RO its author
      ['TB/26/02', 'work-programme', 'RO', { kind: 'month', month: 'April' }],
      ['TB/26/03', 'action', 'KD', { kind: 'next' }],
    ]);
  });

  it('PDF text with "Page 2 of 6" breaking sentences', () => {
    const p = read('pdf-pages.txt');
    expect(p.nextMeetings).toEqual(['2026-04-06']);
    expect(p.items.map((i) => [i.minute, i.type, i.owner])).toEqual([
      ['26/18', 'action', 'the Clerk'],
      ['26/19', 'action', null],
      ['26/19', 'work-programme', null],
    ]);
    expect(p.items[0].text).toContain('replacement glass panel');
  });

  it('a Scottish community council with "Item 1" headings and "Decision:"', () => {
    const p = read('scottish.txt');
    expect(p.meeting.date).toBe('2026-02-10');
    expect(p.nextMeetings).toEqual(['2026-03-10']);
    expect(brief('scottish.txt')).toEqual([['3', 'action', 'The Secretary', null]]);
  });
});
