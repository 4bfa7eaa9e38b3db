// Round 25, repeats: the same action proposed twice because the minutes print it twice — a table of actions after the
// record restating, in a clerk's shorthand, what the minutes above agreed. Invented minutes, several layouts, with
// near-misses that must stay two items.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented minutes of a town council committee, a resolution under each minute, then a table after the record. */
const minutes = (resolution: string, table: string[]) =>
  [
    'Eastmoor Town Council',
    'Minutes of the meeting of the Amenities Committee held on 4 November 2026',
    '',
    'AM 31/26\tApologies',
    'None.',
    '',
    'AM 32/26\tCemetery paths',
    resolution,
    '',
    'AM 33/26\tDate of next meeting',
    'Tuesday 2nd February 2027 at 7.00pm.',
    '',
    'Meeting closed at 8.40pm.',
    '',
    ...table,
    '',
  ].join('\n');

describe('a table after the record that restates the minutes gives each action once', () => {
  it.each([
    [
      'Resolved that the Clerk obtain three quotes for resurfacing the cemetery paths.',
      ['ACTIONS ARISING', '', 'Action\tWho\tWhen', 'Quotes for paths from local firms x3\tClerk\tASAP'],
    ],
    [
      'Resolved that the Clerk order the replacement bench for the cemetery chapel by 15 December.',
      [
        'Action summary',
        '',
        'Action\tOwner\tDue',
        'Chapel bench order – contact supplier re colour options\tClerk\t15/12/26',
      ],
    ],
    [
      'RESOLVED: the Clerk to publish the revised burial fees on the website.',
      ['ACTIONS', '', 'Action | Who | By when', 'Website - new fees schedule and forms | Clerk | Dec 2026'],
    ],
  ])('%s', (resolution, table) => {
    const found = items(minutes(resolution, table));
    expect(found).toHaveLength(1);
    expect(found[0].minute).toBe('AM 32/26');
    expect(found[0].source).toBe('resolution');
  });

  it.each([
    // another owner's row is another errand
    [
      'Resolved that the Clerk obtain three quotes for resurfacing the cemetery paths.',
      ['ACTIONS ARISING', '', 'Action\tWho\tWhen', 'Cemetery paths - ask volunteers to clear leaves\tChair\tASAP'],
    ],
    // the same owner on another matter
    [
      'Resolved that the Clerk obtain three quotes for resurfacing the cemetery paths.',
      ['ACTIONS ARISING', '', 'Action\tWho\tWhen', 'Cemetery noticeboard repair\tClerk\tDec 2026'],
    ],
    // the words they share are a name, not the errand
    [
      'Resolved that the Clerk arrange a meeting with the Friends of Ash Park about the bandstand.',
      [
        'ACTIONS ARISING',
        '',
        'Action\tWho\tWhen',
        'Friends of Ash Park - grant form for lantern parade\tClerk\tDec 2026',
      ],
    ],
    // the words they share are the owner's title
    [
      'Resolved that the Tree Officer bring the planting plan to the January meeting.',
      [
        'ACTIONS ARISING',
        '',
        'Action\tWho\tWhen',
        'Tree Officer to survey the oaks on the green\tTree Officer\tMarch 2027',
      ],
    ],
  ])('%s stays two items', (resolution, table) => {
    expect(items(minutes(resolution, table))).toHaveLength(2);
  });
});

/** Invented notes of a partnership group whose action log numbers this meeting's actions. */
const notes = (bullets: string[], rows: string[]) =>
  [
    'Westcombe Carers Partnership',
    'Notes of the meeting held on 12 November 2026',
    'Present: Jan Price (JP, chair), Omar Reid (OR), Lena Vos (LV)',
    '',
    '3. Carers week',
    'OR reported on the planning so far.',
    'Agreed: the programme for carers week to go ahead as drafted, with a drop-in at the library.',
    ...bullets,
    '',
    '4. Next meeting',
    'Thursday 11 February 2027.',
    '',
    'ACTION LOG',
    '',
    'No.\tMtg\tAction\tOwner\tDue\tStatus',
    ...rows,
    '',
  ].join('\n');

