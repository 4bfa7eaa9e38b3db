// Round 27, action records: a closing list of the meeting's actions written as lines of dashes — the action's number,
// the task, a dash, who leads, a dash, by when — read as the log it is, each row merged with the minute it restates
// (cited by its own number where the notes' list is their record). Invented minutes, several layouts and wordings, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { dashedLogs } from '../../src/minutes/dashedLog.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a reservoir users' forum, with the closing lines given. */
const forum = (closing: string[], head = 'New actions') =>
  [
    'Upper Tarn Reservoir Users Forum',
    'Minutes of the meeting held on 10 March 2027',
    '',
    '1. Minutes of the last meeting',
    'Agreed: the minutes of 9 December 2026 be approved.',
    '',
    '2. Bank erosion at the north shore',
    'Agreed:',
    '2.1 The ranger report be noted.',
    '2.2 MO to commission a survey of the eroded banks for the June meeting.',
    '',
    '3. Sailing club lease',
    'The club asked for a longer lease. Agreed: PV to write to the club setting out the terms on offer.',
    '',
    '4. Dates of meetings',
    '9 June and 8 September 2027.',
    '',
    head,
    ...closing,
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items;

describe('a list of actions written with dashes is read as a log', () => {
  it.each([
    [
      'en dashes, refs in a series',
      [
        'UT/27/05  Survey of the eroded banks – MO – June 27 meeting',
        'UT/27/06  Letter to the club on lease terms – PV – 31 March 27',
      ],
    ],
    [
      'hyphens and wide gaps',
      [
        'UT/27/05    Survey of the eroded banks - MO - June meeting',
        'UT/27/06    Letter to the club on lease terms - PV - 31/03/2027',
      ],
    ],
    [
      'bullets',
      [
        '- UT/27/05  Survey of the eroded banks – MO – June meeting',
        '- UT/27/06  Letter to the club on lease terms – PV – by 31 March',
      ],
    ],
  ])('%s: one item a row, merged with the decision it restates, with its lead and due', (_name, closing) => {
    const found = items(forum(closing));
    const survey = found.filter((i) => /survey/i.test(i.text));
    const letter = found.filter((i) => /club/i.test(i.text));
    expect(survey).toHaveLength(1);
    expect(letter).toHaveLength(1);
    // (in minutes, the decision's own number cites it; the row gives the lead and the date it lacked)
    expect(survey[0]).toMatchObject({ minute: '2', ref: '2.2', owner: 'MO' });
    expect(survey[0].due).toMatchObject({ kind: 'month', month: 'June' });
    expect(letter[0]).toMatchObject({ owner: 'PV', due: { kind: 'date', date: '2027-03-31' } });
  });

  it('a row no minute restates is an item of its own, with the owner and due its parts give', () => {
    const found = items(
      forum([
        'A/7  Replace the broken boom on the slipway - Bailiff (Tom) - before next meeting',
        'A/8  Order new lifejackets for the junior section - Club secretary - end of April',
      ]),
    );
    const boom = found.find((i) => /boom/i.test(i.text));
    const jackets = found.find((i) => /lifejackets/i.test(i.text));
    expect(boom).toMatchObject({ minute: 'A/7', owner: 'Bailiff (Tom)' });
    expect(jackets).toMatchObject({ minute: 'A/8', owner: 'Club secretary' });
    expect(jackets?.due).toMatchObject({ kind: 'date', date: '2027-04-30' });
  });

  it('rewrites the run as a table and leaves every other line as it is', () => {
    expect(
      dashedLogs([
        'Actions',
        'Q/15  Get quotes for the taps – PL – 15/12/26',
        'Q/16  Fix the gate latch – all members – ASAP',
        'Next meeting: 12 January.',
      ]),
    ).toEqual([
      'Actions',
      '| Ref | Action | Owner | Due | Status |',
      '| Q/15 | Get quotes for the taps | PL | 15/12/26 | New |',
      '| Q/16 | Fix the gate latch | all members | ASAP | New |',
      'Next meeting: 12 January.',
    ]);
  });
});

describe('near-misses: lines with dashes that are no action list stay as they are', () => {
  it.each([
    // one line alone: a sentence with dashes in it
    [['B-12  Hedge cutting on Mill Lane – Clerk – next meeting']],
    // headings of minutes, with their subject after dashes
    [
      [
        '19. TEMPORARY EVENT NOTICE - OBJECTION - UNIT 4, FERRY WHARF',
        '20. PREMISES LICENCE - REVIEW - THE ANCHOR, QUAY STREET',
      ],
    ],
    // a review of earlier actions: the last part says how each stands, not by when
    [
      [
        '  26/18  Publish the briefing on self-neglect - JT - Complete (Green)',
        '  26/21  Audit of the backlog - IB - Carried forward to February (Amber)',
      ],
    ],
    // a list of planning decisions: what was decided after the dashes, no lead, no date
    [
      [
        '26/14  Highfield Farm - culvert, 12 m - consent granted',
        '26/16  Willow Barn - fence near the drain - consent refused',
      ],
    ],
  ])('%j', (lines) => {
    expect(dashedLogs(lines)).toEqual(lines);
  });

  it('a list headed as the review of earlier actions makes them no new rows', () => {
    expect(
      dashedLogs([
        'Progress on previous actions',
        'P/3  Fence repair – Clerk – May',
        'P/4  Bench plaque – RT – June',
      ])[1],
    ).toBe('| Ref | Action | Owner | Due |');
  });
});

/** Invented notes of a allotment society's committee, with a closing list of its actions. */
const allotments = (said: string, closing: string[]) =>
  [
    'Brookfield Allotment Society – committee notes',
    'Notes of the meeting held on 4 February 2027',
    '',
    '1. Water supply',
    'Two taps on the east plots are leaking. ' + said,
    '',
    '2. Plot inspections',
    'Inspections to be held in May.',
    '',
    'ACTION POINTS',
    ...closing,
    '',
  ].join('\n');

describe('a sentence whose object is only a pronoun is the row of the same lead, not a second errand', () => {
  it.each([
    ['Dev will send it by 20 February.', 'B/4  Price list for tap washers to the committee - Dev - 20 February'],
    ['Dev will circulate them before the next meeting.', 'B/4  Quotes for new taps - Dev / Ann - next meeting'],
  ])('%s', (said, row) => {
    const found = items(allotments(said, [row, 'B/5  Book the inspection team - Ann - end of March']));
    expect(found.filter((i) => i.owner?.startsWith('Dev'))).toHaveLength(1);
    expect(found.find((i) => i.owner?.startsWith('Dev'))?.minute).toBe('B/4');
  });

  it('a sentence naming a matter of its own stays beside the row', () => {
    const found = items(
      allotments('Dev will write to the water company about the meter.', [
        'B/4  Price list for tap washers to the committee - Dev - 20 February',
        'B/5  Book the inspection team - Ann - end of March',
      ]),
    );
    expect(found.filter((i) => i.owner === 'Dev')).toHaveLength(2);
  });
});

describe('a row naming a paper is the business of a meeting only where it is brought there', () => {
  const log = (row: string) =>
    items(forum(['| Ref | Action | Owner | Due |', `| ${row} |`], '')).find((i) => i.source === 'action-table');
  it.each([
    'UT/27/09 | Summary of the boathouse inspection report to members | MO | before next meeting',
    'UT/27/09 | Visitor numbers in the annual report | PV | June meeting',
  ])('%s is an errand', (row) => {
    expect(log(row)?.type).toBe('action');
  });
  it('a paper due at the meeting is its business', () => {
    expect(log('UT/27/09 | Boathouse inspection report | MO | June meeting')?.type).toBe('work-programme');
  });
});

describe('an action list whose "when" is run into the line after a dash', () => {
  const notes = (entries: string[]) =>
    [
      'Millbrook Cycling Forum – notes of meeting',
      'Tuesday 6 April 2027',
      '',
      '1. Route signage',
      'Several signs on the canal path are missing.',
      '',
      'Actions',
      ...entries,
      '',
    ].join('\n');
  it.each([
    ['- RB to list the missing signs for the council - by 20 April', { kind: 'date', date: '2027-04-20' }],
    ['- RB to list the missing signs for the council - end May', { kind: 'date', date: '2027-05-31' }],
    ['- RB to list the missing signs for the council – 21/04', { kind: 'date', date: '2027-04-21' }],
    ['- RB to list the missing signs for the council - next meeting', { kind: 'next' }],
  ])('%s', (entry, due) => {
    const found = items(notes([entry, '- TS to book the room for the summer ride']));
    const signs = found.find((i) => /signs/.test(i.text));
    expect(signs).toMatchObject({ owner: 'RB', due });
    expect(signs?.text).not.toMatch(/[-–]\s*(?:by|end|21|next)/);
  });

  it('a dash inside the errand that is no due stays part of it', () => {
    const found = items(notes(['- RB to write to the council - and copy in the canal trust', '- TS to book the room']));
    expect(found.find((i) => /council/.test(i.text))?.text).toMatch(/canal trust/);
  });
});
