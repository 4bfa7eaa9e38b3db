// Round 8, action lists and owners: each rule tested on invented wording, several ways a rule,
// never in a sentence of the labelled files.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { actionListHead } from '../../src/minutes/actionLists.js';
import { HOUSING_PANEL_MASTHEAD, housingPanelItems } from './helpers/housingPanel.js';

const itemsOf = housingPanelItems;
const norm = (owner: string | null) => (owner ?? '').replace(/^the\s+/i, '').toLowerCase();

describe('the head of a minute’s own list of actions', () => {
  it.each(['Agreed actions', 'Agreed action', 'Actions agreed:', 'Action points', 'ACTIONS AGREED'])(
    '%s heads one',
    (h) => expect(actionListHead(h)).toBe(true),
  );
  it.each(['Actions taken since the last meeting were reported.', 'Description', 'Owner'])('%s does not', (h) =>
    expect(actionListHead(h)).toBe(false),
  );
});

describe('an action list closing a minute: one item an entry, owner and due from the entry', () => {
  const minute = (heading: string, entries: string[]) =>
    [
      'Item 2  Temporary accommodation',
      'The HHO reported that 212 households were in temporary accommodation. Cllr Lowe asked how many were',
      'outside the borough; the HHO did not have the figure and said she would send it to members.',
      '',
      heading,
      ...entries,
    ].join('\n');

  it.each([
    [
      'Agreed actions',
      '- HHO to send members the number of households placed outside the borough. When: within two weeks.',
    ],
    ['Actions agreed:', '- HHO: households placed outside the borough, figure to members. When: within two weeks.'],
    ['Action points', '• HHO to circulate the out-of-borough placements figure to members. By when: within two weeks'],
    ['Agreed action', '- HHO: out-of-borough placements figure by email. Due: within two weeks.'],
  ])('%s / %s → one item, the HHO, within two weeks', (heading, entry) => {
    const items = itemsOf(minute(heading, [entry]));
    expect(items).toHaveLength(1);
    expect(norm(items[0].owner)).toBe('hho');
    expect(items[0].due).toEqual({ kind: 'within', amount: 2, unit: 'weeks' });
  });

  it.each([
    ['- TSM to review the void repair times. When: next Panel.', 'tsm', { kind: 'next' }],
    ['- TSM: void repair times review. When: next Panel.', 'tsm', { kind: 'next' }],
    [
      '- TSM with the Head of Finance: cost of the repairs backlog. When: by 26 February 2027.',
      'tsm',
      { kind: 'date', date: '2027-02-26' },
    ],
    [
      '- Democratic Services Officer to book the site visit. Deadline: 31/01/2027',
      'democratic services officer',
      { kind: 'date', date: '2027-01-31' },
    ],
  ])('a second entry %s is its own item', (entry, owner, due) => {
    const items = itemsOf(
      minute('Agreed actions', ['- HHO to send members the out-of-borough figure. When: within two weeks.', entry]),
    );
    expect(items).toHaveLength(2);
    expect(norm(items[1].owner)).toBe(owner);
    expect(items[1].due).toEqual(due);
  });

  it.each([
    '- Recommendation to Cabinet: adopt the revised allocations scheme. When: Cabinet 3 March 2027.',
    '- Referral to Cabinet: the revised allocations scheme for adoption. When: Cabinet 3 March 2027.',
  ])('%s → a recommendation owned by the body it goes to', (entry) => {
    const items = itemsOf(minute('Agreed actions', [entry]));
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe('recommendation');
    expect(items[0].owner).toBe('Cabinet');
  });

  it('an entry wrapped over two lines is read whole', () => {
    const items = itemsOf(
      minute('Agreed actions', [
        '- HHO to send members the number of households placed outside',
        '  the borough. When: within two weeks.',
      ]),
    );
    expect(items).toHaveLength(1);
    expect(items[0].due).toEqual({ kind: 'within', amount: 2, unit: 'weeks' });
  });
});

describe('a tracker of carried and new rows printed after the minutes', () => {
  const tracker = (status15: string, new18: string) =>
    [
      'Item 2  Minutes of the last meeting and action log',
      'The minutes were agreed. The Panel reviewed the action log at the end of these minutes.',
      '',
      'Item 3  Empty homes',
      'The TSM reported on long-term empty homes.',
      '',
      'Agreed actions',
      '- TSM to write to the owners of the ten longest-empty homes. When: by 26 February 2027.',
      '',
      'Item 4  Date of next meeting',
      'Tues 9th March 2027, 6pm',
      '',
      'ACTION LOG',
      '',
      'No.  Raised     Action                                       Owner   Due        Status',
      `15   10/09/26   Review of the garage sites licence terms     HHO     Dec 26     ${status15}`,
      `18   14/01/27   ${new18.padEnd(45)}TSM     26/02/27   New`,
    ].join('\n');
  const all = (text: string) => parseMinutes(`${HOUSING_PANEL_MASTHEAD}${text}\n`).items;

  it.each([
    ['Open - now March 27', 'Letter to owners of longest-empty homes'],
    ['Open – revised to Mar 27', 'Empty homes owners letters'],
    ['Ongoing; extended to March 27', 'Write to empty home owners'],
  ])('a carried row whose status (%s) moves its due is filed where the log was reviewed', (status, row) => {
    const items = all(tracker(status, row));
    const carried = items.filter((i) => /garage/i.test(i.text));
    expect(carried).toHaveLength(1);
    expect(carried[0].minute).toBe('2');
    expect(carried[0].due).toEqual({ kind: 'month', month: 'March' });
  });

  it.each(['Letter to owners of longest-empty homes', 'Empty homes owners letters', 'Write to empty home owners'])(
    'a new row (%s) repeats the minute’s own action: one item, under the minute',
    (row) => {
      const items = all(tracker('Open - now March 27', row)).filter((i) => /empty/i.test(i.text));
      expect(items).toHaveLength(1);
      expect(items[0].minute).toBe('3');
    },
  );
});

