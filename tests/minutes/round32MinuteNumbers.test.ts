// Round 32: minute numbers — a council year, a point and the running count ("27/28.41") is one minute number, the count
// after the point the one that rises; and a day that opens a line under the next meeting, in a bracket the line before
// left open naming another body, is that body's sitting (the bracket read as if the line had not broken). Invented
// bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { ashvaleNextMeetings } from './helpers/ashvaleLeisure.js';

describe('a council year, a point and the count is one minute number', () => {
  it.each([
    ['capitals run into the text', '27/28.41  PLAYING FIELDS - The Clerk reported.', '27/28.41', 'PLAYING FIELDS', 41],
    ['a title alone', '27/28.41 Playing fields', '27/28.41', 'Playing fields', 41],
    ['a full stop after the count', '27/28.41. Playing fields', '27/28.41', 'Playing fields', 41],
    ['the first year in four figures', '2027/28.5 Apologies', '2027/28.5', 'Apologies', 5],
    ['across the turn of the century', '99/00.12 Apologies', '99/00.12', 'Apologies', 12],
  ])('%s', (_name, line, number, title, rank) => {
    const h = headingOf(line);
    expect(h).toMatchObject({ number, title, rank, style: 'year-point' });
  });

  it.each([
    ['two numbers that are no council year before a point', '25/08.3 Something', '25/08'],
    ['a council year printed last', '14/27-28 Correspondence', '14/27-28'],
    ['a number and a year with no point', '27/28 Budget', '27/28'],
  ])('near miss: %s keeps its old reading', (_name, line, number) => {
    expect(headingOf(line)?.number).toBe(number);
    expect(headingOf(line)?.style).not.toBe('year-point');
  });

  const minutes = [
    'BRAMLEY TOWN COUNCIL',
    '',
    'Minutes of the meeting of the AMENITIES COMMITTEE held on Wednesday 10 November 2027 at 7pm in the Library',
    '',
    '27/28.40  APOLOGIES - None.',
    '',
    '27/28.41  PLAYING FIELDS - The Clerk reported on the goalposts. It was RESOLVED that the Clerk order two new',
    'sets of nets.',
    '',
    '27/28.42  BENCHES - It was RESOLVED that the Amenities Officer obtain three quotes for a bench by the pond.',
    '',
    '27/28.43  DATE OF NEXT MEETING - Wednesday 12 January 2028 at 7pm.',
    '',
  ].join('\n');

  it('each decision keeps its own minute number', () => {
    const items = parseMinutes(minutes).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([
      ['27/28.41', 'the Clerk'],
      ['27/28.42', 'the Amenities Officer'],
    ]);
  });
});

describe('a day opening a line inside a bracket the line before left open', () => {
  it.each([
    ['another body named with a comma', 'Tuesday 11 January 2028 at 6pm. (Full Council, Monday\n6 December 2027.)'],
    ['another body named bare', 'Tuesday 11 January 2028 at 6pm (Finance Committee\n6 December 2027).'],
  ])("%s: that body's sitting", (_name, dates) => {
    expect(ashvaleNextMeetings('The report was noted.', dates)).toEqual(['2028-01-11']);
  });

  it.each([
    [
      'a bracket naming no body',
      'Tuesday 11 January 2028 at 6pm (in the Pavilion;\nTuesday 8 March 2028 in the Library).',
      ['2028-01-11', '2028-03-08'],
    ],
    [
      'a bracket closed on its line',
      'Tuesday 11 January 2028 at 6pm (budget).\nTuesday 8 March 2028 at 6pm.',
      ['2028-01-11', '2028-03-08'],
    ],
    [
      'a word of sequence opening the bracket',
      'Tuesday 11 January 2028 at 6pm. (Then\nTuesday 8 March 2028.)',
      ['2028-01-11', '2028-03-08'],
    ],
  ])('near miss: %s', (_name, dates, expected) => {
    expect(ashvaleNextMeetings('The report was noted.', dates)).toEqual(expected);
  });
});

describe('a one-line minute whose errand stands where a title would', () => {
  it.each([
    ['a councillor', 'P/41  Cllr Vane to inspect the stile and report back.', 'Cllr Vane'],
    ['an officer with the article', '12. The Clerk to write to the landowner about the hedge.', 'The Clerk'],
    ['an honorific and initial', '12. Mr J Oakes to attend the training day.', 'Mr J Oakes'],
    ['initials', '7.  RB to order two new litter bins.', 'RB'],
  ])('%s: the line is the record too', (_name, line, owner) => {
    const h = headingOf(line);
    expect(h?.body).toBe(h?.title);
    expect(h?.body.startsWith(owner)).toBe(true);
  });

  it.each([
    ['a title naming no one', '12. Visit to the depot'],
    ['a title with a full stop and no person', '12. Response to consultation.'],
    ['a title run into its text', '12. Footpaths: Clerk to chase the stile repair.'],
    ['an errand with no full stop, as a title may read', '12. Clerk to report'],
    ['a decision not to do something', '3. Not to renew the lease of the kiosk this year.'],
  ])('near miss: %s', (_name, line) => {
    const h = headingOf(line);
    expect(h?.body === h?.title).toBe(false);
  });

  it('read as an action of its minute', () => {
    const text = [
      'FERNLEY PARISH COUNCIL',
      '',
      'Minutes of the meeting of the Parish Council held on Monday 8 November 2027 at 7pm in the Reading Room',
      '',
      'P/40  Apologies: none.',
      'P/41  Highways: Clerk to report the blocked drain on Mill Road.',
      'P/42  Cllr Vane to inspect the stile on footpath 4 and report back.',
      'P/43  Correspondence: noted.',
      '',
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([
      ['P/41', 'Clerk'],
      ['P/42', 'Cllr Vane'],
    ]);
  });
});
