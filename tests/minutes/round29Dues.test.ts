// Issue 11, round 29 (dues): a paper brought before this body in a season — "bring it back in the spring", "bring the
// survey to members in the autumn", "report their figures to the Forum in the summer", "consider this again in the new
// year" — is this body's business at a meeting to come (work programme, due a future meeting), as the same paper with a
// month is the month's meeting. An errand that only reports back ("visit the sites and report back in the spring"), work
// done before a season, and a paper sent to another body keep their reading.
// Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'MINUTES of the Pellham Green Residents Forum held on Tuesday 9 November 2027\n\nPresent: Cllr A Jones (Chair), Mrs B Khan, Mr C Obi\n\n';
const minute = (body: string) => `${MASTHEAD}4. Matters\n${body}\n\n5. Close\nThe meeting closed at 8.40pm.\n`;
const itemsOf = (body: string) => parseMinutes(minute(body)).items;

describe('a paper brought before this body in a season is a future meeting’s business', () => {
  it.each([
    [
      'a promise in the discussion, "bring it back"',
      'The tree survey was discussed. The Secretary would redo the survey and bring it back in the autumn.',
    ],
    [
      'an undertaking, a paper brought "to members"',
      'The Treasurer undertook to bring a costed plan for the pavilion roof to members in the spring.',
    ],
    [
      'a resolution, another party to report its figures "to the Forum"',
      'RESOLVED – That the allotment societies report their plot occupancy figures to the Forum in the summer.',
    ],
    [
      'a matter taken up again, "consider this"',
      'A request for a bench was received. It was agreed to consider this again in the new year.',
    ],
    [
      'a matter taken up again, "look at it"',
      'The path lighting was raised. It was agreed to look at it again in the spring.',
    ],
  ])('%s', (_name, body) => {
    const found = itemsOf(body).find((i) => /spring|summer|autumn|new year/i.test(i.text));
    expect(found?.type).toBe('work-programme');
    expect(found?.due).toEqual({ kind: 'future' });
  });

  it('an action line in an informal note', () => {
    const found = itemsOf('ACTION: CO to bring the revised bus timetable back in the spring.').find((i) =>
      /timetable/.test(i.text),
    );
    expect(found?.type).toBe('work-programme');
    expect(found?.due).toEqual({ kind: 'future' });
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    [
      'an errand that only reports back',
      'RESOLVED – That Mrs Khan and Mr Obi visit the three play areas and report back in the spring.',
    ],
    [
      'an errand that reports to the Forum, no paper named',
      'RESOLVED – That the Secretary carry out the members’ survey and report to the Forum in the spring.',
    ],
    ['work done before a season', 'RESOLVED – That a litter pick be arranged before the spring.'],
    ['a paper for a person', 'RESOLVED – That the wardens report any broken lamps to the Secretary in the winter.'],
    [
      'a paper for another body',
      'RESOLVED – That the Secretary bring the draft plan to the District Council’s Planning Committee in the autumn.',
    ],
  ])('%s', (_name, body) => {
    const found = itemsOf(body).find((i) => /spring|autumn|winter/i.test(i.text));
    expect(found?.type).toBe('action');
    expect(found?.due === null || found?.due?.kind !== 'future').toBe(true);
  });

  it('a season in what was reported, no instruction', () => {
    const items = itemsOf('Mr Obi reported that the county would resurface the lane in the spring.');
    expect(items.some((i) => i.type === 'work-programme' && i.due?.kind === 'future')).toBe(false);
  });
});

// "The next meeting but one" is the second of this body's sittings to come: where the minutes print their dates, it has a
// day; where they do not, it stays a meeting to come (meaning6.test.ts).
describe('"the next meeting but one" where the minutes list the meetings to come', () => {
  const dates = (line: string) =>
    `${MASTHEAD}4. Cycle paths\nRESOLVED – That a progress report on the cycle path survey be brought to the next meeting but one.\n\n5. Dates of future meetings\n${line}\n`;
  const found = (line: string) => parseMinutes(dates(line)).items.find((i) => /cycle path/.test(i.text));

  it.each([
    ['a list of dates', 'Tuesday 11 January 2028, Tuesday 12 April 2028 and Tuesday 12 July 2028.', '2028-04-12'],
    ['two dates, the year left out', 'The Forum will meet on 8 February and 10 May.', '2028-05-10'],
  ])('%s', (_name, line, day) => {
    expect(found(line)?.due).toEqual({ kind: 'meeting', meeting: day });
  });

  it('one date listed: still a meeting to come', () => {
    expect(found('The next meeting will be held on Tuesday 11 January 2028.')?.due).toEqual({ kind: 'future' });
  });

  it('no dates listed: still a meeting to come', () => {
    expect(found('To be confirmed.')?.due).toEqual({ kind: 'future' });
  });

  it('"the next meeting" is still the next', () => {
    const text = `${MASTHEAD}4. Cycle paths\nRESOLVED – That a progress report on the cycle path survey be brought to the next meeting.\n\n5. Dates of future meetings\nTuesday 11 January 2028 and Tuesday 12 April 2028.\n`;
    expect(parseMinutes(text).items.find((i) => /cycle path/.test(i.text))?.due).toEqual({ kind: 'next' });
  });
});