describe('an action tag at the right margin owns the clause it sits beside', () => {
  const parish = (body: string[]) =>
    parseMinutes(
      [
        'ASHCOMBE PARISH COUNCIL',
        'Minutes of the meeting held on Tuesday 13th January 2026 at 7.30pm in the Village Hall',
        '',
        'Present: Cllr P Ames (Chairman), Cllr R Bell, Cllr S Cole',
        'In attendance: Mrs T Dale (Clerk)',
        '',
        '25/01  APOLOGIES',
        '        None.',
        '',
        '25/02  VERGES',
        ...body,
        '',
        '25/03  DATE OF NEXT MEETING',
        '        Tuesday 10th March 2026.',
      ].join('\n'),
    ).items.filter((i) => i.minute === '25/02');

  it.each([
    [
      '        Resolved:',
      '        To ask the County Council to cut the verges on Mill Road before Easter.',
      '                                                         Action: Clerk',
    ],
    [
      '        Resolved:',
      '        To request that the County Council cut the verges on Mill Road before Easter.',
      '                                                         Action: Clerk',
    ],
    [
      '        Resolved:',
      '        To ask Highways to repair the verge outside the school.           Action: Clerk',
      '',
    ],
  ])('the body’s asking another is the tagged officer’s errand (%s %s)', (...body) => {
    const items = parish(body.filter(Boolean));
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('Clerk');
    expect(items[0].category).toBe('action');
  });

  it.each([
    'The Clerk to circulate the revised verge plan within seven days.',
    'The Clerk to send the revised verge plan to all councillors within seven days.',
  ])('a matter put back beside the tagged errand takes no owner from the tag (%s)', (errand) => {
    const items = parish([
      '        Resolved:',
      `        To defer the verge plan to the meeting on 10th March 2026. ${errand}`,
      '                                                         Action: Clerk',
    ]);
    expect(items.map((i) => [i.category, i.owner?.replace(/^the\s+/i, '') ?? null])).toEqual([
      ['deferral', null],
      ['information', 'Clerk'],
    ]);
  });
});

describe('an action log printed as blocks: its open rows', () => {
  const withLog = (review: string[], rows: string[][]) =>
    parseMinutes(
      [
        'Example Integrated Care Board',
        'Quality Committee',
        '',
        'Minutes of the meeting held on Thursday 15 January 2026 at 10:00',
        '',
        'QC 26/01  Apologies',
        'None.',
        '',
        'QC 26/02  Action log and matters arising',
        ...review,
        '',
        'QC 26/03  Any other business',
        'None.',
        '',
        'QUALITY COMMITTEE – ACTION LOG',
        '',
        ...rows.flatMap((r) => [...r, '']),
      ].join('\n'),
    ).items;
  const row = (ref: string, action: string, due: string, status: string) => [
    `${ref}   Raised: 13 Nov 2025   Minute: QC 25/40`,
    `         Action: ${action}`,
    `         Lead: KM          Due: ${due}`,
    `         Update: Work continues.                                  ${status}`,
  ];

  it.each([
    ['31/12/2025  →  REVISED 27/02/2026', { kind: 'date', date: '2026-02-27' }],
    ['Jan 2026  →  Mar 2026', { kind: 'month', month: 'March' }],
    ['31/12/2025 -> 27/02/2026', { kind: 'date', date: '2026-02-27' }],
  ])('a row whose due was moved (%s) is carried on, under the minute that reviewed the log', (due, want) => {
    const items = withLog(
      ['QQ-7 was discussed.'],
      [row('QQ-7', 'Falls audit results to be circulated to members', due, 'OPEN')],
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ minute: 'QC 26/02', owner: 'KM', due: want, updates: 'QQ-7' });
  });

  it.each(['QQ-8 remained on track.', 'QQ-8: the first two reviews have been held.'])(
    'an open row the minutes reviewed with no new due adds nothing (%s)',
    (review) => {
      const items = withLog(
        [review],
        [row('QQ-8', 'Review the discharge checklist with the wards', 'Mar 2026', 'OPEN')],
      );
      expect(items).toEqual([]);
    },
  );
});

describe('a paper asked for at a meeting of this body is business of that meeting', () => {
  it.each([
    'The Panel asked for a report on repair times, by estate, to the March meeting.',
    'The Panel requested a further update on repair times to the next meeting.',
    'Members asked for a briefing paper on damp and mould at the next meeting.',
  ])('%s → work programme', (line) => {
    const items = itemsOf(`Item 2  Repairs\n${line}`);
    expect(items).toHaveLength(1);
    expect(items[0].type).toBe('work-programme');
  });
});
