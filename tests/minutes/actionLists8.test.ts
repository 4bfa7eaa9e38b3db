// Round 8, action lists and owners: each rule tested on invented wording, several ways a rule,
// never in a sentence of the labelled files.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { actionListHead } from '../../src/minutes/actionLists.js';
import type { ProposedItem } from '../../src/minutes/types.js';

const MASTHEAD = `Example Borough Council
Housing Scrutiny Panel
Minutes

Date: 14/01/2027
Present: Cllr Ann Hale (Chair), Cllr Ben Lowe, Cllr Cara Patel
Officers: Head of Housing Options (HHO); Tenancy Services Manager (TSM); Democratic Services Officer

Item 1  Apologies
None.

`;
const itemsOf = (body: string, minute = '2'): ProposedItem[] =>
  parseMinutes(`${MASTHEAD}${body}\n\nItem 9  Date of next meeting\nTues 9th March 2027, 6pm\n`).items.filter(
    (i) => i.minute === minute,
  );
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
  const all = (text: string) => parseMinutes(`${MASTHEAD}${text}\n`).items;

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

describe('initials in an "Action by" column own the clause they stand beside', () => {
  const page = (lines: string[]) =>
    [
      'Item 2  Void properties',
      'The TSM presented the quarterly figures on empty council homes.',
      ...lines,
      '',
      'Item 3  Any other business',
      'None.',
      '',
      'Key to action initials: AH Ann Hale; BL Ben Lowe; TS Tom Sykes (TSM); HO Hana Okoro (HHO)',
    ].join('\n');

  it.each([
    'Cllr Lowe asked about the backlog at Mill Court. The TSM agreed to write to the contractor about it.   TS',
    'Cllr Lowe asked about the backlog. The TSM said she would write to the contractor about the Mill Court voids.   TS',
    'Asked about Mill Court, the TSM undertook to write to the contractor about the backlog.   TS',
  ])('%s → one item, owned by the initials', (line) => {
    const items = itemsOf(page([line]));
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(['TS']);
  });

  it.each([
    ['The TSM agreed to write to the contractor about the Mill Court voids.   TS / HO', ['TS', 'HO']],
    ['The TSM agreed to write to the contractor about the Mill Court voids.   TS, HO', ['TS', 'HO']],
  ])('a list of initials (%s) is joint owners', (line, owners) => {
    expect(itemsOf(page([line])).map((i) => i.owners)).toEqual([owners]);
  });

  it.each([
    ['b) delegated approval of the repairs contract to the Chair and the Vice-Chair;   AH / BL', ['AH', 'BL']],
    ['b) asked the TSM to bring the void figures by estate to the March meeting.   TS', ['TS']],
  ])('beside a lettered clause of the body’s decision (%s)', (clause, owners) => {
    const items = itemsOf(page(['The Panel:', 'a) noted the figures;', clause]));
    expect(items.map((i) => i.owners)).toEqual([owners]);
  });

  it('a line closed by its initials ends its paragraph: the next line is not the errand’s', () => {
    const items = itemsOf(
      page([
        'The TSM agreed to write to the contractor about the Mill Court voids.   TS',
        'The HHO will continue to chair the voids working group, which reports to the Panel each year.',
      ]),
    );
    expect(items).toHaveLength(1);
    expect(items[0].text).not.toMatch(/working group/);
  });

  it('a decision sentence with its initials is one item, not read again as discussion', () => {
    const items = itemsOf(
      page(['The Panel noted the report and asked the TSM to bring the void figures to its next meeting.   TS']),
    );
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(['TS']);
  });

  it('the key to the initials is no item', () => {
    expect(parseMinutes(`${MASTHEAD}${page(['The figures were noted.'])}\n`).items).toEqual([]);
  });
});

describe('a review of earlier actions: a line with initials that gives an action a new due carries it on', () => {
  it.each([
    'All actions were complete except 14/26 (garage licences), which the HHO said would be finished by the end of March.   HO',
    'Action 14/26 (garage licences) is outstanding; the HHO now expects to complete it by 31 March 2027.   HO',
  ])('%s → one item for the initials, with its new due', (line) => {
    const items = itemsOf(
      ['Item 2  Minutes of the last meeting and action log', 'The minutes were agreed.', line].join('\n'),
    );
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(['HO']);
    expect(items[0].due?.kind).toBe('date');
  });

  it('a line that only reports progress adds nothing', () => {
    const items = itemsOf(
      [
        'Item 2  Minutes of the last meeting and action log',
        'The minutes were agreed.',
        'Action 14/26 (garage licences): the survey is under way.   HO',
      ].join('\n'),
    );
    expect(items).toEqual([]);
  });
});

describe('informal notes: first names, "we agreed", "X is going to …"', () => {
  const notes = (body: string) =>
    parseMinutes(
      [
        'RIVERSIDE TENANTS’ YOUTH PANEL',
        'Notes of meeting – Monday 12 January 2026, 6–7.30pm, Community Room',
        '',
        'Here tonight: Kofi (Chair), Dana, Imran (Westside School), Lucy, Rhys',
        'Adults: Sue Park (youth worker)',
        '',
        '1. Welcome',
        'Kofi welcomed everyone.',
        '',
        '2. Park lighting',
        body,
        '',
        '3. Next time',
        'Monday 9th February, same place.',
      ].join('\n'),
    ).items.filter((i) => i.minute === '2');

  it.each([
    'Dana will find out which paths have no lights.',
    'Dana is going to find out which paths have no lights.',
    'Dana will find out which paths have no lights – maybe a walkabout one evening?',
  ])('a first name from the list of who came owns the errand: %s', (line) => {
    const items = notes(line);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('Dana');
  });

  it.each(['Imran will put the photos on the group chat.', 'Imran is going to put the photos on the group chat.'])(
    'an aside in brackets after a first name is not part of the owner: %s',
    (line) => {
      expect(notes(line).map((i) => i.owner)).toEqual(['Imran']);
    },
  );

  it.each([
    'We agreed to write to the council about the broken lamps. Lucy will draft the letter by 30th Jan.',
    'We decided to write to the council about the broken lamps. Lucy will draft the letter by 30th Jan.',
    'We all agreed to write to the council about the broken lamps. Lucy is going to draft the letter by 30th Jan.',
  ])('"we agreed" is the body’s decision, and the one named to do the thing agreed carries it out: %s', (line) => {
    const items = notes(line);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('Lucy');
    expect(items[0].due).toEqual({ kind: 'date', date: '2026-01-30' });
  });

  it.each([
    'Sue is going to ask Cllr Obi if she can come to our February meeting.',
    'Sue will ask Cllr Obi whether he could come to our February meeting.',
    'Sue will ask Cllr Obi to come to our February meeting.',
  ])('asking someone whether they can come is inviting them: %s', (line) => {
    const items = notes(line);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('Sue');
    expect(items[0].type).toBe('work-programme');
  });

  it('a question with its own auxiliary is still a question, not an errand', () => {
    expect(notes('Dana will find out which paths have no lights – can we ask the council for a map?')).toHaveLength(0);
  });
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