describe('notes whose log numbers the new actions keep the row, not the bullet it restates', () => {
  it.each([
    [
      ['- OR to book the library for the carers week drop-in.'],
      ['C/14\tNov-26\tLibrary booking - drop-in sessions, confirm staff cover\tOR\tDec-26\tNew'],
    ],
    [
      ['- LV offered to print the leaflets for the carers week stalls.'],
      ['C/14\tNov-26\tLeaflets for stalls - check budget with treasurer first\tLV\tJan-27\tNew'],
    ],
    [
      ['- JP to publish the directory online and in the parish magazines by 30 November.'],
      ['C/14\tNov-26\tPublish directory; send to GPs, pharmacies and libraries\tJP\t30/11/26\tNew'],
    ],
  ])('%s', (bullets, rows) => {
    const found = items(notes(bullets, rows));
    expect(found.map((i) => i.minute)).toEqual(['C/14']);
    expect(found[0].source).toBe('action-table');
  });

  it.each([
    // another lead: two errands
    [
      ['- JP to publish the directory online and in the parish magazines by 30 November.'],
      ['C/14\tNov-26\tPublish directory; send to GPs, pharmacies and libraries\tLV\t30/11/26\tNew'],
    ],
  ])('%s stays apart', (bullets, rows) => {
    expect(items(notes(bullets, rows)).length).toBeGreaterThanOrEqual(2);
  });
});

/** Invented minutes of a joint committee: a lettered resolution and an action line citing its clauses. */
const cited = (resolution: string[], line: string) =>
  [
    'Southmere Joint Pensions Committee',
    'Minutes of the meeting held on 9 December 2026',
    '',
    'PC 14/26  INVESTMENT STRATEGY',
    'The Fund Manager introduced the report.',
    '',
    'RESOLVED:',
    ...resolution,
    '',
    line,
    '',
    'PC 15/26  DATE OF NEXT MEETING',
    'Thursday 11 March 2027.',
    '',
  ].join('\n');

describe('an action line citing clauses of the resolution above names who carries them out', () => {
  const clauses = [
    '(i)   that the report be noted;',
    '(ii)  that the Fund Manager rebalance the bond holdings by the end of January;',
    '(iii) that the Treasurer circulate the revised cash flow forecast.',
  ];
  it.each([
    ['ACTION: Treasurer (ii) and (iii)'],
    ['ACTION: FM (ii)'],
    ['Action – Fund Manager (ii), (iii)'],
    ['ACTIONS: Treasurer (iii).'],
  ])('%s adds no item of its own', (line) => {
    const found = items(cited(clauses, line));
    expect(found.map((i) => i.ref)).toEqual(['(ii)', '(iii)']);
    expect(found.every((i) => i.owner)).toBe(true);
  });

  it('gives an unowned cited clause the line’s owner, and no other', () => {
    const found = items(
      cited(
        [
          '(a)   that the report be noted;',
          '(b)   that the revised cash flow forecast be circulated to members;',
          '(c)   that a further report on the bond holdings be brought to the March meeting.',
        ],
        'ACTION: Treasurer (b)',
      ),
    );
    expect(found.find((i) => i.ref === '(b)')?.owner).toBe('Treasurer');
    expect(found.find((i) => i.ref === '(c)')?.owner ?? null).toBeNull();
  });
});

/** Invented minutes of a scrutiny panel: the discussion says what will be done, the resolution says who does it. */
const told = (discussion: string, resolution: string) =>
  [
    'Harrowdene Borough Council',
    'Minutes of the Community Safety Scrutiny Panel held on 3 November 2026',
    '',
    '14. Antisocial behaviour figures',
    'The Community Safety Manager presented the quarterly figures.',
    discussion,
    '',
    'RESOLVED:',
    resolution,
    '',
    '15. Date of next meeting',
    'Tuesday 2 February 2027.',
    '',
  ].join('\n');

describe('what the discussion says will be done, naming no one, is the resolution it leads to', () => {
  it.each([
    [
      'The Community Safety Manager said that the lighting survey for Mill Road originally planned for January would now come to the meeting in March 2027.',
      'That the work programme be agreed, with the lighting survey for Mill Road moved to March 2027.',
    ],
    [
      'Ms Ilori explained that the parks byelaw review due in December would instead come to the April meeting.',
      'That the parks byelaw review be moved to the April meeting.',
    ],
  ])('%s', (discussion, resolution) => {
    expect(items(told(discussion, resolution))).toHaveLength(1);
  });

  it('an undertaking by someone named stays beside a resolution of another matter', () => {
    const found = items(
      told(
        'The Community Safety Manager would write to the housing associations about the estate lighting.',
        '(1) That the antisocial behaviour figures be broken down by ward in future reports.',
      ),
    );
    expect(found).toHaveLength(2);
  });
});
