// Round 37, references and the meeting's date: a decision printed with its own number from a register of decisions,
// a masthead whose "Held on" line stands apart from its title, and another body glossed in brackets in the closing
// minute of dates. Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { refMatches } from '../../scripts/lib/score-minutes.js';

const filed = (text: string) => parseMinutes(text).items.map((i) => `${i.minute ?? '-'}|${i.ref ?? ''}`);

// A panel or a company's board numbers its decisions in a series of their own, running on through the meeting or the
// year ("Decision 21:", "Resolution 2027/8:"), and cites each by that number; the agenda item's number stays the
// reference of what was agreed under it without a numbered decision.
const forum = (first: string, second: string) =>
  [
    'Brookvale Housing Tenants Forum',
    'Minutes – Meeting 12',
    'Date: 9 March 2027',
    '',
    'Members: Ann Pryce (Chair), Tom Ellery, Mina Sood',
    '',
    '1. Welcome',
    'The Chair opened the meeting.',
    '',
    '2. Repairs service',
    'The repairs manager reported on response times since January.',
    `${first} The Forum asks the landlord to publish monthly repair times on its website.`,
    'Owner: Repairs Manager',
    `${second} The Forum asks the Housing Officer to circulate the damp survey results by 30 April 2027.`,
    'Tom Ellery to draft a leaflet on reporting repairs.',
    '',
    '3. Date of next meeting',
    '8 June 2027.',
  ].join('\n');

describe("a decision's own number printed before it is its reference", () => {
  it.each([
    ['Decision 21:', 'Decision 22:', ['2|21', '2|22', '2|']],
    ['Resolution 2027/8:', 'Resolution 2027/9:', ['2|2027/8', '2|2027/9', '2|']],
    ['DECISION 21 –', 'DECISION 22 –', ['2|21', '2|22', '2|']],
    ['Decision no. 21:', 'Decision no. 22:', ['2|21', '2|22', '2|']],
  ])('%s … %s', (first, second, refs) => {
    expect(filed(forum(first, second))).toEqual(refs);
  });

  it('is compared as the label prints it: the number alone, or under the minute', () => {
    const [item] = parseMinutes(forum('Resolution 2027/8:', 'Resolution 2027/9:')).items;
    expect(refMatches('2027/8', item)).toBe(true);
    const [numbered] = parseMinutes(forum('Decision 21:', 'Decision 22:')).items;
    expect(refMatches('21', numbered)).toBe(true);
    expect(refMatches('2', numbered)).toBe(false);
  });

  it('a decision keyword with no number, or a numbered line of another kind, leaves the minute as it was', () => {
    expect(filed(forum('RESOLVED:', 'Decision:'))).toEqual(['2|', '2|', '2|']);
    // (the verb, not the record: "RESOLVED 2:" numbers a clause of the resolution, read as before)
    expect(filed(forum('Action 21:', 'Action 22:')).every((r) => !/\|2[12]$/.test(r))).toBe(true);
  });
});

// A masthead whose title and "Held on …" line are set apart by the authority's name and a blank line: the title
// names no day, so the day was lost.
const board = (held: string) =>
  [
    'MINUTES OF THE AUDIT PANEL',
    'WESTHOLME DISTRICT COUNCIL',
    '',
    held,
    '',
    'PRESENT',
    'Councillor B Amis (Chair); Councillors K Dale, L Ferris',
    '',
    'AP 10   APOLOGIES',
    '        None.',
    '',
    'AP 11   MINUTES',
    '        The minutes of the meeting held on 2 February 2027 were approved.',
    '',
    'AP 12   INTERNAL AUDIT PLAN',
    '        RESOLVED that the Head of Audit report progress on the plan to the next meeting.',
  ].join('\n');

describe('a "Held on" line apart from the masthead\'s title gives the meeting\'s date', () => {
  it.each([
    ['Held on Monday 15 March 2027, Council Chamber, 6.00 pm', '2027-03-15'],
    ['Held at the Civic Offices on Monday 15 March 2027 at 6.00 pm', '2027-03-15'],
    ['HELD ON MONDAY 15 MARCH 2027 IN THE COUNCIL CHAMBER', '2027-03-15'],
    ['held in Committee Room 2, Westholme, on 15th March 2027', '2027-03-15'],
  ])('%s', (held, date) => {
    expect(parseMinutes(board(held)).meeting.date).toBe(date);
  });

  it("a line held over, or with no day, gives none; the approved minutes' day is not taken", () => {
    expect(parseMinutes(board('Held in the Council Chamber')).meeting.date).toBeNull();
    expect(parseMinutes(board('Held over from the February meeting')).meeting.date).toBeNull();
  });
});

// The closing minute of dates: the panel's own days, then a board of the same service that meets apart, its name
// glossed in brackets ("The Fostering Board (officers) meets on …") — that board's sitting, not the panel's.
describe('a body glossed in brackets before "meets on" is that body', () => {
  const panel = (line: string) =>
    [
      'Westholme County Council',
      'Fostering Panel',
      '',
      'Minutes of the meeting held on Thursday, 7 January 2027 at 10.00am',
      '',
      '1.  Apologies',
      '    None.',
      '',
      '2.  Dates of next meetings',
      '    11 March 2027 and 13 May 2027, both at 10am.',
      '',
      `    ${line}`,
    ].join('\n');
  it.each([
    ['The Fostering Board (officers) meets on 21 January 2027.', ['2027-03-11', '2027-05-13']],
    ['The Adoption Board (officers only) meets on 21 January 2027.', ['2027-03-11', '2027-05-13']],
    ['The Fostering Board meets on 21 January 2027.', ['2027-03-11', '2027-05-13']],
  ])('%s', (line, next) => {
    expect([...parseMinutes(panel(line)).nextMeetings].sort()).toEqual(next);
  });
  it("the panel's own name with a gloss keeps the day", () => {
    expect(parseMinutes(panel('The Fostering Panel (members only) meets on 21 January 2027.')).nextMeetings).toContain(
      '2027-01-21',
    );
  });
});
