// Round 25, recall: forms of layout the importer missed on the odd-numbered sets. Invented wording throughout, several
// layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { programmeSchedule } from '../../src/minutes/programmeSchedule.js';
import { actionColumnRunIn } from '../../src/minutes/actionColumn.js';

const minutes = (title: string, body: string[]) =>
  parseMinutes(
    [
      'Ashcombe District Council',
      'Minutes of the Leisure Scrutiny Panel held on Tuesday 9 November 2027 at 6pm',
      '',
      'Present: Cllr R Dent (Chair), Cllr S Okafor, Cllr T Brill',
      '',
      '21.  Minutes',
      'RESOLVED: That the minutes of the meeting held on 5 October 2027 be approved.',
      '',
      `22.  ${title}`,
      ...body,
      '',
      '23.  Date of next meeting',
      'Tuesday 11 January 2028 at 6pm.',
      '',
      'The meeting closed at 7.50pm.',
    ].join('\n'),
  );

const programme = (title: string, body: string[]) =>
  minutes(title, body).items.filter((i) => i.minute === '22' && i.type === 'work-programme');

describe('a work programme set out as a calendar: each row a meeting, its topics that meeting’s business', () => {
  it.each([
    [
      'a spaced table under a resolution',
      'Work Programme 2027/28',
      [
        'The Scrutiny Officer introduced the programme.',
        'RESOLVED: That the work programme be agreed as follows:',
        'January 2028     Swimming pool refurbishment options',
        'March 2028       Play strategy refresh; Allotment waiting list',
      ],
    ],
    [
      'a dash after the month, no year',
      'Forward programme',
      [
        'RESOLVED: That the programme for the rest of the year be agreed as follows:',
        'January - Swimming pool refurbishment options',
        'March - Play strategy refresh; Allotment waiting list',
      ],
    ],
    [
      'lettered rows under a lead-in that names the programme',
      'Any other business',
      [
        'Decision: That the work programme be agreed as follows:',
        '(a) January 2028 – swimming pool refurbishment options;',
        '(b) March 2028 – play strategy refresh; allotment waiting list.',
      ],
    ],
  ])('%s', (_name, title, body) => {
    const items = programme(title, body);
    expect(items.map((i) => i.due)).toEqual([
      { kind: 'month', month: 'January' },
      { kind: 'month', month: 'March' },
      { kind: 'month', month: 'March' },
    ]);
    expect(items.map((i) => i.text.toLowerCase())).toEqual([
      'swimming pool refurbishment options',
      'play strategy refresh',
      'allotment waiting list',
    ]);
  });

  it('a day as a heading over the entries it takes, each with who brings it after a dash', () => {
    const items = programme('Work programme', [
      'RESOLVED: That the work programme for the coming year be agreed as follows:',
      '11 January 2028:',
      '(a) Leisure centre fees and charges - Head of Leisure',
      '(b) Sports pitch strategy',
      '8 March 2028 (budget meeting):',
      '(c) Grass cutting contract - Head of Parks and the Contracts Manager',
    ]);
    expect(items.map((i) => [i.text, i.due])).toEqual([
      ['Leisure centre fees and charges', { kind: 'meeting', meeting: '2028-01-11' }],
      ['Sports pitch strategy', { kind: 'meeting', meeting: '2028-01-11' }],
      ['Grass cutting contract', { kind: 'meeting', meeting: '2028-03-08' }],
    ]);
    expect(items.map((i) => i.owner)).toEqual(['Head of Leisure', null, expect.stringMatching(/^Head of Parks\b/)]);
  });

  it('a "to be confirmed" row is a future meeting', () => {
    const items = programme('Work programme', [
      'The Panel agreed the following items:',
      'Month            Item',
      'February 2028    Community transport grant',
      'TBC              Skate park consultation results',
    ]);
    expect(items.map((i) => i.due)).toEqual([{ kind: 'month', month: 'February' }, { kind: 'future' }]);
  });

  it('a row’s business ends where the minute’s next sentence runs on after it', () => {
    const { items } = programmeSchedule(
      [
        'Date             Item',
        'May 2028         Tennis court resurfacing',
        'June 2028        Events policy (if adopted) The Chair asked that it not slip again.',
      ],
      '22',
      '2027-11-09',
      'Work programme',
    );
    expect(items.map((i) => i.text)).toEqual(['Tennis court resurfacing', 'Events policy (if adopted)']);
  });
});

describe('near-misses: dated lines that are no work programme', () => {
  it.each([
    [
      'a list the discussion agreed, not the resolution, is left (such notes restate matters already given to someone)',
      'Work programme',
      [
        'Members agreed the following items:',
        '(a) May 2028 – tennis court resurfacing;',
        '(b) June 2028 – events policy.',
      ],
    ],
    [
      'the executive’s forward plan of decisions is another body’s business',
      'Cabinet forward plan',
      [
        'RESOLVED: That the key decisions be noted as follows:',
        'May 2028 – Leisure contract award',
        'June 2028 – Car park charges',
      ],
    ],
    [
      'a copy of the programme printed in an appendix is left',
      'Work programme',
      [
        'Appendix – the Panel work programme',
        'Meeting date     Item',
        'May 2028         Tennis court resurfacing',
        'June 2028        Events policy',
      ],
    ],
    [
      'a calendar of meeting dates with no business beside it under "Dates of meetings" gives no item',
      'Dates of meetings',
      ['Meetings for 2028 were agreed:', 'January 2028     Tuesday 11th', 'March 2028       Tuesday 8th'],
    ],
    [
      'a single dated line under the programme is a sentence about it, not a calendar',
      'Work programme',
      ['The work programme was noted.', 'March 2028 – the pool will close for two weeks.'],
    ],
    [
      'a table of payments by month in a finance minute is not read',
      'Finance',
      [
        'Payments were approved as listed:',
        'October 2027     Grounds maintenance  £420',
        'November 2027    Hall hire  £60',
      ],
    ],
  ])('%s', (_name, title, lines) => {
    expect(programmeSchedule(lines, '22', '2027-11-09', title).items).toEqual([]);
  });
});

describe('a column of leads: two cells on lines in a row are two rows, each its own lead', () => {
  it('sets each lead under its own row', () => {
    const out = actionColumnRunIn([
      'Month            Item                                          Lead',
      'January 2028     Swimming pool refurbishment options           Head of Leisure',
      'March 2028       Play strategy refresh                         Head of Parks',
    ]);
    expect(out).toEqual([
      'Month            Item                                          Lead',
      'January 2028     Swimming pool refurbishment options',
      'Action: Head of Leisure',
      'March 2028       Play strategy refresh',
      'Action: Head of Parks',
    ]);
  });
  it('a sentence wrapped over two lines keeps its one lead', () => {
    const out = actionColumnRunIn([
      'Minute  Item                                                    Action',
      '12   The Clerk was asked to obtain three quotes for the new     ',
      '     fence at the recreation ground.                            Clerk',
    ]);
    expect(out.filter((l) => l.startsWith('Action:'))).toEqual(['Action: Clerk']);
  });
});
